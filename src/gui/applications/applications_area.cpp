#include "applications_area.h"

#include "application_list_page.h"
#include "application_page.h"

namespace relief::gui {

ApplicationsArea::ApplicationsArea(AppContext &context, services::Session session, QWidget *parent)
    : QStackedWidget(parent)
{
    setObjectName(QStringLiteral("applicationsArea"));
    m_list = new ApplicationListPage(context, session, this);
    m_page = new ApplicationPage(context, session, this);
    addWidget(m_list);
    addWidget(m_page);
    connect(m_list, &ApplicationListPage::applicationRequested, this,
            [this](qint64 id) { openApplication(id); });
    connect(m_page, &ApplicationPage::backRequested, this, &ApplicationsArea::showList);
    connect(m_page, &ApplicationPage::applicationChanged, this,
            &ApplicationsArea::applicationChanged);
}

void ApplicationsArea::openApplication(std::int64_t applicationId)
{
    m_page->showApplication(applicationId);
    setCurrentWidget(m_page);
    m_page->setFocus();
}

void ApplicationsArea::showList()
{
    m_list->refresh();
    setCurrentWidget(m_list);
}

} // namespace relief::gui
