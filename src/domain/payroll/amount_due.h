#pragma once

// PR-2: the amount a case is due for a month, from its decisions.

#include "payroll_types.h"

#include "domain/rules/policy_parameters.h"

#include <optional>
#include <vector>

namespace relief::payroll {

// The decision that governs month M: the latest E ≤ M; equal E, the later
// decision date; equal date too, the higher id (the order the storage trigger
// uses for the case's cached status). nullptr before the first E.
const Decision *governingDecision(const Case &c, const YearMonth &month);

struct AmountDue
{
    Money amount; // 0 when nothing is due
    int persons = 0; // of the governing decision (0 when nothing is due)
    const Decision *decision = nullptr; // the governing decision; nullptr before the first E
    bool gradualExitEnded = false; // a gradual_exit whose months have run out
};

// PR-2. A gradual_exit decision pays its A for `gradualExitMonths` months from its
// E (E … E + months − 1) and nothing after; a count ≤ 0 pays nothing. A decision
// that records its lastPaidMonth pays through that month instead. `marginal`
// cases are never paid (nothing due, whatever their decisions say).
AmountDue amountDue(const Case &c, const YearMonth &month, int gradualExitMonths);

// The gradual_exit_months a gradual_exit decision effective in `effective` runs for:
// that of the set in force on E's first day (DA-3), else of the earliest set (a
// decision entered before any set took effect). Nothing when there are no sets.
std::optional<int> gradualExitMonthsFor(const std::vector<PolicyParameters> &sets,
                                        const YearMonth &effective);

// PR-2 with the length of gradual exit read from the parameter sets as above.
AmountDue amountDue(const Case &c, const YearMonth &month,
                    const std::vector<PolicyParameters> &sets);

} // namespace relief::payroll
