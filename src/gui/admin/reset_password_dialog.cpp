#include "reset_password_dialog.h"

#include "gui/widgets/display_text.h"
#include "gui/widgets/error_label.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace relief::gui {

ResetPasswordDialog::ResetPasswordDialog(services::AccountService &accounts,
                                         services::Session session, const services::UserInfo &user,
                                         QWidget *parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_session(std::move(session))
    , m_username(user.username)
{
    setObjectName(QStringLiteral("resetPasswordDialog"));
    setWindowTitle(tr("Reset password"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(12);
    auto *intro = new QLabel(tr("Set a temporary password for %1 (%2). The lock after wrong "
                                "passwords is lifted, and the person chooses a new password at "
                                "the next sign-in.")
                                 .arg(qs(user.displayName), qs(user.username)),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_passwordEdit = new QLineEdit(this);
    m_passwordEdit->setObjectName(QStringLiteral("resetPasswordEdit"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordEdit->setPlaceholderText(tr("at least 8 characters"));
    m_confirmEdit = new QLineEdit(this);
    m_confirmEdit->setObjectName(QStringLiteral("resetPasswordConfirmEdit"));
    m_confirmEdit->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Temporary password:"), m_passwordEdit);
    form->addRow(tr("Repeat password:"), m_confirmEdit);
    layout->addLayout(form);

    m_errorLabel = new ErrorLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("confirmResetButton"));
    ok->setText(tr("Reset password"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ResetPasswordDialog::attemptReset);
    connect(buttons, &QDialogButtonBox::rejected, this, &ResetPasswordDialog::reject);
}

void ResetPasswordDialog::attemptReset()
{
    if (m_passwordEdit->text() != m_confirmEdit->text()) {
        m_errorLabel->setText(tr("The two passwords are not the same; type them again."));
        m_errorLabel->show();
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto status = m_accounts.resetPassword(m_session, m_username, ss(m_passwordEdit->text()));
    QApplication::restoreOverrideCursor();
    if (!status.ok()) {
        m_errorLabel->setText(qs(status.error().message));
        m_errorLabel->show();
        return;
    }
    accept();
}

} // namespace relief::gui
