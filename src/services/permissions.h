#pragma once

// The role → action table. Every service call checks it; the GUI only uses it to
// decide what to show.

#include "domain/role.h"

#include <string_view>

namespace relief::services {

enum class Action {
    ManageUsers, // add, disable, reset passwords, change roles, list accounts
    ViewAudit,
    EditOfficeSettings,
    EditHolidays,
    ViewHolidays,
    ManagePolicy, // add parameter sets
};

bool rolesAllow(const RoleSet &roles, Action action);
std::string_view actionKey(Action action);

} // namespace relief::services
