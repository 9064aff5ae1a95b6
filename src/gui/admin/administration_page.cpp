#include "administration_page.h"

#include "audit_page.h"
#include "bank_templates_page.h"
#include "communities_page.h"
#include "gui/policy/policy_page.h"
#include "gui/shell/app_context.h"
#include "holidays_page.h"
#include "institutions_page.h"
#include "office_settings_page.h"
#include "users_page.h"

#include "services/permissions.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace relief::gui {

using services::Action;
using services::rolesAllow;

bool AdministrationPage::isAvailableTo(const RoleSet &roles)
{
    return rolesAllow(roles, Action::ManageUsers) || rolesAllow(roles, Action::EditHolidays) ||
        rolesAllow(roles, Action::EditOfficeSettings) || rolesAllow(roles, Action::ViewAudit) ||
        rolesAllow(roles, Action::ManageCommunities) ||
        rolesAllow(roles, Action::ManageInstitutions) ||
        rolesAllow(roles, Action::ManageBankTemplates);
}

AdministrationPage::AdministrationPage(AppContext &context, const services::Session &session,
                                       QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("administrationPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("administrationTabs"));
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs);
    if (rolesAllow(session.roles, Action::ManageUsers))
        m_tabs->addTab(new UsersPage(context.accounts(), session), tr("Users and roles"));
    if (rolesAllow(session.roles, Action::EditHolidays))
        m_tabs->addTab(new HolidaysPage(context.holidays(), session), tr("Holiday calendar"));
    if (rolesAllow(session.roles, Action::EditOfficeSettings)) {
        auto *settings = new OfficeSettingsPage(context.officeSettings(), session);
        connect(settings, &OfficeSettingsPage::saved, this,
                &AdministrationPage::officeSettingsChanged);
        m_tabs->addTab(settings, tr("Office settings"));
    }
    if (rolesAllow(session.roles, Action::ManageCommunities)) {
        auto *communities = new CommunitiesPage(context.registry(), session);
        connect(communities, &CommunitiesPage::communitiesChanged, this,
                &AdministrationPage::communitiesChanged);
        m_tabs->addTab(communities, tr("Communities"));
    }
    if (rolesAllow(session.roles, Action::ManageInstitutions))
        m_tabs->addTab(new InstitutionsPage(context.registry(), session), tr("Institutions"));
    if (rolesAllow(session.roles, Action::ManagePolicy))
        m_tabs->addTab(new PolicyPage(context, session), tr("Policy parameters"));
    // Bank templates are the administrator's (ManageBankTemplates); the page itself
    // also reads read-only for a role that may only look (not reachable from here).
    if (rolesAllow(session.roles, Action::ManageBankTemplates))
        m_tabs->addTab(new BankTemplatesPage(context, session), tr("Bank templates"));
    if (rolesAllow(session.roles, Action::ViewAudit))
        m_tabs->addTab(new AuditPage(context.audit(), context.accounts(), session),
                       tr("Audit log"));
}

} // namespace relief::gui
