// The standard-change dialog (提标, DA-4): proposed on a JobRunner from the policy
// page, old → new per case and the monthly difference, approval by a second
// supervisor (the service's four-eyes message to the first).

#include "gui/gui_test_support.h"

#include "gui/payroll/standard_change_dialog.h"
#include "gui/policy/policy_page.h"
#include "gui/widgets/error_label.h"
#include "gui/widgets/job_runner.h"

#include "services/payroll/standard_change_service.h"
#include "services/registry/registry_service.h"
#include "storage/registry/case_repository.h"

#include "domain/id_number.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>

using namespace relief;
using namespace relief::gui;
using namespace relief::gui::test;

class StandardChangeDialogTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void thePolicyPageOffersItAndTheBatchIsProposed();
    void theProposerIsRefusedASecondSupervisorApproves();
    void aCaseworkerSeesNoApprove();

private:
    services::Session addUser(const char *name, RoleSet roles);
    StandardChangeDialog *waitForDialog(QWidget *parent);

    QTemporaryDir m_settings;
    std::unique_ptr<TestApp> m_app;
    services::Session m_admin, m_wang, m_zhao, m_qian;
    std::int64_t m_setId = 0;
    std::int64_t m_case = 0;
    static constexpr const char *kPassword = "user-pass-12";
};

void StandardChangeDialogTest::initTestCase()
{
    isolateSettings(m_settings.path());
}

services::Session StandardChangeDialogTest::addUser(const char *name, RoleSet roles)
{
    auto added = m_app->context->accounts().addUser(m_admin, {name, name, roles, kPassword});
    if (!added.ok())
        return {};
    auto session = m_app->context->accounts().login(name, kPassword);
    return session.ok() ? *session : services::Session {};
}

// An office with one dibao couple paid 1660.00 (2 × 830) and a set of 2026-01-01
// with the urban standard at 900.00: the batch raises the case by 140.00.
void StandardChangeDialogTest::init()
{
    m_app = makeApp(true);
    QVERIFY(m_app);
    m_admin = adminSession(*m_app);
    m_wang = addUser("wang", {Role::Caseworker});
    m_zhao = addUser("zhao", {Role::Supervisor});
    m_qian = addUser("qian", {Role::Supervisor});
    QVERIFY(m_qian.userId != 0);
    auto &registry = m_app->context->registry();
    auto community = registry.addCommunity(m_admin, {"XF", "幸福社区", true});
    QVERIFY(community.ok());
    services::NewHousehold h;
    h.household.communityId = *community;
    h.household.address = "幸福路1号";
    h.household.area = Area::Urban;
    h.assets.homes = 1;
    services::MemberInput head;
    head.person.name = "张三";
    head.person.idNumber =
        "11010519700101001" + std::string(1, IdNumber::checkCharacter("11010519700101001"));
    head.relation = Relation::Head;
    services::MemberInput spouse;
    spouse.person.name = "李四";
    spouse.person.idNumber =
        "11010519720202002" + std::string(1, IdNumber::checkCharacter("11010519720202002"));
    spouse.relation = Relation::Spouse;
    h.members = {head, spouse};
    auto household = registry.createHousehold(m_wang, h);
    QVERIFY2(household.ok(), household.ok() ? "" : household.error().message.c_str());

    storage::CaseRepository cases(*m_app->db);
    storage::CaseRecord c;
    c.householdId = *household;
    c.programme = CaseProgramme::Dibao;
    c.source = CaseSource::Ledger;
    c.createdAt = "2025-06-10T02:00:00.000Z";
    c.createdBy = "wang";
    storage::DecisionRecord d;
    d.caseId = m_case = cases.insertCase(c);
    d.effectiveMonth = *YearMonth::parse("2025-07");
    d.amount = *Money::parse("1660.00");
    d.persons = {1, 2};
    d.decidedOn = *Date::parse("2025-06-10");
    d.decidedBy = "wang";
    d.inputs = R"({"file":"ledger.csv","line":2})";
    d.createdAt = c.createdAt;
    cases.insertDecision(d);

    auto sets = m_app->context->policy().list();
    QVERIFY(sets.ok());
    PolicyParameters p = sets->back().parameters;
    p.effectiveFrom = *Date::parse("2026-01-01");
    p.standardUrban = *Money::parse("900.00");
    auto added = m_app->context->policy().add(m_admin, p);
    QVERIFY2(added.ok(), added.ok() ? "" : added.error().message.c_str());
    auto id = m_app->context->standardChanges().policySetId(p.effectiveFrom);
    QVERIFY(id.ok());
    m_setId = *id;
}

void StandardChangeDialogTest::cleanup()
{
    flushDeletes();
    m_app.reset();
}

StandardChangeDialog *StandardChangeDialogTest::waitForDialog(QWidget *parent)
{
    auto *dialog =
        parent->findChild<StandardChangeDialog *>(QStringLiteral("standardChangeDialog"));
    if (!dialog)
        return nullptr;
    auto *runner = dialog->findChild<JobRunner *>(QStringLiteral("standardChangeJobRunner"));
    if (!runner)
        return nullptr;
    if (!QTest::qWaitFor([&] { return !dialog->isBusy(); }, 10000))
        return nullptr;
    return dialog;
}

void StandardChangeDialogTest::thePolicyPageOffersItAndTheBatchIsProposed()
{
    PolicyPage page(*m_app->context, m_zhao);
    auto *table = child<QTableWidget>(&page, "policyTable");
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 3);
    table->selectRow(2); // 2026-01-01
    auto *button = child<QPushButton>(&page, "standardChangeButton");
    QVERIFY(button);
    QVERIFY(!button->isHidden());
    QVERIFY(button->isEnabled());
    button->click();
    auto *dialog = waitForDialog(&page);
    QVERIFY(dialog);
    QVERIFY(dialog->batch());
    QCOMPARE(dialog->batch()->policySetId, m_setId);
    auto *items = child<QTableView>(dialog, "itemTable");
    QVERIFY(items && items->model());
    auto *model = items->model();
    QCOMPARE(model->rowCount(), 1);
    auto text = [model](int col) { return model->index(0, col).data().toString(); };
    QCOMPARE(text(0), QStringLiteral("XF00001"));
    QCOMPARE(text(3), QStringLiteral("1660.00"));
    QCOMPARE(text(4), QStringLiteral("1800.00"));
    QCOMPARE(text(5), QStringLiteral("+140.00"));
    QCOMPARE(text(7), QStringLiteral("2026-01"));
    auto *summary = child<QLabel>(dialog, "summaryLabel");
    QVERIFY2(summary->text().contains(QStringLiteral("+140.00")), qPrintable(summary->text()));
    auto *totals = child<QTableWidget>(dialog, "totalsTable");
    QCOMPARE(totals->rowCount(), 2); // dibao and the total
    QCOMPARE(totals->item(1, 6)->text(), QStringLiteral("+140.00"));
    // Nothing is decided until a second supervisor approves.
    QCOMPARE(storage::CaseRepository(*m_app->db).decisions(m_case).size(), size_t(1));

    // An administrator alone (no payroll role) is not offered it (the first
    // administrator holds every role).
    PolicyPage adminPage(*m_app->context, addUser("sun", {Role::Admin}));
    QVERIFY(child<QPushButton>(&adminPage, "standardChangeButton")->isHidden());
}

void StandardChangeDialogTest::theProposerIsRefusedASecondSupervisorApproves()
{
    QWidget host;
    auto *dialog = new StandardChangeDialog(*m_app->context, m_zhao, m_setId, &host);
    dialog->setObjectName(QStringLiteral("standardChangeDialog"));
    QVERIFY(waitForDialog(&host));
    QVERIFY(dialog->batch());
    const auto batchId = dialog->batch()->id;
    auto *approve = child<QPushButton>(dialog, "approveButton");
    QVERIFY(approve && !approve->isHidden() && approve->isEnabled());
    approve->click();
    QVERIFY(QTest::qWaitFor([&] { return !dialog->isBusy(); }, 10000));
    auto *error = child<ErrorLabel>(dialog, "errorLabel");
    QVERIFY(error);
    QCOMPARE(error->tone(), ErrorLabel::Tone::Error);
    QVERIFY2(error->text().contains(QStringLiteral("proposed")), qPrintable(error->text()));
    QCOMPARE(storage::CaseRepository(*m_app->db).decisions(m_case).size(), size_t(1));
    delete dialog;

    // The second supervisor opens the same open batch (no new proposal) and approves.
    auto *second = new StandardChangeDialog(*m_app->context, m_qian, m_setId, &host);
    second->setObjectName(QStringLiteral("standardChangeDialog"));
    QVERIFY(waitForDialog(&host));
    QVERIFY(second->batch());
    QCOMPARE(second->batch()->id, batchId);
    QSignalSpy approved(second, &StandardChangeDialog::approved);
    child<QPushButton>(second, "approveButton")->click();
    QVERIFY(QTest::qWaitFor([&] { return !second->isBusy(); }, 10000));
    QCOMPARE(approved.count(), 1);
    auto *note = child<ErrorLabel>(second, "errorLabel");
    QCOMPARE(note->tone(), ErrorLabel::Tone::Success);
    QCOMPARE(second->batch()->state, services::StandardChangeBatchState::Approved);
    QVERIFY(!child<QPushButton>(second, "approveButton")->isEnabled());
    const auto decisions = storage::CaseRepository(*m_app->db).decisions(m_case);
    QCOMPARE(decisions.size(), size_t(2));
    QCOMPARE(decisions.back().amount.toString(), std::string("1800.00"));
    QCOMPARE(decisions.back().decidedBy, std::string("qian"));
}

void StandardChangeDialogTest::aCaseworkerSeesNoApprove()
{
    QWidget host;
    auto *dialog = new StandardChangeDialog(*m_app->context, m_wang, m_setId, &host);
    dialog->setObjectName(QStringLiteral("standardChangeDialog"));
    QVERIFY(waitForDialog(&host));
    QVERIFY(dialog->batch());
    QCOMPARE(dialog->batch()->proposedBy, std::string("wang"));
    QVERIFY(child<QPushButton>(dialog, "approveButton")->isHidden());
    QVERIFY(!child<QPushButton>(dialog, "proposeButton")->isHidden());
}

QTEST_MAIN(StandardChangeDialogTest)
#include "standard_change_dialog_test.moc"
