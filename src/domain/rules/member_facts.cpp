#include "member_facts.h"

#include "domain/age.h"

namespace relief {

bool isCountedIncome(IncomeKind kind)
{
    switch (kind) {
    case IncomeKind::Wage:
    case IncomeKind::Business:
    case IncomeKind::Property:
    case IncomeKind::Pension:
    case IncomeKind::Support:
    case IncomeKind::Other:
        return true;
    case IncomeKind::BasicPension:
    case IncomeKind::Veteran:
    case IncomeKind::FamilyPlanning:
    case IncomeKind::Award:
    case IncomeKind::Assistance:
    case IncomeKind::DisabilitySubsidy:
    case IncomeKind::ElderlyAllowance:
        return false;
    }
    return false;
}

Money memberIncome(const Member &member, Money employmentCostDeduction)
{
    Money counted;
    Money wage;
    for (const Income &in : member.incomes) {
        if (!isCountedIncome(in.kind))
            continue;
        counted += in.monthly;
        if (in.kind == IncomeKind::Wage)
            wage += in.monthly;
    }
    // The deduction never exceeds the wage it relieves (and a net wage loss
    // cannot create one).
    const Money deduction = max(Money(), min(wage, employmentCostDeduction));
    return max(Money(), counted - deduction);
}

bool isSevereDisability43(const std::optional<Disability> &d)
{
    if (!d)
        return false;
    switch (d->kind) {
    case DisabilityKind::Intellectual:
    case DisabilityKind::Mental:
        return d->grade <= 3;
    case DisabilityKind::Physical:
        return d->grade <= 2;
    case DisabilityKind::Visual:
        return d->grade == 1;
    case DisabilityKind::Hearing:
    case DisabilityKind::Speech:
    case DisabilityKind::Multiple:
        return false;
    }
    return false;
}

bool isSevereDisabilityDb3(const std::optional<Disability> &d)
{
    if (!d)
        return false;
    return d->grade <= 2 ||
        (d->grade == 3 &&
         (d->kind == DisabilityKind::Intellectual || d->kind == DisabilityKind::Mental));
}

bool hasLabourCapacity(const Member &member, int age)
{
    return member.counted && age >= 16 && age < 60 && !member.inSchool && !member.seriousIllness &&
        !isSevereDisability43(member.disability);
}

SelfCare selfCareLevel(int unmetItems)
{
    if (unmetItems <= 0)
        return SelfCare::Full;
    return unmetItems <= 3 ? SelfCare::Partial : SelfCare::Total;
}

MemberFacts memberFacts(const Member &member, const PolicyParameters &policy, const Date &asOf)
{
    MemberFacts f;
    f.age = ageInYears(member.birthDate, asOf);
    f.counted = member.counted;
    for (const Income &in : member.incomes) {
        if (in.kind == IncomeKind::Wage)
            f.wage += in.monthly;
        if (in.kind == IncomeKind::Wage || in.kind == IncomeKind::Business)
            f.wageAndBusiness += in.monthly;
    }
    f.income = memberIncome(member, policy.employmentCostDeduction);
    f.severe43 = isSevereDisability43(member.disability);
    f.severeDb3 = isSevereDisabilityDb3(member.disability);
    f.labourCapacity = hasLabourCapacity(member, f.age);
    f.selfCare = selfCareLevel(member.selfCareUnmet);
    return f;
}

} // namespace relief
