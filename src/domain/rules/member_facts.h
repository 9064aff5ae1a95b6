#pragma once

// Per-member facts the rules share (policy-rules §1, §3, IN-1, IN-2): age on the
// assessment date, counted income hᵢ, the two severe-disability lists, labour
// capacity and self-care level. Computed once per assessment.

#include "household.h"
#include "policy_parameters.h"

#include <optional>
#include <vector>

namespace relief {

struct MemberFacts
{
    int age = 0;
    bool counted = true;
    Money wage; // wage total before IN-2
    Money wageAndBusiness; // for DA-2's "earnings rose"
    Money income; // hᵢ: counted income less the employment cost, never below 0
    bool severe43 = false; // 43号 list (TK-1, labour capacity)
    bool severeDb3 = false; // DB-3's wider list (SP-1, TK-4)
    bool labourCapacity = false;
    SelfCare selfCare = SelfCare::Full;
};

// IN-1: whether an income kind is counted.
bool isCountedIncome(IncomeKind kind);
// IN-2: hᵢ = counted income − min(wage total, deduction), never below 0.
Money memberIncome(const Member &member, Money employmentCostDeduction);

// 43号 list: intellectual or mental grade 1–3, physical 1–2, visual 1.
bool isSevereDisability43(const std::optional<Disability> &d);
// DB-3 / SP-1 / TK-4: grade 1–2 of any kind, or grade 3 intellectual/mental.
bool isSevereDisabilityDb3(const std::optional<Disability> &d);
// §3: counted, 16 ≤ age < 60, not in school, not seriously ill, not severely
// disabled (43号 list).
bool hasLabourCapacity(const Member &member, int age);
// §3: 0 → full, 1–3 → partial, 4–6 → total.
SelfCare selfCareLevel(int unmetItems);

MemberFacts memberFacts(const Member &member, const PolicyParameters &policy, const Date &asOf);

} // namespace relief
