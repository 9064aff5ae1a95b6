#pragma once

// The desktop application's flow: first-run wizard on an empty database, then
// sign-in (with a forced password change when an administrator reset it), then
// the main window; idle lock and switch user while it runs. main() only builds
// the context and calls start(); tests drive the same object.
//
// Every step is a non-modal or window-modal dialog opened with open(), never a
// nested exec(), so the flow is a chain of signals that tests can follow.

#include "services/session.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

namespace relief::gui {

class AppContext;
class ChangePasswordDialog;
class HiddenWindows;
class IdleWatcher;
class LockDialog;
class LoginDialog;
class MainWindow;
class SetupWizard;

class ApplicationController : public QObject
{
    Q_OBJECT
public:
    explicit ApplicationController(AppContext &context, QObject *parent = nullptr);
    ~ApplicationController() override;

    void start();

    const std::optional<services::Session> &session() const { return m_session; }

    // The step on screen now (null when not showing); for tests and screenshots.
    SetupWizard *setupWizard() const;
    LoginDialog *loginDialog() const;
    ChangePasswordDialog *changePasswordDialog() const;
    LockDialog *lockDialog() const;
    MainWindow *mainWindow() const { return m_mainWindow.get(); }
    IdleWatcher *idleWatcher() const { return m_idle; }
    // The windows the lock hides (empty when unlocked).
    HiddenWindows *hiddenWindows() const { return m_hidden; }

public Q_SLOTS:
    void lock();
    void switchUser();

Q_SIGNALS:
    // The user quit (from the wizard, the sign-in or the main window).
    void quitRequested();
    // Someone is signed in and the main window shows their pages.
    void signedIn();

private:
    void showWizard();
    void showLogin(const QString &username, const QString &notice);
    void onLoginAccepted();
    void enter(const services::Session &session);
    void applyIdleSetting();

    AppContext &m_context;
    std::optional<services::Session> m_session;
    std::unique_ptr<MainWindow> m_mainWindow;
    IdleWatcher *m_idle = nullptr;
    HiddenWindows *m_hidden = nullptr;
    QPointer<SetupWizard> m_wizard;
    QPointer<LoginDialog> m_login;
    QPointer<ChangePasswordDialog> m_changePassword;
    QPointer<LockDialog> m_lock;
};

} // namespace relief::gui
