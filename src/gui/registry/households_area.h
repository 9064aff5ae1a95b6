#pragma once

// The 家庭档案 area: the household list, and a household's page pushed over it
// (with a Back button) when one is opened.

#include "services/session.h"

#include <QStackedWidget>

namespace relief::gui {

class AppContext;
class HouseholdListPage;
class HouseholdPage;

class HouseholdsArea : public QStackedWidget
{
    Q_OBJECT
public:
    HouseholdsArea(AppContext &context, services::Session session, QWidget *parent = nullptr);

    HouseholdListPage *listPage() const { return m_list; }
    HouseholdPage *householdPage() const { return m_page; }
    void openHousehold(std::int64_t householdId);
    void showList();

private:
    HouseholdListPage *m_list = nullptr;
    HouseholdPage *m_page = nullptr;
};

} // namespace relief::gui
