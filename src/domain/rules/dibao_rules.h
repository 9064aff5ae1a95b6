#pragma once

// DB-1 … DB-4 (dibao), SP-1/SP-2 (单人保), MG (低保边缘) and the classification of
// the dibao household D.

#include "assessment.h"
#include "household.h"
#include "member_facts.h"
#include "policy_parameters.h"

#include <optional>
#include <vector>

namespace relief {

// DB-3: the applicable category with the highest pct (ties: the first in rule
// order); nothing when none applies.
std::optional<AddonCategory> addonCategory(const Member &member, const MemberFacts &facts,
                                           const PolicyParameters &policy);
// DB-3: round_fen(S × pct / 100).
Money addonAmount(Money standard, int pct);
// The member's DB-3 add-on (0 when no category applies).
Money memberAddon(const Member &member, const MemberFacts &facts, const PolicyParameters &policy,
                  Money standard);

struct DibaoAssessment
{
    DibaoResult dibao;
    std::vector<MemberAmount> singlePerson; // SP-1 members, ascending
    Classification classification = Classification::None;
    bool failsOnlyOnIncome = false; // n ≥ 1, assets_ok, H ≥ S × n
};

// inD marks D; income = H (Σ hᵢ over D); dibaoMembers = n.
DibaoAssessment assessDibao(const Household &household, const std::vector<MemberFacts> &facts,
                            const std::vector<bool> &inD, Money income, int dibaoMembers,
                            bool assetsOk, const PolicyParameters &policy, Money standard,
                            std::vector<Explanation> *reasons = nullptr);

} // namespace relief
