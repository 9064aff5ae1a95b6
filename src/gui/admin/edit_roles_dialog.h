#pragma once

// An administrator changes which roles an account holds.

#include "services/accounts/account_service.h"

#include <QDialog>

class QLabel;

namespace relief::gui {

class RoleCheckBoxes;

class EditRolesDialog : public QDialog
{
    Q_OBJECT
public:
    EditRolesDialog(services::AccountService &accounts, services::Session session,
                    const services::UserInfo &user, QWidget *parent = nullptr);

private:
    void attemptSave();

    services::AccountService &m_accounts;
    services::Session m_session;
    std::string m_username;
    RoleCheckBoxes *m_roles = nullptr;
    QLabel *m_errorLabel = nullptr;
};

} // namespace relief::gui
