// The price-index and recovery dialogs the payroll page opens: a supervisor enters
// a month's figures (and sees whether they trigger); a recovery found by a roll is
// collected in part by a caseworker and waived by a supervisor.

#include "gui/gui_test_support.h"

#include "gui/payroll/price_index_dialog.h"
#include "gui/payroll/recovery_dialog.h"
#include "gui/widgets/error_label.h"

#include "domain/id_number.h"
#include "services/payroll/payroll_service.h"
#include "services/registry/registry_service.h"
#include "storage/registry/case_repository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGroupBox>
#include <QInputDialog>
#include <QPushButton>
#include <QTableWidget>

using namespace relief;
using namespace relief::gui;
using namespace relief::gui::test;

class PayrollDialogsTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void aSupervisorEntersPriceIndices();
    void aRecoveryIsCollectedInPartThenWaived();

private:
    services::Session addUser(const char *name, RoleSet roles);
    void runMonth(const char *month);

    QTemporaryDir m_settings;
    std::unique_ptr<TestApp> m_app;
    services::Session m_admin, m_wang, m_zhao, m_qian;
    static constexpr const char *kPassword = "user-pass-12";
};

void PayrollDialogsTest::initTestCase()
{
    isolateSettings(m_settings.path());
}

services::Session PayrollDialogsTest::addUser(const char *name, RoleSet roles)
{
    auto added = m_app->context->accounts().addUser(m_admin, {name, name, roles, kPassword});
    if (!added.ok())
        return {};
    auto session = m_app->context->accounts().login(name, kPassword);
    return session.ok() ? *session : services::Session {};
}

void PayrollDialogsTest::init()
{
    m_app = makeApp(true);
    QVERIFY(m_app);
    m_admin = adminSession(*m_app);
    m_wang = addUser("wang", {Role::Caseworker});
    m_zhao = addUser("zhao", {Role::Supervisor});
    m_qian = addUser("qian", {Role::Supervisor});
    QVERIFY(m_qian.userId != 0);
}

void PayrollDialogsTest::cleanup()
{
    flushDeletes();
    m_app.reset();
}

void PayrollDialogsTest::runMonth(const char *month)
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

void PayrollDialogsTest::aSupervisorEntersPriceIndices()
{
    PriceIndexDialog dialog(*m_app->context, m_zhao);
    auto *table = child<QTableWidget>(&dialog, "priceIndexTable");
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 0);
    QVERIFY(!child<QGroupBox>(&dialog, "entryBox")->isHidden());
    child<QDateEdit>(&dialog, "monthEdit")->setDate(QDate(2025, 10, 1));
    // A figure the service refuses shows at its field.
    typeInto(&dialog, "cpiEdit", QStringLiteral("abc"));
    typeInto(&dialog, "foodEdit", QStringLiteral("6.5"));
    child<QPushButton>(&dialog, "saveIndicesButton")->click();
    QCOMPARE(table->rowCount(), 0);
    QVERIFY(!child<QLabel>(&dialog, "fieldError_cpi")->isHidden());
    typeInto(&dialog, "cpiEdit", QStringLiteral("3.6"));
    child<QPushButton>(&dialog, "saveIndicesButton")->click();
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("2025-10"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("3.6"));
    QCOMPARE(table->item(0, 3)->text(), PriceIndexDialog::tr("Triggered")); // 3.6 ≥ 3.5
    QCOMPARE(table->item(0, 4)->text(), QStringLiteral("zhao"));
    QCOMPARE(child<ErrorLabel>(&dialog, "errorLabel")->tone(), ErrorLabel::Tone::Success);

    // A caseworker sees the list, not the form.
    PriceIndexDialog readOnly(*m_app->context, m_wang);
    QVERIFY(child<QGroupBox>(&readOnly, "entryBox")->isHidden());
    QCOMPARE(child<QTableWidget>(&readOnly, "priceIndexTable")->rowCount(), 1);
}

void PayrollDialogsTest::aRecoveryIsCollectedInPartThenWaived()
{
    // One household paid 500.00 a month; October is paid and locked, then a stop
    // effective October is recorded: November's roll finds 500.00 to recover.
    auto &registry = m_app->context->registry();
    auto community = registry.addCommunity(m_admin, {"XF", "幸福社区", true});
    QVERIFY(community.ok());
    services::NewHousehold h;
    h.household.communityId = *community;
    h.household.address = "幸福路1号";
    h.household.area = Area::Urban;
    h.household.bankName = "农业银行";
    h.household.bankAccount = "6222021234567890128";
    h.household.accountHolder = "张三";
    services::MemberInput head;
    head.person.name = "张三";
    head.person.idNumber =
        "11010519700101001" + std::string(1, IdNumber::checkCharacter("11010519700101001"));
    head.relation = Relation::Head;
    h.members = {head};
    auto household = registry.createHousehold(m_wang, h);
    QVERIFY2(household.ok(), household.ok() ? "" : household.error().message.c_str());
    storage::CaseRepository cases(*m_app->db);
    storage::CaseRecord c;
    c.householdId = *household;
    c.programme = CaseProgramme::Dibao;
    c.source = CaseSource::Ledger;
    c.createdAt = m_app->clock.isoUtc();
    c.createdBy = "wang";
    storage::DecisionRecord d;
    d.caseId = cases.insertCase(c);
    d.effectiveMonth = *YearMonth::parse("2025-01");
    d.amount = *Money::parse("500.00");
    d.persons = {1};
    d.decidedOn = *Date::parse("2025-01-10");
    d.decidedBy = "wang";
    d.createdAt = m_app->clock.isoUtc();
    cases.insertDecision(d);
    runMonth("2025-10");
    d.kind = DecisionKind::Stop;
    d.effectiveMonth = *YearMonth::parse("2025-10");
    d.amount = Money();
    d.decidedOn = *Date::parse("2025-09-15");
    d.createdAt = m_app->clock.isoUtc();
    cases.insertDecision(d);
    m_app->clock.advance(std::chrono::minutes(1));
    runMonth("2025-11");

    {
        RecoveryDialog dialog(*m_app->context, m_wang);
        auto *table = child<QTableWidget>(&dialog, "recoveryTable");
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("XF00001"));
        QCOMPARE(table->item(0, 4)->text(), QStringLiteral("2025-10"));
        QCOMPARE(table->item(0, 5)->text(), QStringLiteral("500.00"));
        QCOMPARE(table->item(0, 7)->text(),
                 RecoveryDialog::statusName(services::RecoveryStatus::Open));
        QVERIFY(child<QPushButton>(&dialog, "waiveButton")->isHidden()); // a supervisor's
        auto *receipt = child<QPushButton>(&dialog, "receiptButton");
        QVERIFY(!receipt->isHidden());
        QVERIFY(!receipt->isEnabled()); // nothing selected
        table->selectRow(0);
        QVERIFY(receipt->isEnabled());
        receipt->click();
        auto *form =
            dialog.findChild<RecoveryReceiptDialog *>(QStringLiteral("recoveryReceiptDialog"));
        QVERIFY(form);
        typeInto(form, "receiptAmountEdit", QStringLiteral("200.00"));
        typeInto(form, "receiptNoEdit", QStringLiteral("SJ-001"));
        child<QPushButton>(form, "okButton")->click();
        flushDeletes();
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 6)->text(), QStringLiteral("200.00"));
        QCOMPARE(table->item(0, 7)->text(),
                 RecoveryDialog::statusName(services::RecoveryStatus::Partly));
    }
    {
        RecoveryDialog dialog(*m_app->context, m_zhao);
        auto *table = child<QTableWidget>(&dialog, "recoveryTable");
        table->selectRow(0);
        auto *waive = child<QPushButton>(&dialog, "waiveButton");
        QVERIFY(!waive->isHidden() && waive->isEnabled());
        waive->click();
        auto *ask = dialog.findChild<QInputDialog *>(QStringLiteral("waiveReasonDialog"));
        QVERIFY(ask);
        ask->setTextValue(QStringLiteral("家庭困难，经研究免予追缴"));
        ask->accept();
        flushDeletes();
        // Waived: no longer to collect (the default filter), listed under "All".
        QCOMPARE(table->rowCount(), 0);
        auto *filter = child<QComboBox>(&dialog, "statusFilter");
        filter->setCurrentIndex(1);
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 7)->text(),
                 RecoveryDialog::statusName(services::RecoveryStatus::Waived));
    }
}

QTEST_MAIN(PayrollDialogsTest)
#include "payroll_dialogs_test.moc"
