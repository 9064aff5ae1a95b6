#include "add_user_dialog.h"

#include "gui/widgets/display_text.h"
#include "gui/widgets/error_label.h"
#include "role_check_boxes.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace relief::gui {

namespace {
QLineEdit *lineEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setMinimumWidth(260);
    return edit;
}
} // namespace

AddUserDialog::AddUserDialog(services::AccountService &accounts, services::Session session,
                             QWidget *parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_session(std::move(session))
{
    setObjectName(QStringLiteral("addUserDialog"));
    setWindowTitle(tr("Add account"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(12);

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setVerticalSpacing(10);
    m_userEdit = lineEdit(QStringLiteral("newUserNameEdit"), this);
    m_userEdit->setMaxLength(32);
    m_userEdit->setPlaceholderText(tr("used to sign in, e.g. zhangli"));
    m_displayEdit = lineEdit(QStringLiteral("newDisplayNameEdit"), this);
    m_displayEdit->setPlaceholderText(tr("e.g. Zhang Li"));
    m_roles = new RoleCheckBoxes(this);
    m_roles->setObjectName(QStringLiteral("newRolesBox"));
    m_passwordEdit = lineEdit(QStringLiteral("newPasswordEdit"), this);
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordEdit->setPlaceholderText(tr("at least 8 characters"));
    m_confirmEdit = lineEdit(QStringLiteral("newPasswordConfirmEdit"), this);
    m_confirmEdit->setEchoMode(QLineEdit::Password);
    form->addRow(tr("User name:"), m_userEdit);
    form->addRow(tr("Full name:"), m_displayEdit);
    form->addRow(tr("Roles:"), m_roles);
    form->addRow(tr("Password:"), m_passwordEdit);
    form->addRow(tr("Repeat password:"), m_confirmEdit);
    layout->addLayout(form);

    auto *hint = new QLabel(tr("Tell the person the password in private. They can change it "
                               "under File › Change my password."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hint);

    m_errorLabel = new ErrorLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("createUserButton"));
    ok->setText(tr("Add account"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &AddUserDialog::attemptAdd);
    connect(buttons, &QDialogButtonBox::rejected, this, &AddUserDialog::reject);
}

void AddUserDialog::showError(const Error &error)
{
    m_errorLabel->setText(qs(error.message));
    m_errorLabel->show();
    if (error.field == "username")
        m_userEdit->setFocus();
    else if (error.field == "roles")
        m_roles->checkBox(Role::Caseworker)->setFocus();
    else if (error.field == "password")
        m_passwordEdit->setFocus();
    else if (error.field == "password_confirm")
        m_confirmEdit->setFocus();
}

void AddUserDialog::attemptAdd()
{
    if (m_passwordEdit->text() != m_confirmEdit->text()) {
        showError(Error::invalid("password_confirm",
                                 ss(tr("The two passwords are not the same; type them again."))));
        return;
    }
    services::NewUser user {ss(m_userEdit->text().trimmed()), ss(m_displayEdit->text().trimmed()),
                            m_roles->roles(), ss(m_passwordEdit->text())};
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto result = m_accounts.addUser(m_session, user);
    QApplication::restoreOverrideCursor();
    if (!result.ok()) {
        showError(result.error());
        return;
    }
    m_created = qs(user.username);
    accept();
}

} // namespace relief::gui
