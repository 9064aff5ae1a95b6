#include "change_password_dialog.h"

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

namespace {
QLineEdit *passwordEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    edit->setMinimumWidth(240);
    return edit;
}
} // namespace

ChangePasswordDialog::ChangePasswordDialog(services::AccountService &accounts,
                                           services::Session session,
                                           std::optional<std::string> currentPassword,
                                           QWidget *parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_session(std::move(session))
    , m_currentPassword(std::move(currentPassword))
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    setWindowTitle(tr("Change password"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(12);
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setText(m_currentPassword
                       ? tr("Your password was reset by an administrator. Choose your own "
                            "password before you continue.")
                       : tr("Choose a new password for %1.").arg(qs(m_session.displayName)));
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_oldEdit = passwordEdit(QStringLiteral("oldPasswordEdit"), this);
    m_newEdit = passwordEdit(QStringLiteral("newPasswordEdit"), this);
    m_newEdit->setPlaceholderText(tr("at least 8 characters"));
    m_confirmEdit = passwordEdit(QStringLiteral("newPasswordConfirmEdit"), this);
    if (!m_currentPassword)
        form->addRow(tr("Current password:"), m_oldEdit);
    else
        m_oldEdit->hide();
    form->addRow(tr("New password:"), m_newEdit);
    form->addRow(tr("Repeat new password:"), m_confirmEdit);
    layout->addLayout(form);

    m_errorLabel = new ErrorLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setObjectName(QStringLiteral("changePasswordButton"));
    m_okButton->setText(tr("Change password"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::attemptChange);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChangePasswordDialog::reject);
    (m_currentPassword ? m_newEdit : m_oldEdit)->setFocus();
}

void ChangePasswordDialog::attemptChange()
{
    const std::string newPassword = ss(m_newEdit->text());
    if (newPassword != ss(m_confirmEdit->text())) {
        m_errorLabel->setText(tr("The two new passwords are not the same; type them again."));
        m_errorLabel->show();
        m_confirmEdit->clear();
        m_confirmEdit->setFocus();
        return;
    }
    const std::string oldPassword = m_currentPassword ? *m_currentPassword : ss(m_oldEdit->text());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto status = m_accounts.changeOwnPassword(m_session, oldPassword, newPassword);
    QApplication::restoreOverrideCursor();
    if (!status.ok()) {
        m_errorLabel->setText(qs(status.error().message));
        m_errorLabel->show();
        (status.error().field == "old_password" ? m_oldEdit : m_newEdit)->setFocus();
        return;
    }
    accept();
}

} // namespace relief::gui
