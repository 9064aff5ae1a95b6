#pragma once

// CA (孤儿 / 事实无人抚养儿童 allowance), DS-1/DS-2 (残疾人两项补贴) and
// PS-1 … PS-4 (价格临时补贴).

#include "assess_request.h"
#include "assessment.h"
#include "household.h"
#include "member_facts.h"
#include "policy_parameters.h"

#include <optional>

namespace relief {

// Group C: a counted member under 18 with a child status.
bool inChildGroup(const Member &member, const MemberFacts &facts);
// CA: institutional for orphan_institutional, home for the other two; nothing
// outside C.
std::optional<Money> childAllowanceAmount(const Member &member, const MemberFacts &facts,
                                          const PolicyParameters &policy);
// DS-2: grade 1 → care_grade1, grade 2 → care_grade2; nothing otherwise. The
// caller excludes T and members not counted.
std::optional<Money> disabilityCareAmount(const std::optional<Disability> &disability,
                                          const PolicyParameters &policy);

// PS-1 … PS-3 for the given number of persons (PS-4 is the caller's count).
PriceSubsidyResult priceSubsidy(const PriceIndices &indices, const PolicyParameters &policy,
                                Money standard, int persons);

} // namespace relief
