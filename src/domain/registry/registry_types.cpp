#include "registry_types.h"

#include "domain/rules/household_keys.h"

#include <bit>

namespace relief {

std::string_view leaveReasonKey(LeaveReason r)
{
    return keyOf(kLeaveReasonKeys, r);
}
std::string_view notCountedReasonKey(NotCountedReason r)
{
    return keyOf(kNotCountedReasonKeys, r);
}
std::string_view institutionKindKey(InstitutionKind k)
{
    return keyOf(kInstitutionKindKeys, k);
}
std::string_view incomeEntryKey(IncomeEntry e)
{
    return keyOf(kIncomeEntryKeys, e);
}
std::string_view caseProgrammeKey(CaseProgramme p)
{
    return keyOf(kProgrammeKeys, p);
}
std::string_view caseSourceKey(CaseSource s)
{
    return keyOf(kCaseSourceKeys, s);
}
std::string_view sexKey(Sex s)
{
    return keyOf(kSexKeys, s);
}

bool isHouseholdProgramme(CaseProgramme p)
{
    return p == CaseProgramme::Dibao || p == CaseProgramme::Marginal;
}

int selfCareUnmetCount(int items)
{
    return std::popcount(static_cast<unsigned>(items) & 0x3fu);
}

} // namespace relief
