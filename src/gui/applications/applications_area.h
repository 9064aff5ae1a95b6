#pragma once

// The 申请审批 area: the applications list, and an application's page pushed over
// it (with a Back button) when one is opened — from the list, the workbench or a
// household's page.

#include "services/session.h"

#include <QStackedWidget>

namespace relief::gui {

class AppContext;
class ApplicationListPage;
class ApplicationPage;

class ApplicationsArea : public QStackedWidget
{
    Q_OBJECT
public:
    ApplicationsArea(AppContext &context, services::Session session, QWidget *parent = nullptr);

    ApplicationListPage *listPage() const { return m_list; }
    ApplicationPage *applicationPage() const { return m_page; }
    void openApplication(std::int64_t applicationId);
    void showList();

Q_SIGNALS:
    // A step was taken on an application (the workbench refreshes).
    void applicationChanged(qint64 applicationId);

private:
    ApplicationListPage *m_list = nullptr;
    ApplicationPage *m_page = nullptr;
};

} // namespace relief::gui
