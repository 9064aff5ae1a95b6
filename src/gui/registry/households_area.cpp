#include "households_area.h"

#include "household_list_page.h"
#include "household_page.h"

namespace relief::gui {

HouseholdsArea::HouseholdsArea(AppContext &context, services::Session session, QWidget *parent)
    : QStackedWidget(parent)
{
    setObjectName(QStringLiteral("householdsArea"));
    m_list = new HouseholdListPage(context, session, this);
    m_page = new HouseholdPage(context, session, this);
    addWidget(m_list);
    addWidget(m_page);
    connect(m_list, &HouseholdListPage::householdRequested, this,
            [this](qint64 id) { openHousehold(id); });
    connect(m_page, &HouseholdPage::backRequested, this, &HouseholdsArea::showList);
    connect(m_page, &HouseholdPage::householdChanged, m_list, &HouseholdListPage::search);
}

void HouseholdsArea::openHousehold(std::int64_t householdId)
{
    m_page->showHousehold(householdId);
    setCurrentWidget(m_page);
}

void HouseholdsArea::showList()
{
    setCurrentWidget(m_list);
}

} // namespace relief::gui
