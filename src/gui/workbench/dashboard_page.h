#pragma once

// The start page, the workbench (工作台, ui/dashboard_page.ui): which office, who is
// signed in with which roles, today; and the user's tasks from the applications —
// time limits overdue (red) or due soon (amber), notices ending, approvals waiting
// for a supervisor, emergency requests with their 24-hour clock. A task opens its
// application. Refreshed whenever the page is shown.

#include "services/session.h"

#include <QWidget>

#include <memory>

namespace relief::gui {

class Ui_DashboardPage;

class AppContext;

class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    DashboardPage(AppContext &context, services::Session session, QWidget *parent = nullptr);
    ~DashboardPage() override;

    // Re-reads the office settings, the date and the tasks.
    void refresh();
    void refreshTasks();

Q_SIGNALS:
    void applicationRequested(qint64 applicationId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void openSelectedTask();

    std::unique_ptr<Ui_DashboardPage> m_ui;
    AppContext &m_context;
    services::Session m_session;
    bool m_canViewApplications = false;
};

} // namespace relief::gui
