#pragma once

// Re-verification (复核, issue 13; data-formats §7; policy-rules RV-1, RV-2): paper
// visits imported in bulk (all-or-nothing, the ledger's row-by-row report), the year's
// coverage (`review coverage`, no sign-in: no names, ID numbers masked) and what RV-1
// makes due by a date (`review due`). docs/review.md.

#include "services/ledger/ledger_csv.h"
#include "services/service_base.h"

#include "domain/date.h"

#include <QCoreApplication>

#include <optional>
#include <string>
#include <vector>

namespace relief::services {

struct VisitImportReport
{
    std::string encoding;
    std::vector<LedgerIssue> errors; // non-empty: nothing imported
    std::vector<std::string> warnings;
    int rows = 0;
    int imported = 0; // new visits stored
    int qualifying = 0; // of them, meeting RV-2
    int unchanged = 0; // already recorded (the same file again)
    bool committed = false;
};

struct CoverageFigures
{
    long long dibaoHouseholds = 0;
    long long singlePerson = 0;
    long long tekunPersons = 0;
};

struct CommunityCoverage
{
    std::string community;
    long long due = 0;
    long long covered = 0;
};

struct CoverageReport
{
    int year = 0;
    Date asOf; // 31 December, or today for the current year
    CoverageFigures population;
    CoverageFigures covered;
    std::string coveragePct; // one decimal, half up
    std::vector<CommunityCoverage> byCommunity;
    // household numbers of household cases, masked ID numbers of personal cases
    std::vector<std::string> notCovered;
};

struct DueItem
{
    std::string householdNo;
    std::string community;
    std::string programme; // dibao, single_person, tekun
    std::string idNumber; // personal cases: masked
    std::string name; // masked
    std::optional<Date> lastReview; // last RV-2 visit, else the ledger's, else none
    Date dueDate;
    int cadenceMonths = 0;
    bool overdue = false;
    int daysOverdue = 0;
};

class ReviewService : public ServiceBase
{
    Q_DECLARE_TR_FUNCTIONS(ReviewService)

public:
    ReviewService(storage::Database &db, const Clock &clock)
        : ServiceBase(db, clock)
    { }

    // Action::RecordVisits (caseworkers). `preview`: everything checked, nothing kept.
    Result<VisitImportReport> importVisits(const Session &session, const std::string &bytes,
                                           const std::string &fileName, bool preview = false);

    // No sign-in (totals, household numbers and masked ID numbers only). A year after
    // the current one is bad input (field "year").
    Result<CoverageReport> coverage(int year);
    // No sign-in: RV-1 due dates of the population active on asOf, due on or before it,
    // overdue first (the longest overdue first), then by due date. `community`: a name
    // or code; unknown is bad input (field "community").
    Result<std::vector<DueItem>> due(const Date &asOf,
                                     const std::optional<std::string> &community = {});
};

} // namespace relief::services
