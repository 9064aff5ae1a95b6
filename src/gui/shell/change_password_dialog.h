#pragma once

// A user chooses a new password: from the File menu, or forced after an
// administrator reset it (then the current password is already known).

#include "services/accounts/account_service.h"

#include <QDialog>

#include <optional>
#include <string>

class QLabel;
class QLineEdit;
class QPushButton;

namespace relief::gui {

class ChangePasswordDialog : public QDialog
{
    Q_OBJECT
public:
    ChangePasswordDialog(services::AccountService &accounts, services::Session session,
                         std::optional<std::string> currentPassword, QWidget *parent = nullptr);

private:
    void attemptChange();

    services::AccountService &m_accounts;
    services::Session m_session;
    std::optional<std::string> m_currentPassword;
    QLineEdit *m_oldEdit = nullptr;
    QLineEdit *m_newEdit = nullptr;
    QLineEdit *m_confirmEdit = nullptr;
    QLabel *m_errorLabel = nullptr;
    QPushButton *m_okButton = nullptr;
};

} // namespace relief::gui
