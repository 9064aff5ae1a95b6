#include "amount_due.h"

namespace relief::payroll {

namespace {

// Later in PR-2's order: E, then decision date, then id.
bool later(const Decision &a, const Decision &b)
{
    if (a.effective != b.effective)
        return a.effective > b.effective;
    if (a.decidedOn != b.decidedOn)
        return a.decidedOn > b.decidedOn;
    return a.id > b.id;
}

AmountDue dueUnder(const Case &c, const Decision *d, const YearMonth &month, int exitMonths)
{
    AmountDue due;
    due.decision = d;
    if (!d || c.programme == CaseProgramme::Marginal || d->kind == DecisionKind::Stop)
        return due;
    const bool exitOver = d->lastPaidMonth ? month > *d->lastPaidMonth
                                           : d->effective.monthsUntil(month) >= exitMonths;
    if (d->kind == DecisionKind::GradualExit && exitOver) {
        due.gradualExitEnded = true;
        return due;
    }
    due.amount = d->amount;
    due.persons = due.amount.isZero() ? 0 : d->persons;
    return due;
}

} // namespace

const Decision *governingDecision(const Case &c, const YearMonth &month)
{
    const Decision *best = nullptr;
    for (const Decision &d : c.decisions)
        if (d.effective <= month && (!best || later(d, *best)))
            best = &d;
    return best;
}

AmountDue amountDue(const Case &c, const YearMonth &month, int gradualExitMonths)
{
    return dueUnder(c, governingDecision(c, month), month, gradualExitMonths);
}

std::optional<int> gradualExitMonthsFor(const std::vector<PolicyParameters> &sets,
                                        const YearMonth &effective)
{
    if (const PolicyParameters *p = parametersInForce(sets, effective.firstDay()))
        return p->gradualExitMonths;
    const PolicyParameters *earliest = nullptr;
    for (const PolicyParameters &p : sets)
        if (!earliest || p.effectiveFrom < earliest->effectiveFrom)
            earliest = &p;
    if (!earliest)
        return std::nullopt;
    return earliest->gradualExitMonths;
}

AmountDue amountDue(const Case &c, const YearMonth &month,
                    const std::vector<PolicyParameters> &sets)
{
    const Decision *d = governingDecision(c, month);
    int exitMonths = 0;
    if (d && d->kind == DecisionKind::GradualExit)
        exitMonths = gradualExitMonthsFor(sets, d->effective).value_or(0);
    return dueUnder(c, d, month, exitMonths);
}

} // namespace relief::payroll
