#include "login_dialog.h"

#include "ui_login_dialog.h"

#include "gui/widgets/display_text.h"

#include <QApplication>
#include <QFont>

namespace relief::gui {

LoginDialog::LoginDialog(services::AccountService &accounts, const QString &officeName,
                         QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LoginDialog>())
    , m_accounts(accounts)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("loginDialog"));
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.6);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);
    m_ui->officeLabel->setText(officeName);
    m_ui->officeLabel->setVisible(!officeName.isEmpty());
    m_ui->errorLabel->hide();
    connect(m_ui->loginButton, &QPushButton::clicked, this, &LoginDialog::attemptLogin);
    connect(m_ui->quitButton, &QPushButton::clicked, this, &LoginDialog::reject);
    m_ui->usernameEdit->setFocus();
    adjustSize();
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::setUsername(const QString &username)
{
    m_ui->usernameEdit->setText(username);
    if (!username.isEmpty())
        m_ui->passwordEdit->setFocus();
}

void LoginDialog::setNotice(const QString &notice)
{
    m_ui->officeLabel->setText(m_ui->officeLabel->text().isEmpty()
                                   ? notice
                                   : m_ui->officeLabel->text() + QLatin1Char('\n') + notice);
    m_ui->officeLabel->show();
    adjustSize();
}

void LoginDialog::attemptLogin()
{
    const std::string username = ss(m_ui->usernameEdit->text().trimmed());
    const std::string password = ss(m_ui->passwordEdit->text());
    if (username.empty()) {
        m_ui->errorLabel->setText(tr("Enter your user name."));
        m_ui->errorLabel->show();
        m_ui->usernameEdit->setFocus();
        return;
    }
    // Checking the password takes a noticeable moment (argon2id).
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto result = m_accounts.login(username, password);
    QApplication::restoreOverrideCursor();
    if (!result.ok()) {
        m_ui->errorLabel->setText(qs(result.error().message));
        m_ui->errorLabel->show();
        m_ui->passwordEdit->clear();
        if (result.error().field == "username")
            m_ui->usernameEdit->setFocus();
        else
            m_ui->passwordEdit->setFocus();
        return;
    }
    m_session = *result;
    if (m_session->mustChangePassword)
        m_temporaryPassword = password;
    m_ui->passwordEdit->clear();
    accept();
}

} // namespace relief::gui
