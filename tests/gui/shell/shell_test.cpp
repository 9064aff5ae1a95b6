// The shell around the pages: idle lock and unlock, lock then switch user, the
// idle setting, the language menu, About, and the administration pages
// (office settings, holiday calendar, audit log with chain verification).

#include "gui/gui_test_support.h"

#include "gui/admin/audit_table_model.h"
#include "gui/admin/audit_text.h"
#include "gui/shell/about_dialog.h"
#include "gui/shell/idle_watcher.h"
#include "gui/shell/lock_dialog.h"
#include "gui/shell/window_lock.h"
#include "gui/widgets/error_label.h"
#include "services/actions.h"
#include "services/applications/application_text.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QMessageBox>
#include <QPointer>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>

using namespace relief;
using namespace relief::gui;
using namespace relief::gui::test;

class ShellTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void idleLockAsksForThePassword();
    void lockThenSwitchUser();
    void idleLockHidesEveryWindow();
    void switchUserClosesTheHiddenWindows();
    void idleLockSettingZeroNeverLocks();
    void languageMenuStoresTheSetting();
    void aboutShowsSchemaVersion();
    void holidayCalendarAndAuditLog();
    void auditChangeInWords();
    void auditListPagesByKeyset();

private:
    // A set-up database with the administrator signed in.
    std::unique_ptr<TestApp> signedInAdmin();

    QTemporaryDir m_settingsDir;
};

void ShellTest::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    isolateSettings(m_settingsDir.path());
}

std::unique_ptr<TestApp> ShellTest::signedInAdmin()
{
    auto app = makeApp(true);
    if (!app)
        return nullptr;
    app->controller->start();
    signIn(*app->controller, QString::fromLatin1(kAdminUser), QString::fromLatin1(kAdminPassword));
    if (!app->controller->mainWindow())
        return nullptr;
    return app;
}

void ShellTest::idleLockAsksForThePassword()
{
    auto app = signedInAdmin();
    QVERIFY(app);
    MainWindow *window = app->controller->mainWindow();
    IdleWatcher *idle = app->controller->idleWatcher();
    QCOMPARE(idle->idleMinutes(), 15);
    QVERIFY(idle->isRunning());

    app->clock.advance(std::chrono::minutes(14));
    idle->checkNow();
    QVERIFY(!app->controller->lockDialog());
    // Input restarts the count.
    QTest::keyClick(child<QWidget>(window, "navList"), Qt::Key_Down);
    app->clock.advance(std::chrono::minutes(14));
    idle->checkNow();
    QVERIFY(!app->controller->lockDialog());

    app->clock.advance(std::chrono::minutes(2));
    idle->checkNow();
    LockDialog *lock = app->controller->lockDialog();
    QVERIFY(lock);
    QCOMPARE(lock->objectName(), QStringLiteral("lockDialog"));
    QVERIFY(lock->isVisible());
    QVERIFY(!child<QWidget>(window, "centralWidget")->isVisible());

    // Escape does not unlock; a wrong password is refused with the service's message.
    QTest::keyClick(lock, Qt::Key_Escape);
    QVERIFY(lock->isVisible());
    typeInto(lock, "lockPasswordEdit", QStringLiteral("not it"));
    click(lock, "unlockButton");
    QVERIFY(lock->isVisible());
    QVERIFY(labelText(lock, "errorLabel").contains(QLatin1String("not correct")));

    typeInto(lock, "lockPasswordEdit", QString::fromLatin1(kAdminPassword));
    click(lock, "unlockButton");
    QVERIFY(!app->controller->lockDialog());
    QVERIFY(child<QWidget>(window, "centralWidget")->isVisible());
    QVERIFY(idle->isRunning());
    QVERIFY(app->controller->session());
}

void ShellTest::lockThenSwitchUser()
{
    auto app = signedInAdmin();
    QVERIFY(app);
    MainWindow *window = app->controller->mainWindow();
    child<QAction>(window, "lockAction")->trigger();
    LockDialog *lock = app->controller->lockDialog();
    QVERIFY(lock);
    click(lock, "switchUserButton");
    QVERIFY(!app->controller->session());
    QVERIFY(!app->controller->idleWatcher()->isRunning());
    QVERIFY(app->controller->loginDialog());
    QVERIFY(app->controller->loginDialog()->isVisible());
    QVERIFY(navigationItems(window).isEmpty());
    QVERIFY(labelText(window, "userStatusLabel").contains(QLatin1String("Nobody")));
    QCOMPARE(app->controller->mainWindow(), window);
}

// Issue 10, defect 14: the lock hides every window of the program, not only the main
// window's pages, and brings them back on unlock.
void ShellTest::idleLockHidesEveryWindow()
{
    auto app = signedInAdmin();
    QVERIFY(app);
    MainWindow *window = app->controller->mainWindow();
    // A dialog of the main window, one opened from a page, one without a parent (as a
    // print preview), and a message box on top of a dialog.
    QPointer<QDialog> about = window->openAbout();
    QPointer<QDialog> pageDialog = new QDialog(child<QWidget>(window, "navList"));
    pageDialog->setObjectName(QStringLiteral("pageDialog"));
    pageDialog->open();
    QPointer<QWidget> loose = new QWidget;
    loose->setObjectName(QStringLiteral("looseWindow"));
    loose->setAttribute(Qt::WA_DeleteOnClose);
    loose->show();
    QPointer<QDialog> nested = new QDialog(pageDialog);
    nested->open();
    for (QWidget *w : {static_cast<QWidget *>(about), static_cast<QWidget *>(pageDialog),
                       loose.data(), static_cast<QWidget *>(nested)})
        QVERIFY(w->isVisible());

    app->clock.advance(std::chrono::minutes(16));
    app->controller->idleWatcher()->checkNow();
    LockDialog *lock = app->controller->lockDialog();
    QVERIFY(lock);
    QVERIFY(lock->isVisible());
    QVERIFY(window->isVisible());
    QVERIFY(!child<QWidget>(window, "centralWidget")->isVisible());
    for (QWidget *w : {static_cast<QWidget *>(about), static_cast<QWidget *>(pageDialog),
                       loose.data(), static_cast<QWidget *>(nested)})
        QVERIFY2(!w->isVisible(), qPrintable(w->objectName()));
    QCOMPARE(app->controller->hiddenWindows()->windows().size(), 4);
    // Nothing else the program shows is on screen but the lock dialog.
    for (QWidget *w : QApplication::topLevelWidgets())
        if (w->isVisible())
            QVERIFY2(w == window || w == lock, qPrintable(w->objectName()));

    // A window that opens while locked (a background job's result) is hidden as well.
    QPointer<QDialog> late = new QDialog(window);
    late->setObjectName(QStringLiteral("lateDialog"));
    late->open();
    QCoreApplication::processEvents();
    QVERIFY(!late->isVisible());

    typeInto(lock, "lockPasswordEdit", QString::fromLatin1(kAdminPassword));
    click(lock, "unlockButton");
    QVERIFY(!app->controller->lockDialog());
    QVERIFY(child<QWidget>(window, "centralWidget")->isVisible());
    for (QWidget *w : {static_cast<QWidget *>(about), static_cast<QWidget *>(pageDialog),
                       loose.data(), static_cast<QWidget *>(nested), static_cast<QWidget *>(late)})
        QVERIFY2(w && w->isVisible(), qPrintable(w ? w->objectName() : QString()));
    QVERIFY(app->controller->hiddenWindows()->windows().isEmpty());
    // Unlocked: windows open as usual.
    QPointer<QDialog> after = new QDialog(window);
    after->open();
    QCoreApplication::processEvents();
    QVERIFY(after->isVisible());
    delete loose.data();
}

void ShellTest::switchUserClosesTheHiddenWindows()
{
    auto app = signedInAdmin();
    QVERIFY(app);
    MainWindow *window = app->controller->mainWindow();
    QPointer<QDialog> about = window->openAbout();
    QVERIFY(about->isVisible());
    child<QAction>(window, "lockAction")->trigger();
    LockDialog *lock = app->controller->lockDialog();
    QVERIFY(lock);
    QVERIFY(!about->isVisible());
    click(lock, "switchUserButton");
    QVERIFY(app->controller->loginDialog());
    QVERIFY(app->controller->loginDialog()->isVisible());
    flushDeletes();
    // The previous user's dialog is gone, not shown to whoever signs in next.
    QVERIFY(!about);
    signIn(*app->controller, QString::fromLatin1(kAdminUser), QString::fromLatin1(kAdminPassword));
    QVERIFY(app->controller->session());
    QVERIFY(app->controller->hiddenWindows()->windows().isEmpty());
}

void ShellTest::idleLockSettingZeroNeverLocks()
{
    auto app = signedInAdmin();
    QVERIFY(app);
    MainWindow *window = app->controller->mainWindow();
    QVERIFY(window->showArea(MainWindow::Area::Administration));
    auto *tabs = child<QTabWidget>(window, "administrationTabs");
    QVERIFY(tabs);
    QWidget *settings = child<QWidget>(window, "officeSettingsPage");
    QVERIFY(settings);
    tabs->setCurrentWidget(settings);

    // A bad area code: the service's message, nothing saved.
    typeInto(settings, "areaCodeEdit", QStringLiteral("12ab"));
    click(settings, "saveSettingsButton");
    QVERIFY(labelText(settings, "settingsMessageLabel").contains(QLatin1String("110105")));
    QCOMPARE(app->context->officeSettings().load()->areaCode, std::string("110105"));

    typeInto(settings, "areaCodeEdit", QStringLiteral("110105001"));
    typeInto(settings, "officeNameEdit", QStringLiteral("新华街道社会救助办公室"));
    child<QSpinBox>(settings, "idleLockSpin")->setValue(0);
    click(settings, "saveSettingsButton");
    const auto saved = app->context->officeSettings().load();
    QVERIFY(saved.ok());
    QCOMPARE(saved->idleLockMinutes, 0);
    QCOMPARE(saved->areaCode, std::string("110105001"));
    QVERIFY(window->windowTitle().contains(QStringLiteral("新华街道")));
    QCOMPARE(labelText(window, "officeNameLabel"), QStringLiteral("新华街道社会救助办公室"));

    QCOMPARE(app->controller->idleWatcher()->idleMinutes(), 0);
    app->clock.advance(std::chrono::hours(3));
    app->controller->idleWatcher()->checkNow();
    QVERIFY(!app->controller->lockDialog());
}

void ShellTest::languageMenuStoresTheSetting()
{
    auto app = signedInAdmin();
    QVERIFY(app);
    MainWindow *window = app->controller->mainWindow();
    QCOMPARE(QSettings().value(QStringLiteral("ui/language"), QStringLiteral("zh")).toString(),
             QStringLiteral("zh"));
    auto *english = child<QAction>(window, "languageEnglishAction");
    auto *chinese = child<QAction>(window, "languageChineseAction");
    QVERIFY(english && chinese);
    QVERIFY(chinese->isChecked());

    english->trigger();
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));
    QVERIFY(english->isChecked());
    auto *box = child<QMessageBox>(window, "infoMessageBox");
    QVERIFY(box);
    QVERIFY(box->text().contains(QLatin1String("next time")));
    box->accept();

    chinese->trigger();
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("zh"));
}

void ShellTest::aboutShowsSchemaVersion()
{
    auto app = signedInAdmin();
    QVERIFY(app);
    MainWindow *window = app->controller->mainWindow();
    child<QAction>(window, "aboutAction")->trigger();
    auto *about = child<QDialog>(window, "aboutDialog");
    QVERIFY(about);
    QVERIFY(about->isVisible());
    QCOMPARE(labelText(about, "schemaVersionLabel"), QString::number(app->db->schemaVersion()));
    QCOMPARE(labelText(about, "versionLabel"), QStringLiteral(RELIEF_VERSION));
    QCOMPARE(labelText(about, "databasePathLabel"), app->dbPath());
    about->reject();
}

void ShellTest::holidayCalendarAndAuditLog()
{
    auto app = signedInAdmin();
    QVERIFY(app);
    MainWindow *window = app->controller->mainWindow();
    QVERIFY(window->showArea(MainWindow::Area::Administration));
    auto *tabs = child<QTabWidget>(window, "administrationTabs");
    QWidget *holidays = child<QWidget>(window, "holidaysPage");
    QVERIFY(holidays);
    tabs->setCurrentWidget(holidays);

    // The shipped calendar is there, listed by year.
    child<QSpinBox>(holidays, "holidayYearSpin")->setValue(2025);
    auto *table = child<QTableWidget>(holidays, "holidayTable");
    QVERIFY(table->rowCount() > 0);
    const int before = table->rowCount();

    child<QDateEdit>(holidays, "holidayDateEdit")->setDate(QDate(2025, 11, 3));
    child<QComboBox>(holidays, "holidayKindCombo")->setCurrentIndex(0);
    click(holidays, "addHolidayButton");
    QCOMPARE(table->rowCount(), before + 1);
    click(holidays, "saveHolidaysButton");
    const auto stored = app->context->holidays().calendar();
    QVERIFY(stored.ok());
    QVERIFY(stored->holidays.count(*Date::fromYmd(2025, 11, 3)));

    // The audit log shows the change and the chain holds.
    QWidget *audit = child<QWidget>(window, "auditPage");
    QVERIFY(audit);
    tabs->setCurrentWidget(audit);
    auto *entity = child<QComboBox>(audit, "auditEntityCombo");
    const int index = entity->findData(QStringLiteral("holiday_calendar"));
    QVERIFY(index > 0);
    entity->setCurrentIndex(index);
    click(audit, "auditSearchButton");
    auto *view = child<QTableView>(audit, "auditTable");
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, AuditTableModel::UserColumn).data().toString(),
             QString::fromLatin1(kAdminUser));
    QVERIFY(view->model()
                ->index(0, AuditTableModel::DetailsColumn)
                .data()
                .toString()
                .contains(QLatin1String("2025-11-03")));

    // Issue 18: the action by name from the catalogue, the change in words.
    QCOMPARE(view->model()->index(0, AuditTableModel::ActionColumn).data().toString(),
             services::auditActionName("holidays.replace"));
    QVERIFY(view->model()
                ->index(0, AuditTableModel::DetailsColumn)
                .data()
                .toString()
                .contains(QLatin1String("Holidays added")));
    QVERIFY(view->model()
                ->index(0, AuditTableModel::DetailsColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("holidays_added")));

    click(audit, "verifyChainButton");
    QVERIFY2(labelText(audit, "verifyResultLabel").startsWith(QLatin1String("OK")),
             qPrintable(labelText(audit, "verifyResultLabel")));
    QVERIFY2(labelText(audit, "verifyResultLabel").contains(QLatin1String("Head: record")),
             qPrintable(labelText(audit, "verifyResultLabel")));
    // The page's messages are the shared ErrorLabel (no style sheet of its own).
    auto *verifyLabel = audit->findChild<ErrorLabel *>(QStringLiteral("verifyResultLabel"));
    QVERIFY(verifyLabel);
    QCOMPARE(verifyLabel->tone(), ErrorLabel::Tone::Success);
    QVERIFY(audit->findChild<ErrorLabel *>(QStringLiteral("errorLabel")));
}

void ShellTest::auditChangeInWords()
{
    storage::AuditRecord r;
    r.action = "application.approve";
    r.entity = "application";
    r.details = R"({"application_no":"SQ2026-00001","from":"pending_approval",)"
                R"("to":"approved","note":"","on":"2026-01-05"})";
    QCOMPARE(auditActionText(r), services::auditActionName("application.approve"));
    QVERIFY(auditActionText(r) != QLatin1String("application.approve"));
    const QString words = auditChangeText(r);
    const QString expected =
        QStringLiteral("Status: %1 → %2")
            .arg(services::ApplicationText::state(ApplicationState::PendingApproval),
                 services::ApplicationText::state(ApplicationState::Approved));
    QVERIFY2(words.startsWith(expected), qPrintable(words));
    QVERIFY2(words.contains(QLatin1String("SQ2026-00001")), qPrintable(words));
    QVERIFY2(!words.contains(QLatin1String("pending_approval")), qPrintable(words));
    QVERIFY(auditRawDetails(r).contains(QLatin1String("pending_approval")));
}

// The audit list reads page after page by keyset (issue 10 §2): the pages are the log
// once, newest first, even when records are appended between two pages (by offset the
// last row of a page came again at the top of the next); a filter holds on every page.
void ShellTest::auditListPagesByKeyset()
{
    auto app = makeApp(true);
    QVERIFY(app);
    const services::Session admin = adminSession(*app);
    QVERIFY(admin.userId > 0);
    auto append = [&](int n, const char *entity) {
        storage::AuditRepository repo(*app->db);
        const auto last = repo.lastLink();
        for (int i = 0; i < n; ++i) {
            storage::AuditRecord r;
            r.at = "2025-09-15T02:00:00.000Z";
            r.username = "admin";
            r.action = "settings.update";
            r.entity = entity;
            r.entityId = std::to_string(i);
            r.details = "{}";
            r.prevHash = "p";
            r.hash = "h";
            r.id = (last ? last->id : 0) + 1 + i;
            repo.append(r);
        }
    };
    append(2 * AuditTableModel::kPageSize + 30, "office_settings");
    append(AuditTableModel::kPageSize + 5, "holiday_calendar");

    AuditTableModel model(app->context->audit(), admin);
    model.setFilter({});
    const std::int64_t total = model.totalCount();
    QCOMPARE(model.rowCount(), AuditTableModel::kPageSize);
    append(3, "office_settings"); // newer than every row shown: not in this reading
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(static_cast<std::int64_t>(model.rowCount()), total);
    for (int row = 1; row < model.rowCount(); ++row)
        QCOMPARE(model.record(row)->id, model.record(row - 1)->id - 1);

    storage::AuditFilter onlyHolidays;
    onlyHolidays.entity = "holiday_calendar";
    model.setFilter(onlyHolidays);
    QCOMPARE(model.totalCount(), std::int64_t {AuditTableModel::kPageSize + 5});
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), AuditTableModel::kPageSize + 5);
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.record(row)->entity, std::string("holiday_calendar"));
        if (row > 0)
            QCOMPARE(model.record(row)->id, model.record(row - 1)->id - 1);
    }
}

QTEST_MAIN(ShellTest)
#include "shell_test.moc"
