#pragma once

// TK-1 … TK-5: 特困供养 per member, with the group T found as the smallest set
// that satisfies the rules (in-household obligors who are themselves in T are
// unable, which makes eligibility depend on T).

#include "assessment.h"
#include "household.h"
#include "member_facts.h"
#include "policy_parameters.h"

#include <optional>
#include <vector>

namespace relief {

// TK-1: age ≥ 60, age < 18, or severely disabled on the 43号 list.
bool tekunAgeOrDisability(const MemberFacts &facts);

// TK-4, listed obligor: unable when is_tekun; is_dibao and age ≥ 60; age ≥ 70 with
// income × 12 < the disposable-income line and assets_ok; DB-3-severe disability
// with the same income and assets condition; or incapacitated/missing/imprisoned
// with assets_ok.
bool listedObligorUnable(const Obligor &obligor, Money disposableIncomePrevYear);

// TK-4, in-household: the other counted members aged 18 or over whose relation is
// not `other`; none at all when the member's own relation is `other`.
std::vector<int> householdObligors(const Household &household,
                                   const std::vector<MemberFacts> &facts, int member);

// TK-4, in-household obligor j: unable when in T, or when (age ≥ 70 or DB-3-severe)
// with hⱼ × 12 < the line and the household's assets_ok. Dibao status never counts.
bool householdObligorUnable(const MemberFacts &obligor, bool obligorInTekun, bool assetsOk,
                            Money disposableIncomePrevYear);

// The obligor TK-4 found able, so that the explanation can say who it is.
struct AbleObligor
{
    bool listed = false; // a listed obligor (Member::obligors) or a member living in
    int index = 0; // into the member's obligors, or the household's members
};

// The first able obligor of member i: listed ones first, in order, then the
// members living in, in member order. Nothing means TK-4 holds.
std::optional<AbleObligor> firstAbleObligor(const Household &household,
                                            const std::vector<MemberFacts> &facts, int member,
                                            const std::vector<bool> &inT, bool assetsOk,
                                            Money disposableIncomePrevYear);

// TK-5 basic part: round_unit(S × basic_multiplier).
Money tekunBasic(const PolicyParameters &policy, Money standard);

struct TekunAssessment
{
    std::vector<bool> inT; // by member index
    std::vector<TekunLine> lines; // every counted member for whom TK-1 holds
};

// inC marks the child-allowance group C. Appends explanations when reasons is given.
TekunAssessment assessTekun(const Household &household, const std::vector<MemberFacts> &facts,
                            const std::vector<bool> &inC, bool assetsOk,
                            const PolicyParameters &policy, Money standard,
                            std::vector<Explanation> *reasons = nullptr);

} // namespace relief
