// Issue 18 on the application screens, at 1366×768 and 1280×720: the assessment
// panel's rows never overlap and its programme table shows its rows; 报送审批 is
// disabled during the notice with the reason and the date; its dialog grows for
// its error; the review asks for the department checks; a one-person application
// shows the figure of what is applied for. RELIEF_SCREENSHOTS=<folder> saves them.

#include "gui/gui_test_support.h"

#include "gui/applications/application_list_page.h"
#include "gui/applications/application_page.h"
#include "gui/applications/applications_area.h"
#include "gui/applications/review_dialog.h"
#include "gui/applications/step_dialog.h"
#include "gui/policy/assessment_panel.h"
#include "gui/workbench/dashboard_page.h"

#include "domain/id_number.h"
#include "services/applications/application_service.h"
#include "services/registry/registry_service.h"

#include <algorithm>
#include <functional>

#include <QHeaderView>
#include <QLayout>
#include <QPointer>
#include <QPushButton>
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

struct ScreenSize
{
    const char *name;
    int width;
    int height;
};
constexpr ScreenSize kScreens[] = {{"1366x768", 1366, 768}, {"1280x720", 1280, 720}};

// The visible widgets laid out directly in `layout` (and its sub-layouts) that overlap.
QString overlapping(QLayout *layout)
{
    QList<QWidget *> widgets;
    std::function<void(QLayout *)> collect = [&](QLayout *l) {
        for (int i = 0; i < l->count(); ++i) {
            QLayoutItem *item = l->itemAt(i);
            if (item->widget() && item->widget()->isVisible())
                widgets << item->widget();
            else if (item->layout())
                collect(item->layout());
        }
    };
    collect(layout);
    for (int i = 0; i < widgets.size(); ++i)
        for (int j = i + 1; j < widgets.size(); ++j)
            if (widgets[i]->geometry().intersects(widgets[j]->geometry()))
                return widgets[i]->objectName() + QStringLiteral(" × ") + widgets[j]->objectName();
    return {};
}
} // namespace

class ApplicationScreensTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void assessmentPanelRowsNeverOverlap();
    void submitIsDisabledDuringTheNotice();
    void oneMemberApplicationShowsWhatIsAppliedFor();
    void endedNoticeIsReadyToSubmitNotOverdue();
    void applicationListColumnsKeepAMargin();

private:
    services::Session addUser(const char *name, const char *display, RoleSet roles);
    // Reviewed (approve recommended) with a visit that counts; notice started today.
    std::int64_t applicationInNotice();
    ApplicationPage *openPage(std::int64_t id, const ScreenSize &screen);

    QTemporaryDir m_settings;
    std::unique_ptr<TestApp> m_app;
    services::Session m_admin;
    services::Session m_wang;
    services::Session m_li;
    std::int64_t m_household = 0;
    std::unique_ptr<ApplicationsArea> m_area;
};

void ApplicationScreensTest::initTestCase()
{
    isolateSettings(m_settings.path());
}

void ApplicationScreensTest::init()
{
    m_app = makeApp(true);
    QVERIFY(m_app);
    m_admin = adminSession(*m_app);
    QVERIFY(m_admin.userId);
    QVERIFY(m_app->context->registry().addCommunity(m_admin, {"XF", "幸福社区", true}).ok());
    m_wang = addUser("wang", "王经办", {Role::Caseworker});
    m_li = addUser("li", "李经办", {Role::Caseworker});
    QVERIFY(m_wang.userId && m_li.userId);
    services::NewHousehold h;
    h.household.communityId = m_app->context->registry().communities(m_admin)->front().id;
    h.household.address = "幸福路8号2单元301";
    services::MemberInput head;
    head.person.name = "张三明";
    head.person.idNumber = makeId("110105", "19400101", 11);
    head.relation = Relation::Head;
    services::MemberInput spouse;
    spouse.person.name = "刘芳";
    spouse.person.idNumber = makeId("110105", "19720202", 12);
    spouse.relation = Relation::Spouse;
    h.members = {head, spouse};
    auto id = m_app->context->registry().createHousehold(m_wang, h);
    QVERIFY(id.ok());
    m_household = *id;
}

void ApplicationScreensTest::cleanup()
{
    m_area.reset();
    flushDeletes();
    m_app.reset();
}

services::Session ApplicationScreensTest::addUser(const char *name, const char *display,
                                                  RoleSet roles)
{
    auto added = m_app->context->accounts().addUser(m_admin, {name, display, roles, kPassword});
    if (!added.ok())
        return {};
    auto session = m_app->context->accounts().login(name, kPassword);
    return session.ok() ? *session : services::Session {};
}

std::int64_t ApplicationScreensTest::applicationInNotice()
{
    auto &apps = m_app->context->applications();
    const Date today = m_app->clock.today();
    services::NewApplication a;
    a.householdId = m_household;
    a.programme = ApplicationProgramme::Dibao;
    a.receivedOn = today;
    auto id = apps.submit(m_wang, a);
    if (!id.ok())
        return 0;
    bool ok = apps.checkMaterials(m_wang, *id, requiredMaterials(a.programme), today).ok() &&
        apps.startInvestigation(m_wang, *id, today).ok();
    services::VisitInput visit;
    visit.visitedOn = today;
    visit.staffIds = {m_wang.userId, m_li.userId};
    visit.beneficiarySeen = visit.familySigned = visit.staffSigned = true;
    ok = ok && apps.recordVisit(m_wang, *id, visit).ok();
    services::ReviewInput review;
    review.reviewedOn = today;
    review.opinion = "符合条件";
    review.recommends = storage::ReviewRecommendation::Approve;
    auto reviewed = apps.streetReview(m_wang, *id, review);
    if (!reviewed.ok())
        qWarning("review: %s", reviewed.error().message.c_str());
    ok = ok && reviewed.ok() && apps.startNotice(m_wang, *id, today).ok();
    return ok ? *id : 0;
}

ApplicationPage *ApplicationScreensTest::openPage(std::int64_t id, const ScreenSize &screen)
{
    m_area = std::make_unique<ApplicationsArea>(*m_app->context, m_wang);
    // The page area of the main window: navigation ~180 wide, title and status bars.
    m_area->resize(screen.width - 180, screen.height - 90);
    m_area->show();
    if (!QTest::qWaitForWindowExposed(m_area.get()))
        return nullptr;
    m_area->openApplication(id);
    QTest::qWait(30);
    return m_area->applicationPage();
}

void ApplicationScreensTest::assessmentPanelRowsNeverOverlap()
{
    const std::int64_t id = applicationInNotice();
    QVERIFY(id > 0);
    for (const ScreenSize &screen : kScreens) {
        ApplicationPage *page = openPage(id, screen);
        QVERIFY(page);
        auto *tabs = child<QTabWidget>(page, "applicationTabs");
        QVERIFY(tabs);
        tabs->setCurrentWidget(child<QWidget>(page, "reviewTab"));
        QTest::qWait(30);
        auto *panel = child<AssessmentPanel>(page, "applicationAssessmentPanel");
        QVERIFY(panel);
        screenshot(m_area.get(), (QByteArray("application_review_tab_") + screen.name).constData());
        auto *content = child<QWidget>(panel, "panelContent");
        QVERIFY(content && content->layout());
        const QString overlap = overlapping(content->layout());
        QVERIFY2(overlap.isEmpty(), qPrintable(overlap));
        auto *figures = child<QLayout>(panel, "figuresLayout");
        QVERIFY(figures);
        const QString figureOverlap = overlapping(figures);
        QVERIFY2(figureOverlap.isEmpty(), qPrintable(figureOverlap));
        auto *table = child<QTableWidget>(panel, "amountTable");
        QVERIFY(table);
        const int rows =
            table->viewport()->height() / table->verticalHeader()->defaultSectionSize();
        QVERIFY2(rows >= 3, qPrintable(QString::number(rows)));
    }
}

void ApplicationScreensTest::submitIsDisabledDuringTheNotice()
{
    const std::int64_t id = applicationInNotice();
    QVERIFY(id > 0);
    ApplicationPage *page = openPage(id, kScreens[0]);
    QVERIFY(page);
    auto *submit = child<QPushButton>(page, "submitForApprovalButton");
    QVERIFY(submit && submit->isVisible());
    QVERIFY(!submit->isEnabled());
    // Seven calendar days from today (2025-09-15): from 2025-09-22.
    QVERIFY2(submit->toolTip().contains(QLatin1String("2025-09-22")),
             qPrintable(submit->toolTip()));
    screenshot(page, "application_submit_disabled_1366x768");

    // The service refuses it all the same; the dialog grows for the whole message.
    auto *dialog =
        new StepDialog(*m_app->context, m_wang, StepKind::SubmitForApproval, *page->view(), page);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    click(dialog, "saveButton");
    QVERIFY(dialog->isVisible());
    QTest::qWait(30);
    auto *error = child<QLabel>(dialog, "fieldError_date");
    QVERIFY(error && error->isVisible());
    screenshot(dialog, "application_submit_error_1366x768");
    const QRect at(error->mapTo(dialog, QPoint(0, 0)), error->size());
    QVERIFY(dialog->rect().contains(at));
    QVERIFY2(error->height() >= error->heightForWidth(error->width()),
             qPrintable(QStringLiteral("%1 < %2")
                            .arg(error->height())
                            .arg(error->heightForWidth(error->width()))));
    dialog->close();

    // The review asks for the departments' checks (§7) when none is recorded.
    auto *review = new ReviewDialog(*m_app->context, m_wang, *page->view(), page);
    review->setAttribute(Qt::WA_DeleteOnClose);
    QVERIFY2(labelText(review, "checksLabel").contains(QLatin1String("department")),
             qPrintable(labelText(review, "checksLabel")));
    review->close();
}

void ApplicationScreensTest::oneMemberApplicationShowsWhatIsAppliedFor()
{
    auto &apps = m_app->context->applications();
    auto household = m_app->context->registry().household(m_wang, m_household);
    QVERIFY(household.ok());
    services::NewApplication a;
    a.householdId = m_household;
    a.programme = ApplicationProgramme::Tekun;
    a.personId = household->members.front().person.person.id;
    a.receivedOn = m_app->clock.today();
    auto id = apps.submit(m_wang, a);
    QVERIFY2(id.ok(), id.ok() ? "" : id.error().message.c_str());
    ApplicationPage *page = openPage(*id, kScreens[0]);
    QVERIFY(page);
    child<QTabWidget>(page, "applicationTabs")->setCurrentWidget(child<QWidget>(page, "reviewTab"));
    QTest::qWait(30);
    screenshot(m_area.get(), "application_one_member_1366x768");
    const QString note = labelText(page, "assessmentNoteLabel");
    QVERIFY2(note.contains(QStringLiteral("张三明")), qPrintable(note));
    QVERIFY2(note.contains(QLatin1String("whole household")), qPrintable(note));
}

void ApplicationScreensTest::applicationListColumnsKeepAMargin()
{
    const std::int64_t id = applicationInNotice();
    QVERIFY(id > 0);
    ApplicationsArea area(*m_app->context, m_wang);
    area.resize(1186, 678);
    area.show();
    QVERIFY(QTest::qWaitForWindowExposed(&area));
    auto *table = child<QTableView>(area.listPage(), "applicationTable");
    QVERIFY(table && table->model());
    QTest::qWait(30);
    QVERIFY(table->model()->rowCount() >= 1);
    screenshot(&area, "application_list_1366x768");
    const QString number = table->model()->index(0, 0).data().toString();
    QVERIFY(!number.isEmpty());
    QVERIFY2(table->columnWidth(0) >= table->fontMetrics().horizontalAdvance(number) + 16,
             qPrintable(QStringLiteral("%1 for %2").arg(table->columnWidth(0)).arg(number)));
}

void ApplicationScreensTest::endedNoticeIsReadyToSubmitNotOverdue()
{
    const std::int64_t id = applicationInNotice();
    QVERIFY(id > 0);
    const auto view = m_app->context->applications().application(m_wang, id);
    QVERIFY(view.ok());
    m_app->clock.advance(std::chrono::hours(24 * 9));
    DashboardPage dashboard(*m_app->context, m_wang);
    dashboard.resize(1186, 678);
    dashboard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
    auto *tasks = child<QTableWidget>(&dashboard, "taskTable");
    QVERIFY(tasks);
    int row = -1;
    for (int r = 0; r < tasks->rowCount(); ++r)
        if (tasks->item(r, 3)->text() == QString::fromStdString(view->record.applicationNo) &&
            tasks->item(r, 2)->text().contains(QLatin1String("notice")))
            row = r;
    screenshot(&dashboard, "workbench_notice_over_1366x768");
    QVERIFY(row >= 0);
    QCOMPARE(tasks->item(row, 1)->text(), QStringLiteral("Ready to submit"));
    QVERIFY2(tasks->item(row, 2)->text().contains(QLatin1String("submit for approval")),
             qPrintable(tasks->item(row, 2)->text()));
    QVERIFY(!labelText(&dashboard, "taskSummaryLabel").startsWith(u'1'));
    // The summary is one line beside the check box.
    auto *summary = child<QLabel>(&dashboard, "taskSummaryLabel");
    QVERIFY(summary && !summary->wordWrap());
    // Headers and cells keep a margin from the next column.
    for (int column = 0; column + 1 < tasks->columnCount(); ++column)
        QVERIFY2(tasks->columnWidth(column) >=
                     std::max(static_cast<QAbstractItemView *>(tasks)->sizeHintForColumn(column),
                              tasks->horizontalHeader()->sectionSizeHint(column)) +
                         8,
                 qPrintable(QString::number(column)));
}

QTEST_MAIN(ApplicationScreensTest)
#include "application_screens_test.moc"
