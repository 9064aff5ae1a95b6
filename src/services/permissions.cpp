#include "permissions.h"

#include <array>

namespace relief::services {

namespace {
struct Rule {
    Action action;
    std::string_view key;
    RoleSet allowed;
};

const std::array<Rule, 6> &rules()
{
    static const std::array<Rule, 6> table{{
        {Action::ManageUsers, "manage_users", {Role::Admin}},
        {Action::ViewAudit, "view_audit", {Role::Admin}},
        {Action::EditOfficeSettings, "edit_office_settings", {Role::Admin}},
        {Action::EditHolidays, "edit_holidays", {Role::Admin}},
        {Action::ViewHolidays,
         "view_holidays",
         {Role::Admin, Role::Caseworker, Role::Supervisor, Role::Statistician}},
        {Action::ManagePolicy, "manage_policy", {Role::Admin}},
    }};
    return table;
}
} // namespace

bool rolesAllow(const RoleSet &roles, Action action)
{
    for (const Rule &rule : rules())
        if (rule.action == action)
            for (Role r : roles)
                if (rule.allowed.count(r))
                    return true;
    return false;
}

std::string_view actionKey(Action action)
{
    for (const Rule &rule : rules())
        if (rule.action == action)
            return rule.key;
    return "unknown";
}

} // namespace relief::services
