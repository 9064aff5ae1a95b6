#pragma once

// The monthly payroll (待遇发放, policy-rules §10, data-formats §6): the month's
// roll generated from the cases' decisions (PR-2, PR-3), its holds (PR-5), back
// pay and recoveries for locked months (PR-6), reissues (PR-5, PR-7), the change
// table (PR-8), and its steps draft → submitted → approved → locked (four-eyes).
// The rules are in domain/payroll; this service reads what they need inside one
// transaction, runs the set-based SQL twin of generateRoll (docs/payroll.md),
// checks the step with checkRollStep, writes and audits.
//
// Personal numbers (payee accounts) are masked unless the user's role may see
// them (Action::ViewPersonalNumbers).

#include "services/job_control.h"
#include "services/service_base.h"

#include "domain/money.h"
#include "domain/payroll/change_table.h"
#include "domain/payroll/payroll_types.h"
#include "domain/payroll/roll_lines.h"
#include "domain/payroll/roll_workflow.h"
#include "domain/year_month.h"

#include <QCoreApplication>

#include <cstdint>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

namespace relief::services {

// The roll's header: who took each step and when; at lock, its totals and the
// audit chain's head (id and hash) as they were right after the lock's own record.
struct RollSummary
{
    std::int64_t id = 0;
    YearMonth month;
    payroll::RollState state = payroll::RollState::Draft;
    std::string generatedAt; // UTC ISO 8601
    std::string generatedBy; // username
    std::string submittedAt, submittedBy;
    std::string approvedAt, approvedBy;
    std::string lockedAt, lockedBy;
    std::string reconciledAt;
    bool priceSubsidyTriggered = false;
    // Now (a draft changes; a locked roll's equals lockedLines). rolls() gives a locked
    // roll's recorded totals here; overview() and report() count its lines.
    int lines = 0;
    Money amount;
    std::optional<int> lockedLines; // recorded at lock
    std::optional<Money> lockedAmount;
    std::optional<std::int64_t> auditHeadId;
    std::string auditHeadHash;
};

// A problem of the roll: PR-4 `no_valid_account` (blocking: the roll cannot be
// approved), and the domain's `no_parameters`, `no_persons`, `hold_without_line`,
// `reissue_not_locked`.
struct RollProblemView
{
    std::string key;
    std::string message; // translated, names the household (never a full account)
    std::int64_t caseId = 0; // 0: the roll as a whole
    std::int64_t lineId = 0; // 0: no line
    std::string householdNumber;
    bool blocking = false;
};

struct RollOverview
{
    RollSummary roll;
    payroll::RollTotals totals; // every line, held included (data-formats §6)
    std::vector<RollProblemView> problems;
    std::vector<payroll::RollStep> allowedSteps; // what this user may do now
};

// The lines of the page: filters run in SQL, pages by key (id > afterId).
struct RollLineFilter
{
    std::optional<std::int64_t> communityId;
    std::optional<payroll::LineProgramme> programme;
    std::optional<payroll::LineKind> kind;
    bool heldOnly = false;
    bool problemsOnly = false; // lines without a valid payee account
    std::string search; // household number or payee name, prefix
};

struct RollLineView
{
    std::int64_t id = 0;
    std::int64_t caseId = 0;
    std::int64_t householdId = 0;
    std::optional<std::int64_t> personId;
    std::string householdNumber;
    std::string headName; // the household's head
    std::string personName; // the case's person (person programmes)
    std::int64_t communityId = 0;
    std::string communityName;
    payroll::LineProgramme programme = payroll::LineProgramme::Dibao;
    payroll::LineKind kind = payroll::LineKind::Regular;
    std::optional<YearMonth> forMonth;
    Money amount;
    int persons = 0;
    std::string memo;
    bool held = false;
    std::string holdReason;
    std::string payeeName; // account holder
    std::string bankName;
    std::string bankAccount; // masked unless the role may see it
    bool accountValid = true; // PR-4
    bool toInstitution = false; // PR-4: a care home or welfare institution is the payee
};

// PR-1 and "what was paid each month" for the household page.
struct CasePaymentView
{
    YearMonth rollMonth;
    payroll::RollState rollState = payroll::RollState::Draft;
    payroll::LineProgramme programme = payroll::LineProgramme::Dibao;
    payroll::LineKind kind = payroll::LineKind::Regular;
    std::optional<YearMonth> forMonth;
    Money amount;
    std::string memo;
    bool held = false;
    std::string payment; // "pending", "paid", "failed" (issue 12)
};

// PR-6 / DA-6: an overpayment to collect (追缴) and what has been collected.
enum class RecoveryStatus { Open, Partly, Collected, Waived };
struct RecoveryView
{
    std::int64_t id = 0;
    YearMonth foundIn; // the roll that found it
    std::int64_t caseId = 0;
    std::int64_t householdId = 0;
    std::string householdNumber;
    std::string headName;
    std::string communityName;
    payroll::LineProgramme programme = payroll::LineProgramme::Dibao;
    YearMonth month; // the overpaid month
    Money amount;
    Money collected;
    RecoveryStatus status = RecoveryStatus::Open;
    std::string reason;
    bool real = false; // false while its roll is a draft (replaced on regeneration)
};
struct RecoveryFilter
{
    std::optional<RecoveryStatus> status;
    std::optional<std::int64_t> communityId;
    bool includeDrafts = false;
};

// The change table with the names the printed table needs.
struct ChangeTableView
{
    payroll::ChangeTable table;
    std::vector<std::pair<std::int64_t, std::string>> communityNames; // id → name
    std::vector<std::pair<std::int64_t, std::string>> householdNumbers; // household id → number
    std::vector<std::pair<std::int64_t, std::string>> headNames; // household id → head's name
    std::optional<RollSummary> previous; // M−1's roll (nothing for the first)
    RollSummary current;
};

// `payroll show` (data-formats §6) needs no sign-in: totals only, no personal data.
struct RollReport
{
    RollSummary roll;
    payroll::RollTotals totals;
    std::vector<std::string> problemKeys; // one per problem, e.g. "no_valid_account"
};

class PayrollService : public ServiceBase
{
    Q_DECLARE_TR_FUNCTIONS(PayrollService)

public:
    PayrollService(storage::Database &db, const Clock &clock)
        : ServiceBase(db, clock)
    { }

    // --- reads (Action::ViewPayroll) ---
    Result<std::vector<RollSummary>> rolls(const Session &session); // newest first
    // Nothing when M has no roll yet; allowedSteps then says whether it may be generated.
    Result<std::optional<RollOverview>> overview(const Session &session, const YearMonth &month);
    // What the user may do with M now (generate when there is no roll).
    Result<std::vector<payroll::RollStep>> allowedSteps(const Session &session,
                                                        const YearMonth &month);
    Result<std::vector<RollLineView>> lines(const Session &session, const YearMonth &month,
                                            const RollLineFilter &filter, std::int64_t afterId,
                                            int limit);
    Result<std::int64_t> countLines(const Session &session, const YearMonth &month,
                                    const RollLineFilter &filter);
    // PR-8: M against M−1 (the first roll: every case new).
    Result<ChangeTableView> changeTable(const Session &session, const YearMonth &month);
    // Every line of the case in every roll, newest roll first.
    Result<std::vector<CasePaymentView>> casePayments(const Session &session, std::int64_t caseId);
    Result<std::vector<RecoveryView>> recoveries(const Session &session,
                                                 const RecoveryFilter &filter);
    // No sign-in (data-formats §0): NotFound when M has no roll.
    Result<RollReport> report(const YearMonth &month);

    // --- steps (PR-5); each one transaction, audited, refused with a clear message ---
    // A caseworker: M's draft, replacing a draft; cancel before commit → Cancelled.
    Result<RollSummary> generate(const Session &session, const YearMonth &month,
                                 JobControl &job = noJobControl());
    Result<RollSummary> submit(const Session &session, const YearMonth &month);
    // A supervisor sends a submitted roll back to draft with a reason (退回).
    Result<RollSummary> returnToDraft(const Session &session, const YearMonth &month,
                                      const std::string &reason);
    // A supervisor who did not submit it; refused while a blocking problem remains.
    Result<RollSummary> approve(const Session &session, const YearMonth &month);
    // A supervisor: records the totals and the audit head.
    Result<RollSummary> lock(const Session &session, const YearMonth &month);

    // A caseworker, in a draft: hold a line with a reason (non-empty), release it.
    Status hold(const Session &session, std::int64_t lineId, const std::string &reason);
    Status release(const Session &session, std::int64_t lineId);

    // Recoveries (追缴): a receipt of money collected (a caseworker), a waiver with a
    // reason (a supervisor). Only real recoveries (their roll locked).
    Result<RecoveryView> recordReceipt(const Session &session, std::int64_t recoveryId,
                                       Money amount, const Date &receivedOn,
                                       const std::string &receiptNo, const std::string &note);
    Result<RecoveryView> waive(const Session &session, std::int64_t recoveryId,
                               const std::string &reason);

private:
    // A read in one snapshot with the acting user as stored now (ViewPayroll).
    template<class F>
    auto readAs(const Session &session, F &&fn)
        -> std::invoke_result_t<F, const storage::UserRecord &>;
};

// Price indices (CPI and food, % year on year), entered per month by a supervisor
// (`prices set`); PS-1 decides from them whether M's roll adds price subsidies.
struct PriceIndexRecordView
{
    YearMonth month;
    std::string cpi; // decimal text as entered, e.g. "3.6"
    std::string food;
    std::string enteredAt;
    std::string enteredBy;
    bool triggers = false; // PS-1 with the set in force on the month's first day
};

class PriceIndexService : public ServiceBase
{
    Q_DECLARE_TR_FUNCTIONS(PriceIndexService)

public:
    PriceIndexService(storage::Database &db, const Clock &clock)
        : ServiceBase(db, clock)
    { }

    // A supervisor. Percentages with at most one decimal (−99.9 … 999.9); replacing
    // a month's figures is allowed while M's roll is not locked.
    Result<PriceIndexRecordView> set(const Session &session, const YearMonth &month,
                                     const std::string &cpi, const std::string &food);
    Result<std::optional<PriceIndexRecordView>> get(const Session &session, const YearMonth &month);
    Result<std::vector<PriceIndexRecordView>> list(const Session &session); // newest first
};

} // namespace relief::services
