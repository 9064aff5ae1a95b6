#include "permissions.h"

#include <array>

namespace relief::services {

namespace {
struct Rule
{
    Action action;
    std::string_view key;
    RoleSet allowed;
};

const std::array<Rule, 31> &rules()
{
    static const std::array<Rule, 31> table {{
        {Action::ManageUsers, "manage_users", {Role::Admin}},
        {Action::ViewAudit, "view_audit", {Role::Admin}},
        {Action::EditOfficeSettings, "edit_office_settings", {Role::Admin}},
        {Action::EditHolidays, "edit_holidays", {Role::Admin}},
        {Action::ViewHolidays,
         "view_holidays",
         {Role::Admin, Role::Caseworker, Role::Supervisor, Role::Statistician}},
        {Action::ManagePolicy, "manage_policy", {Role::Admin}},
        {Action::ViewRegistry,
         "view_registry",
         {Role::Admin, Role::Caseworker, Role::Supervisor, Role::Statistician}},
        {Action::EditRegistry, "edit_registry", {Role::Caseworker}},
        {Action::ManageCommunities, "manage_communities", {Role::Admin}},
        {Action::ManageInstitutions, "manage_institutions", {Role::Admin}},
        {Action::ViewPersonalNumbers,
         "view_personal_numbers",
         {Role::Caseworker, Role::Supervisor}},
        {Action::ImportLedger, "import_ledger", {Role::Caseworker}},
        {Action::ExportUnmasked, "export_unmasked", {Role::Caseworker, Role::Supervisor}},
        {Action::GenerateDemo, "generate_demo", {Role::Admin}},
        {Action::ViewApplications,
         "view_applications",
         {Role::Caseworker, Role::Supervisor, Role::Statistician}},
        {Action::HandleApplication, "handle_application", {Role::Caseworker}},
        {Action::DecideApplication, "decide_application", {Role::Supervisor}},
        {Action::WithdrawApplication, "withdraw_application", {Role::Caseworker, Role::Supervisor}},
        {Action::ManageReserveFund, "manage_reserve_fund", {Role::Supervisor}},
        {Action::ViewPayroll,
         "view_payroll",
         {Role::Caseworker, Role::Supervisor, Role::Statistician}},
        {Action::PreparePayroll, "prepare_payroll", {Role::Caseworker}},
        {Action::ApprovePayroll, "approve_payroll", {Role::Supervisor}},
        {Action::EnterPriceIndices, "enter_price_indices", {Role::Supervisor}},
        {Action::CollectRecovery, "collect_recovery", {Role::Caseworker}},
        {Action::WaiveRecovery, "waive_recovery", {Role::Supervisor}},
        {Action::ProposeStandardChange,
         "propose_standard_change",
         {Role::Caseworker, Role::Supervisor}},
        {Action::ApproveStandardChange, "approve_standard_change", {Role::Supervisor}},
        {Action::ManageBankTemplates, "manage_bank_templates", {Role::Admin}},
        {Action::ExportBankFiles, "export_bank_files", {Role::Caseworker, Role::Supervisor}},
        {Action::ReconcilePayroll, "reconcile_payroll", {Role::Caseworker, Role::Supervisor}},
        {Action::RecordVisits, "record_visits", {Role::Caseworker}},
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
