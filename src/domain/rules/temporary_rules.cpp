#include "temporary_rules.h"

namespace relief {

ApprovalLevel temporaryApprovalLevel(Money amount, const PolicyParameters &policy, Money standard,
                                     int countedMembers)
{
    if (amount <= standard * policy.temporary.streetMaxMonths * countedMembers)
        return ApprovalLevel::Street;
    if (amount <= standard * policy.temporary.maxMonths * countedMembers)
        return ApprovalLevel::County;
    return ApprovalLevel::Special;
}

TemporaryResult assessTemporary(const TemporaryRequest &request, const PolicyParameters &policy,
                                Money standard, int n, bool assetsOk, Money incomeAll,
                                std::vector<Explanation> *reasons)
{
    TemporaryResult r;
    const bool emergency = request.type == TemporaryType::Emergency;
    const char *rule = emergency ? "TA-1" : "TA-2";
    auto refuse = [&](const char *why) {
        if (reasons)
            reasons->push_back({rule, ReasonCode::TemporaryNotEligible, {std::string("@") + why}});
        return r;
    };
    if (n < 1)
        return refuse("no_members");
    if (emergency) {
        // TA-1: no means test; m = 0 is simply not eligible.
        if (request.months < 1)
            return refuse("no_months");
        r.amount = roundUnit(standard * request.months * n, policy.roundUnit);
    } else {
        if (!assetsOk)
            return refuse("assets");
        // H_all × 12 / N < line, cross-multiplied to stay exact.
        if (!(incomeAll * 12 < policy.disposableIncomePrevYear * n))
            return refuse("income");
        const Money uncovered = request.expense - request.reimbursed - request.otherAid;
        if (!(uncovered > Money()))
            return refuse("no_expense");
        r.amount = roundUnit(Rational::fen(uncovered) * policy.temporary.expenseRatioPct / 100,
                             policy.roundUnit);
        // min() comes after rounding; the ceiling is a plain multiple of S, not rounded.
        if (!request.special)
            r.amount = min(r.amount, standard * policy.temporary.maxMonths * n);
    }
    r.eligible = true;
    r.level = temporaryApprovalLevel(r.amount, policy, standard, n);
    r.prepayAllowed = emergency && *r.level == ApprovalLevel::Street;
    if (reasons) {
        reasons->push_back({rule, ReasonCode::TemporaryEligible, {r.amount.toString()}});
        reasons->push_back(
            {"TA-3", ReasonCode::TemporaryLevel, {"@" + std::string(approvalLevelKey(*r.level))}});
    }
    return r;
}

} // namespace relief
