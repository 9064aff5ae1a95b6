// 家庭档案: a household of three entered through the real forms, found by the last
// digits of an ID number and opened; duplicates; what each role may see and do;
// editing a member (phone, disability, obligors, institution), making a member the
// head, and the assets; refused saves keep the dialog and what was typed.

#include "gui/gui_test_support.h"

#include "gui/registry/assets_dialog.h"
#include "gui/registry/change_head_dialog.h"
#include "gui/registry/household_dialog.h"
#include "gui/registry/household_list_model.h"
#include "gui/registry/household_list_page.h"
#include "gui/registry/household_page.h"
#include "gui/registry/households_area.h"
#include "gui/registry/member_dialog.h"
#include "gui/registry/registry_text.h"
#include "gui/widgets/display_text.h"

#include "domain/id_number.h"
#include "services/registry/demo_service.h"
#include "services/registry/registry_service.h"

#include <QCheckBox>
#include <QComboBox>
#include <QPointer>
#include <QScrollBar>
#include <QSpinBox>
#include <QTabWidget>
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
    void editAMemberAndSeeItOnThePage();
    void addAnObligorAndAssignAnInstitution();
    void makeAnotherMemberTheHead();
    void ctrlEndReachesTheLastHousehold();
    void headColumnSortsInPinyinOrder();
    void editTheAssets();
    void refusedSavesKeepTheDialogAndTheText();

private:
    services::Session addUser(const char *name, Role role);
    std::int64_t enterHousehold(HouseholdsArea &area);
    void addMember(HouseholdPage *page, const QString &name, const QString &id, Relation relation);
    // The page's member row of `name` (-1 when missing).
    static int memberRow(HouseholdPage *page, const QString &name);
    // Double-clicks the member's row: the edit dialog opens.
    static MemberDialog *openEdit(HouseholdPage *page, const QString &name);

    QTemporaryDir m_settings;
    std::unique_ptr<TestApp> m_app;
    services::Session m_admin;
    std::int64_t m_institution = 0;
};

void HouseholdTest::initTestCase()
{
    isolateSettings(m_settings.path());
}

void HouseholdTest::init()
{
    m_app = makeApp(true);
    QVERIFY(m_app);
    m_admin = adminSession(*m_app);
    QVERIFY(m_admin.userId);
    QVERIFY(m_app->context->registry().addCommunity(m_admin, {"XF", "幸福社区", true}).ok());
    services::InstitutionInput home;
    home.name = "和平街道敬老院";
    home.kind = InstitutionKind::CareHome;
    auto institution = m_app->context->registry().addInstitution(m_admin, home);
    QVERIFY(institution.ok());
    m_institution = *institution;
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

int HouseholdTest::memberRow(HouseholdPage *page, const QString &name)
{
    auto *members = child<QTableWidget>(page, "memberTable");
    for (int row = 0; members && row < members->rowCount(); ++row)
        if (members->item(row, 0)->text() == name)
            return row;
    return -1;
}

MemberDialog *HouseholdTest::openEdit(HouseholdPage *page, const QString &name)
{
    auto *members = child<QTableWidget>(page, "memberTable");
    const int row = memberRow(page, name);
    if (!members || row < 0)
        return nullptr;
    const QPoint at = members->visualItemRect(members->item(row, 0)).center();
    QTest::mouseClick(members->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(members->viewport(), Qt::LeftButton, {}, at);
    auto *dialog = page->findChild<MemberDialog *>(QStringLiteral("editMemberDialog"));
    return dialog && dialog->isVisible() ? dialog : nullptr;
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
    // The search matched the child, not the head: the row says so (issue 18).
    QVERIFY2(first.data().toString().startsWith(QStringLiteral("张建国")) &&
                 first.data().toString().contains(QStringLiteral("张小明")),
             qPrintable(first.data().toString()));
    QCOMPARE(first.data(HouseholdListModel::MatchedMemberRole).toString(),
             QStringLiteral("张小明"));
    QVERIFY(first.data(Qt::ToolTipRole).toString().contains(QStringLiteral("张小明")));
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
    // The child has an income of their own, which follows them.
    auto view = m_app->context->registry().household(clerk, page->householdId());
    QVERIFY(view.ok());
    std::int64_t childPerson = 0;
    for (const auto &m : view->members)
        if (m.person.person.name == "张小明")
            childPerson = m.person.person.id;
    QVERIFY(m_app->context->registry()
                .setIncomes(clerk, childPerson,
                            {{IncomeKind::Support, IncomeEntry::Monthly, Money::fromYuan(200), ""}})
                .ok());
    page->refresh();

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
    // Taking over the record kept the income (saving a member replaces their incomes).
    QCOMPARE(child<QTableWidget>(page, "householdIncomeTable")->rowCount(), 1);

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
    for (const char *name : {"addMemberButton", "editHouseholdButton", "leaveButton",
                             "editMemberButton", "changeHeadButton", "editAssetsButton"})
        QVERIFY2(child<QAbstractButton>(page, name)->isHidden(), name);
    // A double-click (or Enter) on a member opens nothing for them.
    members->selectRow(1);
    page->openEditMember();
    page->openEditAssets();
    QVERIFY(!page->findChild<QDialog *>());
}

void HouseholdTest::editAMemberAndSeeItOnThePage()
{
    const auto clerk = addUser("clerk", Role::Caseworker);
    HouseholdsArea area(*m_app->context, clerk);
    area.resize(1200, 800);
    area.show();
    QVERIFY(QTest::qWaitForWindowExposed(&area));
    QVERIFY(enterHousehold(area) > 0);
    HouseholdPage *page = area.householdPage();

    QPointer<MemberDialog> dialog = openEdit(page, QStringLiteral("李秀兰"));
    QVERIFY(dialog);
    QVERIFY(dialog->isEditing());
    // Prefilled; her own ID number is not a duplicate.
    QCOMPARE(child<QLineEdit>(dialog, "memberNameEdit")->text(), QStringLiteral("李秀兰"));
    QCOMPARE(child<QLineEdit>(dialog, "idNumberEdit")->text(), kSpouseId);
    QVERIFY(child<QLabel>(dialog, "existingPersonLabel")->isHidden());
    QVERIFY(child<QAbstractButton>(dialog, "saveButton")->isEnabled());
    // Only "make head" makes a member the head.
    auto *relation = child<QComboBox>(dialog, "relationCombo");
    QCOMPARE(relation->currentData().toInt(), static_cast<int>(Relation::Spouse));

    typeInto(dialog, "memberPhoneEdit", QStringLiteral("139 1234 5678"));
    child<QCheckBox>(dialog, "disabilityCheck")->setChecked(true);
    auto *kind = child<QComboBox>(dialog, "disabilityKindCombo");
    kind->setCurrentIndex(kind->findData(static_cast<int>(DisabilityKind::Visual)));
    child<QSpinBox>(dialog, "disabilityGradeSpin")->setValue(2);
    typeInto(dialog, "certificateEdit", QStringLiteral("11010519620704424262"));
    // A yearly income, divided by 12 as it is typed.
    click(dialog, "addIncomeButton");
    auto *incomes = child<QTableWidget>(dialog, "incomeTable");
    QCOMPARE(incomes->rowCount(), 1);
    auto *entry = qobject_cast<QComboBox *>(incomes->cellWidget(0, 1));
    entry->setCurrentIndex(entry->findData(static_cast<int>(IncomeEntry::Yearly)));
    qobject_cast<QLineEdit *>(incomes->cellWidget(0, 2))->setText(QStringLiteral("14,400"));
    QCOMPARE(incomes->item(0, 3)->text(), QStringLiteral("1200.00"));
    click(dialog, "saveButton");
    QVERIFY2(!dialog->isVisible(), qPrintable(labelText(dialog, "errorLabel")));
    flushDeletes();

    auto *members = child<QTableWidget>(page, "memberTable");
    const int row = memberRow(page, QStringLiteral("李秀兰"));
    QVERIFY(row >= 0);
    QCOMPARE(members->item(row, 5)->text(), disabilityText(Disability {DisabilityKind::Visual, 2}));
    QCOMPARE(members->item(row, 8)->text(), QStringLiteral("139 1234 5678"));
    // The member edited stays selected.
    QCOMPARE(members->currentRow(), row);
    auto *pageIncomes = child<QTableWidget>(page, "householdIncomeTable");
    QCOMPARE(pageIncomes->rowCount(), 1);
    QCOMPARE(pageIncomes->item(0, 2)->text(), QStringLiteral("1200.00"));

    // Opening her again shows what was saved.
    dialog = openEdit(page, QStringLiteral("李秀兰"));
    QVERIFY(dialog);
    QVERIFY(child<QCheckBox>(dialog, "disabilityCheck")->isChecked());
    QCOMPARE(child<QSpinBox>(dialog, "disabilityGradeSpin")->value(), 2);
    QCOMPARE(child<QLineEdit>(dialog, "memberPhoneEdit")->text(), QStringLiteral("139 1234 5678"));
    QCOMPARE(child<QTableWidget>(dialog, "incomeTable")->rowCount(), 1);
    dialog->reject();
    flushDeletes();
}

void HouseholdTest::addAnObligorAndAssignAnInstitution()
{
    const auto clerk = addUser("clerk", Role::Caseworker);
    HouseholdsArea area(*m_app->context, clerk);
    area.resize(1200, 800);
    area.show();
    QVERIFY(QTest::qWaitForWindowExposed(&area));
    QVERIFY(enterHousehold(area) > 0);
    HouseholdPage *page = area.householdPage();

    QPointer<MemberDialog> dialog = openEdit(page, QStringLiteral("张建国"));
    QVERIFY(dialog);
    // The head stays the head here.
    QVERIFY(!child<QComboBox>(dialog, "relationCombo")->isEnabled());
    auto *institution = child<QComboBox>(dialog, "institutionCombo");
    QVERIFY(institution);
    const int index = institution->findData(QVariant::fromValue<qint64>(m_institution));
    QVERIFY(index > 0);
    QVERIFY(institution->itemText(index).contains(QStringLiteral("和平街道敬老院")));
    institution->setCurrentIndex(index);

    QVERIFY(!child<QWidget>(dialog, "obligorBox")->isEnabled());
    click(dialog, "addObligorButton");
    QVERIFY(child<QWidget>(dialog, "obligorBox")->isEnabled());
    typeInto(dialog, "obligorNameEdit", QStringLiteral("张伟"));
    typeInto(dialog, "obligorRelationEdit", QStringLiteral("儿子"));
    typeInto(dialog, "obligorIdEdit", makeId("110105", "19850202", 35));
    // With an ID number the birth date comes from it.
    QVERIFY(!child<QLineEdit>(dialog, "obligorBirthEdit")->isEnabled());
    typeInto(dialog, "obligorIncomeEdit", QStringLiteral("3500.5"));
    auto *status = child<QComboBox>(dialog, "obligorStatusCombo");
    status->setCurrentIndex(status->findData(static_cast<int>(ObligorStatus::Normal)));
    auto *obligors = child<QTableWidget>(dialog, "obligorTable");
    QCOMPARE(obligors->rowCount(), 1);
    QCOMPARE(obligors->item(0, 0)->text(), QStringLiteral("张伟"));
    QCOMPARE(obligors->item(0, 2)->text(), QStringLiteral("1985-02-02"));
    // A second one, removed again.
    click(dialog, "addObligorButton");
    QCOMPARE(obligors->rowCount(), 2);
    QVERIFY(child<QLineEdit>(dialog, "obligorNameEdit")->text().isEmpty());
    click(dialog, "removeObligorButton");
    QCOMPARE(obligors->rowCount(), 1);
    QCOMPARE(child<QLineEdit>(dialog, "obligorNameEdit")->text(), QStringLiteral("张伟"));
    click(dialog, "saveButton");
    QVERIFY2(!dialog->isVisible(), qPrintable(labelText(dialog, "errorLabel")));
    flushDeletes();

    auto *members = child<QTableWidget>(page, "memberTable");
    const int row = memberRow(page, QStringLiteral("张建国"));
    QCOMPARE(members->item(row, 9)->text(), QStringLiteral("和平街道敬老院"));
    auto *pageObligors = child<QTableWidget>(page, "householdObligorTable");
    QVERIFY(pageObligors);
    QCOMPARE(pageObligors->rowCount(), 1);
    QCOMPARE(pageObligors->item(0, 0)->text(), QStringLiteral("张建国"));
    QCOMPARE(pageObligors->item(0, 1)->text(), QStringLiteral("张伟"));
    QCOMPARE(pageObligors->item(0, 3)->text(), QStringLiteral("40"));
    QCOMPARE(pageObligors->item(0, 4)->text(), QStringLiteral("3500.50"));

    // Stored as fen, exactly.
    auto view = m_app->context->registry().household(clerk, page->householdId());
    QVERIFY(view.ok());
    QCOMPARE(view->members[0].person.obligors[0].incomeMonthly.fen(), 350050);
    QCOMPARE(view->members[0].person.person.institutionId,
             std::optional<std::int64_t>(m_institution));
}

void HouseholdTest::makeAnotherMemberTheHead()
{
    const auto clerk = addUser("clerk", Role::Caseworker);
    HouseholdsArea area(*m_app->context, clerk);
    QVERIFY(enterHousehold(area) > 0);
    HouseholdPage *page = area.householdPage();
    auto *members = child<QTableWidget>(page, "memberTable");
    members->selectRow(memberRow(page, QStringLiteral("张建国")));
    QVERIFY(!child<QAbstractButton>(page, "changeHeadButton")->isEnabled());
    members->selectRow(memberRow(page, QStringLiteral("张小明")));
    click(page, "changeHeadButton");
    QPointer<ChangeHeadDialog> dialog =
        page->findChild<ChangeHeadDialog *>(QStringLiteral("changeHeadDialog"));
    QVERIFY(dialog && dialog->isVisible());
    // The child becomes the head: the former head becomes a parent.
    auto *former = child<QComboBox>(dialog, "formerHeadRelationCombo");
    QCOMPARE(former->currentData().toInt(), static_cast<int>(Relation::Parent));
    click(dialog, "saveButton");
    QVERIFY2(!dialog || !dialog->isVisible(), qPrintable(labelText(dialog, "errorLabel")));
    flushDeletes();
    QCOMPARE(members->item(memberRow(page, QStringLiteral("张小明")), 4)->text(),
             relationName(Relation::Head));
    QCOMPARE(members->item(memberRow(page, QStringLiteral("张建国")), 4)->text(),
             relationName(Relation::Parent));
    QVERIFY(labelText(page, "householdTitleLabel").contains(QStringLiteral("张小明")));
}

// Issue 18: with more households than a page, the scrollbar spans the whole list and
// Ctrl+End reaches the last household (read from the end, not by paging through).
void HouseholdTest::ctrlEndReachesTheLastHousehold()
{
    auto app = makeApp(true);
    QVERIFY(app);
    const services::Session admin = adminSession(*app);
    const int n = HouseholdListModel::kPageSize * 2 + 57;
    services::DemoService demo(*app->db, app->clock);
    QVERIFY(demo.generate(admin, n).ok());
    storage::HouseholdFilter byNumber;
    byNumber.descending = true;
    byNumber.limit = 1;
    auto last = app->context->registry().listHouseholds(admin, byNumber);
    QVERIFY(last.ok() && last->size() == 1);

    HouseholdsArea area(*app->context, admin);
    area.resize(1100, 700);
    area.show();
    auto *table = child<QTableView>(area.listPage(), "householdTable");
    HouseholdListModel *model = area.listPage()->model();
    QCOMPARE(model->totalCount(), std::int64_t(n));
    // The whole list is in the view, though one page is read.
    QCOMPARE(model->rowCount(), n);
    QVERIFY(model->loadedCount() <= HouseholdListModel::kPageSize * 2);
    table->setFocus();
    table->setCurrentIndex(model->index(0, 0));
    QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
    QCOMPARE(table->currentIndex().row(), n - 1);
    QCOMPARE(model->index(n - 1, HouseholdListModel::NumberColumn).data().toString(),
             qs(last->front().householdNo));
    QCOMPARE(table->verticalScrollBar()->value(), table->verticalScrollBar()->maximum());
    // Only the first page and the last were read, not everything between.
    QVERIFY2(model->loadedCount() < n, qPrintable(QString::number(model->loadedCount())));
    // Every row reads back in order, from either end (keyset both ways).
    QString previous;
    for (int row = n - 1; row >= 0; --row) {
        const QString number =
            model->index(row, HouseholdListModel::NumberColumn).data().toString();
        QVERIFY2(!number.isEmpty(), qPrintable(QString::number(row)));
        if (!previous.isEmpty())
            QVERIFY2(number < previous, qPrintable(number + QLatin1Char(' ') + previous));
        previous = number;
    }
    QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier);
    QCOMPARE(table->currentIndex().row(), 0);
}

// Issue 18: clicking 户主 sorts the heads in pinyin order (陈 chen, 丁 ding, 万 wan …), not
// by code point (丁 万 严 … 张 … 陈).
void HouseholdTest::headColumnSortsInPinyinOrder()
{
    const auto clerk = addUser("clerk", Role::Caseworker);
    const QStringList heads = {QStringLiteral("张三"), QStringLiteral("丁一"),
                               QStringLiteral("陈一"), QStringLiteral("万二"),
                               QStringLiteral("严三"), QStringLiteral("李四")};
    for (int i = 0; i < heads.size(); ++i) {
        services::NewHousehold h;
        h.household.communityId = 1;
        h.household.address = "和平路" + std::to_string(i + 1) + "号";
        services::MemberInput m;
        m.person.name = heads[i].toStdString();
        m.person.idNumber = makeId("110105", "19700101", 50 + i).toStdString();
        m.relation = Relation::Head;
        h.members.push_back(m);
        QVERIFY(m_app->context->registry().createHousehold(clerk, h).ok());
    }
    HouseholdsArea area(*m_app->context, clerk);
    auto *table = child<QTableView>(area.listPage(), "householdTable");
    table->sortByColumn(HouseholdListModel::HeadColumn, Qt::AscendingOrder);
    QStringList shown;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        shown << table->model()->index(row, HouseholdListModel::HeadColumn).data().toString();
    const QStringList pinyin = {QStringLiteral("陈一"), QStringLiteral("丁一"),
                                QStringLiteral("李四"), QStringLiteral("万二"),
                                QStringLiteral("严三"), QStringLiteral("张三")};
    QCOMPARE(shown, pinyin);
    table->sortByColumn(HouseholdListModel::HeadColumn, Qt::DescendingOrder);
    shown.clear();
    for (int row = 0; row < table->model()->rowCount(); ++row)
        shown << table->model()->index(row, HouseholdListModel::HeadColumn).data().toString();
    QStringList reversed(pinyin.rbegin(), pinyin.rend());
    QCOMPARE(shown, reversed);
}

void HouseholdTest::editTheAssets()
{
    const auto clerk = addUser("clerk", Role::Caseworker);
    HouseholdsArea area(*m_app->context, clerk);
    QVERIFY(enterHousehold(area) > 0);
    HouseholdPage *page = area.householdPage();
    click(page, "editAssetsButton");
    QPointer<AssetsDialog> dialog = page->findChild<AssetsDialog *>(QStringLiteral("assetsDialog"));
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(child<QLineEdit>(dialog, "financialEdit")->text(), QStringLiteral("0.00"));
    typeInto(dialog, "financialEdit", QStringLiteral("12,000.5"));
    child<QSpinBox>(dialog, "homesSpin")->setValue(1);
    click(dialog, "addVehicleButton");
    auto *vehicles = child<QTableWidget>(dialog, "vehicleTable");
    QCOMPARE(vehicles->rowCount(), 1);
    qobject_cast<QLineEdit *>(vehicles->cellWidget(0, 0))->setText(QStringLiteral("35000"));
    qobject_cast<QCheckBox *>(vehicles->cellWidget(0, 1))->setChecked(true);
    qobject_cast<QLineEdit *>(vehicles->cellWidget(0, 2))->setText(QStringLiteral("电动三轮车"));
    click(dialog, "saveButton");
    QVERIFY2(!dialog || !dialog->isVisible(), qPrintable(labelText(dialog, "errorLabel")));
    flushDeletes();

    const QString assets = labelText(page, "assetsLabel");
    QVERIFY2(assets.contains(QStringLiteral("12000.50")), qPrintable(assets));
    QVERIFY2(assets.contains(QStringLiteral("35000.00")), qPrintable(assets));
    QVERIFY2(assets.contains(QStringLiteral("电动三轮车")), qPrintable(assets));
    auto view = m_app->context->registry().household(clerk, page->householdId());
    QVERIFY(view.ok());
    QCOMPARE(view->household.financialAssets.fen(), 1200050);
    QCOMPARE(view->household.homes, 1);
    QCOMPARE(view->vehicles.size(), size_t(1));
    QCOMPARE(view->vehicles[0].value.fen(), 3500000);
    QVERIFY(view->vehicles[0].exempt);

    // Opened again: what is stored.
    click(page, "editAssetsButton");
    dialog = page->findChild<AssetsDialog *>(QStringLiteral("assetsDialog"));
    QVERIFY(dialog);
    QCOMPARE(child<QLineEdit>(dialog, "financialEdit")->text(), QStringLiteral("12000.50"));
    QCOMPARE(child<QTableWidget>(dialog, "vehicleTable")->rowCount(), 1);
    dialog->reject();
    flushDeletes();
}

void HouseholdTest::refusedSavesKeepTheDialogAndTheText()
{
    const auto clerk = addUser("clerk", Role::Caseworker);
    HouseholdsArea area(*m_app->context, clerk);
    area.resize(1200, 800);
    area.show();
    QVERIFY(QTest::qWaitForWindowExposed(&area));
    QVERIFY(enterHousehold(area) > 0);
    HouseholdPage *page = area.householdPage();

    // Money that cannot be read: the field says so; nothing is saved.
    click(page, "editAssetsButton");
    QPointer<AssetsDialog> assets = page->findChild<AssetsDialog *>(QStringLiteral("assetsDialog"));
    QVERIFY(assets);
    typeInto(assets, "financialEdit", QStringLiteral("12.345"));
    click(assets, "saveButton");
    QVERIFY(assets->isVisible());
    QVERIFY(!child<QLabel>(assets, "fieldError_financial")->isHidden());
    QCOMPARE(labelText(assets, "fieldError_financial"), yuanFormatMessage());
    QCOMPARE(child<QLineEdit>(assets, "financialEdit")->text(), QStringLiteral("12.345"));
    // A vehicle without a value.
    typeInto(assets, "financialEdit", QStringLiteral("100"));
    click(assets, "addVehicleButton");
    click(assets, "saveButton");
    QVERIFY(assets->isVisible());
    QVERIFY(child<QLabel>(assets, "fieldError_financial")->isHidden());
    QVERIFY(!child<QLabel>(assets, "fieldError_vehicles")->isHidden());
    QVERIFY(labelText(assets, "fieldError_vehicles").contains(u'1'));
    assets->reject();
    flushDeletes();
    QCOMPARE(m_app->context->registry().household(clerk, page->householdId())->vehicles.size(),
             size_t(0));

    // A wrong ID number: the service's message at the field, the rest as typed.
    QPointer<MemberDialog> dialog = openEdit(page, QStringLiteral("李秀兰"));
    QVERIFY(dialog);
    typeInto(dialog, "memberPhoneEdit", QStringLiteral("13800001111"));
    QString wrongId = kSpouseId;
    wrongId[17] = wrongId[17] == u'1' ? u'2' : u'1';
    typeInto(dialog, "idNumberEdit", wrongId);
    click(dialog, "saveButton");
    QVERIFY(dialog->isVisible());
    QVERIFY(!child<QLabel>(dialog, "fieldError_id_number")->isHidden());
    QVERIFY(!labelText(dialog, "fieldError_id_number").isEmpty());
    QCOMPARE(child<QLineEdit>(dialog, "memberPhoneEdit")->text(), QStringLiteral("13800001111"));
    QCOMPARE(child<QLineEdit>(dialog, "idNumberEdit")->text(), wrongId);

    // An obligor with neither ID number nor birth date: their tab, their row.
    typeInto(dialog, "idNumberEdit", kSpouseId);
    click(dialog, "addObligorButton");
    typeInto(dialog, "obligorNameEdit", QStringLiteral("李强"));
    child<QTabWidget>(dialog, "memberTabs")->setCurrentIndex(0);
    click(dialog, "saveButton");
    QVERIFY(dialog->isVisible());
    QVERIFY(child<QLabel>(dialog, "fieldError_id_number")->isHidden());
    QVERIFY(!child<QLabel>(dialog, "fieldError_obligors")->isHidden());
    auto *tabs = child<QTabWidget>(dialog, "memberTabs");
    QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("obligorTab"));
    // A birth date that cannot be read is named as such.
    typeInto(dialog, "obligorBirthEdit", QStringLiteral("1980-13-01"));
    click(dialog, "saveButton");
    QVERIFY(dialog->isVisible());
    QVERIFY(labelText(dialog, "fieldError_obligors").contains(QStringLiteral("YYYY-MM-DD")));
    typeInto(dialog, "obligorBirthEdit", QStringLiteral("1980-12-01"));
    click(dialog, "saveButton");
    QVERIFY2(!dialog->isVisible(), qPrintable(labelText(dialog, "fieldError_obligors")));
    flushDeletes();
    QCOMPARE(child<QTableWidget>(page, "householdObligorTable")->rowCount(), 1);
}

QTEST_MAIN(HouseholdTest)
#include "household_test.moc"
