#include "benefit_rules.h"

namespace relief {

bool inChildGroup(const Member &member, const MemberFacts &facts)
{
    return facts.counted && facts.age < 18 && member.childStatus.has_value();
}

std::optional<Money> childAllowanceAmount(const Member &member, const MemberFacts &facts,
                                          const PolicyParameters &policy)
{
    if (!inChildGroup(member, facts))
        return std::nullopt;
    return *member.childStatus == ChildStatus::OrphanInstitutional
        ? policy.childAllowance.institutional
        : policy.childAllowance.home;
}

std::optional<Money> disabilityCareAmount(const std::optional<Disability> &disability,
                                          const PolicyParameters &policy)
{
    if (!disability)
        return std::nullopt;
    if (disability->grade == 1)
        return policy.disabilitySubsidy.careGrade1;
    if (disability->grade == 2)
        return policy.disabilitySubsidy.careGrade2;
    return std::nullopt;
}

PriceSubsidyResult priceSubsidy(const PriceIndices &indices, const PolicyParameters &policy,
                                Money standard, int persons)
{
    PriceSubsidyResult r;
    // PS-1: either index at or above its threshold.
    const bool cpiHit = indices.cpiYoy >= policy.priceSubsidy.cpiThreshold;
    const bool foodHit = indices.foodYoy >= policy.priceSubsidy.foodThreshold;
    if (!cpiHit && !foodHit)
        return r;
    // PS-2: the larger triggering index; equal values keep cpi_yoy.
    const bool useFood = foodHit && (!cpiHit || indices.foodYoy > indices.cpiYoy);
    const Decimal &rate = useFood ? indices.foodYoy : indices.cpiYoy;
    r.triggered = true;
    r.rate = useFood ? indices.foodText : indices.cpiText;
    if (r.rate.empty())
        r.rate = rate.toString();
    // PS-3: rounded to the unit first, then the floor.
    const Money computed =
        roundUnit(Rational::fen(standard) * rate.toRational() / 100, policy.roundUnit);
    r.perPerson = max(computed, policy.priceSubsidy.floor);
    r.persons = persons;
    r.monthly = r.perPerson * persons;
    return r;
}

} // namespace relief
