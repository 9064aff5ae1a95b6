// The ledger dialogs and the administrator's registry lists, driven through their
// widgets: a good ledger previewed and imported on the worker thread (the list
// shows the households), an import cancelled part-way (nothing written, the
// preview kept, imported again), a bad one refused line by line with its error
// report saved, the masked export written to a file on its worker thread, and
// communities and institutions kept on the administration page (a bad bank
// account refused at its field).

#include "gui/gui_test_support.h"

#include "gui/admin/administration_page.h"
#include "gui/admin/communities_page.h"
#include "gui/admin/institutions_page.h"
#include "gui/registry/export_households_dialog.h"
#include "gui/registry/household_dialog.h"
#include "gui/registry/household_list_model.h"
#include "gui/registry/household_list_page.h"
#include "gui/registry/households_area.h"
#include "gui/registry/ledger_import_dialog.h"
#include "gui/widgets/job_runner.h"

#include "domain/id_number.h"
#include "services/ledger/ledger_import_service.h"
#include "services/registry/registry_service.h"
#include "storage/statement.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLayout>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>

#include <atomic>
#include <set>

using namespace relief;
using namespace relief::gui;
using namespace relief::gui::test;

namespace {
// A valid number (GB 11643): region, birth date YYYYMMDD, sequence.
std::string makeId(const char *region, const char *birth, int sequence)
{
    const std::string first17 = std::string(region) + birth +
        QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0')).toStdString();
    return first17 + IdNumber::checkCharacter(first17);
}

constexpr int kWorkerTimeoutMs = 30000;

const char *kHeader = "household_no,relation,name,id_number,phone,address,community,area,"
                      "wage_income,pension_income,programme,status,start_month,monthly_amount,"
                      "bank_name,bank_account,account_holder\n";
const char *kHeadId = "11010519491231002X";
const char *kGoodAccount = "6222021234567890128"; // Luhn-valid
const char *kBadAccount = "6222021234567890127"; // the check digit is wrong

// Two households: a dibao family of three and a 特困 elder alone.
std::string goodLedger()
{
    // QByteArray, not std::string +: GCC 12 -O2 warns falsely (-Warray-bounds) on the chain.
    return (QByteArray(kHeader) + "L001,head,王秀英," + kHeadId +
            ",13800000000,幸福路1号,幸福社区,urban,,300.00,dibao,在保,2025-03,830.00,农业银行," +
            kGoodAccount + ",王秀英\n" + "L001,spouse,李建国,440524188001010014,,,,,,,,,,,,,\n" +
            "L001,grandchild,李小明," + makeId("110105", "20150101", 1).c_str() +
            ",,,,,,,,,,,,,\n" + "L002,head,赵六," + makeId("110105", "19400101", 31).c_str() +
            ",,和平街9号,和平社区,urban,,,tekun,在保,2024-01,1269.00,,,\n")
        .toStdString();
}

// Bad cells on lines 2, 4 and 5; line 3 is right.
std::string badLedger()
{
    std::string wrongCheck = makeId("110105", "19700101", 11);
    wrongCheck.back() = wrongCheck.back() == '1' ? '2' : '1';
    return (QByteArray(kHeader) + "L001,head,张三," + wrongCheck.c_str() +
            ",,幸福路1号,幸福社区,urban,,,,,,,,,\n" + "L001,spouse,李四," +
            makeId("110105", "19720101", 22).c_str() + ",,,,,,,,,,,,,\n" + "L002,head,王五," +
            makeId("110105", "19500101", 15).c_str() +
            ",,和平街3号,和平社区,urban,,,tekun,在保,2024-01,abc,,,\n" + "L003,head,赵七," +
            makeId("110105", "19600101", 17).c_str() +
            ",,和平街5号,和平社区,urban,,,,,,,工商银行," + kBadAccount + ",赵七\n")
        .toStdString();
}

bool writeFile(const QString &path, const std::string &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
        file.write(bytes.data(), static_cast<qint64>(bytes.size())) ==
        static_cast<qint64>(bytes.size());
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void closeMessageBoxes()
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible())
            box->close();
    flushDeletes();
}
} // namespace

class LedgerDialogsTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void aGoodLedgerIsPreviewedAndImportedOnAWorker();
    void anImportCancelledPartWayWritesNothing();
    void cancellingTheImportJobThroughItsRunnerWritesNothing();
    void aLedgerWithBadRowsIsRefusedLineByLine();
    void theExportWritesTheMaskedLedger();
    void communitiesAndInstitutionsAreKeptByTheAdministrator();
    void theHouseholdDialogKeepsWhatItDoesNotShow();
    void unknownCommunitiesAreListedAndCreatedByTheImport();

private:
    services::Session addUser(const char *name, Role role);
    LedgerImportDialog *openImport(HouseholdsArea &area, const QString &file);
    std::int64_t households(const services::Session &session);
    std::int64_t ledgerAuditRecords();

    QTemporaryDir m_settings;
    std::unique_ptr<TestApp> m_app;
    services::Session m_admin;
};

void LedgerDialogsTest::initTestCase()
{
    isolateSettings(m_settings.path());
}

void LedgerDialogsTest::init()
{
    m_app = makeApp(true);
    QVERIFY(m_app);
    m_admin = adminSession(*m_app);
    QVERIFY(m_admin.userId);
    QVERIFY(m_app->context->registry().addCommunity(m_admin, {"XF", "幸福社区", true}).ok());
    QVERIFY(m_app->context->registry().addCommunity(m_admin, {"HP", "和平社区", true}).ok());
}

void LedgerDialogsTest::cleanup()
{
    closeMessageBoxes();
    flushDeletes();
    m_app.reset();
}

services::Session LedgerDialogsTest::addUser(const char *name, Role role)
{
    const std::string password = "Staff-pass-2025";
    auto added = m_app->context->accounts().addUser(m_admin, {name, "李经办", {role}, password});
    if (!added.ok())
        return {};
    auto session = m_app->context->accounts().login(name, password);
    return session.ok() ? *session : services::Session {};
}

std::int64_t LedgerDialogsTest::households(const services::Session &session)
{
    auto count = m_app->context->registry().countHouseholds(session, {});
    return count.ok() ? *count : -1;
}

std::int64_t LedgerDialogsTest::ledgerAuditRecords()
{
    storage::Statement st(m_app->context->database(),
                          "SELECT count(*) FROM audit_log WHERE action LIKE 'ledger.%'");
    return st.step() ? st.int64(0) : -1;
}

// Opens the import dialog from the list and previews `file`, typed into the
// file field as a user would (no native file dialog).
LedgerImportDialog *LedgerDialogsTest::openImport(HouseholdsArea &area, const QString &file)
{
    HouseholdListPage *list = area.listPage();
    auto *button = child<QAbstractButton>(list, "importLedgerButton");
    if (!button || !button->isVisible())
        return nullptr;
    button->click();
    auto *dialog = list->findChild<LedgerImportDialog *>(QStringLiteral("importLedgerDialog"));
    if (!dialog || !dialog->isVisible())
        return nullptr;
    auto *edit = child<QLineEdit>(dialog, "ledgerFileEdit");
    edit->setText(file);
    QTest::keyClick(edit, Qt::Key_Return);
    return dialog;
}

void LedgerDialogsTest::aGoodLedgerIsPreviewedAndImportedOnAWorker()
{
    const auto clerk = addUser("clerk", Role::Caseworker);
    const QString file = m_app->dir.filePath(QStringLiteral("ledger.csv"));
    QVERIFY(writeFile(file, goodLedger()));
    HouseholdsArea area(*m_app->context, clerk);
    area.resize(1200, 800);
    area.show();
    QVERIFY(QTest::qWaitForWindowExposed(&area));
    auto *table = child<QTableView>(area.listPage(), "householdTable");
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 0);

    QPointer<LedgerImportDialog> dialog = openImport(area, file);
    QVERIFY(dialog);
    // The preview and the import run on the shared JobRunner (issue 10 §2).
    QVERIFY(dialog->findChild<JobRunner *>());
    // A preview can be cancelled: its result is dropped.
    QVERIFY(dialog->isBusy());
    click(dialog, "cancelImportButton");
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), kWorkerTimeoutMs);
    QVERIFY2(labelText(dialog, "importSummaryLabel").contains(QStringLiteral("Cancelled")),
             qPrintable(labelText(dialog, "importSummaryLabel")));
    QCOMPARE(child<QTableView>(dialog, "ledgerRowsTable")->model()->rowCount(), 0);
    QVERIFY(!child<QAbstractButton>(dialog, "importButton")->isEnabled());

    // Previewed again. The preview runs on the worker: the window answers meanwhile.
    QTest::keyClick(child<QLineEdit>(dialog, "ledgerFileEdit"), Qt::Key_Return);
    QVERIFY(dialog->isBusy());
    QVERIFY(child<QProgressBar>(dialog, "importProgress")->isVisible());
    QVERIFY(!child<QAbstractButton>(dialog, "closeButton")->isEnabled());
    screenshot(dialog, "ledger_import_busy");
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), kWorkerTimeoutMs);
    screenshot(dialog, "ledger_import_preview");

    // Every row of the file, ID numbers masked; nothing imported yet.
    auto *rows = child<QTableView>(dialog, "ledgerRowsTable");
    QVERIFY(rows);
    QVERIFY2(rows->isVisible(), qPrintable(labelText(dialog, "importSummaryLabel")));
    QCOMPARE(rows->model()->rowCount(), 4);
    QStringList names;
    for (int row = 0; row < 4; ++row)
        names << rows->model()->index(row, 3).data().toString();
    QCOMPARE(names,
             (QStringList {QStringLiteral("王秀英"), QStringLiteral("李建国"),
                           QStringLiteral("李小明"), QStringLiteral("赵六")}));
    QCOMPARE(rows->model()->index(0, 0).data().toInt(), 2); // Excel's line numbers
    QCOMPARE(rows->model()->index(0, 4).data().toString(), QStringLiteral("110105********002X"));
    QVERIFY(labelText(dialog, "importSummaryLabel").contains(QStringLiteral("4")));
    QVERIFY(!child<QTableWidget>(dialog, "importErrorTable")->isVisible());
    QCOMPARE(households(clerk), 0);
    auto *importButton = child<QAbstractButton>(dialog, "importButton");
    QVERIFY(importButton->isEnabled());

    QSignalSpy imported(dialog.data(), &LedgerImportDialog::imported);
    importButton->click();
    QVERIFY(dialog->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), kWorkerTimeoutMs);
    QCOMPARE(imported.count(), 1);
    QVERIFY2(labelText(dialog, "importSummaryLabel").contains(QStringLiteral("2")),
             qPrintable(labelText(dialog, "importSummaryLabel")));
    QVERIFY(!importButton->isVisible());
    screenshot(dialog, "ledger_import_done");

    // Written through the worker's own connection, seen through the GUI's; the
    // list refreshed itself.
    QCOMPARE(households(clerk), 2);
    QCOMPARE(table->model()->rowCount(), 2);
    QCOMPARE(table->model()->index(0, HouseholdListModel::NumberColumn).data().toString(),
             QStringLiteral("L001"));
    click(dialog, "closeButton");
    QVERIFY(!dialog->isVisible());
    flushDeletes();
    QVERIFY(!dialog);
}

// The import reports its rows on the worker; Cancel stops it at the next report
// and its transaction is rolled back. Made deterministic by a hook that holds the
// worker at its first report (the end of the write phase for four rows: every
// row written, the audit record too) until Cancel has been pressed.
void LedgerDialogsTest::anImportCancelledPartWayWritesNothing()
{
    const auto clerk = addUser("clerk", Role::Caseworker);
    const QString file = m_app->dir.filePath(QStringLiteral("ledger.csv"));
    QVERIFY(writeFile(file, goodLedger()));
    HouseholdsArea area(*m_app->context, clerk);
    area.resize(1200, 800);
    area.show();
    QVERIFY(QTest::qWaitForWindowExposed(&area));
    QPointer<LedgerImportDialog> dialog = openImport(area, file);
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), kWorkerTimeoutMs);
    auto *rows = child<QTableView>(dialog, "ledgerRowsTable");
    QCOMPARE(rows->model()->rowCount(), 4);
    auto *importButton = child<QAbstractButton>(dialog, "importButton");
    QVERIFY(importButton->isEnabled());

    QSemaphore reached;
    QSemaphore proceed;
    std::atomic<int> reports {0};
    dialog->setProgressHookForTesting([&](int, int) {
        ++reports;
        reached.release();
        // Bounded: a failing test must not leave the worker waiting for ever.
        (void)proceed.tryAcquire(1, kWorkerTimeoutMs);
    });
    QSignalSpy imported(dialog.data(), &LedgerImportDialog::imported);
    importButton->click();
    QVERIFY(dialog->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(reached.available() > 0, kWorkerTimeoutMs);
    // The worker waits inside the transaction; the window answers meanwhile.
    auto *cancelButton = child<QAbstractButton>(dialog, "cancelImportButton");
    QVERIFY(cancelButton->isVisible());
    QVERIFY(cancelButton->isEnabled());
    cancelButton->click();
    QVERIFY(!cancelButton->isEnabled()); // once
    proceed.release();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), kWorkerTimeoutMs);
    QCOMPARE(reports.load(), 1);
    QCOMPARE(imported.count(), 0);
    const QString summary = labelText(dialog, "importSummaryLabel");
    QVERIFY2(summary.contains(QStringLiteral("cancelled")) &&
                 summary.contains(QStringLiteral("nothing has been imported")),
             qPrintable(summary));
    screenshot(dialog, "ledger_import_cancelled");
    // Nothing written, through the GUI's connection: no household, no audit record.
    QCOMPARE(households(clerk), 0);
    QCOMPARE(ledgerAuditRecords(), 0);
    // The preview stays and can be imported again.
    QCOMPARE(rows->model()->rowCount(), 4);
    QVERIFY(importButton->isVisible());
    QVERIFY(importButton->isEnabled());
    QVERIFY(child<QAbstractButton>(dialog, "closeButton")->isEnabled());

    dialog->setProgressHookForTesting({});
    importButton->click();
    QVERIFY(dialog->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), kWorkerTimeoutMs);
    QCOMPARE(imported.count(), 1);
    QVERIFY2(labelText(dialog, "importSummaryLabel").startsWith(QStringLiteral("Imported")),
             qPrintable(labelText(dialog, "importSummaryLabel")));
    // The bar counted the rows (its last report came before the end).
    auto *progress = child<QProgressBar>(dialog, "importProgress");
    QCOMPARE(progress->maximum(), 4);
    QCOMPARE(progress->value(), 4);
    QCOMPARE(households(clerk), 2);
    QCOMPARE(ledgerAuditRecords(), 1);
}

// Issue 10 §2: the dialog has no cancel flag of its own; the job's JobControl
// (the runner's) is the one the import reads. A cancel requested on the runner
// (as the application does when it goes away), with the worker held inside the
// transaction, writes nothing, and the dialog stays usable: the import runs again.
void LedgerDialogsTest::cancellingTheImportJobThroughItsRunnerWritesNothing()
{
    const auto clerk = addUser("clerk", Role::Caseworker);
    const QString file = m_app->dir.filePath(QStringLiteral("ledger.csv"));
    QVERIFY(writeFile(file, goodLedger()));
    HouseholdsArea area(*m_app->context, clerk);
    area.resize(1200, 800);
    area.show();
    QVERIFY(QTest::qWaitForWindowExposed(&area));
    QPointer<LedgerImportDialog> dialog = openImport(area, file);
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), kWorkerTimeoutMs);
    auto *runner = dialog->findChild<JobRunner *>(QStringLiteral("importJobRunner"));
    QVERIFY(runner);
    auto *importButton = child<QAbstractButton>(dialog, "importButton");
    QVERIFY(importButton->isEnabled());

    QSemaphore reached;
    QSemaphore proceed;
    dialog->setProgressHookForTesting([&](int, int) {
        reached.release();
        (void)proceed.tryAcquire(1, kWorkerTimeoutMs);
    });
    QSignalSpy imported(dialog.data(), &LedgerImportDialog::imported);
    QSignalSpy stages(runner, &JobRunner::stageChanged);
    importButton->click();
    QVERIFY(dialog->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(reached.available() > 0, kWorkerTimeoutMs);
    runner->cancel(); // not the dialog's button
    QVERIFY(runner->cancelRequested());
    // The dialog follows the runner: its Cancel is spent, the stage says so.
    QVERIFY(!child<QAbstractButton>(dialog, "cancelImportButton")->isEnabled());
    QVERIFY(!dialog->cancel());
    proceed.release();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), kWorkerTimeoutMs);
    // The service's stages came through the runner's control.
    QVERIFY(stages.count() > 0);
    QCOMPARE(imported.count(), 0);
    const QString summary = labelText(dialog, "importSummaryLabel");
    QVERIFY2(summary.contains(QStringLiteral("cancelled")) &&
                 summary.contains(QStringLiteral("nothing has been imported")),
             qPrintable(summary));
    QCOMPARE(households(clerk), 0);
    QCOMPARE(ledgerAuditRecords(), 0);
    QVERIFY(importButton->isEnabled());
    QVERIFY(child<QAbstractButton>(dialog, "closeButton")->isEnabled());

    dialog->setProgressHookForTesting({});
    importButton->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), kWorkerTimeoutMs);
    QCOMPARE(imported.count(), 1);
    QCOMPARE(households(clerk), 2);
    QCOMPARE(ledgerAuditRecords(), 1);
}

void LedgerDialogsTest::aLedgerWithBadRowsIsRefusedLineByLine()
{
    const auto clerk = addUser("clerk", Role::Caseworker);
    const QString file = m_app->dir.filePath(QStringLiteral("bad.csv"));
    QVERIFY(writeFile(file, badLedger()));
    HouseholdsArea area(*m_app->context, clerk);
    area.resize(1200, 800);
    area.show();
    QVERIFY(QTest::qWaitForWindowExposed(&area));

    QPointer<LedgerImportDialog> dialog = openImport(area, file);
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), kWorkerTimeoutMs);
    screenshot(dialog, "ledger_import_errors");

    // Every bad line is named, with its column and reason.
    auto *errors = child<QTableWidget>(dialog, "importErrorTable");
    QVERIFY(errors);
    QVERIFY2(errors->isVisible(), qPrintable(labelText(dialog, "importSummaryLabel")));
    std::set<int> lines;
    for (int row = 0; row < errors->rowCount(); ++row) {
        lines.insert(errors->item(row, 0)->text().toInt());
        QVERIFY(!errors->item(row, 3)->text().isEmpty());
    }
    QCOMPARE(lines, (std::set<int> {2, 4, 5}));
    QVERIFY(labelText(dialog, "importSummaryLabel").contains(QStringLiteral("3")));

    // The import is refused: nothing is written, whatever is pressed.
    QVERIFY(!child<QAbstractButton>(dialog, "importButton")->isEnabled());
    dialog->startImport();
    QVERIFY(!dialog->isBusy());
    QCOMPARE(households(clerk), 0);

    // The error report is saved where the user says (Qt's own file dialog offscreen).
    const QString report = m_app->dir.filePath(QStringLiteral("bad-errors.csv"));
    click(dialog, "saveErrorReportButton");
    auto *files = dialog->findChild<QFileDialog *>(QStringLiteral("errorReportFileDialog"));
    QVERIFY(files);
    QVERIFY(files->isVisible());
    files->selectFile(report);
    static_cast<QDialog *>(files)->accept(); // QFileDialog::accept, as its Save button does
    flushDeletes();
    const QByteArray saved = readFile(report);
    QVERIFY2(saved.startsWith("\xEF\xBB\xBF"), saved.left(40).constData()); // UTF-8 with BOM
    const QList<QByteArray> savedLines = saved.mid(3).split('\n');
    QCOMPARE(savedLines.size(), 1 + 3 + 1); // header, three errors, the last CRLF
    QVERIFY(savedLines[1].startsWith("2,"));
    QVERIFY(savedLines[2].startsWith("4,"));
    QVERIFY(savedLines[3].startsWith("5,"));
    QVERIFY(labelText(dialog, "importSummaryLabel").contains(QStringLiteral("bad-errors.csv")));
    QCOMPARE(households(clerk), 0);
}

void LedgerDialogsTest::theExportWritesTheMaskedLedger()
{
    const auto clerk = addUser("clerk", Role::Caseworker);
    auto imported = m_app->context->ledger().importLedger(clerk, goodLedger(), "ledger.csv");
    QVERIFY(imported.ok());
    QVERIFY(imported->committed);
    // A statistician: masked numbers only.
    const auto statistician = addUser("stats", Role::Statistician);
    HouseholdsArea area(*m_app->context, statistician);
    area.show();
    click(area.listPage(), "exportHouseholdsButton");
    QPointer<ExportHouseholdsDialog> dialog = area.listPage()->findChild<ExportHouseholdsDialog *>(
        QStringLiteral("exportHouseholdsDialog"));
    QVERIFY(dialog);
    // The export runs on the shared JobRunner with a connection from the factory.
    QVERIFY(dialog->findChild<JobRunner *>());
    QVERIFY(dialog->isVisible());
    QVERIFY(!child<QCheckBox>(dialog, "unmaskedCheck")->isEnabled());
    // A file name is suggested; the user types another.
    QVERIFY(child<QLineEdit>(dialog, "exportFileEdit")->text().endsWith(QStringLiteral(".csv")));
    screenshot(dialog, "export_households");
    const QString path = m_app->dir.filePath(QStringLiteral("households.csv"));
    typeInto(dialog, "exportFileEdit", path);
    QSignalSpy exported(dialog.data(), &ExportHouseholdsDialog::exportFinished);
    click(dialog, "saveButton");
    // Written on the worker: busy meanwhile, and the dialog stays until it ends.
    QVERIFY(dialog->isBusy());
    QVERIFY(dialog->isVisible());
    QVERIFY(child<QProgressBar>(dialog, "exportProgress")->isVisible());
    QVERIFY(!child<QAbstractButton>(dialog, "saveButton")->isEnabled());
    dialog->reject(); // refused while busy
    QVERIFY(dialog->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, kWorkerTimeoutMs);
    QVERIFY(exported.at(0).at(0).toBool());
    QTRY_VERIFY(!dialog || !dialog->isVisible()); // it closes itself (and is deleted)

    const QByteArray written = readFile(path);
    QVERIFY(written.startsWith("\xEF\xBB\xBF"));
    const QList<QByteArray> lines = written.mid(3).split('\n');
    QVERIFY(lines.size() >= 5);
    QVERIFY2(lines[0].startsWith("household_no,relation,name,id_number,"), lines[0].constData());
    QVERIFY(lines[1].startsWith("L001,head,"));
    QVERIFY(written.contains("110105********002X"));
    QVERIFY(!written.contains(kHeadId));
    QVERIFY(written.contains("***************0128"));
    QVERIFY(!written.contains(kGoodAccount));
    // Exactly the service's masked export.
    auto expected = m_app->context->ledger().exportCsv(
        &m_admin, services::LedgerExportKind::Households, services::CsvTarget::File, false, false);
    QVERIFY(expected.ok());
    QCOMPARE(written, QByteArray::fromStdString(*expected));
    closeMessageBoxes();

    // Replacing a file asks for a second press.
    click(area.listPage(), "exportHouseholdsButton");
    QPointer<ExportHouseholdsDialog> again = area.listPage()->findChild<ExportHouseholdsDialog *>(
        QStringLiteral("exportHouseholdsDialog"));
    QVERIFY(again);
    auto *kind = child<QComboBox>(again, "exportKindCombo");
    kind->setCurrentIndex(kind->findData(static_cast<int>(services::LedgerExportKind::Persons)));
    typeInto(again, "exportFileEdit", path);
    click(again, "saveButton");
    QVERIFY(again->isVisible());
    QVERIFY(labelText(again, "errorLabel").contains(QStringLiteral("households.csv")));
    QCOMPARE(readFile(path), written);
    QSignalSpy replaced(again.data(), &ExportHouseholdsDialog::exportFinished);
    click(again, "saveButton");
    QTRY_COMPARE_WITH_TIMEOUT(replaced.count(), 1, kWorkerTimeoutMs);
    QVERIFY(replaced.at(0).at(0).toBool());
    QTRY_VERIFY(!again || !again->isVisible());
    QVERIFY(readFile(path) != written);
    QVERIFY(readFile(path).contains("李建国"));
    closeMessageBoxes();

    // A file that cannot be written: the problem is shown and the dialog stays.
    click(area.listPage(), "exportHouseholdsButton");
    QPointer<ExportHouseholdsDialog> failing = area.listPage()->findChild<ExportHouseholdsDialog *>(
        QStringLiteral("exportHouseholdsDialog"));
    QVERIFY(failing);
    typeInto(failing, "exportFileEdit",
             m_app->dir.filePath(QStringLiteral("no-such-folder/households.csv")));
    QSignalSpy refused(failing.data(), &ExportHouseholdsDialog::exportFinished);
    click(failing, "saveButton");
    QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 1, kWorkerTimeoutMs);
    QVERIFY(!refused.at(0).at(0).toBool());
    QVERIFY(failing->isVisible());
    QVERIFY(!failing->isBusy());
    QVERIFY(child<QAbstractButton>(failing, "saveButton")->isEnabled());
    QVERIFY2(labelText(failing, "errorLabel").contains(QStringLiteral("could not be written")),
             qPrintable(labelText(failing, "errorLabel")));

    // The database's own files are refused (defect 6): the database stays.
    const QString dbWal = m_app->context->databasePath() + QStringLiteral("-wal");
    typeInto(failing, "exportFileEdit", dbWal);
    click(failing, "saveButton");
    if (failing->isVisible() && !failing->isBusy() && refused.count() == 1)
        click(failing, "saveButton"); // the file exists: a second press confirms
    QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 2, kWorkerTimeoutMs);
    QVERIFY(!refused.at(1).at(0).toBool());
    QVERIFY2(labelText(failing, "errorLabel").contains(QStringLiteral("open database")),
             qPrintable(labelText(failing, "errorLabel")));
    QVERIFY(households(m_admin) > 0);
    failing->reject();
}

void LedgerDialogsTest::communitiesAndInstitutionsAreKeptByTheAdministrator()
{
    // An administrator without a case role (the first account holds every role).
    const auto sysadmin = addUser("sysadmin", Role::Admin);
    QVERIFY(sysadmin.userId > 0);
    AdministrationPage admin(*m_app->context, sysadmin);
    admin.resize(1200, 700);
    admin.show();
    QVERIFY(QTest::qWaitForWindowExposed(&admin));
    auto *tabs = child<QTabWidget>(&admin, "administrationTabs");
    auto *communities = child<CommunitiesPage>(&admin, "communitiesPage");
    QVERIFY(communities);
    tabs->setCurrentWidget(communities);
    auto *communityTable = child<QTableWidget>(communities, "communityTable");
    const auto communityName = [this](const std::string &code) {
        auto list = m_app->context->registry().communities(m_admin);
        for (const auto &c : list.ok() ? *list : std::vector<storage::CommunityRecord> {})
            if (c.code == code)
                return c.name;
        return std::string();
    };
    QCOMPARE(communityTable->rowCount(), 2);

    // A new community.
    typeInto(communities, "communityCodeEdit", QStringLiteral("gm"));
    typeInto(communities, "communityNameEdit", QStringLiteral("光明社区"));
    click(communities, "saveCommunityButton");
    QCOMPARE(communityTable->rowCount(), 3);
    QCOMPARE(communityName("GM"), std::string("光明社区"));
    QVERIFY(!child<QLabel>(communities, "fieldError_code")->isVisible());

    // Renamed, with its code changed.
    QCOMPARE(child<QLineEdit>(communities, "communityCodeEdit")->text(), QStringLiteral("GM"));
    typeInto(communities, "communityCodeEdit", QStringLiteral("GMS"));
    typeInto(communities, "communityNameEdit", QStringLiteral("光明新社区"));
    QTest::keyClick(child<QLineEdit>(communities, "communityNameEdit"), Qt::Key_Return);
    QCOMPARE(communityName("GMS"), std::string("光明新社区"));
    QCOMPARE(communityName("GM"), std::string());
    QCOMPARE(m_app->context->registry().communities(m_admin)->size(), 3u);

    // Another community may not take a code in use: the message is at the field.
    click(communities, "newCommunityButton");
    typeInto(communities, "communityCodeEdit", QStringLiteral("XF"));
    typeInto(communities, "communityNameEdit", QStringLiteral("幸福二社区"));
    click(communities, "saveCommunityButton");
    QVERIFY(child<QLabel>(communities, "fieldError_code")->isVisible());
    QVERIFY(labelText(communities, "fieldError_code").contains(QStringLiteral("XF")));
    QCOMPARE(communityTable->rowCount(), 3);
    screenshot(&admin, "communities_page");

    // An institution: a bad bank account is refused at its field, nothing added.
    auto *institutions = child<InstitutionsPage>(&admin, "institutionsPage");
    QVERIFY(institutions);
    tabs->setCurrentWidget(institutions);
    auto *institutionTable = child<QTableWidget>(institutions, "institutionTable");
    QCOMPARE(institutionTable->rowCount(), 0);
    typeInto(institutions, "institutionNameEdit", QStringLiteral("阳光养老院"));
    auto *kind = child<QComboBox>(institutions, "institutionKindCombo");
    kind->setCurrentIndex(kind->findData(static_cast<int>(InstitutionKind::CareHome)));
    typeInto(institutions, "institutionAddressEdit", QStringLiteral("幸福路100号"));
    typeInto(institutions, "institutionPhoneEdit", QStringLiteral("01062345678"));
    typeInto(institutions, "institutionBankNameEdit", QStringLiteral("农业银行"));
    typeInto(institutions, "institutionBankAccountEdit", QString::fromLatin1(kBadAccount));
    typeInto(institutions, "institutionHolderEdit", QStringLiteral("阳光养老院"));
    click(institutions, "saveInstitutionButton");
    auto *accountError = child<QLabel>(institutions, "fieldError_bank_account");
    QVERIFY(accountError->isVisible());
    QVERIFY(!accountError->text().isEmpty());
    QCOMPARE(QApplication::focusWidget(),
             child<QWidget>(institutions, "institutionBankAccountEdit"));
    QCOMPARE(institutionTable->rowCount(), 0);
    QCOMPARE(m_app->context->registry().institutions(m_admin)->size(), 0u);
    screenshot(&admin, "institutions_page_error");

    typeInto(institutions, "institutionBankAccountEdit", QString::fromLatin1(kGoodAccount));
    click(institutions, "saveInstitutionButton");
    QVERIFY(!accountError->isVisible());
    QCOMPARE(institutionTable->rowCount(), 1);
    auto stored = m_app->context->registry().institutions(m_admin); // full numbers
    QCOMPARE(stored->size(), 1u);
    QCOMPARE(stored->front().name, std::string("阳光养老院"));
    QCOMPARE(stored->front().bankAccount, std::string(kGoodAccount));
    // An administrator without a case role sees the account masked.
    QCOMPARE(institutionTable->item(0, 4)->text(), QStringLiteral("***************0128"));
    QVERIFY(!institutionTable->item(0, 4)->text().contains(QString::fromLatin1(kGoodAccount)));

    // Editing it: the masked number is not shown in the field, and leaving the
    // field empty keeps the account on file.
    institutionTable->selectRow(0);
    QCOMPARE(child<QLineEdit>(institutions, "institutionBankAccountEdit")->text(), QString());
    typeInto(institutions, "institutionPhoneEdit", QStringLiteral("01062345679"));
    click(institutions, "saveInstitutionButton");
    QVERIFY(!accountError->isVisible());
    stored = m_app->context->registry().institutions(m_admin);
    QCOMPARE(stored->front().phone, std::string("01062345679"));
    QCOMPARE(stored->front().bankAccount, std::string(kGoodAccount));
    // A bad new number is still refused at its field.
    institutionTable->selectRow(0);
    typeInto(institutions, "institutionBankAccountEdit", QString::fromLatin1(kBadAccount));
    click(institutions, "saveInstitutionButton");
    QVERIFY(accountError->isVisible());
    QCOMPARE(m_app->context->registry().institutions(m_admin)->front().bankAccount,
             std::string(kGoodAccount));
    screenshot(&admin, "institutions_page");
}

// The household dialog (now a Designer form): a new household's head form sits
// between the household's fields and the buttons; editing keeps the last review
// date, and a household of a community no longer in use keeps its community.
void LedgerDialogsTest::theHouseholdDialogKeepsWhatItDoesNotShow()
{
    const auto clerk = addUser("clerk", Role::Caseworker);
    auto &registry = m_app->context->registry();
    services::NewHousehold input;
    input.household.communityId = 2; // 和平社区
    input.household.address = "和平街9号";
    input.household.lastReviewDate = *Date::parse("2025-06-30");
    services::MemberInput head;
    head.person.name = "赵六";
    head.person.idNumber = makeId("110105", "19400101", 31);
    head.relation = Relation::Head;
    input.members.push_back(head);
    auto created = registry.createHousehold(clerk, input);
    QVERIFY2(created.ok(), created.ok() ? "" : created.error().message.c_str());
    QVERIFY(registry.updateCommunity(m_admin, 2, {"HP", "和平社区", false}).ok());

    HouseholdDialog fresh(*m_app->context, clerk);
    fresh.show();
    QVERIFY(QTest::qWaitForWindowExposed(&fresh));
    // Only communities in use are offered for a new household.
    QCOMPARE(child<QComboBox>(&fresh, "communityCombo")->count(), 1);
    QVERIFY(child<QWidget>(&fresh, "memberNameEdit"));
    // Tab order: the household's fields, the head's, then the buttons.
    QWidget *last = child<QWidget>(&fresh, "lastReviewEdit");
    QWidget *next = last->nextInFocusChain();
    while (next && (last->isAncestorOf(next) || !(next->focusPolicy() & Qt::TabFocus)))
        next = next->nextInFocusChain();
    QVERIFY(next);
    QVERIFY2(child<QWidget>(&fresh, "headScroll")->isAncestorOf(next),
             qPrintable(next->objectName()));
    screenshot(&fresh, "household_dialog_new");
    fresh.reject();

    auto view = registry.household(clerk, *created);
    QVERIFY(view.ok());
    HouseholdDialog edit(*m_app->context, clerk, *view);
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    QCOMPARE(edit.objectName(), QStringLiteral("editHouseholdDialog"));
    auto *community = child<QComboBox>(&edit, "communityCombo");
    QCOMPARE(community->currentData().toLongLong(), 2);
    QVERIFY(child<QCheckBox>(&edit, "reviewedCheck")->isChecked());
    QCOMPARE(child<QDateEdit>(&edit, "lastReviewEdit")->date(), QDate(2025, 6, 30));
    QVERIFY(!child<QWidget>(&edit, "headBox")->isVisible());
    screenshot(&edit, "household_dialog_edit");
    typeInto(&edit, "householdPhoneEdit", QStringLiteral("13900000000"));
    click(&edit, "saveButton");
    QVERIFY2(!edit.isVisible(), qPrintable(labelText(&edit, "errorLabel")));
    view = registry.household(clerk, *created);
    QCOMPARE(view->household.phone, std::string("13900000000"));
    QCOMPARE(view->household.communityId, 2);
    QVERIFY(view->household.lastReviewDate.has_value());
    QCOMPARE(view->household.lastReviewDate->toString(), std::string("2025-06-30"));
}

// v1.1 §4: the dialog lists the communities the file names that are not on the
// list, with proposed codes; an administrator who checks the box has them created
// by the import, in its transaction.
void LedgerDialogsTest::unknownCommunitiesAreListedAndCreatedByTheImport()
{
    const std::string password = "Staff-pass-2025";
    QVERIFY(m_app->context->accounts()
                .addUser(m_admin, {"chief", "陈主任", {Role::Caseworker, Role::Admin}, password})
                .ok());
    const auto chief = m_app->context->accounts().login("chief", password);
    QVERIFY(chief.ok());
    std::string ledger = goodLedger();
    ledger.replace(ledger.find("和平社区"), std::string("和平社区").size(), "青年路社区");
    const QString file = m_app->dir.filePath(QStringLiteral("unknown.csv"));
    QVERIFY(writeFile(file, ledger));
    HouseholdsArea area(*m_app->context, *chief);
    area.resize(1200, 800);
    area.show();
    QVERIFY(QTest::qWaitForWindowExposed(&area));

    QPointer<LedgerImportDialog> dialog = openImport(area, file);
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), kWorkerTimeoutMs);
    auto *label = child<QLabel>(dialog, "unknownCommunitiesLabel");
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().contains(QStringLiteral("青年路社区")), qPrintable(label->text()));
    QVERIFY2(label->text().contains(QStringLiteral("LC01")), qPrintable(label->text()));
    auto *create = child<QCheckBox>(dialog, "createCommunitiesCheck");
    QVERIFY(create->isVisible());
    QVERIFY(!child<QAbstractButton>(dialog, "importButton")->isEnabled());

    create->setChecked(true); // previews again, the community to be created
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), kWorkerTimeoutMs);
    auto *importButton = child<QAbstractButton>(dialog, "importButton");
    QVERIFY2(importButton->isEnabled(), qPrintable(labelText(dialog, "importSummaryLabel")));
    importButton->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), kWorkerTimeoutMs);
    QCOMPARE(households(*chief), 2);
    storage::Statement st(m_app->context->database(),
                          "SELECT count(*) FROM communities WHERE name = '青年路社区'");
    QVERIFY(st.step());
    QCOMPARE(st.int64(0), 1);
    click(dialog, "closeButton");
}

QTEST_MAIN(LedgerDialogsTest)
#include "ledger_dialogs_test.moc"
