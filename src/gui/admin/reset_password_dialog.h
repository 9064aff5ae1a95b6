#pragma once

// An administrator sets a temporary password; the person chooses their own at
// the next sign-in.

#include "services/accounts/account_service.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace relief::gui {

class ResetPasswordDialog : public QDialog
{
    Q_OBJECT
public:
    ResetPasswordDialog(services::AccountService &accounts, services::Session session,
                        const services::UserInfo &user, QWidget *parent = nullptr);

private:
    void attemptReset();

    services::AccountService &m_accounts;
    services::Session m_session;
    std::string m_username;
    QLineEdit *m_passwordEdit = nullptr;
    QLineEdit *m_confirmEdit = nullptr;
    QLabel *m_errorLabel = nullptr;
};

} // namespace relief::gui
