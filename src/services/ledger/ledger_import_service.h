#pragma once

// Household ledgers (台账, data-formats §3): import and export orchestration
// around the pure CSV reader/writer (ledger_csv.h).
//
// Import is all-or-nothing: the reader's cell checks, then
// the cross-row checks here (one head per household, household fields agreeing,
// a person once in the file, a person active in a household the file does not
// name, known communities, programmes on the right row); any error and nothing
// is written. The checks run on a read snapshot without the write lock (another
// instance keeps writing meanwhile); the write lock (BEGIN IMMEDIATE) is taken
// only to write, and the database checks run again under it when another
// connection committed in between. A file that matches the database changes nothing and writes no
// audit record; a changed file updates the households it names and reports what
// changed. Active programmes new to the database become cases with a `grant`
// decision at the start month and ledger amount (PR-1); a case already on file
// is never changed by an import — a different amount or a stop in the ledger is
// listed for review. The rules' amount for each active programme (the set in
// force today, the household as imported) is compared with the ledger amount
// and every difference listed, never applied.
//
// A long import reports its progress and can be cancelled: see JobControl below.

#include "ledger_csv.h"
#include "services/job_control.h"
#include "services/service_base.h"

#include "domain/registry/registry_types.h"

#include <QCoreApplication>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace relief::services {

struct LedgerChange
{
    int line = 0;
    std::string householdNo;
    std::string field; // "household" (created), "address", "members[李建国].relation", …
    std::string from; // personal numbers masked
    std::string to;
};

// The ledger amount against what the rules give (review, never applied).
struct LedgerDifference
{
    int line = 0;
    std::string householdNo;
    std::string name; // the beneficiary (the head for household programmes)
    CaseProgramme programme = CaseProgramme::Dibao;
    Money ledgerAmount;
    Money rulesAmount;
    std::string policyEffectiveFrom;
};

// A case on file that the ledger contradicts: left as it is, for a decision.
struct LedgerReview
{
    int line = 0;
    std::string householdNo;
    std::string message;
};

// A community the file names that is not on the list (v1.1): reported once with
// the rows that name it; with createCommunities it is created under the proposed
// code in the import's transaction (audited as community.add).
struct LedgerUnknownCommunity
{
    std::string name;
    std::string proposedCode; // unused by the list: LC01, LC02, …
    std::vector<int> lines; // the rows that name it
    bool created = false;
};

// Errors of one kind (same column, same reason), as the report shows them: one
// line per kind with its rows (the --errors CSV keeps one row per cell).
struct LedgerIssueGroup
{
    std::string column;
    std::string reason;
    std::vector<int> lines;
};
std::vector<LedgerIssueGroup> groupLedgerIssues(const std::vector<LedgerIssue> &errors);

struct LedgerImportReport
{
    std::string encoding;
    std::vector<LedgerIssue> errors; // non-empty: nothing was imported
    std::vector<std::string> warnings;
    int rows = 0;
    int households = 0;
    int householdsCreated = 0;
    int householdsUpdated = 0;
    int householdsUnchanged = 0;
    int personsCreated = 0;
    int casesCreated = 0;
    std::vector<LedgerChange> changes;
    std::vector<LedgerDifference> differences;
    std::vector<LedgerReview> reviews;
    std::vector<LedgerUnknownCommunity> unknownCommunities;
    bool committed = false; // false for a preview, or when errors is non-empty
};

// A long import reports through a JobControl (job_control.h): its stage (reading
// the rows, checking them, writing), the progress of its write phase (`done` of
// the file's `total` rows written, increasing, about every kProgressInterval rows
// and once at the end with done == total; called on the importing thread, inside
// the transaction: keep it quick), and it asks whether to stop before reading,
// after the checks, after each progress report and before the commit. A stop
// requested before the commit rolls everything back (no household, no audit
// record) and importLedger returns ErrorCode::Cancelled with
// LedgerImportService::cancelledMessage(). A preview reports the same way.

enum class LedgerExportKind {
    Households, // grouped by household, head first (with --all, former members too)
    Persons, // each person once, by name (with --all, people in no household too)
};

class LedgerImportService : public ServiceBase
{
    Q_DECLARE_TR_FUNCTIONS(LedgerImportService)
public:
    LedgerImportService(storage::Database &db, const Clock &clock)
        : ServiceBase(db, clock)
    { }

    // Caseworkers. `preview` runs everything and rolls back (the import dialog).
    // `control` (none by default) receives the stages and the write phase's
    // progress and may cancel the import before it commits.
    // `createCommunities`: the communities the file names that are not on the list
    // are created (needs a role that may keep the list, Action::ManageCommunities)
    // instead of being errors.
    Result<LedgerImportReport> importLedger(const Session &session, std::string_view bytes,
                                            const std::string &fileName, bool preview = false,
                                            JobControl &control = noJobControl(),
                                            bool createCommunities = false);

    // Rows written between two progress reports.
    static constexpr int kProgressInterval = 200;
    // The error message of a cancelled import (translated).
    static std::string cancelledMessage();

    // The ledger rows of the registry. Masked needs a session whose role allows
    // Action::ViewRegistry (nullptr is refused); unmasked needs one whose role allows
    // Action::ExportUnmasked and is audited. `control` receives the stage and the
    // households (or persons) collected of the total, and may stop the export
    // (ErrorCode::Cancelled; an unmasked export's audit record is rolled back).
    Result<std::vector<LedgerRow>> exportRows(const Session *session, LedgerExportKind kind,
                                              bool unmasked, bool includeFormer,
                                              JobControl &control = noJobControl());
    Result<std::string> exportCsv(const Session *session, LedgerExportKind kind, CsvTarget target,
                                  bool unmasked, bool includeFormer,
                                  JobControl &control = noJobControl());
    // The error message of a cancelled export (translated).
    static std::string exportCancelledMessage();

    // Tests: called after the checks, before the write lock is taken.
    void setBeforeWriteHookForTesting(std::function<void()> hook)
    {
        m_beforeWrite = std::move(hook);
    }

private:
    std::function<void()> m_beforeWrite;
};

// The PR-1 programme a ledger programme becomes (nothing for None).
std::optional<CaseProgramme> programmeOf(LedgerProgramme p);

} // namespace relief::services
