#include "actions.h"

#include <QCoreApplication>

#include <array>

namespace relief::services {

namespace {
#define AA(key, text)                                                                              \
    AuditActionInfo                                                                                \
    {                                                                                              \
        key, QT_TRANSLATE_NOOP("AuditActions", text)                                               \
    }
constexpr std::array kAuditActions {
    AA("office.setup", "Set up the office"),
    AA("settings.update", "Changed the office settings"),
    AA("holidays.replace", "Replaced the holiday calendar"),
    AA("user.add", "Added a user account"),
    AA("user.set_roles", "Changed a user's roles"),
    AA("user.reset_password", "Reset a user's password"),
    AA("user.change_password", "Changed own password"),
    AA("user.enable", "Enabled a user account"),
    AA("user.disable", "Disabled a user account"),
    AA("policy.add", "Added a policy parameter set"),
    AA("community.add", "Added a community"),
    AA("community.update", "Changed a community"),
    AA("institution.add", "Added an institution"),
    AA("institution.update", "Changed an institution"),
    AA("household.create", "Registered a household"),
    AA("household.update", "Changed a household"),
    AA("household.change_head", "Changed the head of household"),
    AA("household.assets", "Changed a household's assets"),
    AA("household.member_add", "Added a household member"),
    AA("household.member_update", "Changed a household member"),
    AA("household.member_edit", "Edited a household member"),
    AA("household.member_leave", "Recorded a member leaving the household"),
    AA("person.update", "Changed a person"),
    AA("person.incomes", "Changed a person's incomes"),
    AA("person.obligors", "Changed a person's support obligors"),
    AA("ledger.import", "Imported a household ledger"),
    AA("ledger.household_update", "Updated a household from a ledger"),
    AA("ledger.export_unmasked", "Exported the ledger with full numbers"),
    AA("demo.generate", "Generated demo data"),
    AA("application.submit", "Registered an application"),
    AA("application.accept", "Accepted the application"),
    AA("application.return", "Returned the application for missing materials"),
    AA("application.start_investigation", "Started the investigation"),
    AA("application.visit", "Recorded a home visit"),
    AA("application.cross_check", "Recorded a department check"),
    AA("application.cross_check_import", "Imported department checks"),
    AA("application.street_review", "Recorded the street review"),
    AA("application.start_notice", "Started the public notice"),
    AA("application.object", "Recorded an objection"),
    AA("application.submit_for_approval", "Submitted for approval"),
    AA("application.extend", "Extended the deadline"),
    AA("application.approve", "Approved the application"),
    AA("application.refuse", "Refused the application"),
    AA("application.refusal_notice", "Issued the refusal notice"),
    AA("application.withdraw", "Withdrew the application"),
    AA("application.grant", "Granted the assistance"),
    AA("application.prepay", "Paid assistance in advance"),
    AA("reserve_fund.top_up", "Topped up the reserve fund"),
};
#undef AA

constexpr std::array kActions {
    Action::ManageUsers,        Action::ViewAudit,           Action::EditOfficeSettings,
    Action::EditHolidays,       Action::ViewHolidays,        Action::ManagePolicy,
    Action::ViewRegistry,       Action::EditRegistry,        Action::ManageCommunities,
    Action::ManageInstitutions, Action::ViewPersonalNumbers, Action::ImportLedger,
    Action::ExportUnmasked,     Action::GenerateDemo,        Action::ViewApplications,
    Action::HandleApplication,  Action::DecideApplication,   Action::WithdrawApplication,
    Action::ManageReserveFund,
};

class Permissions
{
    Q_DECLARE_TR_FUNCTIONS(Permissions)
public:
    static QString name(Action action)
    {
        switch (action) {
        case Action::ManageUsers:
            return tr("manage user accounts");
        case Action::ViewAudit:
            return tr("view the audit log");
        case Action::EditOfficeSettings:
            return tr("change the office settings");
        case Action::EditHolidays:
            return tr("edit the holiday calendar");
        case Action::ViewHolidays:
            return tr("view the holiday calendar");
        case Action::ManagePolicy:
            return tr("add policy parameter sets");
        case Action::ViewRegistry:
            return tr("view the household registry");
        case Action::EditRegistry:
            return tr("register or edit households");
        case Action::ManageCommunities:
            return tr("keep the list of communities");
        case Action::ManageInstitutions:
            return tr("keep the list of institutions");
        case Action::ViewPersonalNumbers:
            return tr("see full ID numbers and bank accounts");
        case Action::ImportLedger:
            return tr("import household ledgers");
        case Action::ExportUnmasked:
            return tr("export unmasked ID numbers and bank accounts");
        case Action::GenerateDemo:
            return tr("generate demo data");
        case Action::ViewApplications:
            return tr("view applications");
        case Action::HandleApplication:
            return tr("handle applications (intake, investigation, review, notice)");
        case Action::DecideApplication:
            return tr("approve or refuse applications");
        case Action::WithdrawApplication:
            return tr("withdraw applications");
        case Action::ManageReserveFund:
            return tr("top up the reserve fund");
        }
        return {};
    }
};
} // namespace

std::span<const AuditActionInfo> auditActions()
{
    return kAuditActions;
}

bool isAuditAction(std::string_view key)
{
    for (const auto &a : kAuditActions)
        if (a.key == key)
            return true;
    return false;
}

QString auditActionName(std::string_view key)
{
    for (const auto &a : kAuditActions)
        if (a.key == key)
            return QCoreApplication::translate("AuditActions", a.name);
    return QString::fromUtf8(key.data(), static_cast<qsizetype>(key.size()));
}

std::span<const Action> allActions()
{
    return kActions;
}

QString permissionName(Action action)
{
    return Permissions::name(action);
}

} // namespace relief::services
