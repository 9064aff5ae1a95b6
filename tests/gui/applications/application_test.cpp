// 申请审批 through the real windows: a household's application taken from intake
// through acceptance, a home visit by two caseworkers, the street review and the
// public notice, then approved by a supervisor after switching user; the public
// notice list printed to PDF (read back with pdftotext); the workbench's overdue
// task in red that opens its application; refusals from the service shown in the
// dialog, which stays open with what was typed; and the applications list, read
// a page at a time, with the 近亲属 register of applicants related to staff.

#include "gui/gui_test_support.h"

#include "gui/applications/application_display.h"
#include "gui/applications/application_list_model.h"
#include "gui/applications/application_list_page.h"
#include "gui/applications/application_page.h"
#include "gui/applications/applications_area.h"
#include "gui/applications/check_import_dialog.h"
#include "gui/applications/materials_dialog.h"
#include "gui/applications/new_application_dialog.h"
#include "gui/applications/notice_list_dialog.h"
#include "gui/applications/reserve_fund_dialog.h"
#include "gui/applications/review_dialog.h"
#include "gui/applications/step_dialog.h"
#include "gui/applications/visit_dialog.h"
#include "gui/registry/household_page.h"
#include "gui/registry/households_area.h"
#include "gui/widgets/display_text.h"
#include "gui/workbench/dashboard_page.h"

#include "domain/id_number.h"
#include "services/applications/application_service.h"
#include "services/applications/application_text.h"
#include "services/registry/registry_service.h"
#include "storage/applications/application_repository.h"
#include "storage/transaction.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPrintPreviewDialog>
#include <QProcess>
#include <QPushButton>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>

using namespace relief;
using namespace relief::gui;
using namespace relief::gui::test;

namespace {

const char *const kPassword = "Staff-pass-2025";

std::string makeId(const char *region, const char *birth, int sequence)
{
    const std::string first17 = std::string(region) + birth +
        QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0')).toStdString();
    return first17 + IdNumber::checkCharacter(first17);
}

void setText(QObject *parent, const char *name, const QString &text)
{
    auto *edit = child<QPlainTextEdit>(parent, name);
    QVERIFY2(edit, name);
    edit->setPlainText(text);
}

// For the item tables and the applications list alike.
void doubleClickRow(QTableView *table, int row)
{
    const QModelIndex index = table->model()->index(row, 0);
    table->scrollTo(index);
    const QPoint at = table->visualRect(index).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
}

int rowWithText(QTableWidget *table, int column, const QString &text)
{
    for (int row = 0; table && row < table->rowCount(); ++row)
        if (table->item(row, column) && table->item(row, column)->text() == text)
            return row;
    return -1;
}

QString cellText(const QTableView *table, int row, int column)
{
    return table->model()->index(row, column).data().toString();
}

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class ApplicationTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void intakeToApprovalThroughTheDialogs();
    void noticeListPrintsToPdf();
    void workbenchShowsOverdueTaskInRed();
    void refusedStepsShowTheServiceMessage();
    void listPagesAndShowsTheStaffRegister();
    void checkResultsImportAllOrNothing();

private:
    services::Session addUser(const char *name, const char *display, RoleSet roles);
    std::int64_t addHousehold();
    // Submitted and accepted through the service on the clock's day.
    std::int64_t acceptedApplication(const services::Session &by);
    MainWindow *signInAs(const char *user, const char *password = kPassword);
    ApplicationPage *applicationPage(MainWindow *window);
    // Clicks the page's button; the dialog it opens, by objectName.
    template<class D>
    QPointer<D> openDialog(ApplicationPage *page, const char *button, const char *dialogName);

    QTemporaryDir m_settings;
    std::unique_ptr<TestApp> m_app;
    services::Session m_admin;
    services::Session m_wang;
    services::Session m_li;
    services::Session m_zhao;
    std::int64_t m_household = 0;
};

void ApplicationTest::initTestCase()
{
    isolateSettings(m_settings.path());
}

void ApplicationTest::init()
{
    m_app = makeApp(true);
    QVERIFY(m_app);
    m_admin = adminSession(*m_app);
    QVERIFY(m_admin.userId);
    QVERIFY(m_app->context->registry().addCommunity(m_admin, {"XF", "幸福社区", true}).ok());
    m_wang = addUser("wang", "王经办", {Role::Caseworker});
    m_li = addUser("li", "李经办", {Role::Caseworker});
    m_zhao = addUser("zhao", "赵主任", {Role::Supervisor});
    QVERIFY(m_wang.userId && m_li.userId && m_zhao.userId);
    m_household = addHousehold();
    QVERIFY(m_household > 0);
}

void ApplicationTest::cleanup()
{
    flushDeletes();
    m_app.reset();
}

services::Session ApplicationTest::addUser(const char *name, const char *display, RoleSet roles)
{
    auto added = m_app->context->accounts().addUser(m_admin, {name, display, roles, kPassword});
    if (!added.ok())
        return {};
    auto session = m_app->context->accounts().login(name, kPassword);
    return session.ok() ? *session : services::Session {};
}

// Two adults without income or assets: the rules grant dibao.
std::int64_t ApplicationTest::addHousehold()
{
    services::NewHousehold h;
    auto communities = m_app->context->registry().communities(m_admin);
    if (!communities.ok() || communities->empty())
        return 0;
    h.household.communityId = communities->front().id;
    h.household.address = "幸福路8号2单元301";
    h.household.area = Area::Urban;
    services::MemberInput head;
    head.person.name = "张三明";
    head.person.idNumber = makeId("110105", "19700101", 11);
    head.relation = Relation::Head;
    services::MemberInput spouse;
    spouse.person.name = "刘芳";
    spouse.person.idNumber = makeId("110105", "19720202", 12);
    spouse.relation = Relation::Spouse;
    h.members = {head, spouse};
    auto id = m_app->context->registry().createHousehold(m_wang, h);
    if (!id.ok())
        qWarning("household: %s", id.error().message.c_str());
    return id.ok() ? *id : 0;
}

std::int64_t ApplicationTest::acceptedApplication(const services::Session &by)
{
    auto &apps = m_app->context->applications();
    services::NewApplication a;
    a.householdId = m_household;
    a.programme = ApplicationProgramme::Dibao;
    a.receivedOn = m_app->clock.today();
    auto id = apps.submit(by, a);
    if (!id.ok()) {
        qWarning("submit: %s", id.error().message.c_str());
        return 0;
    }
    auto accepted =
        apps.checkMaterials(by, *id, requiredMaterials(a.programme), m_app->clock.today());
    if (!accepted.ok()) {
        qWarning("accept: %s", accepted.error().message.c_str());
        return 0;
    }
    return *id;
}

MainWindow *ApplicationTest::signInAs(const char *user, const char *password)
{
    ApplicationController &controller = *m_app->controller;
    if (!controller.loginDialog())
        controller.start();
    else if (controller.session())
        controller.switchUser();
    flushDeletes();
    signIn(controller, QString::fromLatin1(user), QString::fromLatin1(password));
    MainWindow *window = controller.mainWindow();
    if (window && controller.session() && controller.session()->username == user) {
        window->resize(1280, 900);
        return window;
    }
    qWarning("sign-in of %s failed: %s", user,
             qPrintable(labelText(controller.loginDialog(), "errorLabel")));
    return nullptr;
}

ApplicationPage *ApplicationTest::applicationPage(MainWindow *window)
{
    auto *area = child<ApplicationsArea>(window, "applicationsArea");
    return area ? area->applicationPage() : nullptr;
}

template<class D>
QPointer<D> ApplicationTest::openDialog(ApplicationPage *page, const char *button,
                                        const char *dialogName)
{
    flushDeletes();
    auto *b = child<QAbstractButton>(page, button);
    if (!b || !b->isVisible() || !b->isEnabled()) {
        qWarning("%s is not available", button);
        return nullptr;
    }
    b->click();
    QPointer<D> dialog = page->findChild<D *>(QString::fromLatin1(dialogName));
    if (!dialog || !dialog->isVisible()) {
        qWarning("%s did not open", dialogName);
        return nullptr;
    }
    return dialog;
}

void ApplicationTest::intakeToApprovalThroughTheDialogs()
{
    MainWindow *window = signInAs("wang");
    QVERIFY(window);

    // Intake from the household's page.
    QVERIFY(window->showArea(MainWindow::Area::Households));
    auto *households = child<HouseholdsArea>(window, "householdsArea");
    QVERIFY(households);
    households->openHousehold(m_household);
    click(households->householdPage(), "newApplicationButton");
    QPointer<NewApplicationDialog> intake =
        households->householdPage()->findChild<NewApplicationDialog *>(
            QStringLiteral("newApplicationDialog"));
    QVERIFY(intake && intake->isVisible());
    QVERIFY(labelText(intake, "householdLabel").contains(QStringLiteral("张三明")));
    auto *programme = child<QComboBox>(intake, "programmeCombo");
    QVERIFY(programme);
    // An emergency asks for the hour of the request and the temporary figures;
    // a personal programme for the member.
    programme->setCurrentIndex(
        programme->findData(static_cast<int>(ApplicationProgramme::TemporaryEmergency)));
    QVERIFY(child<QWidget>(intake, "temporaryBox")->isVisibleTo(intake));
    QVERIFY(child<QWidget>(intake, "requestedAtEdit")->isVisibleTo(intake));
    screenshot(intake, "01b-new-emergency");
    programme->setCurrentIndex(programme->findData(static_cast<int>(ApplicationProgramme::Tekun)));
    QVERIFY(child<QComboBox>(intake, "applicantPersonCombo")->isEnabled());
    QCOMPARE(child<QComboBox>(intake, "applicantPersonCombo")->count(), 3);
    programme->setCurrentIndex(programme->findData(static_cast<int>(ApplicationProgramme::Dibao)));
    QVERIFY(!child<QWidget>(intake, "temporaryBox")->isVisibleTo(intake));
    QVERIFY(!child<QWidget>(intake, "requestedAtEdit")->isVisibleTo(intake));
    QVERIFY(!child<QComboBox>(intake, "applicantPersonCombo")->isEnabled());
    setText(intake, "reasonEdit", QStringLiteral("户主患病失业，家庭无收入"));
    screenshot(intake, "01-new-application");
    click(intake, "saveButton");
    QVERIFY2(!intake->isVisible(), qPrintable(labelText(intake, "errorLabel")));
    flushDeletes();

    // The new application opens in the applications area.
    QCOMPARE(window->currentArea(), MainWindow::Area::Applications);
    ApplicationPage *page = applicationPage(window);
    QVERIFY(page && page->isVisible());
    QVERIFY(page->view());
    const std::int64_t id = page->applicationId();
    const QString number = qs(page->view()->record.applicationNo);
    QCOMPARE(page->view()->record.state, ApplicationState::Submitted);
    // A caseworker does not decide.
    QVERIFY(!child<QWidget>(page, "approveButton")->isVisible());

    // 受理 with materials missing: returned, and the one-time notice is offered.
    {
        auto dialog = openDialog<MaterialsDialog>(page, "checkMaterialsButton", "materialsDialog");
        QVERIFY(dialog);
        auto *list = child<QListWidget>(dialog, "materialList");
        QVERIFY(list && list->count() >= 3);
        list->item(0)->setCheckState(Qt::Checked);
        QVERIFY(labelText(dialog, "summaryLabel").contains(QLatin1String("missing")));
        screenshot(dialog, "02-materials-missing");
        click(dialog, "saveButton");
        QVERIFY(!dialog->isVisible());
    }
    QCOMPARE(page->view()->record.state, ApplicationState::Returned);
    auto *offer = page->findChild<QMessageBox *>(QStringLiteral("offerPrintMessageBox"));
    QVERIFY(offer && offer->isVisible());
    QVERIFY(page->isFormAvailable(ApplicationPage::Form::MissingMaterials));
    QVERIFY(page->printJob(ApplicationPage::Form::MissingMaterials)
                .html.contains(services::ApplicationText::material(Material::IncomeProof)));
    click(offer, "offerLaterButton");
    flushDeletes();

    // Back with everything: accepted.
    {
        auto dialog = openDialog<MaterialsDialog>(page, "checkMaterialsButton", "materialsDialog");
        QVERIFY(dialog);
        auto *list = child<QListWidget>(dialog, "materialList");
        for (int row = 0; row < list->count(); ++row)
            list->item(row)->setCheckState(Qt::Checked);
        click(dialog, "saveButton");
        QVERIFY2(!dialog->isVisible(), qPrintable(labelText(dialog, "errorLabel")));
    }
    QCOMPARE(page->view()->record.state, ApplicationState::Accepted);
    QVERIFY(!page->view()->deadlines.empty());

    {
        auto dialog =
            openDialog<StepDialog>(page, "startInvestigationButton", "startInvestigationDialog");
        QVERIFY(dialog);
        click(dialog, "saveButton");
        QVERIFY2(!dialog->isVisible(), qPrintable(labelText(dialog, "errorLabel")));
    }
    QCOMPARE(page->view()->record.state, ApplicationState::Investigating);

    // The home visit by wang (ticked as the signed-in user) and li.
    {
        auto dialog = openDialog<VisitDialog>(page, "recordVisitButton", "visitDialog");
        QVERIFY(dialog);
        QVERIFY(dialog->setStaffChecked(m_li.userId, true));
        child<QCheckBox>(dialog, "seenCheck")->setChecked(true);
        child<QCheckBox>(dialog, "familySignedCheck")->setChecked(true);
        child<QCheckBox>(dialog, "staffSignedCheck")->setChecked(true);
        setText(dialog, "livingEdit", QStringLiteral("两居室，陈设简陋"));
        typeInto(dialog, "healthEdit", QStringLiteral("户主慢性病"));
        QVERIFY2(labelText(dialog, "countsLabel").contains(QLatin1String("counts")),
                 qPrintable(labelText(dialog, "countsLabel")));
        screenshot(dialog, "03-visit");
        click(dialog, "saveButton");
        QVERIFY2(!dialog->isVisible(), qPrintable(labelText(dialog, "errorLabel")));
    }
    QCOMPARE(page->view()->visits.size(), size_t(1));
    QVERIFY(page->view()->visits[0].countsForReview);
    QCOMPARE(page->view()->visits[0].staffNames.size(), size_t(2));

    {
        auto dialog = openDialog<ReviewDialog>(page, "reviewButton", "reviewDialog");
        QVERIFY(dialog);
        QVERIFY(dialog->rulesGrant().value_or(false));
        // Recommending what the rules give needs no reason against them.
        QVERIFY(child<QWidget>(dialog, "disagreementEdit")->isHidden());
        setText(dialog, "opinionEdit", QStringLiteral("符合低保条件，建议批准"));
        screenshot(dialog, "04-review");
        click(dialog, "saveButton");
        QVERIFY2(!dialog->isVisible(), qPrintable(labelText(dialog, "errorLabel")));
    }
    QCOMPARE(page->view()->record.state, ApplicationState::StreetReviewed);
    QVERIFY(page->view()->record.reviewAmount->fen() > 0);

    {
        auto dialog = openDialog<StepDialog>(page, "startNoticeButton", "startNoticeDialog");
        QVERIFY(dialog);
        click(dialog, "saveButton");
        QVERIFY2(!dialog->isVisible(), qPrintable(labelText(dialog, "errorLabel")));
    }
    QCOMPARE(page->view()->record.state, ApplicationState::Notice);
    screenshot(window, "05-application-on-notice");

    // A week later (the notice ran 15–21 September) wang sends it for approval,
    // opening it from the list.
    m_app->controller->switchUser();
    m_app->clock.advance(std::chrono::hours(24 * 7));
    window = signInAs("wang");
    QVERIFY(window);
    QVERIFY(window->showArea(MainWindow::Area::Applications));
    auto *area = child<ApplicationsArea>(window, "applicationsArea");
    auto *list = child<QTableView>(area->listPage(), "applicationTable");
    QVERIFY(list && list->model());
    page = area->applicationPage();
    const int listRow = area->listPage()->model()->rowOf(id);
    QVERIFY(listRow >= 0);
    QCOMPARE(list->model()->index(listRow, 0).data(ApplicationListModel::IdRole).toLongLong(), id);
    QCOMPARE(cellText(list, listRow, ApplicationListModel::NumberColumn), number);
    QCOMPARE(cellText(list, listRow, ApplicationListModel::ApplicantColumn),
             QStringLiteral("张三明"));
    QCOMPARE(cellText(list, listRow, ApplicationListModel::CommunityColumn),
             QStringLiteral("幸福社区"));
    QCOMPARE(cellText(list, listRow, ApplicationListModel::StateColumn),
             services::ApplicationText::state(ApplicationState::Notice));
    QVERIFY(cellText(list, listRow, ApplicationListModel::StaffRelationColumn).isEmpty());
    screenshot(window, "06-application-list");
    doubleClickRow(list, listRow);
    QCOMPARE(area->currentWidget(), page);
    QCOMPARE(page->applicationId(), id);
    {
        auto dialog =
            openDialog<StepDialog>(page, "submitForApprovalButton", "submitForApprovalDialog");
        QVERIFY(dialog);
        click(dialog, "saveButton");
        QVERIFY2(!dialog->isVisible(), qPrintable(labelText(dialog, "errorLabel")));
    }
    QCOMPARE(page->view()->record.state, ApplicationState::PendingApproval);

    // The supervisor finds it on the workbench and approves it.
    window = signInAs("zhao");
    QVERIFY(window);
    QCOMPARE(window->currentArea(), MainWindow::Area::Dashboard);
    auto *tasks = child<QTableWidget>(window, "taskTable");
    QVERIFY(tasks);
    int taskRow = -1;
    for (int r = 0; r < tasks->rowCount(); ++r)
        if (tasks->item(r, 3)->text() == number &&
            tasks->item(r, 2)->text().contains(QLatin1String("approval")))
            taskRow = r;
    QVERIFY2(taskRow >= 0, qPrintable(number));
    screenshot(window, "07-supervisor-workbench");
    doubleClickRow(tasks, taskRow);
    QCOMPARE(window->currentArea(), MainWindow::Area::Applications);
    page = applicationPage(window);
    QCOMPARE(page->applicationId(), id);
    QVERIFY(!child<QWidget>(page, "startNoticeButton")->isVisible()); // not a caseworker
    {
        auto dialog = openDialog<StepDialog>(page, "approveButton", "approveDialog");
        QVERIFY(dialog);
        setText(dialog, "noteEdit", QStringLiteral("同意"));
        screenshot(dialog, "08-approve");
        click(dialog, "saveButton");
        QVERIFY2(!dialog->isVisible(), qPrintable(labelText(dialog, "errorLabel")));
    }
    QCOMPARE(page->view()->record.state, ApplicationState::Approved);
    QCOMPARE(page->view()->cases.size(), size_t(1));
    QVERIFY(page->view()->record.approvedAmount->fen() > 0);
    QVERIFY(page->isFormAvailable(ApplicationPage::Form::Approval));
    QVERIFY(labelText(page, "decisionLabel").contains(QLatin1String("Approved")));
    auto *approvalOffer = page->findChild<QMessageBox *>(QStringLiteral("offerPrintMessageBox"));
    QVERIFY(approvalOffer && approvalOffer->isVisible());
    click(approvalOffer, "offerLaterButton");
    flushDeletes();
    screenshot(window, "09-approved");
    auto *tabs = child<QTabWidget>(page, "applicationTabs");
    QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("decisionTab"));
    tabs->setCurrentWidget(child<QWidget>(page, "reviewTab"));
    QVERIFY(labelText(page, "reviewLabel").contains(QStringLiteral("符合低保条件")));
    screenshot(window, "09b-review-tab");
    tabs->setCurrentWidget(child<QWidget>(page, "visitsTab"));
    QCOMPARE(child<QTableWidget>(page, "visitTable")->rowCount(), 1);
    screenshot(window, "09c-visits-tab");
    tabs->setCurrentWidget(child<QWidget>(page, "historyTab"));
    screenshot(window, "09d-history-tab");
    // Every step is in the history.
    QCOMPARE(child<QTableWidget>(page, "eventTable")->rowCount(), 7);

    // The household's page lists the application; double-clicking opens it.
    QVERIFY(window->showArea(MainWindow::Area::Households));
    households = child<HouseholdsArea>(window, "householdsArea");
    households->openHousehold(m_household);
    auto *applicationsOfHousehold =
        child<QTableWidget>(households->householdPage(), "householdApplicationTable");
    QVERIFY(applicationsOfHousehold);
    child<QTabWidget>(households->householdPage(), "householdTabs")
        ->setCurrentWidget(applicationsOfHousehold);
    QCOMPARE(applicationsOfHousehold->rowCount(), 1);
    QCOMPARE(applicationsOfHousehold->item(0, 0)->text(), number);
    QCOMPARE(applicationsOfHousehold->item(0, 3)->text(),
             services::ApplicationText::state(ApplicationState::Approved));
    doubleClickRow(applicationsOfHousehold, 0);
    QCOMPARE(window->currentArea(), MainWindow::Area::Applications);
    QCOMPARE(applicationPage(window)->applicationId(), id);
}

void ApplicationTest::noticeListPrintsToPdf()
{
    auto settings = m_app->context->officeSettings().load();
    QVERIFY(settings.ok());
    settings->officeName = "示例街道办事处";
    QVERIFY(m_app->context->officeSettings().save(m_admin, *settings).ok());
    auto &apps = m_app->context->applications();
    const std::int64_t id = acceptedApplication(m_wang);
    QVERIFY(id > 0);
    const Date today = m_app->clock.today();
    QVERIFY(apps.startInvestigation(m_wang, id, today).ok());
    services::VisitInput visit;
    visit.visitedOn = today;
    visit.staffIds = {m_wang.userId, m_li.userId};
    visit.beneficiarySeen = visit.familySigned = visit.staffSigned = true;
    QVERIFY(apps.recordVisit(m_wang, id, visit).ok());
    services::ReviewInput review;
    review.reviewedOn = today;
    review.opinion = "符合条件";
    QVERIFY(apps.streetReview(m_wang, id, review).ok());
    QVERIFY(apps.startNotice(m_wang, id, today).ok());

    MainWindow *window = signInAs("wang");
    QVERIFY(window);
    QVERIFY(window->showArea(MainWindow::Area::Applications));
    auto *area = child<ApplicationsArea>(window, "applicationsArea");
    click(area->listPage(), "noticeListButton");
    QPointer<NoticeListDialog> dialog =
        area->listPage()->findChild<NoticeListDialog *>(QStringLiteral("noticeListDialog"));
    QVERIFY(dialog && dialog->isVisible());
    auto *table = child<QTableWidget>(dialog, "noticeTable");
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("张*明"));
    auto *community = child<QComboBox>(dialog, "noticeCommunityCombo");
    QVERIFY(community->count() == 2);
    community->setCurrentIndex(1); // 幸福社区
    QCOMPARE(table->rowCount(), 1);
    screenshot(dialog, "10-notice-list");

    click(dialog, "savePdfButton");
    QPointer<QFileDialog> files = dialog->findChild<QFileDialog *>(QStringLiteral("pdfFileDialog"));
    QVERIFY(files && files->isVisible());
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("notice.pdf"));
    files->selectFile(path);
    static_cast<QDialog *>(files.data())->accept(); // QFileDialog::accept is protected
    QVERIFY(QFile::exists(path));
    auto *saved = dialog->findChild<QMessageBox *>(QStringLiteral("infoMessageBox"));
    QVERIFY(saved && saved->text().contains(QLatin1String("notice.pdf")));

    const QString text = pdfText(path);
    QVERIFY2(text.contains(QStringLiteral("示例街道办事处")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("张*明")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("幸福社区")), qPrintable(text));
    QVERIFY2(!text.contains(QChar(0x2F70)), qPrintable(text)); // ⽰, the Kangxi radical
    QVERIFY(!text.contains(QStringLiteral("张三明")));

    // The print preview paints the same document.
    auto *preview = dialog->openPreview();
    QVERIFY(preview && preview->isVisible());
    screenshot(preview, "11-notice-preview");
    preview->close();
}

void ApplicationTest::workbenchShowsOverdueTaskInRed()
{
    // Accepted on Monday 15 September: the investigation must start within three
    // working days (by the 18th). On the 25th it is overdue.
    const std::int64_t id = acceptedApplication(m_wang);
    QVERIFY(id > 0);
    auto view = m_app->context->applications().application(m_wang, id);
    QVERIFY(view.ok());
    m_app->clock.set(std::chrono::sys_days {std::chrono::year {2025} / 9 / 25} +
                     std::chrono::hours(2));

    MainWindow *window = signInAs("wang");
    QVERIFY(window);
    QCOMPARE(window->currentArea(), MainWindow::Area::Dashboard);
    auto *tasks = child<QTableWidget>(window, "taskTable");
    QVERIFY(tasks);
    int row = -1;
    for (int r = 0; r < tasks->rowCount(); ++r)
        if (tasks->item(r, 3)->text() == qs(view->record.applicationNo) &&
            tasks->item(r, 2)->text() == QLatin1String("Start the investigation"))
            row = r;
    QVERIFY(row >= 0);
    QCOMPARE(row, 0); // overdue first
    QCOMPARE(tasks->item(row, 0)->text(), QStringLiteral("2025-09-18"));
    QCOMPARE(tasks->item(row, 1)->text(), QStringLiteral("Overdue"));
    for (int col = 0; col < tasks->columnCount(); ++col)
        QCOMPARE(tasks->item(row, col)->foreground().color(), ApplicationDisplay::overdueColor());
    QVERIFY(labelText(window, "taskSummaryLabel").startsWith(QLatin1String("1 overdue")));
    // "Mine only" keeps it: wang entered the application.
    child<QCheckBox>(window, "mineOnlyCheck")->setChecked(true);
    QVERIFY(rowWithText(tasks, 2, QStringLiteral("Start the investigation")) >= 0);
    screenshot(window, "12-workbench-overdue");

    doubleClickRow(tasks, rowWithText(tasks, 2, QStringLiteral("Start the investigation")));
    QCOMPARE(window->currentArea(), MainWindow::Area::Applications);
    ApplicationPage *page = applicationPage(window);
    QVERIFY(page && page->isVisible());
    QCOMPARE(page->applicationId(), id);
    // The page shows the same time limit in red.
    auto *deadlines = child<QTableWidget>(page, "deadlineTable");
    QVERIFY(deadlines && deadlines->rowCount() >= 1);
    const int overdue = rowWithText(deadlines, 4, QStringLiteral("Overdue"));
    QVERIFY(overdue >= 0);
    QCOMPARE(deadlines->item(overdue, 0)->foreground().color(), ApplicationDisplay::overdueColor());
    QVERIFY(child<QWidget>(page, "startInvestigationButton")->isEnabled());
    screenshot(window, "13-application-overdue");

    // Enter on a task opens it too.
    QVERIFY(window->showArea(MainWindow::Area::Dashboard));
    auto *area = child<ApplicationsArea>(window, "applicationsArea");
    area->showList();
    tasks->setFocus();
    tasks->setCurrentCell(0, 0);
    QTest::keyClick(tasks, Qt::Key_Return);
    QCOMPARE(window->currentArea(), MainWindow::Area::Applications);
    QCOMPARE(area->currentWidget(), page);
}

void ApplicationTest::refusedStepsShowTheServiceMessage()
{
    auto &apps = m_app->context->applications();
    // wang's application under investigation, without a visit.
    const std::int64_t first = acceptedApplication(m_wang);
    QVERIFY(first > 0);
    QVERIFY(apps.startInvestigation(m_wang, first, m_app->clock.today()).ok());

    MainWindow *window = signInAs("wang");
    QVERIFY(window);
    QVERIFY(window->showArea(MainWindow::Area::Applications));
    auto *area = child<ApplicationsArea>(window, "applicationsArea");
    area->openApplication(first);
    ApplicationPage *page = area->applicationPage();
    {
        // Without a visit that counts the review is disabled, and says why (issue 18).
        auto *review = child<QPushButton>(page, "reviewButton");
        QVERIFY(review && review->isVisible() && !review->isEnabled());
        QVERIFY2(review->toolTip().contains(QLatin1String("two staff")),
                 qPrintable(review->toolTip()));
        // The service refuses it all the same, in the dialog.
        QPointer<ReviewDialog> dialog =
            new ReviewDialog(*m_app->context, m_wang, *page->view(), page);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        // No visit so far counts: the dialog says so before saving.
        QVERIFY(labelText(dialog, "visitsLabel").contains(QLatin1String("RV-2")));
        click(dialog, "saveButton");
        // The opinion is asked for first, at its field.
        QVERIFY(dialog->isVisible());
        QVERIFY(child<QLabel>(dialog, "fieldError_opinion")->isVisibleTo(dialog));
        setText(dialog, "opinionEdit", QStringLiteral("符合条件"));
        click(dialog, "saveButton");
        QVERIFY(dialog->isVisible());
        auto *visits = child<QLabel>(dialog, "fieldError_visits");
        QVERIFY(visits->isVisibleTo(dialog));
        QVERIFY2(visits->text().contains(QLatin1String("two staff")), qPrintable(visits->text()));
        QVERIFY(!child<QLabel>(dialog, "fieldError_opinion")->isVisibleTo(dialog));
        QCOMPARE(child<QPlainTextEdit>(dialog, "opinionEdit")->toPlainText(),
                 QStringLiteral("符合条件"));
        screenshot(dialog, "14-review-refused");
        dialog->reject();
    }
    QCOMPARE(page->view()->record.state, ApplicationState::Investigating);

    // The administrator (who holds every role) enters an application and may
    // not approve it: four eyes.
    const std::int64_t second = [&] {
        const std::int64_t other = [&] {
            services::NewHousehold h;
            h.household.communityId = m_app->context->registry().communities(m_admin)->front().id;
            h.household.address = "幸福路9号";
            services::MemberInput head;
            head.person.name = "李四";
            head.person.idNumber = makeId("110105", "19650505", 31);
            head.relation = Relation::Head;
            h.members = {head};
            auto id = m_app->context->registry().createHousehold(m_wang, h);
            return id.ok() ? *id : std::int64_t(0);
        }();
        services::NewApplication a;
        a.householdId = other;
        a.receivedOn = m_app->clock.today();
        auto id = apps.submit(m_admin, a);
        if (!id.ok())
            return std::int64_t(0);
        const Date today = m_app->clock.today();
        bool ok = apps.checkMaterials(m_admin, *id, requiredMaterials(a.programme), today).ok() &&
            apps.startInvestigation(m_admin, *id, today).ok();
        services::VisitInput visit;
        visit.visitedOn = today;
        visit.staffIds = {m_wang.userId, m_li.userId};
        visit.beneficiarySeen = visit.familySigned = visit.staffSigned = true;
        ok = ok && apps.recordVisit(m_admin, *id, visit).ok();
        services::ReviewInput review;
        review.reviewedOn = today;
        review.opinion = "符合条件";
        review.recommends = storage::ReviewRecommendation::Refuse;
        review.disagreement = "有未申报收入";
        ok = ok && apps.streetReview(m_admin, *id, review).ok() &&
            apps.submitForApproval(m_admin, *id, today).ok();
        return ok ? *id : std::int64_t(0);
    }();
    QVERIFY(second > 0);
    window = signInAs(kAdminUser, kAdminPassword);
    QVERIFY(window);
    QVERIFY(window->showArea(MainWindow::Area::Applications));
    area = child<ApplicationsArea>(window, "applicationsArea");
    area->openApplication(second);
    page = area->applicationPage();
    {
        auto dialog = openDialog<StepDialog>(page, "refuseButton", "refuseDialog");
        QVERIFY(dialog);
        // Reasons are required, at their field.
        click(dialog, "saveButton");
        QVERIFY(dialog->isVisible());
        QVERIFY(child<QLabel>(dialog, "fieldError_note")->isVisibleTo(dialog));
        setText(dialog, "noteEdit", QStringLiteral("家庭人均收入高于低保标准"));
        click(dialog, "saveButton");
        QVERIFY(dialog->isVisible());
        const QString message = labelText(dialog, "errorLabel");
        QVERIFY2(message.contains(QLatin1String("four-eyes")), qPrintable(message));
        QCOMPARE(child<QPlainTextEdit>(dialog, "noteEdit")->toPlainText(),
                 QStringLiteral("家庭人均收入高于低保标准"));
        screenshot(dialog, "15-refuse-four-eyes");
        dialog->reject();
    }
    QCOMPARE(page->view()->record.state, ApplicationState::PendingApproval);

    // The reserve fund: a supervisor tops it up; the amount is checked first.
    QVERIFY(window->showArea(MainWindow::Area::Applications));
    area->showList();
    ReserveFundDialog *fund = area->listPage()->openReserveFund();
    QVERIFY(fund && fund->isVisible());
    QVERIFY(child<QWidget>(fund, "topUpBox")->isVisibleTo(fund));
    typeInto(fund, "topUpAmountEdit", QStringLiteral("abc"));
    click(fund, "topUpButton");
    QVERIFY(child<QLabel>(fund, "fieldError_amount")->isVisibleTo(fund));
    typeInto(fund, "topUpAmountEdit", QStringLiteral("5000"));
    click(fund, "topUpButton");
    QVERIFY(child<QLabel>(fund, "fieldError_note")->isVisibleTo(fund));
    typeInto(fund, "topUpNoteEdit", QStringLiteral("区民政局拨款"));
    click(fund, "topUpButton");
    QVERIFY2(labelText(fund, "balanceLabel").contains(QLatin1String("5000.00")),
             qPrintable(labelText(fund, "balanceLabel")));
    QCOMPARE(child<QTableWidget>(fund, "reserveEntryTable")->rowCount(), 1);
    screenshot(fund, "16-reserve-fund");
    fund->close();
}

void ApplicationTest::listPagesAndShowsTheStaffRegister()
{
    auto &apps = m_app->context->applications();
    // 张三明's application, then one of a caseworker's brother in another household.
    const std::int64_t plain = acceptedApplication(m_wang);
    QVERIFY(plain > 0);
    services::NewHousehold h;
    h.household.communityId = m_app->context->registry().communities(m_admin)->front().id;
    h.household.address = "幸福路9号";
    services::MemberInput head;
    head.person.name = "王五";
    head.person.idNumber = makeId("110105", "19680303", 41);
    head.relation = Relation::Head;
    h.members = {head};
    auto other = m_app->context->registry().createHousehold(m_wang, h);
    QVERIFY(other.ok());
    services::NewApplication a;
    a.householdId = *other;
    a.receivedOn = m_app->clock.today();
    a.staffRelated = true;
    a.staffRelation = "经办人王某之弟";
    auto related = apps.submit(m_wang, a);
    QVERIFY2(related.ok(), related.ok() ? "" : related.error().message.c_str());

    MainWindow *window = signInAs("wang");
    QVERIFY(window);
    QVERIFY(window->showArea(MainWindow::Area::Applications));
    auto *area = child<ApplicationsArea>(window, "applicationsArea");
    ApplicationListPage *listPage = area->listPage();
    area->showList();
    auto *table = child<QTableView>(listPage, "applicationTable");
    ApplicationListModel *model = listPage->model();
    QVERIFY(table && model && table->model() == model);
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->totalCount(), std::int64_t(2));
    QVERIFY2(labelText(listPage, "applicationCountLabel").startsWith(QLatin1String("2 ")),
             qPrintable(labelText(listPage, "applicationCountLabel")));
    // Newest first; the relation shows for the staff member's brother only.
    QCOMPARE(model->applicationId(0), *related);
    QCOMPARE(model->applicationId(1), plain);
    QCOMPARE(cellText(table, 0, ApplicationListModel::ApplicantColumn), QStringLiteral("王五"));
    QCOMPARE(cellText(table, 0, ApplicationListModel::StaffRelationColumn),
             QStringLiteral("经办人王某之弟"));
    QVERIFY(cellText(table, 1, ApplicationListModel::StaffRelationColumn).isEmpty());
    QCOMPARE(
        model->headerData(ApplicationListModel::StaffRelationColumn, Qt::Horizontal).toString(),
        QStringLiteral("Related to staff"));

    // The 近亲属 register shows only applicants related to staff.
    auto *registerCheck = child<QCheckBox>(listPage, "staffRelatedCheck");
    QVERIFY(registerCheck && registerCheck->isVisible() && !registerCheck->isChecked());
    QVERIFY(!registerCheck->toolTip().isEmpty());
    registerCheck->click();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->applicationId(0), *related);
    QVERIFY2(labelText(listPage, "applicationCountLabel").startsWith(QLatin1String("1 ")),
             qPrintable(labelText(listPage, "applicationCountLabel")));
    screenshot(window, "17-staff-register");
    // With a state no relative's application is in: nothing.
    auto *states = child<QComboBox>(listPage, "stateFilterCombo");
    states->setCurrentIndex(states->findData(static_cast<int>(ApplicationState::Accepted)));
    QCOMPARE(model->rowCount(), 0);
    states->setCurrentIndex(states->findData(static_cast<int>(ApplicationState::Submitted)));
    QCOMPARE(model->rowCount(), 1);
    registerCheck->click();
    QCOMPARE(model->rowCount(), 1); // submitted: the relative's only
    states->setCurrentIndex(0); // open applications
    QCOMPARE(model->rowCount(), 2);

    // The selection outlives a refresh while its row is there; Enter and the
    // Open button open it.
    auto *openButton = child<QPushButton>(listPage, "openApplicationButton");
    QVERIFY(!openButton->isEnabled());
    table->setFocus();
    table->selectRow(1);
    QVERIFY(openButton->isEnabled());
    click(listPage, "refreshButton");
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(model->applicationId(table->selectionModel()->selectedRows().first().row()), plain);
    QVERIFY(openButton->isEnabled());
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(area->currentWidget(), area->applicationPage());
    QCOMPARE(area->applicationPage()->applicationId(), plain);
    area->showList();
    QCOMPARE(model->applicationId(table->selectionModel()->selectedRows().first().row()), plain);
    click(listPage, "openApplicationButton");
    QCOMPARE(area->currentWidget(), area->applicationPage());
    QCOMPARE(area->applicationPage()->applicationId(), plain);
    area->showList();
    // Not in the register: the selection goes.
    registerCheck->click();
    QVERIFY(table->selectionModel()->selectedRows().isEmpty());
    QVERIFY(!openButton->isEnabled());
    registerCheck->click();

    // Copies of the first application written straight into the file, every
    // 50th from a staff relative.
    auto addCopies = [&](int n) {
        storage::Transaction tx(m_app->context->database());
        storage::ApplicationRepository repo(m_app->context->database());
        const auto base = repo.findById(plain);
        if (!base)
            return false;
        for (int i = 0; i < n; ++i) {
            storage::ApplicationRecord r = *base;
            r.applicationNo = repo.nextNumber(2025);
            r.staffRelated = i % 50 == 0;
            r.staffRelation = r.staffRelated ? "经办人李某之母" : "";
            repo.insert(r);
        }
        tx.commit();
        return true;
    };
    // 250 more: the list reads 200, then the next page as it scrolls, going on
    // where the first ended.
    QVERIFY(addCopies(250));
    click(listPage, "refreshButton");
    QCOMPARE(model->totalCount(), std::int64_t(252));
    QCOMPARE(model->rowCount(), ApplicationListModel::kPageSize);
    QVERIFY(model->canFetchMore({}));
    QVERIFY2(labelText(listPage, "applicationCountLabel").startsWith(QLatin1String("252 ")),
             qPrintable(labelText(listPage, "applicationCountLabel")));
    // Three registered meanwhile push the second page down: the rows it repeats
    // are not shown twice, and the new ones wait for a refresh.
    QVERIFY(addCopies(3));
    QCoreApplication::processEvents(); // the view lays the rows out
    table->scrollToBottom();
    QTRY_COMPARE(model->rowCount(), 252);
    QVERIFY(!model->canFetchMore({}));
    for (int row = 1; row < model->rowCount(); ++row)
        QVERIFY2(model->applicationId(row) < model->applicationId(row - 1),
                 qPrintable(QString::number(row)));
    QCOMPARE(model->applicationId(251), plain);
    // A row past the first page stays selected through a refresh (three rows
    // further down now).
    table->selectRow(240);
    const std::int64_t deep = model->applicationId(240);
    click(listPage, "refreshButton");
    QCOMPARE(model->totalCount(), std::int64_t(255));
    QVERIFY(model->rowCount() > ApplicationListModel::kPageSize);
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(table->selectionModel()->selectedRows().first().row(), 243);
    QCOMPARE(model->applicationId(243), deep);
    QVERIFY(openButton->isEnabled());
    // The register counts the relatives among them: the brother, five of the 250
    // and the first of the three.
    registerCheck->click();
    QCOMPARE(model->totalCount(), std::int64_t(7));
    QCOMPARE(model->rowCount(), 7);
    QCOMPARE(cellText(table, 6, ApplicationListModel::StaffRelationColumn),
             QStringLiteral("经办人王某之弟"));
}

// Cross-department results from a CSV file, from the application page: a file
// with a bad row imports nothing and names the row; the corrected file records
// every result, and the page shows them.
void ApplicationTest::checkResultsImportAllOrNothing()
{
    const std::int64_t id = acceptedApplication(m_wang);
    QVERIFY(id > 0);
    auto &apps = m_app->context->applications();
    const QByteArray number =
        QByteArray::fromStdString(apps.application(m_wang, id)->record.applicationNo);
    const QByteArray today = QByteArray::fromStdString(m_app->clock.today().toString());
    MainWindow *window = signInAs("wang");
    QVERIFY(window);
    QVERIFY(window->showArea(MainWindow::Area::Applications));
    child<ApplicationsArea>(window, "applicationsArea")->openApplication(id);
    ApplicationPage *page = applicationPage(window);
    QVERIFY(page && page->applicationId() == id);
    child<QTabWidget>(page, "applicationTabs")->setCurrentWidget(child<QWidget>(page, "checksTab"));
    auto dialog = openDialog<CheckImportDialog>(page, "importChecksButton", "checkImportDialog");
    QVERIFY(dialog && dialog->isVisible());

    QTemporaryDir dir;
    auto write = [&dir](const char *name, const QByteArray &bytes) {
        QFile file(dir.filePath(QLatin1String(name)));
        file.open(QIODevice::WriteOnly);
        file.write(bytes);
        return file.fileName();
    };
    const QByteArray header = "application_no,department,result,note,checked_on\n";
    const QString bad = write("bad.csv",
                              header + number + ",police,consistent,," + today + "\n" + number +
                                  ",tax,maybe,," + today + "\n");
    QVERIFY(!dialog->importFile(bad));
    auto *errors = child<QTableWidget>(dialog, "errorTable");
    QVERIFY(errors && errors->isVisible());
    QCOMPARE(errors->rowCount(), 1);
    QCOMPARE(errors->item(0, 0)->text(), QStringLiteral("3"));
    QCOMPARE(errors->item(0, 1)->text(), QStringLiteral("result"));
    QVERIFY(labelText(dialog, "summaryLabel").contains(QLatin1String("Nothing was imported")));
    QCOMPARE(apps.application(m_wang, id)->checks.size(), size_t(0));
    screenshot(dialog, "17-check-import-errors");

    const QString good = write("good.csv",
                               header + number + ",police,consistent,," + today + "\n" + number +
                                   ",tax,discrepancy,个体经营收入未申报," + today + "\n");
    QVERIFY(dialog->importFile(good));
    QVERIFY(!errors->isVisible());
    QVERIFY(labelText(dialog, "summaryLabel").contains(QLatin1String("2 result(s) recorded")));
    QCOMPARE(apps.application(m_wang, id)->checks.size(), size_t(2));
    QCOMPARE(child<QTableWidget>(page, "checkTable")->rowCount(), 2);
    // The same file again changes nothing.
    QVERIFY(dialog->importFile(good));
    QVERIFY(labelText(dialog, "summaryLabel").contains(QLatin1String("2 already on file")));
    QCOMPARE(apps.application(m_wang, id)->checks.size(), size_t(2));
}

QTEST_MAIN(ApplicationTest)
#include "application_test.moc"
