#pragma once

// The registry's vocabulary beyond the rules' household model: why a member left
// or is not counted, institutions, and the cases and decisions of policy-rules
// §10 (PR-1). Each enum has its storage/file key, and a parser for the key.

#include "domain/id_number.h"
#include "domain/review/adjustment_rules.h" // DecisionKind
#include "domain/rules/household.h"

#include <array>
#include <optional>
#include <string_view>

namespace relief {

enum class LeaveReason { MovedOut, Died, Other };
enum class NotCountedReason { Clergy, Prison, Rehab, Missing, Other };
enum class InstitutionKind { CareHome, WelfareInstitution };
enum class IncomeEntry { Monthly, Yearly };

// PR-1 programmes (not working_days.h's Programme, which keys deadlines); Marginal (低保边缘) is a
// household "case" recorded from a ledger, usually with amount 0, that payroll never pays.
enum class CaseProgramme {
    Dibao,
    SinglePerson,
    Tekun,
    ChildAllowance,
    DisabilityLiving,
    DisabilityCare,
    Marginal,
};
enum class CaseSource { Ledger, Application };

inline constexpr std::array<std::string_view, 3> kLeaveReasonKeys = {"moved_out", "died", "other"};
inline constexpr std::array<std::string_view, 5> kNotCountedReasonKeys = {
    "clergy", "prison", "rehab", "missing", "other"};
inline constexpr std::array<std::string_view, 2> kInstitutionKindKeys = {"care_home",
                                                                         "welfare_institution"};
inline constexpr std::array<std::string_view, 2> kIncomeEntryKeys = {"monthly", "yearly"};
inline constexpr std::array<std::string_view, 7> kProgrammeKeys = {
    "dibao",           "single_person", "tekun", "child_allowance", "disability_living",
    "disability_care", "marginal"};
inline constexpr std::array<std::string_view, 2> kCaseSourceKeys = {"ledger", "application"};
// In DecisionKind order (adjustment_rules.h).
inline constexpr std::array<std::string_view, 7> kDecisionKindKeys = {
    "grant", "increase", "decrease", "maintain", "standard_change", "gradual_exit", "stop"};
inline constexpr std::array<std::string_view, 2> kSexKeys = {"female", "male"};

std::string_view leaveReasonKey(LeaveReason r);
std::string_view notCountedReasonKey(NotCountedReason r);
std::string_view institutionKindKey(InstitutionKind k);
std::string_view incomeEntryKey(IncomeEntry e);
std::string_view caseProgrammeKey(CaseProgramme p);
std::string_view caseSourceKey(CaseSource s);
std::string_view sexKey(Sex s);

// A household programme (one case per household) rather than a personal one.
bool isHouseholdProgramme(CaseProgramme p);

// The enum whose key is `key` (keys as in household_keys.h and above), or nothing.
template<class E, size_t N>
std::optional<E> enumFromKey(const std::array<std::string_view, N> &keys, std::string_view key)
{
    for (size_t i = 0; i < N; ++i)
        if (keys[i] == key)
            return static_cast<E>(i);
    return std::nullopt;
}

// Self-care as six daily-living items (bit i: item i cannot be done) → the count
// the rules use (§3).
int selfCareUnmetCount(int items);

} // namespace relief
