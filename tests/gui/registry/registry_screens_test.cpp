// Issue 18 on the registry screens, at 1366×768 and 1280×720: one error style for the
// ID check digit and the bank account; the new-household dialog fits a 768-line
// screen, its income kinds read in full and a new income row is in view; the member
// table needs no sideways scrolling; a member older than 110 is warned about.
// RELIEF_SCREENSHOTS=<folder> saves the screens looked at.

#include "gui/gui_test_support.h"

#include "gui/registry/household_dialog.h"
#include "gui/registry/household_list_page.h"
#include "gui/registry/household_page.h"
#include "gui/registry/households_area.h"
#include "gui/registry/member_dialog.h"
#include "gui/widgets/error_label.h"

#include "domain/id_number.h"
#include "services/registry/registry_service.h"

#include <QComboBox>
#include <QHeaderView>
#include <QPointer>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableWidget>

using namespace relief;
using namespace relief::gui;
using namespace relief::gui::test;

namespace {
QString makeId(const char *region, const char *birth, int sequence)
{
    const std::string first17 = std::string(region) + birth +
        QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0')).toStdString();
    return QString::fromStdString(first17 + IdNumber::checkCharacter(first17));
}

const QString kHeadId = makeId("110105", "19600315", 21);

struct ScreenSize
{
    const char *name;
    int width;
    int height;
};
constexpr ScreenSize kScreens[] = {{"1366x768", 1366, 768}, {"1280x720", 1280, 720}};

// What a dialog may take of a screen: the title bar (~30) and the taskbar (~40).
int usableHeight(int screenHeight)
{
    return screenHeight - 70;
}

// `inner` is wholly inside what `scroll` shows.
bool inView(QScrollArea *scroll, QWidget *inner)
{
    const QRect shown = scroll->viewport()->rect();
    const QRect at(inner->mapTo(scroll->viewport(), QPoint(0, 0)), inner->size());
    return shown.contains(at);
}
} // namespace

class RegistryScreensTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void idAndBankErrorsLookTheSame();
    void newHouseholdDialogFitsTheScreen();
    void memberTableNeedsNoSidewaysScrolling();
    void memberOlderThan110IsWarnedNotRefused();

private:
    services::Session addUser(const char *name, Role role);
    HouseholdDialog *openNewHousehold(HouseholdsArea &area);

    QTemporaryDir m_settings;
    std::unique_ptr<TestApp> m_app;
    services::Session m_admin;
    services::Session m_clerk;
};

void RegistryScreensTest::initTestCase()
{
    isolateSettings(m_settings.path());
}

void RegistryScreensTest::init()
{
    m_app = makeApp(true);
    QVERIFY(m_app);
    m_admin = adminSession(*m_app);
    QVERIFY(m_admin.userId);
    QVERIFY(m_app->context->registry().addCommunity(m_admin, {"XF", "幸福社区", true}).ok());
    m_clerk = addUser("clerk", Role::Caseworker);
    QVERIFY(m_clerk.userId);
}

void RegistryScreensTest::cleanup()
{
    flushDeletes();
    m_app.reset();
}

services::Session RegistryScreensTest::addUser(const char *name, Role role)
{
    const std::string password = "Staff-pass-2025";
    auto added = m_app->context->accounts().addUser(m_admin, {name, "李经办", {role}, password});
    if (!added.ok())
        return {};
    auto session = m_app->context->accounts().login(name, password);
    return session.ok() ? *session : services::Session {};
}

HouseholdDialog *RegistryScreensTest::openNewHousehold(HouseholdsArea &area)
{
    auto *button = child<QAbstractButton>(area.listPage(), "newHouseholdButton");
    if (!button)
        return nullptr;
    button->click();
    auto *dialog =
        area.listPage()->findChild<HouseholdDialog *>(QStringLiteral("newHouseholdDialog"));
    if (dialog)
        (void)QTest::qWaitForWindowExposed(dialog);
    return dialog;
}

void RegistryScreensTest::idAndBankErrorsLookTheSame()
{
    HouseholdsArea area(*m_app->context, m_clerk);
    area.resize(1366, 768);
    area.show();
    QVERIFY(QTest::qWaitForWindowExposed(&area));
    QPointer<HouseholdDialog> dialog = openNewHousehold(area);
    QVERIFY(dialog);
    typeInto(dialog, "addressEdit", QStringLiteral("幸福路12号"));
    typeInto(dialog, "memberNameEdit", QStringLiteral("张建国"));
    QString wrongId = kHeadId;
    wrongId[17] = wrongId[17] == u'1' ? u'2' : u'1';
    typeInto(dialog, "idNumberEdit", wrongId);
    auto *idInfo = child<QLabel>(dialog, "idInfoLabel");
    QVERIFY(idInfo && !idInfo->isHidden());
    QCOMPARE(idInfo->styleSheet(), ErrorLabel::styleSheet(ErrorLabel::Tone::Error));
    // A right number is information again, not an error.
    typeInto(dialog, "idNumberEdit", kHeadId);
    QCOMPARE(idInfo->styleSheet(), ErrorLabel::styleSheet(ErrorLabel::Tone::Plain));

    typeInto(dialog, "bankAccountEdit", QStringLiteral("6222021234567890123")); // Luhn fails
    click(dialog, "saveButton");
    QVERIFY(dialog->isVisible());
    auto *bank = child<QLabel>(dialog, "fieldError_bank_account");
    QVERIFY(bank && !bank->isHidden());
    QVERIFY(qobject_cast<ErrorLabel *>(bank));
    QCOMPARE(bank->styleSheet(), ErrorLabel::styleSheet(ErrorLabel::Tone::Error));
    QVERIFY(bank->wordWrap());
    screenshot(dialog, "registry_bank_error_1366x768");
    dialog->reject();
}

void RegistryScreensTest::newHouseholdDialogFitsTheScreen()
{
    for (const ScreenSize &screen : kScreens) {
        HouseholdsArea area(*m_app->context, m_clerk);
        area.resize(screen.width, screen.height);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        QPointer<HouseholdDialog> dialog = openNewHousehold(area);
        QVERIFY(dialog);
        screenshot(dialog, (QByteArray("registry_new_household_") + screen.name).constData());
        QVERIFY2(dialog->height() <= usableHeight(screen.height),
                 qPrintable(QStringLiteral("%1 px tall").arg(dialog->height())));

        auto *tabs = child<QTabWidget>(dialog, "memberTabs");
        QVERIFY(tabs);
        auto *incomeTable = child<QTableWidget>(dialog, "incomeTable");
        QVERIFY(incomeTable);
        for (int i = 0; i < tabs->count(); ++i)
            if (tabs->widget(i)->isAncestorOf(incomeTable))
                tabs->setCurrentIndex(i);
        click(dialog, "addIncomeButton");
        click(dialog, "addIncomeButton");
        QTest::qWait(30);
        const int last = incomeTable->rowCount() - 1;
        QVERIFY(last >= 1);
        // The kind column shows the whole name of the kind chosen.
        auto *kind = qobject_cast<QComboBox *>(incomeTable->cellWidget(last, 0));
        QVERIFY(kind);
        QVERIFY2(incomeTable->columnWidth(0) >= kind->sizeHint().width(),
                 qPrintable(QStringLiteral("%1 < %2")
                                .arg(incomeTable->columnWidth(0))
                                .arg(kind->sizeHint().width())));
        // The new row is in view: in the table, and the table in the dialog's scroll area.
        const QRect rowRect = incomeTable->visualRect(incomeTable->model()->index(last, 0));
        QVERIFY(incomeTable->viewport()->rect().contains(rowRect));
        auto *scroll = child<QScrollArea>(dialog, "headScroll");
        QVERIFY(scroll);
        QVERIFY(inView(scroll, kind));
        auto *addIncome = child<QWidget>(dialog, "addIncomeButton");
        QVERIFY2(addIncome->mapTo(scroll->viewport(), QPoint(0, 0)).y() >= 0,
                 qPrintable(QStringLiteral("button at %1 in a viewport of %2 (dialog %3)")
                                .arg(addIncome->mapTo(scroll->viewport(), QPoint(0, 0)).y())
                                .arg(scroll->viewport()->height())
                                .arg(dialog->height()) +
                            QStringLiteral(" scroll %1 of %2")
                                .arg(scroll->verticalScrollBar()->value())
                                .arg(scroll->verticalScrollBar()->maximum())));
        screenshot(dialog,
                   (QByteArray("registry_new_household_incomes_") + screen.name).constData());
        dialog->reject();
        flushDeletes();
    }
}

void RegistryScreensTest::memberTableNeedsNoSidewaysScrolling()
{
    services::NewHousehold h;
    h.household.communityId = 1;
    h.household.address = "幸福路12号3单元101";
    h.household.phone = "13800138000";
    services::MemberInput head;
    head.person.name = "欧阳建国";
    head.person.idNumber = kHeadId.toStdString();
    head.person.phone = "13800138000";
    head.relation = Relation::Head;
    h.members.push_back(head);
    auto created = m_app->context->registry().createHousehold(m_clerk, h);
    QVERIFY2(created.ok(), created.ok() ? "" : created.error().message.c_str());

    HouseholdsArea area(*m_app->context, m_clerk);
    // The window of the main window's page area at 1366: the navigation takes ~180.
    area.resize(1366 - 200, 640);
    area.show();
    QVERIFY(QTest::qWaitForWindowExposed(&area));
    area.openHousehold(*created);
    QTest::qWait(30);
    auto *members = child<QTableWidget>(area.householdPage(), "memberTable");
    QVERIFY(members);
    QCOMPARE(members->rowCount(), 1);
    screenshot(area.householdPage(), "registry_household_page_1366");
    QVERIFY2(!members->horizontalScrollBar()->isVisible(),
             qPrintable(QStringLiteral("content %1 in %2")
                            .arg(members->horizontalHeader()->length())
                            .arg(members->viewport()->width())));
}

void RegistryScreensTest::memberOlderThan110IsWarnedNotRefused()
{
    HouseholdsArea area(*m_app->context, m_clerk);
    area.resize(1366, 768);
    area.show();
    QVERIFY(QTest::qWaitForWindowExposed(&area));
    QPointer<HouseholdDialog> dialog = openNewHousehold(area);
    QVERIFY(dialog);
    // Born 1879: 146 years old on 2025-09-15.
    typeInto(dialog, "idNumberEdit", makeId("110105", "18790315", 21));
    auto *idInfo = child<QLabel>(dialog, "idInfoLabel");
    QVERIFY(idInfo);
    QVERIFY2(idInfo->text().contains(QStringLiteral("146")), qPrintable(idInfo->text()));
    QVERIFY2(idInfo->text().contains(QStringLiteral("110")), qPrintable(idInfo->text()));
    QCOMPARE(idInfo->styleSheet(), ErrorLabel::styleSheet(ErrorLabel::Tone::Warning));
    // A warning, not a refusal: the household can be saved.
    typeInto(dialog, "addressEdit", QStringLiteral("幸福路12号"));
    typeInto(dialog, "memberNameEdit", QStringLiteral("张老"));
    click(dialog, "saveButton");
    QVERIFY2(!dialog->isVisible(), qPrintable(labelText(dialog, "errorLabel")));
}

QTEST_MAIN(RegistryScreensTest)
#include "registry_screens_test.moc"
