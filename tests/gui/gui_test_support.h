#pragma once

// Shared set-up for the GUI tests: a fresh database file in a temporary folder,
// a ManualClock, the real AppContext and ApplicationController, and small
// helpers that find widgets by objectName and fail the test when one is missing.

#include "gui/applications/application_controller.h"
#include "gui/shell/app_context.h"
#include "gui/shell/login_dialog.h"
#include "gui/shell/main_window.h"

#include "services/clock.h"
#include "storage/database.h"

#include <QAbstractButton>
#include <QDir>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace relief::gui::test {

inline constexpr const char *kAdminUser = "admin";
inline constexpr const char *kAdminPassword = "Admin-pass-2025";
inline constexpr const char *kOfficeName = "和平街道社会救助办公室";

// QSettings must not touch the real user's configuration.
inline void isolateSettings(const QString &folder)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ReliefDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("reliefdesk-gui-test"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, folder);
}

struct TestApp
{
    QTemporaryDir dir;
    std::unique_ptr<storage::Database> db;
    services::ManualClock clock {std::chrono::sys_days {std::chrono::year {2025} / 9 / 15} +
                                 std::chrono::hours(2)};
    std::unique_ptr<AppContext> context;
    std::unique_ptr<ApplicationController> controller;

    QString dbPath() const { return dir.filePath(QStringLiteral("test.db")); }
};

// The first administrator's session (makeApp(true) set the office up), or an
// empty session when the sign-in fails.
inline services::Session adminSession(TestApp &app)
{
    auto session = app.context->accounts().login(kAdminUser, kAdminPassword);
    return session.ok() ? *session : services::Session {};
}

// Deletes what deleteLater() scheduled (closed dialogs), as the event loop would.
inline void flushDeletes()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

// With RELIEF_SCREENSHOTS=<folder>, saves what the user would see of `widget`
// there as <name>.png (to look at a test's screens; nothing is checked).
inline void screenshot(QWidget *widget, const char *name)
{
    const QString folder = qEnvironmentVariable("RELIEF_SCREENSHOTS");
    if (folder.isEmpty() || !widget)
        return;
    QDir().mkpath(folder);
    QTest::qWait(30); // pending layout requests, as on screen
    if (widget->layout())
        widget->layout()->activate();
    widget->grab().save(QDir(folder).filePath(QString::fromLatin1(name) + QStringLiteral(".png")));
}

// A new database; with `setUp` the office and its administrator exist already
// (through the service, to save the wizard's time in tests about other things).
inline std::unique_ptr<TestApp> makeApp(bool setUp)
{
    auto app = std::make_unique<TestApp>();
    if (!app->dir.isValid())
        return nullptr;
    auto db = storage::Database::open(app->dbPath().toStdString());
    if (!db.ok())
        return nullptr;
    app->db = std::move(*db);
    app->context = std::make_unique<AppContext>(*app->db, app->clock);
    if (setUp) {
        auto admin =
            app->context->accounts().setupOffice({QString::fromUtf8(kOfficeName).toStdString(),
                                                  "110105", kAdminUser, "王主任", kAdminPassword});
        if (!admin.ok())
            return nullptr;
    }
    app->controller = std::make_unique<ApplicationController>(*app->context);
    return app;
}

template<class T> T *child(QObject *parent, const char *name)
{
    return parent ? parent->findChild<T *>(QString::fromLatin1(name)) : nullptr;
}

inline void typeInto(QObject *parent, const char *name, const QString &text)
{
    auto *edit = child<QLineEdit>(parent, name);
    QVERIFY2(edit, name);
    edit->clear();
    // QTest types Latin-1 only; Chinese text is set the way an input method would commit it.
    bool latin1 = true;
    for (QChar c : text)
        latin1 = latin1 && c.unicode() < 0x80;
    if (latin1)
        QTest::keyClicks(edit, text);
    else
        edit->setText(text);
}

inline void click(QObject *parent, const char *name)
{
    auto *button = child<QAbstractButton>(parent, name);
    QVERIFY2(button, name);
    QVERIFY2(button->isEnabled(), name);
    button->click();
}

inline QString labelText(QObject *parent, const char *name)
{
    auto *label = child<QLabel>(parent, name);
    return label ? label->text() : QStringLiteral("<no %1>").arg(QString::fromLatin1(name));
}

inline void signIn(ApplicationController &controller, const QString &user, const QString &password)
{
    LoginDialog *login = controller.loginDialog();
    QVERIFY(login);
    QVERIFY(login->isVisible());
    typeInto(login, "usernameEdit", user);
    typeInto(login, "passwordEdit", password);
    click(login, "loginButton");
}

inline QStringList navigationItems(MainWindow *window)
{
    QStringList items;
    auto *nav = child<QListWidget>(window, "navList");
    for (int i = 0; nav && i < nav->count(); ++i)
        items << nav->item(i)->text();
    return items;
}

} // namespace relief::gui::test
