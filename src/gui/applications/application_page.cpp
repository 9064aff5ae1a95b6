#include "application_page.h"

#include "ui_application_page.h"

#include "application_display.h"
#include "check_import_dialog.h"
#include "cross_check_dialog.h"
#include "gui/registry/registry_text.h"
#include "gui/shell/app_context.h"
#include "gui/widgets/display_text.h"
#include "gui/widgets/message_boxes.h"
#include "materials_dialog.h"
#include "review_dialog.h"
#include "step_dialog.h"
#include "visit_dialog.h"

#include "reports/applications/application_forms.h"
#include "services/applications/application_text.h"
#include "services/policy/policy_service.h"

#include "domain/json_document.h"

#include <QHeaderView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>

#include <algorithm>

namespace relief::gui {

using services::ApplicationText;

namespace {

void setUpTable(QTableWidget *table, const QStringList &headers)
{
    table->setColumnCount(static_cast<int>(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
}

void setRow(QTableWidget *table, int row, const QStringList &cells)
{
    for (int col = 0; col < cells.size(); ++col)
        table->setItem(row, col, new QTableWidgetItem(cells[col]));
}

QString yesNo(bool b)
{
    return b ? ApplicationPage::tr("Yes") : ApplicationPage::tr("No");
}

// Notes as one line: "生活简朴；高血压", not "生活简朴。；高血压" (each note's own
// closing stop goes before the separator).
QString joinNotes(QStringList notes)
{
    for (QString &n : notes) {
        n = n.trimmed();
        while (!n.isEmpty() &&
               (n.endsWith(u'。') || n.endsWith(u'；') || n.endsWith(u';') || n.endsWith(u'.')))
            n.chop(1);
    }
    notes.removeAll(QString());
    return notes.join(QStringLiteral("；"));
}

QString dateText(const std::optional<Date> &d)
{
    return d ? qs(d->toString()) : QString();
}

// A returned application's event note lists the missing materials' keys.
QString materialNote(const std::string &note)
{
    // The stored note is parsed with the depth guard (domain/json_document.h).
    const auto doc = parseJsonDocument(note, services::currentLang());
    if (!doc.ok() || !doc->is_array())
        return qs(note);
    QStringList names;
    for (const nlohmann::json &v : *doc) {
        if (!v.is_string())
            continue;
        const std::string key = v.get<std::string>();
        for (size_t i = 0; i < kMaterialKeys.size(); ++i)
            if (kMaterialKeys[i] == key)
                names << ApplicationText::material(static_cast<Material>(i));
    }
    return ApplicationPage::tr("Missing: %1").arg(names.join(ApplicationPage::tr(", ")));
}

QString stateStyle(ApplicationState s)
{
    QString colour = QStringLiteral("#2b579a"); // in progress
    switch (s) {
    case ApplicationState::Approved:
        colour = QStringLiteral("#1e6b34");
        break;
    case ApplicationState::Refused:
        colour = QStringLiteral("#b3261e");
        break;
    case ApplicationState::Withdrawn:
        colour = QStringLiteral("#666666");
        break;
    case ApplicationState::Returned:
        colour = QStringLiteral("#9a5b00");
        break;
    default:
        break;
    }
    return QStringLiteral("QLabel { color: white; background: %1; border-radius: 4px; "
                          "font-weight: bold; }")
        .arg(colour);
}

} // namespace

ApplicationPage::ApplicationPage(AppContext &context, services::Session session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui_ApplicationPage>())
    , m_context(context)
    , m_session(std::move(session))
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    auto &apps = m_context.applications();
    m_canHandle = apps.allows(m_session, services::Action::HandleApplication);
    m_canDecide = apps.allows(m_session, services::Action::DecideApplication);
    m_canWithdraw = apps.allows(m_session, services::Action::WithdrawApplication);

    QFont title = m_ui->applicationTitleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.3);
    title.setBold(true);
    m_ui->applicationTitleLabel->setFont(title);
    m_ui->applicationTitleLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_ui->stateLabel->setContentsMargins(10, 3, 10, 3);
    // The time limits table is as high as its rows (fillDeadlines), never more.
    m_ui->deadlineTable->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setUpTable(m_ui->deadlineTable,
               {tr("Time limit"), tr("Length"), tr("From"), tr("Due"), tr("Status")});
    setUpTable(m_ui->materialTable, {tr("Material"), tr("Provided")});
    setUpTable(m_ui->visitTable,
               {tr("Date"), tr("Stage"), tr("Kind"), tr("Staff"), tr("Seen in person"),
                tr("Signed"), tr("Counts for review"), tr("Findings")});
    setUpTable(m_ui->checkTable, {tr("Department"), tr("Result"), tr("Checked on"), tr("Note")});
    setUpTable(m_ui->eventTable,
               {tr("Date"), tr("Step"), tr("From"), tr("To"), tr("By"), tr("Note")});

    buildPrintMenu();
    connect(m_ui->backButton, &QPushButton::clicked, this, &ApplicationPage::backRequested);
    auto *back = new QShortcut(QKeySequence::Back, this);
    connect(back, &QShortcut::activated, this, &ApplicationPage::backRequested);
    auto *refreshKey = new QShortcut(QKeySequence::Refresh, this);
    connect(refreshKey, &QShortcut::activated, this, &ApplicationPage::refresh);

    connect(m_ui->checkMaterialsButton, &QPushButton::clicked, this,
            &ApplicationPage::openCheckMaterials);
    connect(m_ui->recordVisitButton, &QPushButton::clicked, this,
            &ApplicationPage::openRecordVisit);
    connect(m_ui->crossCheckButton, &QPushButton::clicked, this, &ApplicationPage::openCrossCheck);
    connect(m_ui->importChecksButton, &QPushButton::clicked, this,
            &ApplicationPage::openCheckImport);
    connect(m_ui->reviewButton, &QPushButton::clicked, this, &ApplicationPage::openReview);
    const std::pair<QPushButton *, StepKind> steps[] = {
        {m_ui->startInvestigationButton, StepKind::StartInvestigation},
        {m_ui->startNoticeButton, StepKind::StartNotice},
        {m_ui->objectionButton, StepKind::Objection},
        {m_ui->submitForApprovalButton, StepKind::SubmitForApproval},
        {m_ui->approveButton, StepKind::Approve},
        {m_ui->refuseButton, StepKind::Refuse},
        {m_ui->withdrawButton, StepKind::Withdraw},
        {m_ui->refusalNoticeButton, StepKind::RefusalNotice},
        {m_ui->extendButton, StepKind::Extension},
        {m_ui->prepayButton, StepKind::Prepay},
    };
    for (const auto &[button, kind] : steps)
        connect(button, &QPushButton::clicked, this, [this, kind = kind] { openStep(kind); });
    updateActions();
}

ApplicationPage::~ApplicationPage() = default;

void ApplicationPage::buildPrintMenu()
{
    m_printMenu = new QMenu(this);
    m_printMenu->setObjectName(QStringLiteral("printMenu"));
    struct Entry
    {
        Form form;
        QString text;
        const char *name;
    };
    const Entry entries[] = {
        {Form::MissingMaterials, tr("One-time notice of missing materials (一次性告知书)"),
         "MissingMaterials"},
        {Form::HomeVisit, tr("Home visit record (入户调查表)"), "HomeVisit"},
        {Form::Approval, tr("Notice of approval (审核确认通知书)"), "Approval"},
        {Form::Refusal, tr("Notice of refusal (不予批准告知书)"), "Refusal"},
    };
    for (const Entry &e : entries) {
        QAction *action = m_printMenu->addAction(tr("%1…").arg(e.text));
        action->setObjectName(QStringLiteral("print%1Action").arg(QLatin1String(e.name)));
        action->setData(static_cast<int>(e.form));
        connect(action, &QAction::triggered, this,
                [this, form = e.form] { openPrintPreview(form); });
    }
    m_printMenu->addSeparator();
    QMenu *pdf = m_printMenu->addMenu(tr("Save as &PDF"));
    pdf->setObjectName(QStringLiteral("pdfMenu"));
    for (const Entry &e : entries) {
        QAction *action = pdf->addAction(tr("%1…").arg(e.text));
        action->setObjectName(QStringLiteral("pdf%1Action").arg(QLatin1String(e.name)));
        action->setData(static_cast<int>(e.form));
        connect(action, &QAction::triggered, this, [this, form = e.form] { openSavePdf(form); });
    }
    auto enable = [this](QMenu *menu) {
        for (QAction *action : menu->actions())
            if (!action->isSeparator() && !action->menu())
                action->setEnabled(isFormAvailable(static_cast<Form>(action->data().toInt())));
    };
    connect(m_printMenu, &QMenu::aboutToShow, this, [this, enable] { enable(m_printMenu); });
    connect(pdf, &QMenu::aboutToShow, this, [enable, pdf] { enable(pdf); });
    m_ui->printButton->setMenu(m_printMenu);
}

void ApplicationPage::showApplication(std::int64_t applicationId)
{
    m_applicationId = applicationId;
    refresh();
    // A decided application opens on its decision.
    m_ui->applicationTabs->setCurrentWidget(
        m_view && isFinal(m_view->record.state) ? m_ui->decisionTab : m_ui->materialsTab);
}

void ApplicationPage::refresh()
{
    m_view.reset();
    m_ui->errorLabel->hide();
    if (m_applicationId != 0) {
        auto view = m_context.applications().application(m_session, m_applicationId);
        if (view.ok()) {
            m_view = std::make_unique<services::ApplicationView>(std::move(*view));
        } else {
            m_ui->errorLabel->setText(qs(view.error().message));
            m_ui->errorLabel->show();
        }
    }
    fillHeader();
    fillDeadlines();
    fillMaterials();
    fillVisits();
    fillChecks();
    fillReview();
    fillHistory();
    fillDecision();
    updateActions();
}

void ApplicationPage::fillHeader()
{
    if (!m_view) {
        m_ui->applicationTitleLabel->clear();
        m_ui->stateLabel->clear();
        m_ui->stateLabel->hide();
        m_ui->summaryLabel->clear();
        return;
    }
    const auto &v = *m_view;
    const auto &r = v.record;
    m_ui->applicationTitleLabel->setText(
        tr("Application %1 · %2")
            .arg(qs(r.applicationNo), ApplicationText::programme(r.programme)));
    m_ui->stateLabel->setText(ApplicationText::state(r.state));
    m_ui->stateLabel->setStyleSheet(stateStyle(r.state));
    m_ui->stateLabel->show();

    const QString none = tr("—");
    auto orNone = [&none](const std::string &s) {
        return s.empty() ? none : qs(s).toHtmlEscaped();
    };
    QStringList lines;
    lines << tr("<b>Household</b> %1 · head %2 · %3 · %4")
                 .arg(orNone(v.householdNo), orNone(v.headName), orNone(v.communityName),
                      orNone(v.address));
    if (!v.personName.empty())
        lines << tr("<b>For</b> %1").arg(qs(v.personName).toHtmlEscaped());
    lines << tr("<b>Received</b> %1 via %2 · entered by %3")
                 .arg(qs(r.receivedOn.toString()), ApplicationText::channel(r.channel),
                      orNone(v.enteredBy));
    if (r.requestedAt)
        lines << tr("<b>Emergency request</b> at %1")
                     .arg(qs(*r.requestedAt).replace(QLatin1Char('T'), QLatin1Char(' ')));
    if (!r.reason.empty())
        lines << tr("<b>Reason</b> %1").arg(qs(r.reason).toHtmlEscaped());
    if (isTemporary(r.programme)) {
        QStringList temp;
        if (r.tempMonths > 0)
            temp << tr("%n month(s) of the standard", nullptr, r.tempMonths);
        if (r.tempExpense.fen() > 0)
            temp << tr("expense %1").arg(ApplicationDisplay::yuanText(r.tempExpense));
        if (r.tempReimbursed.fen() > 0)
            temp << tr("reimbursed %1").arg(ApplicationDisplay::yuanText(r.tempReimbursed));
        if (r.tempOtherAid.fen() > 0)
            temp << tr("other aid %1").arg(ApplicationDisplay::yuanText(r.tempOtherAid));
        if (r.tempSpecial)
            temp << tr("case by case (一事一议)");
        if (!temp.isEmpty())
            lines << tr("<b>Request</b> %1").arg(temp.join(tr(", ")));
    }
    if (r.staffRelated)
        lines << tr("<span style=\"color:#9a5b00;\"><b>Related to staff (近亲属):</b> %1 — "
                    "approval waits for a supervisor's home visit.</span>")
                     .arg(qs(r.staffRelation).toHtmlEscaped());
    if (r.extended)
        lines << tr("<b>Time limit extended:</b> %1").arg(qs(r.extensionReason).toHtmlEscaped());
    m_ui->summaryLabel->setText(lines.join(QStringLiteral("<br/>")));
}

void ApplicationPage::fillDeadlines()
{
    auto *table = m_ui->deadlineTable;
    table->setRowCount(0);
    const bool none = !m_view || m_view->deadlines.empty();
    table->setVisible(!none);
    m_ui->noDeadlineLabel->setVisible(none);
    if (none)
        return;
    auto calendar = m_context.holidays().calendar();
    const Date today = m_context.clock().today();
    table->setRowCount(static_cast<int>(m_view->deadlines.size()));
    for (int row = 0; row < table->rowCount(); ++row) {
        const OpenDeadline &d = m_view->deadlines[static_cast<size_t>(row)];
        const Urgency urgency =
            calendar.ok() ? urgencyOn(today, d.deadline, *calendar) : Urgency::OnTime;
        QString due = qs(d.deadline.due.toString());
        if (d.deadline.beyondCalendar)
            due = tr("%1 (holidays of that year not yet entered)").arg(due);
        const QString length = d.deadline.calendarDays
            ? tr("%n day(s)", nullptr, d.deadline.length)
            : tr("%n working day(s)", nullptr, d.deadline.length);
        setRow(table, row,
               {ApplicationDisplay::deadlineStepName(d.step), length, qs(d.start.toString()), due,
                ApplicationDisplay::urgencyName(urgency)});
        for (int col = 0; col < table->columnCount(); ++col)
            ApplicationDisplay::paintUrgency(table->item(row, col), urgency);
    }
    // As high as its rows: the time limits are read at a glance, never scrolled.
    table->setFixedHeight(table->horizontalHeader()->sizeHint().height() +
                          table->verticalHeader()->length() + 2 * table->frameWidth());
}

void ApplicationPage::fillMaterials()
{
    auto *table = m_ui->materialTable;
    table->setRowCount(0);
    if (!m_view)
        return;
    table->setRowCount(static_cast<int>(m_view->materials.size()));
    for (int row = 0; row < table->rowCount(); ++row) {
        const auto &[material, provided] = m_view->materials[static_cast<size_t>(row)];
        setRow(
            table, row,
            {ApplicationText::material(material), provided ? tr("✓ Provided") : tr("✗ Missing")});
        if (!provided)
            table->item(row, 1)->setForeground(ApplicationDisplay::dueSoonColor());
    }
}

void ApplicationPage::fillVisits()
{
    auto *table = m_ui->visitTable;
    table->setRowCount(0);
    if (!m_view)
        return;
    table->setRowCount(static_cast<int>(m_view->visits.size()));
    for (int row = 0; row < table->rowCount(); ++row) {
        const services::VisitView &v = m_view->visits[static_cast<size_t>(row)];
        QStringList staff;
        for (const std::string &name : v.staffNames)
            staff << qs(name);
        QStringList findings;
        for (const std::string *s : {&v.record.livingConditions, &v.record.health,
                                     &v.record.employability, &v.record.notes})
            if (!s->empty())
                findings << qs(*s);
        const bool signedBoth = v.record.familySigned && v.record.staffSigned;
        setRow(
            table, row,
            {qs(v.record.visitedOn.toString()), ApplicationDisplay::visitStageName(v.record.stage),
             ApplicationText::visitKind(v.record.kind), staff.join(tr(", ")),
             yesNo(v.record.beneficiarySeen),
             signedBoth
                 ? tr("Family and staff")
                 : (v.record.familySigned ? tr("Family only")
                                          : (v.record.staffSigned ? tr("Staff only") : tr("No"))),
             v.record.stage == storage::VisitStage::Approval ? tr("—") : yesNo(v.countsForReview),
             joinNotes(findings)});
    }
}

void ApplicationPage::fillChecks()
{
    auto *table = m_ui->checkTable;
    table->setRowCount(0);
    if (!m_view)
        return;
    table->setRowCount(static_cast<int>(m_view->checks.size()));
    for (int row = 0; row < table->rowCount(); ++row) {
        const storage::CrossCheckRecord &c = m_view->checks[static_cast<size_t>(row)];
        setRow(table, row,
               {ApplicationText::department(c.department),
                ApplicationDisplay::checkResultName(c.result), qs(c.checkedOn.toString()),
                qs(c.note)});
        if (c.result == storage::CheckResult::Discrepancy)
            table->item(row, 1)->setForeground(ApplicationDisplay::overdueColor());
    }
}

void ApplicationPage::fillReview()
{
    if (!m_view) {
        m_ui->reviewLabel->clear();
        m_ui->applicationAssessmentPanel->showMessage(QString());
        return;
    }
    const auto &r = m_view->record;
    QStringList lines;
    Date asOf = m_context.clock().today();
    if (r.reviewedOn) {
        asOf = *r.reviewedOn;
        lines << tr("<b>Reviewed on %1.</b>").arg(qs(r.reviewedOn->toString()));
        if (r.reviewRecommends)
            lines << ApplicationDisplay::recommendationName(*r.reviewRecommends) +
                    (r.reviewAmount && r.reviewAmount->fen() > 0
                         ? tr(": %1 as the rules give on that day")
                               .arg(ApplicationDisplay::yuanText(*r.reviewAmount))
                         : QString());
        if (!r.reviewOpinion.empty())
            lines << tr("<b>Opinion:</b> %1").arg(qs(r.reviewOpinion).toHtmlEscaped());
        if (!r.reviewDisagreement.empty())
            lines << tr("<span style=\"color:#9a5b00;\"><b>Against the rules, because:</b> "
                        "%1</span>")
                         .arg(qs(r.reviewDisagreement).toHtmlEscaped());
        lines << QString()
              << tr("The panel shows what the rules give with the household as recorded now, "
                    "on the review date.");
    } else {
        lines << tr("Not reviewed yet.")
              << tr("The panel shows what the rules give today with the household as "
                    "recorded; the street review records it.");
    }
    m_ui->reviewLabel->setText(lines.join(QStringLiteral("<br/>")));
    auto assessed = m_context.applications().assess(m_session, m_applicationId, asOf);
    if (!assessed.ok()) {
        m_ui->applicationAssessmentPanel->showMessage(qs(assessed.error().message));
        return;
    }
    QStringList names;
    for (const std::string &name : assessed->names)
        names << qs(name);
    m_ui->applicationAssessmentPanel->setAssessment(assessed->assessment, names);
    // The figure of what is applied for first; the panel's figures are the
    // household's as a whole (issue 18: 特困 for one member is not "the household").
    const QString programme = services::ApplicationText::programme(r.programme);
    const QString amount = ApplicationDisplay::yuanText(assessed->amount);
    m_ui->applicationAssessmentPanel->setNote(
        m_view->personName.empty()
            ? tr("<b>Applied for:</b> %1 for the household: %2 a month as the rules give "
                 "on %3.")
                  .arg(programme, amount, qs(asOf.toString()))
            : tr("<b>Applied for:</b> %1 for %2: %3 a month as the rules give on %4. The "
                 "figures below are the whole household's.")
                  .arg(programme, qs(m_view->personName).toHtmlEscaped(), amount,
                       qs(asOf.toString())));
}

void ApplicationPage::fillHistory()
{
    auto *table = m_ui->eventTable;
    table->setRowCount(0);
    if (!m_view)
        return;
    // Newest first.
    const auto &events = m_view->events;
    table->setRowCount(static_cast<int>(events.size()));
    for (int row = 0; row < table->rowCount(); ++row) {
        const auto &e = events[events.size() - 1 - static_cast<size_t>(row)];
        const QString note = e.step == ApplicationStep::Return ? materialNote(e.note) : qs(e.note);
        QString step = ApplicationText::step(e.step);
        if (!step.isEmpty())
            step[0] = step[0].toUpper();
        setRow(table, row,
               {qs(e.onDate.toString()), step, ApplicationText::state(e.from),
                ApplicationText::state(e.to), qs(e.username), note});
    }
}

void ApplicationPage::fillDecision()
{
    if (!m_view) {
        m_ui->decisionLabel->clear();
        return;
    }
    const auto &v = *m_view;
    const auto &r = v.record;
    QStringList lines;
    switch (r.state) {
    case ApplicationState::Approved: {
        lines << tr("<b>Approved on %1</b> by %2.")
                     .arg(dateText(r.decidedOn), qs(v.decidedBy).toHtmlEscaped());
        if (r.approvedAmount) {
            if (isTemporary(r.programme))
                lines
                    << tr("Granted once: %1.").arg(ApplicationDisplay::yuanText(*r.approvedAmount));
            else
                lines << tr("Granted %1 a month from %2.")
                             .arg(ApplicationDisplay::yuanText(*r.approvedAmount),
                                  r.firstMonth ? qs(r.firstMonth->toString()) : QString());
        }
        for (const storage::CaseRecord &c : v.cases)
            lines << tr("Case: %1, %2 a month")
                         .arg(programmeName(c.programme),
                              ApplicationDisplay::yuanText(c.currentAmount));
        if (!r.decisionReasons.empty())
            lines << tr("Note: %1").arg(qs(r.decisionReasons).toHtmlEscaped());
        break;
    }
    case ApplicationState::Refused:
        lines << tr("<b>Refused on %1</b> by %2.")
                     .arg(dateText(r.decidedOn), qs(v.decidedBy).toHtmlEscaped());
        lines << tr("Reasons: %1").arg(qs(r.decisionReasons).toHtmlEscaped());
        lines << (r.refusalNoticeIssuedOn ? tr("The refusal notice was handed over on %1.")
                                                .arg(dateText(r.refusalNoticeIssuedOn))
                                          : tr("The refusal notice has not been handed over yet."));
        break;
    case ApplicationState::Withdrawn:
        lines << tr("<b>Withdrawn on %1.</b> Reason: %2")
                     .arg(dateText(r.decidedOn), qs(r.withdrawReason).toHtmlEscaped());
        break;
    default:
        lines << tr("Not decided yet.");
        break;
    }
    if (r.prepaidAmount.fen() > 0)
        lines
            << tr("Paid first (先行救助): %1.").arg(ApplicationDisplay::yuanText(r.prepaidAmount));
    for (const storage::ReserveEntryRecord &p : v.reservePayments)
        lines << tr("Reserve fund payment on %1: %2 to %3.")
                     .arg(qs(p.onDate.toString()), ApplicationDisplay::yuanText(p.amount),
                          qs(p.payee).toHtmlEscaped());
    m_ui->decisionLabel->setText(lines.join(QStringLiteral("<br/>")));
}

void ApplicationPage::updateActions()
{
    const services::ApplicationView *v = m_view.get();
    auto allowed = [v](ApplicationStep s) {
        return v &&
            std::find(v->allowedSteps.begin(), v->allowedSteps.end(), s) != v->allowedSteps.end();
    };
    auto set = [](QPushButton *button, bool visible, bool enabled) {
        button->setVisible(visible);
        button->setEnabled(visible && enabled);
        button->setToolTip(QString());
    };
    // A step the state allows whose preconditions do not hold: disabled, and why.
    auto hold = [v](QPushButton *button, ApplicationStep step) {
        if (!v || !button->isEnabled())
            return;
        for (const services::StepHold &h : v->heldSteps)
            if (h.step == step) {
                button->setEnabled(false);
                button->setToolTip(h.possibleFrom
                                       ? tr("%1 Possible from %2.")
                                             .arg(qs(h.reason), qs(h.possibleFrom->toString()))
                                       : qs(h.reason));
            }
    };
    const ApplicationState state = v ? v->record.state : ApplicationState::Withdrawn;
    const ApplicationProgramme programme = v ? v->record.programme : ApplicationProgramme::Dibao;
    const bool notice = !skipsNotice(programme);
    set(m_ui->checkMaterialsButton, m_canHandle,
        allowed(ApplicationStep::Accept) || allowed(ApplicationStep::Return));
    set(m_ui->startInvestigationButton, m_canHandle, allowed(ApplicationStep::StartInvestigation));
    set(m_ui->recordVisitButton, m_canHandle,
        state == ApplicationState::Investigating ||
            (state == ApplicationState::PendingApproval && v && v->record.staffRelated));
    set(m_ui->crossCheckButton, m_canHandle,
        state == ApplicationState::Accepted || state == ApplicationState::Investigating);
    set(m_ui->importChecksButton, m_canHandle, true);
    set(m_ui->reviewButton, m_canHandle, allowed(ApplicationStep::StreetReview));
    set(m_ui->startNoticeButton, m_canHandle && notice, allowed(ApplicationStep::StartNotice));
    set(m_ui->objectionButton, m_canHandle && notice, allowed(ApplicationStep::Object));
    set(m_ui->submitForApprovalButton, m_canHandle, allowed(ApplicationStep::SubmitForApproval));
    hold(m_ui->reviewButton, ApplicationStep::StreetReview);
    hold(m_ui->submitForApprovalButton, ApplicationStep::SubmitForApproval);
    set(m_ui->approveButton, m_canDecide, allowed(ApplicationStep::Approve));
    set(m_ui->refuseButton, m_canDecide, allowed(ApplicationStep::Refuse));
    set(m_ui->withdrawButton, m_canWithdraw, allowed(ApplicationStep::Withdraw));
    set(m_ui->prepayButton, m_canDecide && programme == ApplicationProgramme::TemporaryEmergency,
        v && !isFinal(state) && state != ApplicationState::Submitted &&
            state != ApplicationState::Returned && v->record.prepaidAmount.fen() == 0);
    set(m_ui->refusalNoticeButton, m_canHandle && state == ApplicationState::Refused,
        v && !v->record.refusalNoticeIssuedOn);
    set(m_ui->extendButton,
        m_canHandle &&
            (programme == ApplicationProgramme::Dibao || programme == ApplicationProgramme::Tekun),
        v && !isFinal(state) && !v->record.extended);
    // The visible buttons side by side, five to a row, in workflow order; the box
    // goes when nothing can be done (a decided application, a reader's roles).
    QPushButton *const order[] = {
        m_ui->checkMaterialsButton, m_ui->startInvestigationButton,
        m_ui->recordVisitButton,    m_ui->crossCheckButton,
        m_ui->reviewButton,         m_ui->startNoticeButton,
        m_ui->objectionButton,      m_ui->submitForApprovalButton,
        m_ui->approveButton,        m_ui->refuseButton,
        m_ui->prepayButton,         m_ui->refusalNoticeButton,
        m_ui->extendButton,         m_ui->withdrawButton,
    };
    bool anyEnabled = false;
    int placed = 0;
    for (QPushButton *button : order) {
        m_ui->actionsLayout->removeWidget(button);
        if (button->isHidden())
            continue;
        m_ui->actionsLayout->addWidget(button, placed / 5, placed % 5);
        ++placed;
        anyEnabled = anyEnabled || button->isEnabled();
    }
    m_ui->actionsBox->setVisible(anyEnabled);
    m_ui->printButton->setEnabled(v != nullptr);
}

void ApplicationPage::changed()
{
    const bool wasFinal = m_view && isFinal(m_view->record.state);
    refresh();
    if (!wasFinal && m_view && isFinal(m_view->record.state))
        m_ui->applicationTabs->setCurrentWidget(m_ui->decisionTab);
    Q_EMIT applicationChanged(m_applicationId);
}

MaterialsDialog *ApplicationPage::openCheckMaterials()
{
    if (!m_view)
        return nullptr;
    auto *dialog = new MaterialsDialog(m_context, m_session, *m_view, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const bool returned = dialog->returned();
        changed();
        if (returned)
            offerPrint(Form::MissingMaterials,
                       tr("The application was returned: materials are missing. Print the "
                          "one-time notice (一次性告知书) for the applicant?"));
    });
    dialog->open();
    return dialog;
}

VisitDialog *ApplicationPage::openRecordVisit()
{
    if (!m_view)
        return nullptr;
    const auto stage = m_view->record.state == ApplicationState::PendingApproval
        ? storage::VisitStage::Approval
        : storage::VisitStage::Investigation;
    auto *dialog = new VisitDialog(m_context, m_session, *m_view, stage, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &ApplicationPage::changed);
    dialog->open();
    return dialog;
}

CrossCheckDialog *ApplicationPage::openCrossCheck()
{
    if (!m_view)
        return nullptr;
    auto *dialog = new CrossCheckDialog(m_context, m_session, *m_view, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CrossCheckDialog::recorded, this, &ApplicationPage::changed);
    dialog->open();
    return dialog;
}

CheckImportDialog *ApplicationPage::openCheckImport()
{
    auto *dialog = new CheckImportDialog(m_context, m_session, this);
    dialog->setObjectName(QStringLiteral("checkImportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CheckImportDialog::imported, this, &ApplicationPage::changed);
    dialog->open();
    return dialog;
}

ReviewDialog *ApplicationPage::openReview()
{
    if (!m_view)
        return nullptr;
    auto *dialog = new ReviewDialog(m_context, m_session, *m_view, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &ApplicationPage::changed);
    dialog->open();
    return dialog;
}

StepDialog *ApplicationPage::openStep(StepKind kind)
{
    if (!m_view)
        return nullptr;
    auto *dialog = new StepDialog(m_context, m_session, kind, *m_view, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, kind] {
        const Money paid = dialog->paid();
        changed();
        if (kind == StepKind::Approve)
            offerPrint(Form::Approval,
                       tr("The application is approved. Print the notice of approval "
                          "(审核确认通知书)?"));
        else if (kind == StepKind::Refuse)
            offerPrint(Form::Refusal,
                       tr("The application is refused. Print the notice of refusal "
                          "(不予批准告知书) for the applicant?"));
        else if (kind == StepKind::Prepay)
            showInfo(
                this, tr("Pay first (先行救助)"),
                tr("%1 was paid from the reserve fund.").arg(ApplicationDisplay::yuanText(paid)));
    });
    dialog->open();
    return dialog;
}

QMessageBox *ApplicationPage::offerPrint(Form form, const QString &message)
{
    auto *box =
        new QMessageBox(QMessageBox::Question, tr("Print"), message, QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("offerPrintMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *print = box->addButton(tr("&Print…"), QMessageBox::AcceptRole);
    print->setObjectName(QStringLiteral("offerPrintButton"));
    QPushButton *pdf = box->addButton(tr("Save as &PDF…"), QMessageBox::ActionRole);
    pdf->setObjectName(QStringLiteral("offerPdfButton"));
    box->addButton(tr("&Not now"), QMessageBox::RejectRole)
        ->setObjectName(QStringLiteral("offerLaterButton"));
    box->setDefaultButton(print);
    connect(box, &QMessageBox::buttonClicked, this, [this, form, print, pdf](QAbstractButton *b) {
        if (b == print)
            openPrintPreview(form);
        else if (b == pdf)
            openSavePdf(form);
    });
    box->open();
    return box;
}

bool ApplicationPage::isFormAvailable(Form form) const
{
    if (!m_view)
        return false;
    const ApplicationState state = m_view->record.state;
    switch (form) {
    case Form::MissingMaterials:
        return std::any_of(m_view->materials.begin(), m_view->materials.end(),
                           [](const auto &m) { return !m.second; });
    case Form::HomeVisit:
        return true;
    case Form::Approval:
        return state == ApplicationState::Approved;
    case Form::Refusal:
        return state == ApplicationState::Refused;
    }
    return false;
}

PrintJob ApplicationPage::printJob(Form form) const
{
    PrintJob job;
    if (!m_view)
        return job;
    const reports::OfficeHeading office = ApplicationDisplay::officeHeading(m_context);
    const QString number = qs(m_view->record.applicationNo);
    QString slug;
    switch (form) {
    case Form::MissingMaterials:
        job.title = tr("One-time notice of missing materials");
        job.html = reports::ApplicationForms::missingMaterialsNotice(*m_view, office);
        slug = QStringLiteral("一次性告知书");
        break;
    case Form::HomeVisit:
        job.title = tr("Home visit record");
        job.html = reports::ApplicationForms::homeVisitRecord(*m_view, office);
        slug = QStringLiteral("入户调查表");
        break;
    case Form::Approval:
        job.title = tr("Notice of approval");
        job.html = reports::ApplicationForms::approvalNotice(*m_view, office);
        slug = QStringLiteral("审核确认通知书");
        break;
    case Form::Refusal:
        job.title = tr("Notice of refusal");
        job.html = reports::ApplicationForms::refusalNotice(*m_view, office);
        slug = QStringLiteral("不予批准告知书");
        break;
    }
    job.title = tr("%1 – %2").arg(job.title, number);
    // The form's official name, as the office files it (SQ2026-00001-入户调查表.pdf),
    // whatever the interface language (issue 18).
    job.fileName = QStringLiteral("%1-%2.pdf").arg(number, slug);
    return job;
}

QPrintPreviewDialog *ApplicationPage::openPrintPreview(Form form)
{
    if (!isFormAvailable(form))
        return nullptr;
    return ReportOutput::openPreview(this, m_context, printJob(form));
}

QFileDialog *ApplicationPage::openSavePdf(Form form)
{
    if (!isFormAvailable(form))
        return nullptr;
    return ReportOutput::openSavePdf(this, m_context, printJob(form));
}

} // namespace relief::gui
