#pragma once

// An administrator creates a staff account: user name, full name, roles and a
// first password. The service validates; its message appears in the dialog.

#include "services/accounts/account_service.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace relief::gui {

class RoleCheckBoxes;

class AddUserDialog : public QDialog
{
    Q_OBJECT
public:
    AddUserDialog(services::AccountService &accounts, services::Session session,
                  QWidget *parent = nullptr);

    // The account created on success.
    QString createdUsername() const { return m_created; }

private:
    void attemptAdd();
    void showError(const Error &error);

    services::AccountService &m_accounts;
    services::Session m_session;
    QLineEdit *m_userEdit = nullptr;
    QLineEdit *m_displayEdit = nullptr;
    QLineEdit *m_passwordEdit = nullptr;
    QLineEdit *m_confirmEdit = nullptr;
    RoleCheckBoxes *m_roles = nullptr;
    QLabel *m_errorLabel = nullptr;
    QString m_created;
};

} // namespace relief::gui
