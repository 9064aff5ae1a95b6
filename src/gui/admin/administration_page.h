#pragma once

// 系统管理: one tab per administrative task the signed-in roles allow.

#include "services/session.h"

#include <QWidget>

class QTabWidget;

namespace relief::gui {

class AppContext;

class AdministrationPage : public QWidget
{
    Q_OBJECT
public:
    AdministrationPage(AppContext &context, const services::Session &session,
                       QWidget *parent = nullptr);

    // Whether any tab would be shown to these roles.
    static bool isAvailableTo(const RoleSet &roles);

Q_SIGNALS:
    void officeSettingsChanged();
    // A community was added, renamed or taken out of use.
    void communitiesChanged();

private:
    QTabWidget *m_tabs = nullptr;
};

} // namespace relief::gui
