#pragma once

// Dynamic adjustment (policy-rules §6): the decision after a re-verification
// (DA-1, DA-2), effective months and the parameter set for a decision (DA-3),
// standard changes (DA-4) and overpayment after a stop (DA-6). Pure functions
// over the previous decision state and the new assessment.

#include "domain/explanation.h"
#include "domain/money.h"
#include "domain/rules/assessment.h"
#include "domain/rules/policy_parameters.h"
#include "domain/year_month.h"

#include <optional>
#include <string_view>
#include <vector>

namespace relief {

enum class DecisionKind { Grant, Increase, Decrease, Maintain, StandardChange, GradualExit, Stop };
std::string_view decisionKindKey(DecisionKind kind); // "grant", "gradual_exit", …

// DA-3: every grant and change takes effect from the month after the decision.
YearMonth decisionEffectiveMonth(const Date &decisionDate);
// DA-3: the set in force on the first day of the effective month (a decision on
// 2025-06-20 uses a set effective 2025-07-01). nullptr when none.
const PolicyParameters *parametersForDecision(const std::vector<PolicyParameters> &sets,
                                              const Date &decisionDate);

// The case as it stands (its latest decision).
struct CaseState
{
    Money amount; // A_old
    Money wageAndBusinessIncome; // the household's wage + business income at that decision
};

// What the re-assessment found, for the case's programme.
struct Reassessment
{
    bool eligible = false;
    Money amount; // A_new
    bool failsOnlyOnIncome = false; // DB-1 fails only because H ≥ S × n
    Money wageAndBusinessIncome;
};

// A dibao household case's view of an assessment: eligible when classified dibao.
Reassessment dibaoReassessment(const Assessment &assessment);

struct AdjustmentDecision
{
    DecisionKind kind = DecisionKind::Maintain;
    YearMonth effectiveMonth;
    Money amount; // monthly from effectiveMonth; 0 for stop
    // gradual_exit: the last month paid; the case stops the month after.
    std::optional<YearMonth> lastPaidMonth;
    std::vector<Explanation> reasons;
};

// DA-1 with DA-2: maintain / increase / decrease when still eligible; when not,
// gradual_exit (A_old for gradualExitMonths months) if it fails only on income
// and wage + business income rose since the last decision, else stop.
AdjustmentDecision decideAdjustment(const CaseState &current, const Reassessment &found,
                                    const Date &decisionDate, int gradualExitMonths);

// DA-4: a standard change raises a case only; less or nothing keeps the amount
// and flags the case for review. newAmount empty = no longer eligible.
struct StandardChangeOutcome
{
    bool raise = false;
    Money amount; // the amount the case keeps or gets
    bool flagForReview = false;
    YearMonth effectiveMonth; // the month of the set's effective_from
    std::vector<Explanation> reasons;
};
StandardChangeOutcome standardChange(Money currentAmount, std::optional<Money> newAmount,
                                     const Date &setEffectiveFrom);

// DA-6: months paid from a stop's effective month on become recovery (追缴) records.
struct PaidMonth
{
    YearMonth month;
    Money paid;
};
struct Recovery
{
    YearMonth month;
    Money amount; // positive: to collect
};
std::vector<Recovery> overpaymentRecoveries(const YearMonth &stopEffective,
                                            const std::vector<PaidMonth> &paid);

} // namespace relief
