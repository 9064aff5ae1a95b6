#pragma once

// The JSON keys of the household enums, in enum order, shared by the key
// functions and the input parser so the two can never disagree.

#include <array>
#include <string_view>

namespace relief {

inline constexpr std::array<std::string_view, 2> kAreaKeys = {"urban", "rural"};
inline constexpr std::array<std::string_view, 8> kRelationKeys = {
    "head", "spouse", "child", "parent", "grandchild", "grandparent", "sibling", "other"};
inline constexpr std::array<std::string_view, 7> kDisabilityKindKeys = {
    "physical", "intellectual", "mental", "visual", "hearing", "speech", "multiple"};
inline constexpr std::array<std::string_view, 13> kIncomeKindKeys = {
    "wage",       "business",           "property",         "pension",         "support",
    "other",      "basic_pension",      "veteran",          "family_planning", "award",
    "assistance", "disability_subsidy", "elderly_allowance"};
inline constexpr std::array<std::string_view, 3> kChildStatusKeys = {"orphan_institutional",
                                                                     "orphan_home", "unsupported"};
inline constexpr std::array<std::string_view, 4> kObligorStatusKeys = {"normal", "incapacitated",
                                                                       "missing", "imprisoned"};

} // namespace relief
