#include "lock_dialog.h"

#include "gui/widgets/display_text.h"
#include "gui/widgets/error_label.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace relief::gui {

LockDialog::LockDialog(services::AccountService &accounts, services::Session session,
                       QWidget *parent)
    : QDialog(parent, Qt::Dialog | Qt::CustomizeWindowHint | Qt::WindowTitleHint)
    , m_accounts(accounts)
    , m_session(std::move(session))
{
    setObjectName(QStringLiteral("lockDialog"));
    setWindowTitle(tr("ReliefDesk is locked"));
    setMinimumWidth(420);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(12);

    auto *title = new QLabel(tr("Locked"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    title->setFont(font);
    layout->addWidget(title);
    auto *text = new QLabel(tr("ReliefDesk is locked. %1 (%2) continues by typing the "
                               "password; someone else can switch user.")
                                .arg(qs(m_session.displayName), qs(m_session.username)),
                            this);
    text->setWordWrap(true);
    layout->addWidget(text);

    auto *form = new QFormLayout;
    m_passwordEdit = new QLineEdit(this);
    m_passwordEdit->setObjectName(QStringLiteral("lockPasswordEdit"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Password:"), m_passwordEdit);
    layout->addLayout(form);

    m_errorLabel = new ErrorLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);

    auto *buttons = new QHBoxLayout;
    auto *switchButton = new QPushButton(tr("Switch user"), this);
    switchButton->setObjectName(QStringLiteral("switchUserButton"));
    switchButton->setAutoDefault(false);
    auto *unlockButton = new QPushButton(tr("Unlock"), this);
    unlockButton->setObjectName(QStringLiteral("unlockButton"));
    unlockButton->setDefault(true);
    buttons->addWidget(switchButton);
    buttons->addStretch();
    buttons->addWidget(unlockButton);
    layout->addLayout(buttons);

    connect(unlockButton, &QPushButton::clicked, this, &LockDialog::attemptUnlock);
    connect(switchButton, &QPushButton::clicked, this, [this] {
        m_done = true;
        QDialog::reject();
        Q_EMIT switchUserRequested();
    });
    m_passwordEdit->setFocus();
}

void LockDialog::reject()
{
    // Deliberately nothing: only the password or switching user leaves the lock.
}

void LockDialog::closeEvent(QCloseEvent *event)
{
    if (m_done)
        event->accept();
    else
        event->ignore();
}

void LockDialog::attemptUnlock()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto result = m_accounts.login(m_session.username, ss(m_passwordEdit->text()));
    QApplication::restoreOverrideCursor();
    m_passwordEdit->clear();
    if (!result.ok()) {
        m_errorLabel->setText(qs(result.error().message));
        m_errorLabel->show();
        m_passwordEdit->setFocus();
        return;
    }
    m_session = *result;
    m_done = true;
    accept();
    Q_EMIT unlocked();
}

} // namespace relief::gui
