#include "actions.h"

#include <QCoreApplication>

#include <array>

namespace relief::services {

namespace {
constexpr std::array kAuditActions {
    AuditActionInfo {"office.setup", QT_TRANSLATE_NOOP("AuditActions", "Set up the office")},
    AuditActionInfo {"settings.update",
                     QT_TRANSLATE_NOOP("AuditActions", "Changed the office settings")},
    AuditActionInfo {"holidays.replace",
                     QT_TRANSLATE_NOOP("AuditActions", "Replaced the holiday calendar")},
    AuditActionInfo {"user.add", QT_TRANSLATE_NOOP("AuditActions", "Added a user account")},
    AuditActionInfo {"user.set_roles", QT_TRANSLATE_NOOP("AuditActions", "Changed a user's roles")},
    AuditActionInfo {"user.reset_password",
                     QT_TRANSLATE_NOOP("AuditActions", "Reset a user's password")},
    AuditActionInfo {"user.change_password",
                     QT_TRANSLATE_NOOP("AuditActions", "Changed own password")},
    AuditActionInfo {"user.enable", QT_TRANSLATE_NOOP("AuditActions", "Enabled a user account")},
    AuditActionInfo {"user.disable", QT_TRANSLATE_NOOP("AuditActions", "Disabled a user account")},
    AuditActionInfo {"policy.add",
                     QT_TRANSLATE_NOOP("AuditActions", "Added a policy parameter set")},
    AuditActionInfo {"community.add", QT_TRANSLATE_NOOP("AuditActions", "Added a community")},
    AuditActionInfo {"community.update", QT_TRANSLATE_NOOP("AuditActions", "Changed a community")},
    AuditActionInfo {"institution.add", QT_TRANSLATE_NOOP("AuditActions", "Added an institution")},
    AuditActionInfo {"institution.update",
                     QT_TRANSLATE_NOOP("AuditActions", "Changed an institution")},
    AuditActionInfo {"household.create",
                     QT_TRANSLATE_NOOP("AuditActions", "Registered a household")},
    AuditActionInfo {"household.update", QT_TRANSLATE_NOOP("AuditActions", "Changed a household")},
    AuditActionInfo {"household.change_head",
                     QT_TRANSLATE_NOOP("AuditActions", "Changed the head of household")},
    AuditActionInfo {"household.assets",
                     QT_TRANSLATE_NOOP("AuditActions", "Changed a household's assets")},
    AuditActionInfo {"household.member_add",
                     QT_TRANSLATE_NOOP("AuditActions", "Added a household member")},
    AuditActionInfo {"household.member_update",
                     QT_TRANSLATE_NOOP("AuditActions", "Changed a household member")},
    AuditActionInfo {"household.member_edit",
                     QT_TRANSLATE_NOOP("AuditActions", "Edited a household member")},
    AuditActionInfo {"household.member_leave",
                     QT_TRANSLATE_NOOP("AuditActions", "Recorded a member leaving the household")},
    AuditActionInfo {"person.update", QT_TRANSLATE_NOOP("AuditActions", "Changed a person")},
    AuditActionInfo {"person.incomes",
                     QT_TRANSLATE_NOOP("AuditActions", "Changed a person's incomes")},
    AuditActionInfo {"person.obligors",
                     QT_TRANSLATE_NOOP("AuditActions", "Changed a person's support obligors")},
    AuditActionInfo {"ledger.import",
                     QT_TRANSLATE_NOOP("AuditActions", "Imported a household ledger")},
    AuditActionInfo {"ledger.household_update",
                     QT_TRANSLATE_NOOP("AuditActions", "Updated a household from a ledger")},
    AuditActionInfo {"ledger.export_unmasked",
                     QT_TRANSLATE_NOOP("AuditActions", "Exported the ledger with full numbers")},
    AuditActionInfo {"demo.generate", QT_TRANSLATE_NOOP("AuditActions", "Generated demo data")},
    AuditActionInfo {"application.submit",
                     QT_TRANSLATE_NOOP("AuditActions", "Registered an application")},
    AuditActionInfo {"application.accept",
                     QT_TRANSLATE_NOOP("AuditActions", "Accepted the application")},
    AuditActionInfo {
        "application.return",
        QT_TRANSLATE_NOOP("AuditActions", "Returned the application for missing materials")},
    AuditActionInfo {"application.start_investigation",
                     QT_TRANSLATE_NOOP("AuditActions", "Started the investigation")},
    AuditActionInfo {"application.visit",
                     QT_TRANSLATE_NOOP("AuditActions", "Recorded a home visit")},
    AuditActionInfo {"application.cross_check",
                     QT_TRANSLATE_NOOP("AuditActions", "Recorded a department check")},
    AuditActionInfo {"application.cross_check_import",
                     QT_TRANSLATE_NOOP("AuditActions", "Imported department checks")},
    AuditActionInfo {"application.street_review",
                     QT_TRANSLATE_NOOP("AuditActions", "Recorded the street review")},
    AuditActionInfo {"application.start_notice",
                     QT_TRANSLATE_NOOP("AuditActions", "Started the public notice")},
    AuditActionInfo {"application.object",
                     QT_TRANSLATE_NOOP("AuditActions", "Recorded an objection")},
    AuditActionInfo {"application.submit_for_approval",
                     QT_TRANSLATE_NOOP("AuditActions", "Submitted for approval")},
    AuditActionInfo {"application.extend",
                     QT_TRANSLATE_NOOP("AuditActions", "Extended the deadline")},
    AuditActionInfo {"application.approve",
                     QT_TRANSLATE_NOOP("AuditActions", "Approved the application")},
    AuditActionInfo {"application.refuse",
                     QT_TRANSLATE_NOOP("AuditActions", "Refused the application")},
    AuditActionInfo {"application.refusal_notice",
                     QT_TRANSLATE_NOOP("AuditActions", "Issued the refusal notice")},
    AuditActionInfo {"application.withdraw",
                     QT_TRANSLATE_NOOP("AuditActions", "Withdrew the application")},
    AuditActionInfo {"application.grant",
                     QT_TRANSLATE_NOOP("AuditActions", "Granted the assistance")},
    AuditActionInfo {"application.prepay",
                     QT_TRANSLATE_NOOP("AuditActions", "Paid assistance in advance")},
    AuditActionInfo {"reserve_fund.top_up",
                     QT_TRANSLATE_NOOP("AuditActions", "Topped up the reserve fund")},
};

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
