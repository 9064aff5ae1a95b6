#include "adjustment_rules.h"

#include <algorithm>

namespace relief {

std::string_view decisionKindKey(DecisionKind kind)
{
    switch (kind) {
    case DecisionKind::Grant:
        return "grant";
    case DecisionKind::Increase:
        return "increase";
    case DecisionKind::Decrease:
        return "decrease";
    case DecisionKind::Maintain:
        return "maintain";
    case DecisionKind::StandardChange:
        return "standard_change";
    case DecisionKind::GradualExit:
        return "gradual_exit";
    case DecisionKind::Stop:
        return "stop";
    }
    return "";
}

YearMonth decisionEffectiveMonth(const Date &decisionDate)
{
    return YearMonth::of(decisionDate).next();
}

const PolicyParameters *parametersForDecision(const std::vector<PolicyParameters> &sets,
                                              const Date &decisionDate)
{
    return parametersInForce(sets, decisionEffectiveMonth(decisionDate).firstDay());
}

Reassessment dibaoReassessment(const Assessment &a)
{
    Reassessment r;
    r.eligible = a.classification == Classification::Dibao;
    r.amount = a.dibao.monthly;
    r.failsOnlyOnIncome = a.failsOnlyOnIncome;
    r.wageAndBusinessIncome = a.wageAndBusinessIncome;
    return r;
}

AdjustmentDecision decideAdjustment(const CaseState &current, const Reassessment &found,
                                    const Date &decisionDate, int gradualExitMonths)
{
    AdjustmentDecision d;
    d.effectiveMonth = decisionEffectiveMonth(decisionDate);
    const std::string oldAmount = current.amount.toString();
    if (found.eligible) {
        d.amount = found.amount;
        if (found.amount == current.amount) {
            d.kind = DecisionKind::Maintain;
            d.reasons.push_back({"DA-1", ReasonCode::AdjustMaintain, {oldAmount}});
        } else {
            const bool up = found.amount > current.amount;
            d.kind = up ? DecisionKind::Increase : DecisionKind::Decrease;
            d.reasons.push_back({"DA-1",
                                 up ? ReasonCode::AdjustIncrease : ReasonCode::AdjustDecrease,
                                 {oldAmount, found.amount.toString()}});
        }
    } else if (found.failsOnlyOnIncome &&
               found.wageAndBusinessIncome > current.wageAndBusinessIncome &&
               gradualExitMonths > 0) {
        d.kind = DecisionKind::GradualExit;
        d.amount = current.amount;
        d.lastPaidMonth = d.effectiveMonth.addMonths(gradualExitMonths - 1);
        d.reasons.push_back(
            {"DA-2",
             ReasonCode::AdjustGradualExit,
             {d.effectiveMonth.toString(), d.lastPaidMonth->toString(), oldAmount}});
    } else {
        d.kind = DecisionKind::Stop;
        d.reasons.push_back({"DA-1", ReasonCode::AdjustStop, {d.effectiveMonth.toString()}});
    }
    d.reasons.push_back({"DA-3", ReasonCode::FirstMonth, {d.effectiveMonth.toString()}});
    return d;
}

StandardChangeOutcome standardChange(Money currentAmount, std::optional<Money> newAmount,
                                     const Date &setEffectiveFrom)
{
    StandardChangeOutcome o;
    o.effectiveMonth = YearMonth::of(setEffectiveFrom);
    if (newAmount && *newAmount > currentAmount) {
        o.raise = true;
        o.amount = *newAmount;
        o.reasons.push_back({"DA-4",
                             ReasonCode::AdjustStandardChange,
                             {currentAmount.toString(), newAmount->toString()}});
        return o;
    }
    o.amount = currentAmount;
    o.flagForReview = !newAmount || *newAmount < currentAmount;
    if (o.flagForReview)
        o.reasons.push_back({"DA-4",
                             ReasonCode::AdjustStandardKeep,
                             {currentAmount.toString(), newAmount.value_or(Money()).toString()}});
    return o;
}

std::vector<Recovery> overpaymentRecoveries(const YearMonth &stopEffective,
                                            const std::vector<PaidMonth> &paid)
{
    std::vector<Recovery> out;
    for (const PaidMonth &p : paid)
        if (p.month >= stopEffective && p.paid > Money())
            out.push_back({p.month, p.paid});
    std::sort(out.begin(), out.end(),
              [](const Recovery &a, const Recovery &b) { return a.month < b.month; });
    return out;
}

} // namespace relief
