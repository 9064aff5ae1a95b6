#pragma once

// Standard change (提标, policy-rules DA-4): a new parameter set never changes an
// amount by itself; it opens a batch. propose() re-assesses every active case with
// its facts at its last decision (ages as of that decision's date) and the new
// set, and records old → new per case; a supervisor who did not propose it
// approves the batch, which records one `standard_change` decision per raised
// case, effective from the month of the set's effective_from (PR-6 then back-pays
// locked months). A standard change never lowers or stops a case: less or nothing
// keeps the amount and flags the case for review. Readings: docs/payroll.md §4.

#include "services/job_control.h"
#include "services/service_base.h"

#include "domain/date.h"
#include "domain/money.h"
#include "domain/registry/registry_types.h"
#include "domain/year_month.h"

#include <QCoreApplication>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace relief::services {

enum class StandardChangeBatchState { Proposed, Approved, Discarded };
// raise: the case gets the new amount; keep: the same amount; flagReview: the
// re-assessment gives less or nothing (the case keeps its amount, to be reviewed).
enum class StandardChangeItemOutcome { Raise, Keep, FlagReview };

struct StandardChangeItemView
{
    std::int64_t caseId = 0;
    std::int64_t householdId = 0;
    std::string householdNumber;
    std::string headName;
    std::string personName; // personal programmes: the case's person
    CaseProgramme programme = CaseProgramme::Dibao;
    Money oldAmount;
    std::optional<Money> newAmount; // nothing: no longer eligible by the new set
    StandardChangeItemOutcome outcome = StandardChangeItemOutcome::Keep;
    YearMonth effectiveMonth; // the month a raise takes effect
    std::string explanation; // translated when proposed: the rule and the figures
    bool factsFromDecision = false; // false: the registry's facts (docs/payroll.md §4)
    Date factsAsOf; // ages as of this date
    std::optional<std::int64_t> decisionId; // the standard_change decision (approved, raised)

    Money difference() const // per month: new − old when raised, else 0
    {
        return outcome == StandardChangeItemOutcome::Raise && newAmount ? *newAmount - oldAmount
                                                                        : Money();
    }
};

struct StandardChangeProgrammeTotal
{
    CaseProgramme programme = CaseProgramme::Dibao;
    int cases = 0;
    int raised = 0;
    int kept = 0;
    int flagged = 0;
    Money oldMonthly; // Σ old amounts
    Money difference; // Σ (new − old) over the raised cases: the monthly budget difference
};

struct StandardChangeBatchView
{
    std::int64_t id = 0;
    std::int64_t policySetId = 0;
    Date effectiveFrom; // the set's
    StandardChangeBatchState state = StandardChangeBatchState::Proposed;
    std::string proposedAt; // UTC ISO 8601
    std::string proposedBy;
    std::string decidedAt; // approved or discarded
    std::string decidedBy;
    std::string note;
    std::vector<StandardChangeItemView> items; // raised, flagged, kept; by household number
    std::vector<StandardChangeProgrammeTotal> totals; // per programme, in programme order
    int raised = 0;
    int kept = 0;
    int flagged = 0;
    Money difference; // Σ over programmes: the monthly budget difference
};

class StandardChangeService : public ServiceBase
{
    Q_DECLARE_TR_FUNCTIONS(StandardChangeService)

public:
    StandardChangeService(storage::Database &db, const Clock &clock)
        : ServiceBase(db, clock)
    { }

    // The stored id of the set in force from `effectiveFrom` (the policy page lists
    // sets by date). Readable without a role, like the sets themselves.
    Result<std::int64_t> policySetId(const Date &effectiveFrom);

    // A caseworker or supervisor (ProposeStandardChange): re-assesses every active
    // case, one transaction (a long job: progress per case, cancel → Cancelled,
    // nothing written). An open batch of the same set is discarded (replaced).
    Result<StandardChangeBatchView> propose(const Session &session, std::int64_t policySetId,
                                            JobControl &job = noJobControl());
    // The batch with its items (old → new per case) and its totals: the monthly
    // budget difference in all and per programme (ViewPayroll).
    Result<StandardChangeBatchView> items(const Session &session, std::int64_t batchId);
    // The open (proposed) batch of a set, or the newest one; nothing when none.
    Result<std::optional<StandardChangeBatchView>> latestBatch(const Session &session,
                                                               std::int64_t policySetId);
    // A supervisor who did not propose it (four-eyes): one `standard_change`
    // decision per raised case, in one transaction, audited. Refused when the batch
    // is not open, or when a raised case got another decision since the proposal.
    Result<StandardChangeBatchView> approve(const Session &session, std::int64_t batchId);
    // The proposer or any supervisor (ProposeStandardChange): the batch is dropped
    // (kept as history); nothing is decided.
    Result<StandardChangeBatchView> discard(const Session &session, std::int64_t batchId,
                                            const std::string &note);
};

} // namespace relief::services
