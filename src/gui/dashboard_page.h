#pragma once

// The start page: which office, who is signed in with which roles, and today.
// It shows only what the database and the clock say; later issues add the
// caseload figures here.

#include "services/session.h"

#include <QWidget>

class QLabel;

namespace relief::gui {

class AppContext;

class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    DashboardPage(AppContext &context, services::Session session, QWidget *parent = nullptr);

    // Re-reads the office settings and the date.
    void refresh();

private:
    AppContext &m_context;
    services::Session m_session;
    QLabel *m_greetingLabel = nullptr;
    QLabel *m_officeLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_rolesLabel = nullptr;
    QLabel *m_dateLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
};

} // namespace relief::gui
