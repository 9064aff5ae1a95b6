#pragma once

// Shown after the idle period: only the signed-in user's password (through the
// normal sign-in, so the lockout applies) or switching user gets past it.

#include "services/accounts/account_service.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace relief::gui {

class LockDialog : public QDialog
{
    Q_OBJECT
public:
    LockDialog(services::AccountService &accounts, services::Session session,
               QWidget *parent = nullptr);

    // The session as the service returned it on unlock (roles may have changed).
    const services::Session &session() const { return m_session; }

    // Escape and the close button must not unlock.
    void reject() override;

Q_SIGNALS:
    void unlocked();
    void switchUserRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void attemptUnlock();

    services::AccountService &m_accounts;
    services::Session m_session;
    QLineEdit *m_passwordEdit = nullptr;
    QLabel *m_errorLabel = nullptr;
    bool m_done = false;
};

} // namespace relief::gui
