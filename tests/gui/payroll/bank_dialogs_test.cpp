// The bank on the payroll page (issue 12 §2/§3) through the real widgets on a real
// database: October's roll (two households, dibao 500.00 and 300.00) locked; the
// bank files written into a temporary folder in the background and listed; the
// bank's result file previewed (an unmatched row listed, nothing recorded) and
// applied (the roll reconciled); a file with a bad amount shows the row and cannot
// be applied; a failed payment listed and its account confirmed (ready for the
// next roll); a statistician offered neither export nor import.

#include "gui/gui_test_support.h"

#include "gui/payroll/bank_display.h"
#include "gui/payroll/bank_export_dialog.h"
#include "gui/payroll/bank_result_dialog.h"
#include "gui/payroll/failed_payments_dialog.h"
#include "gui/payroll/payroll_page.h"
#include "gui/payroll/reason_dialog.h"
#include "gui/widgets/error_label.h"

#include "domain/bank_account.h"
#include "domain/id_number.h"
#include "services/bank/bank_service.h"
#include "services/payroll/payroll_service.h"
#include "services/registry/registry_service.h"
#include "storage/registry/case_repository.h"

#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>

using namespace relief;
using namespace relief::gui;
using namespace relief::gui::test;

namespace {

std::string account(int n)
{
    const std::string s = "622848040256489" + std::to_string(100 + n);
    return s + BankAccount::luhnCheckDigit(s);
}

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

void writeFile(const QString &path, const std::string &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes.data(), static_cast<qint64>(bytes.size())),
             static_cast<qint64>(bytes.size()));
}

void selectTemplate(QDialog *dialog, const char *id)
{
    auto *combo = child<QComboBox>(dialog, "templateCombo");
    QVERIFY(combo);
    const int i = combo->findData(QString::fromLatin1(id));
    QVERIFY2(i >= 0, id);
    combo->setCurrentIndex(i);
}

} // namespace

class BankDialogsTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void exportWritesTheFilesAndListsThem();
    void previewShowsTheUnmatchedRowThenApplyReconciles();
    void aBadAmountIsShownAndCannotBeApplied();
    void aFailedPaymentIsConfirmed();
    void aStatisticianIsOfferedNeitherExportNorImport();

private:
    services::Session addUser(const char *name, RoleSet roles);
    std::int64_t household(int n, std::int64_t fen);
    void runMonth(const char *month);
    void exportOctober();
    std::unique_ptr<PayrollPage> page(const services::Session &session);
    // Clicks `button` of `dialog` and waits for the page's job.
    void runJob(PayrollPage *page, QDialog *dialog, const char *button, const char *progress);

    QTemporaryDir m_settings;
    std::unique_ptr<TestApp> m_app;
    services::Session m_admin, m_wang, m_zhao, m_qian;
    std::int64_t m_community = 0;
    static constexpr const char *kPassword = "user-pass-12";
    const YearMonth m_october = *YearMonth::parse("2025-10");
};

void BankDialogsTest::initTestCase()
{
    isolateSettings(m_settings.path());
}

services::Session BankDialogsTest::addUser(const char *name, RoleSet roles)
{
    auto added = m_app->context->accounts().addUser(m_admin, {name, name, roles, kPassword});
    if (!added.ok())
        return {};
    auto session = m_app->context->accounts().login(name, kPassword);
    return session.ok() ? *session : services::Session {};
}

std::int64_t BankDialogsTest::household(int n, std::int64_t fen)
{
    services::NewHousehold h;
    h.household.communityId = m_community;
    h.household.address = "幸福路" + std::to_string(n) + "号";
    h.household.area = Area::Urban;
    h.household.bankName = "农业银行";
    h.household.bankAccount = account(n);
    h.household.accountHolder = "张" + std::to_string(n);
    services::MemberInput head;
    head.person.name = "张" + std::to_string(n);
    const std::string body = "1101051970010100" + std::to_string(n);
    head.person.idNumber = body + std::string(1, IdNumber::checkCharacter(body));
    head.relation = Relation::Head;
    h.members = {head};
    auto id = m_app->context->registry().createHousehold(m_wang, h);
    if (!id.ok()) {
        qWarning("%s", id.error().message.c_str());
        return 0;
    }
    storage::CaseRepository cases(*m_app->db);
    storage::CaseRecord c;
    c.householdId = *id;
    c.programme = CaseProgramme::Dibao;
    c.source = CaseSource::Ledger;
    c.createdAt = m_app->clock.isoUtc();
    c.createdBy = "wang";
    storage::DecisionRecord d;
    d.caseId = cases.insertCase(c);
    d.effectiveMonth = *YearMonth::parse("2025-01");
    d.amount = Money::fromFen(fen);
    d.persons = {1};
    d.decidedOn = *Date::parse("2025-01-10");
    d.decidedBy = "wang";
    d.createdAt = m_app->clock.isoUtc();
    cases.insertDecision(d);
    return *id;
}

void BankDialogsTest::init()
{
    m_app = makeApp(true);
    QVERIFY(m_app);
    m_admin = adminSession(*m_app);
    m_wang = addUser("wang", {Role::Caseworker});
    m_zhao = addUser("zhao", {Role::Supervisor});
    m_qian = addUser("qian", {Role::Supervisor});
    QVERIFY(m_qian.userId != 0);
    auto community = m_app->context->registry().addCommunity(m_admin, {"XF", "幸福社区", true});
    QVERIFY(community.ok());
    m_community = *community;
    QVERIFY(household(1, 50000));
    QVERIFY(household(2, 30000));
    m_app->clock.advance(std::chrono::minutes(1));
    runMonth("2025-10");
}

void BankDialogsTest::cleanup()
{
    flushDeletes();
    m_app.reset();
}

void BankDialogsTest::runMonth(const char *month)
{
    auto &payroll = m_app->context->payroll();
    const auto m = *YearMonth::parse(month);
    auto g = payroll.generate(m_wang, m);
    QVERIFY2(g.ok(), g.ok() ? "" : g.error().message.c_str());
    m_app->clock.advance(std::chrono::minutes(1));
    QVERIFY(payroll.submit(m_wang, m).ok());
    auto a = payroll.approve(m_zhao, m);
    QVERIFY2(a.ok(), a.ok() ? "" : a.error().message.c_str());
    QVERIFY(payroll.lock(m_zhao, m).ok());
    m_app->clock.advance(std::chrono::minutes(1));
}

void BankDialogsTest::exportOctober()
{
    auto e = m_app->context->bank().exportRoll(
        m_wang, m_october, "generic-csv",
        m_app->dir.filePath(QStringLiteral("sent")).toStdString());
    QVERIFY2(e.ok(), e.ok() ? "" : e.error().message.c_str());
    QCOMPARE(e->payments, 2);
}

std::unique_ptr<PayrollPage> BankDialogsTest::page(const services::Session &session)
{
    auto p = std::make_unique<PayrollPage>(*m_app->context, session);
    p->setMonth(m_october);
    p->resize(1366, 700);
    p->show();
    return p;
}

void BankDialogsTest::runJob(PayrollPage *page, QDialog *dialog, const char *button,
                             const char *progress)
{
    click(dialog, button);
    // In the background, behind a progress dialog over the dialog.
    QVERIFY(page->isBusy());
    QPointer<QProgressDialog> p =
        dialog->findChild<QProgressDialog *>(QString::fromLatin1(progress));
    QVERIFY2(p, progress);
    QVERIFY(!child<QPushButton>(page, "exportBankButton")->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 30000);
    QVERIFY(!p || !p->isVisible());
    flushDeletes();
}

void BankDialogsTest::exportWritesTheFilesAndListsThem()
{
    auto p = page(m_wang);
    auto *button = child<QPushButton>(p.get(), "exportBankButton");
    QVERIFY(button && !button->isHidden());
    QVERIFY2(button->isEnabled(), qPrintable(button->toolTip()));
    // The state label is not cut off at 1366 px.
    auto *state = child<QLabel>(p.get(), "stateLabel");
    QVERIFY2(
        state->width() >= state->sizeHint().width(),
        qPrintable(QStringLiteral("%1 < %2").arg(state->width()).arg(state->sizeHint().width())));
    screenshot(p.get(), "bank-01-page-locked");

    button->click();
    auto *dialog = p->findChild<BankExportDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    selectTemplate(dialog, "generic-csv");
    const QString folder = m_app->dir.filePath(QStringLiteral("bank-out"));
    dialog->setFolder(folder);
    screenshot(dialog, "bank-02-export-dialog");
    runJob(p.get(), dialog, "exportButton", "bankExportProgressDialog");

    auto *files = child<QTableWidget>(dialog, "filesTable");
    QVERIFY2(!files->isHidden(), qPrintable(labelText(dialog, "errorLabel")));
    QCOMPARE(files->rowCount(), 1); // one programme
    QCOMPARE(files->item(0, 0)->text(), QStringLiteral("2025-10_dibao_1.csv"));
    QCOMPARE(files->item(0, 1)->text(), BankDisplay::programme("dibao"));
    QCOMPARE(files->item(0, 2)->text(), QStringLiteral("2"));
    QCOMPARE(files->item(0, 3)->text(), QStringLiteral("800.00"));
    QVERIFY(QFile::exists(QDir(folder).filePath(QStringLiteral("2025-10_dibao_1.csv"))));
    QVERIFY(labelText(dialog, "summaryLabel").contains(QStringLiteral("800.00")));
    QCOMPARE(child<ErrorLabel>(dialog, "errorLabel")->tone(), ErrorLabel::Tone::Success);
    // Remembered for the next time.
    QCOMPARE(QSettings().value(BankDisplay::kExportFolderKey).toString(), folder);
    QCOMPARE(QSettings().value(BankDisplay::kTemplateKey).toString(),
             QStringLiteral("generic-csv"));
    screenshot(dialog, "bank-03-export-done");
    dialog->close();
    flushDeletes();

    // The next dialog starts where this one ended.
    button->click();
    dialog = p->findChild<BankExportDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->folder(), folder);
    QCOMPARE(dialog->templateId(), QStringLiteral("generic-csv"));
    dialog->close();
    flushDeletes();

    // A month without a locked roll: disabled, with the reason.
    p->setMonth(*YearMonth::parse("2025-12"));
    QVERIFY(!button->isEnabled());
    QVERIFY(!button->toolTip().isEmpty());
    QVERIFY(!child<QPushButton>(p.get(), "importResultsButton")->isEnabled());
    QVERIFY(!p->openBankExport());
}

void BankDialogsTest::previewShowsTheUnmatchedRowThenApplyReconciles()
{
    exportOctober();
    const QString path = m_app->dir.filePath(QStringLiteral("回盘.csv"));
    writeFile(path,
              "银行账号,金额,处理结果,失败原因\n" + account(1) + ",500.00,成功,\n" + account(2) +
                  ",300.00,成功,\n" + "6228480402564899999,100.00,成功,\n");
    auto p = page(m_wang);
    auto *button = child<QPushButton>(p.get(), "importResultsButton");
    QVERIFY(button && !button->isHidden() && button->isEnabled());
    button->click();
    auto *dialog = p->findChild<BankResultDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    // As wide as it opens on the office's 1366 px screens (the test screen is 800 px).
    dialog->resize(960, dialog->height());
    auto *apply = child<QPushButton>(dialog, "applyButton");
    QVERIFY(!apply->isEnabled()); // preview first
    dialog->setFile(path);
    selectTemplate(dialog, "generic-csv");
    screenshot(dialog, "bank-04-import-dialog");
    runJob(p.get(), dialog, "previewButton", "bankResultProgressDialog");

    QVERIFY2(dialog->report(), qPrintable(labelText(dialog, "errorLabel")));
    QCOMPARE(labelText(dialog, "rowsValue"), QStringLiteral("3"));
    QCOMPARE(labelText(dialog, "headerRowValue"), QStringLiteral("1"));
    QCOMPARE(labelText(dialog, "encodingValue"), QStringLiteral("UTF-8"));
    QCOMPARE(labelText(dialog, "paidValue"), QStringLiteral("2"));
    QCOMPARE(labelText(dialog, "failedValue"), QStringLiteral("0"));
    QCOMPARE(labelText(dialog, "changedValue"), QStringLiteral("2"));
    QCOMPARE(labelText(dialog, "reconciledValue"), BankResultDialog::tr("Yes"));
    QVERIFY(child<QGroupBox>(dialog, "errorsBox")->isHidden());
    QVERIFY(!child<QGroupBox>(dialog, "unmatchedBox")->isHidden());
    auto *unmatched = child<QTableWidget>(dialog, "unmatchedTable");
    QCOMPARE(unmatched->rowCount(), 1);
    QCOMPARE(unmatched->item(0, 0)->text(), QStringLiteral("4"));
    QCOMPARE(unmatched->item(0, 1)->text(), QStringLiteral("6228480402564899999"));
    QCOMPARE(unmatched->item(0, 2)->text(), QStringLiteral("100.00"));
    QVERIFY(!unmatched->item(0, 5)->text().isEmpty()); // why
    QVERIFY(apply->isEnabled());
    // Only a preview: the roll is as it was.
    QCOMPARE(p->overview()->roll.state, payroll::RollState::Locked);
    screenshot(dialog, "bank-05-import-preview");

    // Another choice asks for a new preview.
    auto *programme = child<QComboBox>(dialog, "programmeCombo");
    programme->setCurrentIndex(1);
    QVERIFY(!apply->isEnabled());
    programme->setCurrentIndex(0);
    runJob(p.get(), dialog, "previewButton", "bankResultProgressDialog");
    QVERIFY(apply->isEnabled());

    runJob(p.get(), dialog, "applyButton", "bankResultProgressDialog");
    QVERIFY(dialog->report() && dialog->report()->applied);
    QCOMPARE(child<ErrorLabel>(dialog, "errorLabel")->tone(), ErrorLabel::Tone::Success);
    QVERIFY(!apply->isEnabled());
    QCOMPARE(p->overview()->roll.state, payroll::RollState::Reconciled);
    QCOMPARE(child<ErrorLabel>(p.get(), "messageLabel")->tone(), ErrorLabel::Tone::Success);
    screenshot(dialog, "bank-06-import-applied");
    dialog->close();
    flushDeletes();
    screenshot(p.get(), "bank-07-page-reconciled");
    // A reconciled roll still takes a corrected result file.
    QVERIFY(button->isEnabled());

    // The bank has answered: no new files (the service refuses them too, see
    // bank_reconcile_test), the reason on the disabled button.
    auto *exportButton = child<QPushButton>(p.get(), "exportBankButton");
    QVERIFY(!exportButton->isEnabled());
    QCOMPARE(exportButton->toolTip(),
             PayrollPage::tr("The bank's results for this roll have been read: failed payments "
                             "are paid again by the next roll, not by a new file."));
}

void BankDialogsTest::aBadAmountIsShownAndCannotBeApplied()
{
    exportOctober();
    const QString path = m_app->dir.filePath(QStringLiteral("bad.csv"));
    writeFile(path,
              "银行账号,金额,处理结果,失败原因\n" + account(1) + ",500.00,成功,\n" + account(2) +
                  ",三百,成功,\n");
    auto p = page(m_zhao);
    auto *dialog = p->openBankResults();
    QVERIFY(dialog);
    dialog->setFile(path);
    selectTemplate(dialog, "generic-csv");
    runJob(p.get(), dialog, "previewButton", "bankResultProgressDialog");
    QVERIFY(!child<QGroupBox>(dialog, "errorsBox")->isHidden());
    auto *errors = child<QTableWidget>(dialog, "errorsTable");
    QCOMPARE(errors->rowCount(), 1);
    QCOMPARE(errors->item(0, 0)->text(), QStringLiteral("3"));
    QCOMPARE(errors->item(0, 1)->text(), QStringLiteral("金额"));
    QVERIFY(!errors->item(0, 2)->text().isEmpty());
    QVERIFY(!child<QPushButton>(dialog, "applyButton")->isEnabled());
    QVERIFY(!dialog->canApply());
    QCOMPARE(child<ErrorLabel>(dialog, "errorLabel")->tone(), ErrorLabel::Tone::Error);
    QCOMPARE(p->overview()->roll.state, payroll::RollState::Locked);
    screenshot(dialog, "bank-08-import-bad-row");

    // A file that is not there, and one too large, are refused before any job.
    dialog->setFile(m_app->dir.filePath(QStringLiteral("none.csv")));
    click(dialog, "previewButton");
    QVERIFY(!p->isBusy());
    QCOMPARE(child<ErrorLabel>(dialog, "errorLabel")->tone(), ErrorLabel::Tone::Error);
    QVERIFY(child<QGroupBox>(dialog, "errorsBox")->isHidden()); // the old report is gone
    const QString huge = m_app->dir.filePath(QStringLiteral("huge.csv"));
    {
        QFile f(huge);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(BankResultDialog::kMaxFileBytes + 1)); // sparse: nothing written
    }
    dialog->setFile(huge);
    click(dialog, "previewButton");
    QVERIFY(!p->isBusy());
    QVERIFY2(labelText(dialog, "errorLabel").contains(QStringLiteral("huge.csv")),
             qPrintable(labelText(dialog, "errorLabel")));
}

void BankDialogsTest::aFailedPaymentIsConfirmed()
{
    exportOctober();
    services::ReconcileOptions o;
    o.fileName = "回盘.csv";
    auto r = m_app->context->bank().reconcile(m_wang, m_october, "generic-csv",
                                              "银行账号,金额,处理结果,失败原因\n" + account(1) +
                                                  ",500.00,成功,\n" + account(2) +
                                                  ",300.00,失败,账户冻结\n",
                                              o);
    QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
    QCOMPARE(r->failed, 1);

    auto p = page(m_wang);
    click(p.get(), "failedPaymentsButton");
    auto *dialog = p->findChild<FailedPaymentsDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    dialog->resize(1000, 520); // as on a 1366 px screen
    auto *table = child<QTableWidget>(dialog, "failedTable");
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("2025-10"));
    QCOMPARE(table->item(0, 1)->text(), BankDisplay::programme("dibao"));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("XF00002"));
    QCOMPARE(table->item(0, 4)->text(), q(account(2))); // a caseworker sees it
    QCOMPARE(table->item(0, 5)->text(), QStringLiteral("300.00"));
    QCOMPARE(table->item(0, 6)->text(), QStringLiteral("账户冻结"));
    QCOMPARE(table->item(0, 7)->text(), BankDisplay::failedStatus("waiting"));
    auto *confirm = child<QPushButton>(dialog, "confirmButton");
    QVERIFY(!confirm->isHidden());
    QVERIFY(!confirm->isEnabled()); // nothing selected
    table->selectRow(0);
    QVERIFY(confirm->isEnabled());
    screenshot(dialog, "bank-09-failed-payments");
    confirm->click();
    auto *note = dialog->findChild<ReasonDialog *>(QStringLiteral("confirmAccountDialog"));
    QVERIFY(note && note->isVisible());
    // The note is required: the service's refusal shows in the note's dialog.
    click(note, "okButton");
    QVERIFY(note->isVisible());
    QVERIFY(!note->errorText().isEmpty());
    screenshot(note, "bank-09b-confirm-note-refused");
    note->setReason(QStringLiteral("银行已解除冻结"));
    click(note, "okButton");
    flushDeletes();
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 7)->text(), BankDisplay::failedStatus("ready"));
    QCOMPARE(child<ErrorLabel>(dialog, "errorLabel")->tone(), ErrorLabel::Tone::Success);
    table->selectRow(0);
    QVERIFY(!confirm->isEnabled()); // confirmed already
    screenshot(dialog, "bank-10-failed-confirmed");

    // A statistician reads the list, the account masked, and confirms nothing.
    const auto tong = addUser("tong", {Role::Statistician});
    FailedPaymentsDialog readOnly(*m_app->context, tong);
    auto *masked = child<QTableWidget>(&readOnly, "failedTable");
    QCOMPARE(masked->rowCount(), 1);
    QVERIFY(masked->item(0, 4)->text() != q(account(2)));
    QVERIFY(child<QPushButton>(&readOnly, "confirmButton")->isHidden());
}

void BankDialogsTest::aStatisticianIsOfferedNeitherExportNorImport()
{
    const auto tong = addUser("tong", {Role::Statistician});
    auto p = page(tong);
    QVERIFY(p->overview());
    QVERIFY(child<QPushButton>(p.get(), "exportBankButton")->isHidden());
    QVERIFY(child<QPushButton>(p.get(), "importResultsButton")->isHidden());
    QVERIFY(!child<QPushButton>(p.get(), "failedPaymentsButton")->isHidden());
    QVERIFY(!p->openBankExport());
    QVERIFY(!p->openBankResults());
    screenshot(p.get(), "bank-11-statistician");
}

QTEST_MAIN(BankDialogsTest)
#include "bank_dialogs_test.moc"
