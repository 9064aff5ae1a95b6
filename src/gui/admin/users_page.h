#pragma once

// Administration › Users and roles: the staff accounts, with add, change roles,
// reset password and disable/enable. Accounts are never deleted, because the
// audit log refers to them.

#include "services/accounts/account_service.h"

#include <QWidget>

#include <vector>

class QLabel;
class QPushButton;
class QTableWidget;

namespace relief::gui {

class UsersPage : public QWidget
{
    Q_OBJECT
public:
    UsersPage(services::AccountService &accounts, services::Session session,
              QWidget *parent = nullptr);

    void refresh();

private:
    const services::UserInfo *selectedUser() const;
    void selectUser(const QString &username);
    void updateButtons();
    void openAddUser();
    void openEditRoles();
    void openResetPassword();
    void toggleActive();

    services::AccountService &m_accounts;
    services::Session m_session;
    std::vector<services::UserInfo> m_users;
    QTableWidget *m_table = nullptr;
    QLabel *m_errorLabel = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_rolesButton = nullptr;
    QPushButton *m_resetButton = nullptr;
    QPushButton *m_activeButton = nullptr;
};

} // namespace relief::gui
