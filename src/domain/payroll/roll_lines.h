#pragma once

// The lines of a month's roll (policy-rules §10): regular lines and price
// subsidies (PR-3, PS-1…PS-4), holds and their later reissue (PR-5), back pay and
// recovery for locked months (PR-6), reissue of failed payments (PR-7), and the
// totals by programme and kind (data-formats §6 `show --json`). A pure function
// of the cases and what the earlier, locked rolls paid: the services read those,
// run it (or its set-based SQL twin, docs/payroll.md) and store the lines.

#include "amount_due.h"
#include "payroll_types.h"

#include "domain/rules/assess_request.h" // PriceIndices
#include "domain/rules/policy_parameters.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace relief::payroll {

// What a `reissue` line pays again.
enum class ReissueSource { Hold, FailedPayment };

struct RollLine
{
    std::int64_t caseId = 0;
    std::int64_t householdId = 0;
    std::optional<std::int64_t> personId;
    std::int64_t communityId = 0;
    LineProgramme programme = LineProgramme::Dibao;
    LineKind kind = LineKind::Regular;
    Money amount; // always > 0
    int persons = 0;
    // back_pay: the locked month made good; reissue: the month of the held or failed
    // line; regular: nothing (the roll's own month).
    std::optional<YearMonth> forMonth;
    std::optional<std::int64_t> reissueOf; // reissue: the hold's or the failed line's id
    std::optional<ReissueSource> reissueSource; // reissue: which of the two
    std::string memo; // 补发YYYY年MM月, 重发YYYY年MM月, 临时价补, or empty
    bool held = false; // PR-5: kept in the roll, not paid
    std::string holdReason;
};

// PR-5: a hold a caseworker put on a line of this month's draft. Holds are kept
// with the month and survive regeneration: they are matched again to the new
// lines by case, programme, kind and month.
struct Hold
{
    std::int64_t caseId = 0;
    LineProgramme programme = LineProgramme::Dibao;
    LineKind kind = LineKind::Regular;
    std::optional<YearMonth> forMonth;
    std::string reason;
};

// A line of an earlier (locked) roll that is to be paid again as a `reissue`:
// a held line since released (PR-5), or a failed payment (PR-7).
struct EarlierLine
{
    std::int64_t id = 0; // the hold's or the failed line's id: one reissue per id
    std::int64_t caseId = 0;
    std::int64_t householdId = 0;
    std::optional<std::int64_t> personId;
    std::int64_t communityId = 0;
    LineProgramme programme = LineProgramme::Dibao;
    YearMonth month; // the month of the roll that held it or whose payment failed
    Money amount;
    int persons = 0;
};

struct FailedLine
{
    EarlierLine line;
    std::string bankReason;
    bool accountCorrected = false; // PR-7: reissued only once the account is corrected
};

// PR-6: what a case has had for a locked month: Σ its regular and back_pay lines
// for that month (price subsidies and reissues aside; held and failed lines count,
// as their reissue makes them good) less the recoveries recorded for it.
struct Settled
{
    std::int64_t caseId = 0;
    YearMonth month;
    Money amount;
};

// PR-6 / DA-6: an overpayment to collect (追缴).
struct RecoveryRecord
{
    std::int64_t caseId = 0;
    std::int64_t householdId = 0;
    std::optional<std::int64_t> personId;
    std::int64_t communityId = 0;
    LineProgramme programme = LineProgramme::Dibao;
    YearMonth month; // the locked month overpaid
    Money amount; // > 0: settled − due now
    std::string reason; // of the decision that governs the month now
};

struct RollProblem
{
    std::string key; // "no_parameters", "no_persons", "hold_without_line", "reissue_not_locked"
    std::int64_t caseId = 0; // 0 for the roll as a whole
};

struct RollInput
{
    YearMonth month;
    std::vector<Case> cases;
    std::vector<PolicyParameters> sets;
    std::optional<PriceIndices> indices; // M's price indices, when entered
    std::vector<YearMonth> lockedMonths; // months before M whose roll is locked or reconciled
    std::vector<Settled> settled; // for the locked months
    std::vector<Hold> holds; // on this month's draft
    std::vector<EarlierLine> releasedHolds; // held in a locked roll, released, not yet reissued
    std::vector<FailedLine> failedLines; // failed, not yet reissued
};

struct Roll
{
    YearMonth month;
    std::vector<RollLine> lines; // by case, then programme, kind and month
    std::vector<RecoveryRecord> recoveries;
    std::vector<RollProblem> problems;
    bool priceSubsidyTriggered = false;
};

// PR-3, PR-5, PR-6, PR-7. Throws ArithmeticOverflow when an amount leaves Money's
// range (a price subsidy × persons, a back-pay difference).
Roll generateRoll(const RollInput &input);

// The pieces of generateRoll, for a service that builds the bulk of the roll with
// set-based SQL (docs/payroll.md) and the rest from these; each reads only the
// fields of `in` named and returns its lines in line order.
Roll regularLines(const RollInput &in); // PR-3: month, cases, sets, indices
// PR-6: month, cases, sets, lockedMonths, settled. Only the cases given are looked
// at: a service may pass just those with a decision recorded after a month it
// takes effect in was locked, with their settled amounts.
Roll backPayLines(const RollInput &in);
Roll reissueLines(const RollInput &in); // PR-5 / PR-7: month, releasedHolds, failedLines
// PR-5: marks the lines held; a hold without its line is a problem "hold_without_line".
void applyHolds(Roll &roll, const std::vector<Hold> &holds);

// PR-3 alone: a case's regular line for M, nothing when nothing is due.
std::optional<RollLine> regularLine(const Case &c, const YearMonth &month,
                                    const std::vector<PolicyParameters> &sets);

// data-formats §6 `show --json`: totals and one entry per programme and kind
// (in key order) with its distinct cases, their persons (each case once) and the
// amount. Held lines are in the totals and also counted apart. Throws
// ArithmeticOverflow when a sum leaves Money's range.
struct ProgrammeTotal
{
    LineProgramme programme = LineProgramme::Dibao;
    LineKind kind = LineKind::Regular;
    int cases = 0;
    int persons = 0;
    Money amount;
};
struct RollTotals
{
    int lines = 0;
    Money amount;
    int heldLines = 0;
    Money heldAmount;
    std::vector<ProgrammeTotal> byProgramme;
};
RollTotals rollTotals(const std::vector<RollLine> &lines);

} // namespace relief::payroll
