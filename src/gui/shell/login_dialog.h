#pragma once

// Sign-in. The service decides (wrong password, tries left, locked, disabled)
// and its message is shown as it is.

#include "services/accounts/account_service.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class LoginDialog;
}

namespace relief::gui {

class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    LoginDialog(services::AccountService &accounts, const QString &officeName,
                QWidget *parent = nullptr);
    ~LoginDialog() override;

    void setUsername(const QString &username);
    // A line above the form, e.g. why sign-in is asked again.
    void setNotice(const QString &notice);

    const std::optional<services::Session> &session() const { return m_session; }
    // Kept only when the account must choose a new password, so that the next
    // dialog does not ask for it again.
    const std::string &temporaryPassword() const { return m_temporaryPassword; }

private:
    void attemptLogin();

    std::unique_ptr<Ui::LoginDialog> m_ui;
    services::AccountService &m_accounts;
    std::optional<services::Session> m_session;
    std::string m_temporaryPassword;
};

} // namespace relief::gui
