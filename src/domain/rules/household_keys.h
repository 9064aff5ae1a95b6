#pragma once

// The JSON keys of the household enums, in enum order, shared by the key
// functions and the input parser so the two can never disagree.

#include <array>
#include <cstddef>
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

// The key of enum value e in its key table; empty for a value past the table.
template<class E, std::size_t N>
std::string_view keyOf(const std::array<std::string_view, N> &keys, E e)
{
    const auto i = static_cast<std::size_t>(e);
    return i < N ? keys[i] : std::string_view();
}

} // namespace relief
