#include "registry_types.h"

#include <bit>

namespace relief {

namespace {
template<class E, size_t N> std::string_view keyOf(const std::array<std::string_view, N> &keys, E e)
{
    const auto i = static_cast<size_t>(e);
    return i < N ? keys[i] : std::string_view();
}
} // namespace

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
