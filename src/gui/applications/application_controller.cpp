#include "application_controller.h"

#include "gui/shell/app_context.h"
#include "gui/shell/change_password_dialog.h"
#include "gui/shell/idle_watcher.h"
#include "gui/shell/lock_dialog.h"
#include "gui/shell/login_dialog.h"
#include "gui/shell/main_window.h"
#include "gui/shell/setup_wizard.h"
#include "gui/shell/window_lock.h"
#include "gui/widgets/display_text.h"

#include <spdlog/spdlog.h>

namespace relief::gui {

ApplicationController::ApplicationController(AppContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_idle(new IdleWatcher(context.clock(), this))
    , m_hidden(new HiddenWindows(this))
{
    connect(m_idle, &IdleWatcher::idle, this, &ApplicationController::lock);
}

ApplicationController::~ApplicationController()
{
    // Dialogs parented to the main window go with it; the top-level ones go here.
    delete m_wizard.data();
    if (m_login && !m_login->parent())
        delete m_login.data();
    if (m_changePassword && !m_changePassword->parent())
        delete m_changePassword.data();
}

SetupWizard *ApplicationController::setupWizard() const
{
    return m_wizard;
}

LoginDialog *ApplicationController::loginDialog() const
{
    return m_login;
}

ChangePasswordDialog *ApplicationController::changePasswordDialog() const
{
    return m_changePassword;
}

LockDialog *ApplicationController::lockDialog() const
{
    return m_lock;
}

void ApplicationController::start()
{
    if (m_context.accounts().needsSetup())
        showWizard();
    else
        showLogin({}, {});
}

void ApplicationController::showWizard()
{
    m_wizard = new SetupWizard(m_context.accounts());
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &QWizard::finished, this, [this](int result) {
        const QString admin = m_wizard->adminUsername();
        const bool created = result == QDialog::Accepted && m_wizard->session();
        if (created)
            showLogin(admin, tr("The office is set up. Sign in with the administrator account."));
        else
            Q_EMIT quitRequested();
    });
    m_wizard->show();
}

void ApplicationController::showLogin(const QString &username, const QString &notice)
{
    QString office;
    if (auto settings = m_context.officeSettings().load(); settings.ok())
        office = qs(settings->officeName);
    // While switching user the main window stays up (empty) behind the dialog.
    QWidget *parent = m_mainWindow && m_mainWindow->isVisible() ? m_mainWindow.get() : nullptr;
    m_login = new LoginDialog(m_context.accounts(), office, parent);
    m_login->setAttribute(Qt::WA_DeleteOnClose);
    m_login->setUsername(username);
    if (!notice.isEmpty())
        m_login->setNotice(notice);
    connect(m_login, &QDialog::accepted, this, &ApplicationController::onLoginAccepted);
    connect(m_login, &QDialog::rejected, this, &ApplicationController::quitRequested);
    if (parent)
        m_login->open();
    else
        m_login->show();
}

void ApplicationController::onLoginAccepted()
{
    const services::Session session = *m_login->session();
    if (!session.mustChangePassword) {
        enter(session);
        return;
    }
    QWidget *parent = m_mainWindow && m_mainWindow->isVisible() ? m_mainWindow.get() : nullptr;
    m_changePassword = new ChangePasswordDialog(m_context.accounts(), session,
                                                m_login->temporaryPassword(), parent);
    m_changePassword->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_changePassword, &QDialog::finished, this, [this, session](int result) {
        if (result == QDialog::Accepted) {
            services::Session changed = session;
            changed.mustChangePassword = false;
            enter(changed);
        } else {
            // Not entering with a temporary password: back to sign-in.
            showLogin(qs(session.username), {});
        }
    });
    if (parent)
        m_changePassword->open();
    else
        m_changePassword->show();
}

void ApplicationController::enter(const services::Session &session)
{
    m_session = session;
    if (!m_mainWindow) {
        m_mainWindow = std::make_unique<MainWindow>(m_context);
        connect(m_mainWindow.get(), &MainWindow::switchUserRequested, this,
                &ApplicationController::switchUser);
        connect(m_mainWindow.get(), &MainWindow::lockRequested, this, &ApplicationController::lock);
        connect(m_mainWindow.get(), &MainWindow::officeSettingsChanged, this,
                &ApplicationController::applyIdleSetting);
        connect(m_mainWindow.get(), &MainWindow::closing, this,
                &ApplicationController::quitRequested);
    }
    m_mainWindow->setSession(session);
    m_mainWindow->setLocked(false);
    m_mainWindow->show();
    applyIdleSetting();
    m_idle->start();
    spdlog::info("main window for {}", session.username);
    Q_EMIT signedIn();
}

void ApplicationController::applyIdleSetting()
{
    auto settings = m_context.officeSettings().load();
    // An unreadable setting falls back to the default rather than never locking.
    m_idle->setIdleMinutes(settings.ok() ? settings->idleLockMinutes
                                         : services::OfficeSettings {}.idleLockMinutes);
}

void ApplicationController::lock()
{
    if (!m_session || !m_mainWindow || m_lock)
        return;
    m_idle->stop();
    m_mainWindow->setLocked(true);
    m_lock = new LockDialog(m_context.accounts(), *m_session, m_mainWindow.get());
    m_lock->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_lock, &LockDialog::unlocked, this, [this] {
        const services::Session session = m_lock->session();
        m_lock = nullptr;
        // Roles may have changed while locked; the pages follow the stored account.
        if (session.roles != m_session->roles)
            m_mainWindow->setSession(session);
        m_session = session;
        m_mainWindow->setLocked(false);
        m_hidden->restore();
        m_idle->start();
    });
    connect(m_lock, &LockDialog::switchUserRequested, this, &ApplicationController::switchUser);
    // Every other window too: open dialogs show unmasked numbers (issue 10, defect 14).
    m_hidden->lock(m_mainWindow.get(), m_lock);
    spdlog::info("window locked for {}", m_session->username);
    m_lock->open();
}

void ApplicationController::switchUser()
{
    if (!m_mainWindow)
        return;
    if (m_session)
        spdlog::info("signed out: {}", m_session->username);
    m_session.reset();
    m_lock = nullptr;
    m_idle->stop();
    // The previous user's dialogs go, unseen by the next user.
    m_hidden->closeAll();
    m_mainWindow->clearSession();
    m_mainWindow->setLocked(false);
    showLogin({}, tr("The previous user has signed out."));
}

} // namespace relief::gui
