// 家庭档案: a household of three entered through the real forms, found by the last
// digits of an ID number and opened; duplicates; what each role may see and do.

#include "gui_test_support.h"

#include "gui/household_dialog.h"
#include "gui/household_list_model.h"
#include "gui/household_list_page.h"
#include "gui/household_page.h"
#include "gui/households_area.h"
#include "gui/member_dialog.h"

#include "domain/id_number.h"
#include "services/registry_service.h"

#include <QComboBox>
#include <QPointer>
#include <QTableView>
#include <QTableWidget>

using namespace relief;
using namespace relief::gui;
using namespace relief::gui::test;

namespace {
// A valid number (GB 11643): region, birth date YYYYMMDD, sequence (odd: male).
QString makeId(const char *region, const char *birth, int sequence)
{
    const std::string first17 = std::string(region) + birth +
        QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0')).toStdString();
    return QString::fromStdString(first17 + IdNumber::checkCharacter(first17));
}

void flushDeletes()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

const QString kHeadId = makeId("110105", "19600315", 21); // male
const QString kSpouseId = makeId("110105", "19620704", 42); // female
const QString kChildId = makeId("110105", "20100901", 13); // male
} // namespace

class HouseholdTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void enterFindAndOpenAHouseholdOfThree();
    void knownIdNumberOffersTheRecordOrIsRefused();
    void statisticianSeesMaskedNumbersAndCannotEdit();

private:
    services::Session addUser(const char *name, Role role);
    std::int64_t enterHousehold(HouseholdsArea &area);
    void addMember(HouseholdPage *page, const QString &name, const QString &id, Relation relation);

    QTemporaryDir m_settings;
    std::unique_ptr<TestApp> m_app;
    services::Session m_admin;
};

void HouseholdTest::initTestCase()
{
    isolateSettings(m_settings.path());
}

void HouseholdTest::init()
{
    m_app = makeApp(true);
    QVERIFY(m_app);
    auto admin = m_app->context->accounts().login(kAdminUser, kAdminPassword);
    QVERIFY(admin.ok());
    m_admin = *admin;
    QVERIFY(m_app->context->registry().addCommunity(m_admin, {"XF", "幸福社区", true}).ok());
}

void HouseholdTest::cleanup()
{
    flushDeletes();
    m_app.reset();
}

services::Session HouseholdTest::addUser(const char *name, Role role)
{
    const std::string password = "Staff-pass-2025";
    auto added = m_app->context->accounts().addUser(m_admin, {name, "李经办", {role}, password});
    if (!added.ok())
        return {};
    auto session = m_app->context->accounts().login(name, password);
    return session.ok() ? *session : services::Session {};
}

void HouseholdTest::addMember(HouseholdPage *page, const QString &name, const QString &id,
                              Relation relation)
{
    click(page, "addMemberButton");
    QPointer<MemberDialog> dialog = page->findChild<MemberDialog *>(QStringLiteral("memberDialog"));
    QVERIFY(dialog && dialog->isVisible());
    typeInto(dialog, "memberNameEdit", name);
    typeInto(dialog, "idNumberEdit", id);
    auto *relationCombo = child<QComboBox>(dialog, "relationCombo");
    QVERIFY(relationCombo);
    relationCombo->setCurrentIndex(relationCombo->findData(static_cast<int>(relation)));
    click(dialog, "saveButton");
    QVERIFY2(!dialog->isVisible(), qPrintable(labelText(dialog, "errorLabel")));
    flushDeletes();
}

// New household dialog (head) + two member dialogs; returns the household id.
std::int64_t HouseholdTest::enterHousehold(HouseholdsArea &area)
{
    HouseholdListPage *list = area.listPage();
    click(list, "newHouseholdButton");
    QPointer<HouseholdDialog> dialog =
        list->findChild<HouseholdDialog *>(QStringLiteral("newHouseholdDialog"));
    if (!dialog)
        return 0;
    typeInto(dialog, "addressEdit", QStringLiteral("幸福路12号3单元101"));
    typeInto(dialog, "householdPhoneEdit", QStringLiteral("13800138000"));
    typeInto(dialog, "memberNameEdit", QStringLiteral("张建国"));
    typeInto(dialog, "idNumberEdit", kHeadId);
    // Birth date, sex and age show at once.
    const QString info = labelText(dialog, "idInfoLabel");
    if (!info.contains(QStringLiteral("1960-03-15")) || !info.contains(QStringLiteral("65")))
        qWarning("idInfoLabel: %s", qPrintable(info));
    click(dialog, "saveButton");
    if (dialog->isVisible()) {
        qWarning("new household refused: %s", qPrintable(labelText(dialog, "errorLabel")));
        return 0;
    }
    const std::int64_t id = dialog->householdId();
    flushDeletes();
    // The new household opens at once.
    if (area.currentWidget() != area.householdPage())
        return 0;
    addMember(area.householdPage(), QStringLiteral("李秀兰"), kSpouseId, Relation::Spouse);
    addMember(area.householdPage(), QStringLiteral("张小明"), kChildId, Relation::Child);
    return id;
}

void HouseholdTest::enterFindAndOpenAHouseholdOfThree()
{
    const auto clerk = addUser("clerk", Role::Caseworker);
    HouseholdsArea area(*m_app->context, clerk);
    area.resize(1200, 800);
    area.show();
    QVERIFY(QTest::qWaitForWindowExposed(&area));

    // The birth date shows as the number is typed.
    click(area.listPage(), "newHouseholdButton");
    auto *probe = area.listPage()->findChild<HouseholdDialog *>();
    QVERIFY(probe);
    typeInto(probe, "idNumberEdit", kHeadId);
    QVERIFY2(labelText(probe, "idInfoLabel").contains(QStringLiteral("1960-03-15")),
             qPrintable(labelText(probe, "idInfoLabel")));
    probe->reject();
    flushDeletes();

    const std::int64_t id = enterHousehold(area);
    QVERIFY(id > 0);
    auto *members = child<QTableWidget>(area.householdPage(), "memberTable");
    QVERIFY(members);
    QCOMPARE(members->rowCount(), 3);
    // Caseworkers see full ID numbers.
    QCOMPARE(members->item(0, 1)->text(), kHeadId);

    click(area.householdPage(), "backButton");
    QCOMPARE(area.currentWidget(), area.listPage());
    auto *table = child<QTableView>(area.listPage(), "householdTable");
    QVERIFY(table);
    // Another household, so the search has something to leave out.
    QVERIFY(m_app->context->registry()
                .createHousehold(clerk,
                                 [&] {
                                     services::NewHousehold h;
                                     h.household.communityId = 1;
                                     h.household.address = "和平路1号";
                                     services::MemberInput m;
                                     m.person.name = "赵一";
                                     m.person.idNumber =
                                         makeId("110105", "19700101", 33).toStdString();
                                     m.relation = Relation::Head;
                                     h.members.push_back(m);
                                     return h;
                                 }())
                .ok());
    area.listPage()->search();
    QCOMPARE(table->model()->rowCount(), 2);

    typeInto(area.listPage(), "householdSearchEdit", kChildId.right(4));
    QTest::keyClick(child<QLineEdit>(area.listPage(), "householdSearchEdit"), Qt::Key_Return);
    QCOMPARE(table->model()->rowCount(), 1);
    QVERIFY(labelText(area.listPage(), "householdCountLabel").contains(u'1'));
    // List rows show masked numbers.
    const QString listedId =
        table->model()->index(0, HouseholdListModel::IdColumn).data().toString();
    QVERIFY2(listedId.contains(u'*') && listedId.endsWith(kHeadId.right(4)), qPrintable(listedId));

    const QModelIndex first = table->model()->index(0, HouseholdListModel::HeadColumn);
    const QPoint at = table->visualRect(first).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(area.currentWidget(), area.householdPage());
    QCOMPARE(area.householdPage()->householdId(), id);
    QCOMPARE(members->rowCount(), 3);
    QStringList names;
    for (int row = 0; row < 3; ++row)
        names << members->item(row, 0)->text();
    QCOMPARE(names.size(), 3);
    QVERIFY(names.contains(QStringLiteral("张建国")) && names.contains(QStringLiteral("李秀兰")) &&
            names.contains(QStringLiteral("张小明")));
    // The assessment panel shows what the household would get today.
    QVERIFY(!labelText(area.householdPage(), "classificationLabel").isEmpty());
    QVERIFY(!labelText(area.householdPage(), "classificationLabel").startsWith(u'<'));
}

void HouseholdTest::knownIdNumberOffersTheRecordOrIsRefused()
{
    const auto clerk = addUser("clerk", Role::Caseworker);
    HouseholdsArea area(*m_app->context, clerk);
    QVERIFY(enterHousehold(area) > 0);
    HouseholdPage *page = area.householdPage();

    // The child moves out (history kept).
    auto *members = child<QTableWidget>(page, "memberTable");
    int childRow = -1;
    for (int row = 0; row < members->rowCount(); ++row)
        if (members->item(row, 0)->text() == QStringLiteral("张小明"))
            childRow = row;
    QVERIFY(childRow >= 0);
    members->selectRow(childRow);
    click(page, "leaveButton");
    auto *leave = page->findChild<QDialog *>(QStringLiteral("leaveDialog"));
    QVERIFY(leave);
    click(leave, "saveButton");
    QVERIFY2(!leave->isVisible(), qPrintable(labelText(leave, "errorLabel")));
    flushDeletes();
    QCOMPARE(members->rowCount(), 3); // two members and one who moved out
    QVERIFY(members->item(2, 7)->text().contains(
        QString::fromStdString(m_app->clock.today().toString())));

    // A second household whose head is the first household's head: refused.
    area.showList();
    click(area.listPage(), "newHouseholdButton");
    QPointer<HouseholdDialog> dialog = area.listPage()->findChild<HouseholdDialog *>();
    QVERIFY(dialog);
    typeInto(dialog, "idNumberEdit", kHeadId);
    QVERIFY(!child<QLabel>(dialog, "existingPersonLabel")->isHidden());
    QVERIFY(labelText(dialog, "existingPersonLabel").contains(QStringLiteral("张建国")));
    QVERIFY(!child<QAbstractButton>(dialog, "saveButton")->isEnabled());
    QVERIFY(child<QAbstractButton>(dialog, "useExistingButton")->isHidden());

    // The child who moved out: the existing record is offered and used.
    typeInto(dialog, "idNumberEdit", kChildId);
    QVERIFY(child<QAbstractButton>(dialog, "saveButton")->isEnabled());
    QVERIFY(!child<QAbstractButton>(dialog, "useExistingButton")->isHidden());
    click(dialog, "useExistingButton");
    QCOMPARE(child<QLineEdit>(dialog, "memberNameEdit")->text(), QStringLiteral("张小明"));
    typeInto(dialog, "addressEdit", QStringLiteral("和平路8号"));
    click(dialog, "saveButton");
    QVERIFY2(!dialog->isVisible(), qPrintable(labelText(dialog, "errorLabel")));
    flushDeletes();
    QCOMPARE(area.currentWidget(), page);
    QCOMPARE(members->rowCount(), 1);
    QCOMPARE(members->item(0, 0)->text(), QStringLiteral("张小明"));

    // A member active elsewhere is refused in the member dialog too.
    click(page, "addMemberButton");
    auto *memberDialog = page->findChild<MemberDialog *>();
    QVERIFY(memberDialog);
    typeInto(memberDialog, "idNumberEdit", kSpouseId);
    QVERIFY(labelText(memberDialog, "existingPersonLabel").contains(QStringLiteral("李秀兰")));
    QVERIFY(!child<QAbstractButton>(memberDialog, "saveButton")->isEnabled());

    // A field-level message from the service: a member without a name.
    typeInto(memberDialog, "idNumberEdit", makeId("110105", "19900101", 55));
    QVERIFY(child<QAbstractButton>(memberDialog, "saveButton")->isEnabled());
    click(memberDialog, "saveButton");
    QVERIFY(memberDialog->isVisible());
    QVERIFY(!child<QLabel>(memberDialog, "fieldError_name")->isHidden());
}

void HouseholdTest::statisticianSeesMaskedNumbersAndCannotEdit()
{
    const auto clerk = addUser("clerk", Role::Caseworker);
    std::int64_t id = 0;
    {
        HouseholdsArea area(*m_app->context, clerk);
        id = enterHousehold(area);
        QVERIFY(id > 0);
    }
    flushDeletes();
    const auto statistician = addUser("stats", Role::Statistician);
    HouseholdsArea area(*m_app->context, statistician);
    QVERIFY(child<QAbstractButton>(area.listPage(), "newHouseholdButton")->isHidden());
    QVERIFY(child<QAbstractButton>(area.listPage(), "importLedgerButton")->isHidden());
    QCOMPARE(child<QTableView>(area.listPage(), "householdTable")->model()->rowCount(), 1);
    area.openHousehold(id);
    HouseholdPage *page = area.householdPage();
    auto *members = child<QTableWidget>(page, "memberTable");
    QCOMPARE(members->rowCount(), 3);
    for (int row = 0; row < 3; ++row)
        QVERIFY2(members->item(row, 1)->text().contains(u'*'),
                 qPrintable(members->item(row, 1)->text()));
    for (const char *name : {"addMemberButton", "editHouseholdButton", "leaveButton"})
        QVERIFY2(child<QAbstractButton>(page, name)->isHidden(), name);
}

QTEST_MAIN(HouseholdTest)
#include "household_test.moc"
