#include "role.h"

#include <array>

namespace relief {

namespace {
struct RoleName
{
    Role role;
    std::string_view key;
    std::string_view chinese;
};
constexpr std::array<RoleName, 4> kRoles {{
    {Role::Caseworker, "caseworker", "经办人"},
    {Role::Supervisor, "supervisor", "审核审批人"},
    {Role::Statistician, "statistician", "统计员"},
    {Role::Admin, "admin", "系统管理员"},
}};

std::string_view trim(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}
} // namespace

std::string_view roleKey(Role role)
{
    for (const auto &r : kRoles)
        if (r.role == role)
            return r.key;
    return {};
}

std::string_view roleChineseName(Role role)
{
    for (const auto &r : kRoles)
        if (r.role == role)
            return r.chinese;
    return {};
}

std::optional<Role> parseRole(std::string_view text)
{
    text = trim(text);
    for (const auto &r : kRoles)
        if (text == r.key || text == r.chinese)
            return r.role;
    if (text == "审核" || text == "审批" || text == "管理员")
        return text == "管理员" ? Role::Admin : Role::Supervisor;
    return std::nullopt;
}

std::optional<RoleSet> parseRoleList(std::string_view text)
{
    RoleSet roles;
    const std::string_view fullWidthComma = "，";
    size_t pos = 0;
    while (pos <= text.size()) {
        size_t next = text.size();
        size_t sepLen = 0;
        const size_t ascii = text.find(',', pos);
        const size_t wide = text.find(fullWidthComma, pos);
        if (ascii != std::string_view::npos && ascii < next) {
            next = ascii;
            sepLen = 1;
        }
        if (wide != std::string_view::npos && wide < next) {
            next = wide;
            sepLen = fullWidthComma.size();
        }
        const auto item = trim(text.substr(pos, next - pos));
        if (!item.empty()) {
            const auto role = parseRole(item);
            if (!role)
                return std::nullopt;
            roles.insert(*role);
        }
        if (sepLen == 0)
            break;
        pos = next + sepLen;
    }
    return roles;
}

std::string roleKeys(const RoleSet &roles)
{
    std::string out;
    for (Role r : roles) {
        if (!out.empty())
            out += ',';
        out += roleKey(r);
    }
    return out;
}

const RoleSet &allRoles()
{
    static const RoleSet all {Role::Caseworker, Role::Supervisor, Role::Statistician, Role::Admin};
    return all;
}

} // namespace relief
