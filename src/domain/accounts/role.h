#pragma once

// The four staff roles. A user may hold several.

#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace relief {

enum class Role {
    Caseworker, // 经办人
    Supervisor, // 审核审批人
    Statistician, // 统计员
    Admin, // 系统管理员
};

using RoleSet = std::set<Role>;

std::string_view roleKey(Role role); // "caseworker", …
std::string_view roleChineseName(Role role); // "经办人", …
// Accepts the key or the Chinese name.
std::optional<Role> parseRole(std::string_view text);
// "caseworker,admin" (keys or Chinese names, separated by , or ，); nothing on an unknown role.
std::optional<RoleSet> parseRoleList(std::string_view text);
std::string roleKeys(const RoleSet &roles); // "caseworker,admin"
const RoleSet &allRoles();

} // namespace relief
