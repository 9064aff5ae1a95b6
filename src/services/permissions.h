#pragma once

// The role → action table. Every service call checks it; the GUI only uses it to
// decide what to show.

#include "domain/accounts/role.h"

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
    ViewApplications, // applications, their steps and the workbench
    HandleApplication, // intake, 受理, investigation, street review, notice (经办)
    DecideApplication, // approve or refuse, 先行救助 (审批; four-eyes in the service)
    WithdrawApplication, // on the applicant's request, with a reason
    ManageReserveFund, // top up the reserve fund (备用金)
};

bool rolesAllow(const RoleSet &roles, Action action);
std::string_view actionKey(Action action);

} // namespace relief::services
