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
    ViewPayroll, // the monthly rolls, their lines, change tables and recoveries
    PreparePayroll, // generate a draft roll, hold and release lines, submit (经办)
    ApprovePayroll, // approve (four-eyes in the service), return, lock (审核)
    EnterPriceIndices, // the month's CPI and food price indices
    CollectRecovery, // record money collected on a recovery (追缴)
    WaiveRecovery, // waive a recovery with a reason
    ProposeStandardChange, // open a standard-change batch (提标) for a new parameter set
    ApproveStandardChange, // approve the batch: records the standard_change decisions
    ManageBankTemplates, // save bank templates (代发 layouts, result mapping)
    ExportBankFiles, // write the bank files of a locked roll (full accounts and ID numbers)
    ReconcilePayroll, // read the bank's result file (回盘); confirm a failed payment's account
    RecordVisits, // enter and import re-verification visits (复核走访)
};

bool rolesAllow(const RoleSet &roles, Action action);
std::string_view actionKey(Action action);

} // namespace relief::services
