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
    ViewRegistry, // the household list and pages (personal numbers masked in lists)
    EditRegistry, // register and edit households, members, incomes, assets, obligors
    ManageCommunities, // the community list and its household-number codes
    ManageInstitutions, // care homes and welfare institutions with their accounts
    ViewPersonalNumbers, // full ID numbers and bank accounts on the household page
    ImportLedger, // households from an old ledger (CSV)
    ExportUnmasked, // a ledger export with full ID numbers and accounts
    GenerateDemo, // fill an empty database with demo data
};

bool rolesAllow(const RoleSet &roles, Action action);
std::string_view actionKey(Action action);

} // namespace relief::services
