#include "actions.h"

#include "domain/applications/application_workflow.h"

#include <QCoreApplication>

#include <array>

namespace relief::services {

namespace {
constexpr std::array kAuditActions {
#define RELIEF_AUDIT_ACTION(id, key, name) AuditActionInfo {AuditAction::id, key, name},
#include "audit_action_list.h"
#undef RELIEF_AUDIT_ACTION
};
static_assert(kAuditActions.size() == kAuditActionKeys.size());

constexpr std::array kActions {
    Action::ManageUsers,           Action::ViewAudit,
    Action::EditOfficeSettings,    Action::EditHolidays,
    Action::ViewHolidays,          Action::ManagePolicy,
    Action::ViewRegistry,          Action::EditRegistry,
    Action::ManageCommunities,     Action::ManageInstitutions,
    Action::ViewPersonalNumbers,   Action::ImportLedger,
    Action::ExportUnmasked,        Action::GenerateDemo,
    Action::ViewApplications,      Action::HandleApplication,
    Action::DecideApplication,     Action::WithdrawApplication,
    Action::ManageReserveFund,     Action::ViewPayroll,
    Action::PreparePayroll,        Action::ApprovePayroll,
    Action::EnterPriceIndices,     Action::CollectRecovery,
    Action::WaiveRecovery,         Action::ProposeStandardChange,
    Action::ApproveStandardChange, Action::ManageBankTemplates,
    Action::ExportBankFiles,       Action::ReconcilePayroll,
    Action::RecordVisits,
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
        case Action::ViewPayroll:
            return tr("view the monthly payroll");
        case Action::PreparePayroll:
            return tr("generate, hold lines of and submit the monthly roll");
        case Action::ApprovePayroll:
            return tr("approve, return and lock the monthly roll");
        case Action::EnterPriceIndices:
            return tr("enter the monthly price indices");
        case Action::CollectRecovery:
            return tr("record money collected on a recovery");
        case Action::WaiveRecovery:
            return tr("waive a recovery");
        case Action::ProposeStandardChange:
            return tr("propose a standard-change batch");
        case Action::ApproveStandardChange:
            return tr("approve a standard-change batch");
        case Action::ManageBankTemplates:
            return tr("manage the bank file templates");
        case Action::ExportBankFiles:
            return tr("write the bank payment files");
        case Action::ReconcilePayroll:
            return tr("import the bank's results and confirm failed payments' accounts");
        case Action::RecordVisits:
            return tr("record re-verification visits");
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

QString auditActionName(AuditAction action)
{
    return QCoreApplication::translate("AuditActions",
                                       kAuditActions[static_cast<std::size_t>(action)].name);
}

AuditAction auditActionOf(ApplicationStep step)
{
    switch (step) {
    case ApplicationStep::Accept:
        return AuditAction::ApplicationAccept;
    case ApplicationStep::Return:
        return AuditAction::ApplicationReturn;
    case ApplicationStep::StartInvestigation:
        return AuditAction::ApplicationStartInvestigation;
    case ApplicationStep::StreetReview:
        return AuditAction::ApplicationStreetReview;
    case ApplicationStep::StartNotice:
        return AuditAction::ApplicationStartNotice;
    case ApplicationStep::Object:
        return AuditAction::ApplicationObject;
    case ApplicationStep::SubmitForApproval:
        return AuditAction::ApplicationSubmitForApproval;
    case ApplicationStep::Approve:
        return AuditAction::ApplicationApprove;
    case ApplicationStep::Refuse:
        return AuditAction::ApplicationRefuse;
    case ApplicationStep::Withdraw:
        return AuditAction::ApplicationWithdraw;
    }
    return AuditAction::ApplicationAccept; // not reached: the switch names every step
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
