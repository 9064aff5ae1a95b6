#include "dashboard_page.h"

#include "ui_dashboard_page.h"

#include "gui/applications/application_display.h"
#include "gui/shell/app_context.h"
#include "gui/widgets/display_text.h"
#include "gui/widgets/error_label.h"
#include "gui/widgets/screen_fit.h"

#include "services/applications/application_text.h"

#include <QHeaderView>
#include <QSettings>
#include <QShortcut>

#include <set>

namespace relief::gui {

namespace {
const QString kMineOnlyKey = QStringLiteral("dashboard/mineOnly");
enum Column { DueCol, StatusCol, TaskCol, NumberCol, ApplicantCol, CommunityCol, ProgrammeCol };
} // namespace

DashboardPage::DashboardPage(AppContext &context, services::Session session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui_DashboardPage>())
    , m_context(context)
    , m_session(std::move(session))
{
    m_ui->setupUi(this);
    m_ui->mainLayout->setContentsMargins(32, 24, 32, 24);
    m_ui->infoLayout->setContentsMargins(20, 12, 20, 12);
    QFont font = m_ui->greetingLabel->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    m_ui->greetingLabel->setFont(font);
    m_ui->errorLabel->hide();
    m_ui->taskHintLabel->setForegroundRole(QPalette::PlaceholderText);
    // One short line; wrapped it took two beside the check box.
    m_ui->taskSummaryLabel->setWordWrap(false);

    m_canViewApplications =
        m_context.applications().allows(m_session, services::Action::ViewApplications);
    m_ui->tasksBox->setVisible(m_canViewApplications);
    auto *table = m_ui->taskTable;
    table->setColumnCount(7);
    table->setHorizontalHeaderLabels({tr("Due"), tr("Status"), tr("Task"), tr("Application"),
                                      tr("Applicant"), tr("Community"), tr("Programme")});
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    m_ui->mineOnlyCheck->setChecked(QSettings().value(kMineOnlyKey, false).toBool());
    connect(m_ui->mineOnlyCheck, &QCheckBox::toggled, this, [this](bool on) {
        QSettings().setValue(kMineOnlyKey, on);
        refreshTasks();
    });
    connect(m_ui->refreshTasksButton, &QPushButton::clicked, this, &DashboardPage::refresh);
    connect(table, &QTableWidget::cellActivated, this, &DashboardPage::openSelectedTask);
    auto *refreshKey = new QShortcut(QKeySequence::Refresh, this);
    connect(refreshKey, &QShortcut::activated, this, &DashboardPage::refresh);
    refresh();
}

DashboardPage::~DashboardPage() = default;

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void DashboardPage::refresh()
{
    m_ui->greetingLabel->setText(tr("Welcome, %1").arg(qs(m_session.displayName)));
    m_ui->signedInUserLabel->setText(
        tr("%1 (%2)").arg(qs(m_session.displayName), qs(m_session.username)));
    m_ui->rolesLabel->setText(roleList(m_session.roles));

    m_ui->errorLabel->hide();
    QStringList errors;
    auto settings = m_context.officeSettings().load();
    if (settings.ok())
        m_ui->officeNameLabel->setText(qs(settings->officeName));
    else
        errors << qs(settings.error().message);

    const Date today = m_context.clock().today();
    QString dateText = longDate(toQDate(today));
    auto calendar = m_context.holidays().calendar();
    if (calendar.ok())
        dateText = tr("%1 (%2)").arg(
            dateText, calendar->isWorkingDay(today) ? tr("working day") : tr("day off"));
    else
        errors << qs(calendar.error().message);
    m_ui->todayLabel->setText(dateText);
    if (!errors.isEmpty()) {
        m_ui->errorLabel->setText(errors.join(u'\n'));
        m_ui->errorLabel->show();
    }
    refreshTasks();
}

void DashboardPage::refreshTasks()
{
    if (!m_canViewApplications)
        return;
    auto *table = m_ui->taskTable;
    const int selectedRow = table->currentRow();
    table->setRowCount(0);
    auto tasks = m_context.applications().tasks(m_session, m_context.clock().today());
    if (!tasks.ok()) {
        m_ui->taskSummaryLabel->setText(qs(tasks.error().message));
        ErrorLabel::applyTone(m_ui->taskSummaryLabel, ErrorLabel::Tone::Error);
        return;
    }
    ErrorLabel::applyTone(m_ui->taskSummaryLabel, ErrorLabel::Tone::Plain);
    const bool mineOnly = m_ui->mineOnlyCheck->isChecked();
    int overdue = 0;
    int dueSoon = 0;
    // A supervisor's "awaiting approval" already says when the approval is due.
    std::set<std::int64_t> awaiting;
    for (const services::TaskItem &t : *tasks)
        if (t.kind == services::TaskKind::AwaitingApproval)
            awaiting.insert(t.applicationId);
    for (const services::TaskItem &t : *tasks) {
        if (mineOnly && !t.mine)
            continue;
        if (t.kind == services::TaskKind::Deadline && t.step == DeadlineStep::Approval &&
            awaiting.count(t.applicationId))
            continue;
        const int row = table->rowCount();
        table->insertRow(row);
        QString due = qs(t.due.toString());
        if (t.kind == services::TaskKind::Emergency && t.minutesLeft)
            due = ApplicationDisplay::minutesLeftText(*t.minutesLeft);
        // A notice period that has ended is not late: the case is ready to go for
        // approval (issue 18), so it is neither red nor counted as overdue.
        const bool ready =
            t.kind == services::TaskKind::NoticeEnding && t.urgency == Urgency::Overdue;
        const Urgency shown = ready ? Urgency::DueSoon : t.urgency;
        const QStringList cells {due,
                                 ready ? tr("Ready to submit")
                                       : ApplicationDisplay::urgencyName(t.urgency),
                                 ApplicationDisplay::taskText(t),
                                 qs(t.applicationNo),
                                 qs(t.headName),
                                 qs(t.communityName),
                                 services::ApplicationText::programme(t.programme)};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells[col]);
            ApplicationDisplay::paintUrgency(item, shown);
            table->setItem(row, col, item);
        }
        table->item(row, DueCol)
            ->setData(Qt::UserRole, QVariant::fromValue<qint64>(t.applicationId));
        overdue += shown == Urgency::Overdue ? 1 : 0;
        dueSoon += shown == Urgency::DueSoon && !ready ? 1 : 0;
    }
    if (table->rowCount() == 0)
        m_ui->taskSummaryLabel->setText(mineOnly ? tr("No task of yours is waiting.")
                                                 : tr("No task is waiting."));
    else
        m_ui->taskSummaryLabel->setText(tr("%1 overdue · %2 due soon · %3 in all")
                                            .arg(overdue)
                                            .arg(dueSoon)
                                            .arg(table->rowCount()));
    sizeColumnsToContents(table);
    if (selectedRow >= 0 && selectedRow < table->rowCount())
        table->selectRow(selectedRow);
}

void DashboardPage::openSelectedTask()
{
    const int row = m_ui->taskTable->currentRow();
    if (row < 0 || !m_ui->taskTable->item(row, DueCol))
        return;
    Q_EMIT applicationRequested(
        m_ui->taskTable->item(row, DueCol)->data(Qt::UserRole).toLongLong());
}

} // namespace relief::gui
