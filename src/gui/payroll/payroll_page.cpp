#include "payroll_page.h"

#include "ui_payroll_page.h"

#include "bank_export_dialog.h"
#include "bank_result_dialog.h"
#include "change_table_dialog.h"
#include "failed_payments_dialog.h"
#include "price_index_dialog.h"
#include "reason_dialog.h"
#include "recovery_dialog.h"
#include "roll_line_model.h"

#include "gui/applications/application_display.h"
#include "gui/shell/app_context.h"
#include "gui/widgets/display_text.h"
#include "gui/widgets/error_label.h"
#include "gui/widgets/job_runner.h"
#include "gui/widgets/screen_fit.h"

#include "reports/applications/application_forms.h" // OfficeHeading
#include "reports/payroll/payroll_text.h"
#include "reports/payroll/roll_register_report.h"

#include "services/bank/bank_service.h"
#include "services/permissions.h"

#include <QApplication>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QStyle>
#include <QTableWidget>
#include <QTimer>

#include <algorithm>

namespace relief::gui {

using payroll::RollState;
using payroll::RollStep;
using reports::PayrollText;

namespace {

QDate firstDay(const YearMonth &m)
{
    return QDate(m.year(), m.month(), 1);
}

YearMonth monthOf(const QDate &d)
{
    return YearMonth::of(fromQDate(QDate(d.year(), d.month(), 1)));
}

constexpr std::size_t kMaxProblemsShown = 500;

QTableWidgetItem *cell(const QString &text, bool number = false)
{
    auto *item = new QTableWidgetItem(text);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

void setupItemTable(QTableWidget *table, const QStringList &header)
{
    // Compact rows: the tables under the lines share the screen with them.
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->setColumnCount(static_cast<int>(header.size()));
    table->setHorizontalHeaderLabels(header);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->horizontalHeader()->setStretchLastSection(true);
}

QString stepLine(const QString &label, const std::string &by, const std::string &at)
{
    if (by.empty() && at.empty())
        return {};
    return PayrollPage::tr("%1: %2, %3").arg(label, qs(by), localTimeFromIsoUtc(at));
}

} // namespace

PayrollPage::PayrollPage(AppContext &context, services::Session session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui_PayrollPage>())
    , m_context(context)
    , m_session(std::move(session))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("payrollPage"));
    m_ui->messageLabel->clearMessage();
    m_ui->monthEdit->setMinimumWidth(dateEditWidth(*m_ui->monthEdit));
    m_ui->monthEdit->setCalendarPopup(false);

    m_lines = new RollLineModel(m_context.payroll(), m_session, this);
    QTableView *table = m_ui->lineTable;
    table->setModel(m_lines);
    table->setItemDelegate(new PaddedItemDelegate(table));
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setMinimumHeight(table->fontMetrics().height() * 9);
    table->setToolTip(tr("Hold… and Release act on the selected line."));
    connect(m_lines, &PagedTableModelBase::totalChanged, this, [this](qint64 total) {
        m_ui->lineCountLabel->setText(
            tr("%1 line(s) shown of %2 in the roll")
                .arg(QLocale().toString(total))
                .arg(QLocale().toString(m_overview ? m_overview->roll.lines : 0)));
    });
    connect(m_lines, &PagedTableModelBase::errorOccurred, this,
            [this](const QString &message) { m_ui->messageLabel->showMessage(message); });
    connect(m_lines, &QAbstractItemModel::modelReset, this, [this] {
        if (m_lines->rowCount() > 0)
            m_ui->lineTable->resizeColumnsToContents();
        updateLineButtons();
    });
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PayrollPage::updateLineButtons);

    setupItemTable(m_ui->totalsTable,
                   {tr("Programme"), tr("Kind"), tr("Cases"), tr("Persons"), tr("Amount")});
    setupItemTable(m_ui->problemTable, {tr("Household no."), tr("Problem")});
    m_ui->problemTable->setWordWrap(false);
    // Room for the totals of the usual programmes (about seven rows) under the lines.
    m_ui->bottomPane->setMaximumHeight(fontMetrics().height() * 15);
    // Totals and steps as wide as their text; the problems take the rest.
    m_ui->bottomLayout->setStretch(0, 0);
    m_ui->bottomLayout->setStretch(1, 1);
    m_ui->bottomLayout->setStretch(2, 0);
    m_ui->totalsTable->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const int historyWidth =
        fontMetrics().horizontalAdvance(
            tr("Generated: %1, %2")
                .arg(QStringLiteral("username12"), QStringLiteral("2025-09-15 02:00:00"))) +
        40;
    m_ui->historyBox->setMinimumWidth(historyWidth);
    m_ui->historyBox->setMaximumWidth(historyWidth + historyWidth / 10);
    // The lines take what the window gains or loses; the totals keep their height.
    m_ui->payrollSplitter->setStretchFactor(0, 1);
    m_ui->payrollSplitter->setStretchFactor(1, 0);
    m_ui->payrollSplitter->setSizes({fontMetrics().height() * 40, fontMetrics().height() * 15});

    setupFilters();

    m_runner = new JobRunner(m_context.connections(), this);
    m_runner->setObjectName(QStringLiteral("payrollJobRunner"));
    connect(m_runner, &JobRunner::stageChanged, this, [this](const QString &text) {
        if (m_progress)
            m_progress->setLabelText(text);
    });
    connect(m_runner, &JobRunner::progressChanged, this, [this](qint64 done, qint64 total) {
        if (!m_progress || total <= 0)
            return;
        m_progress->setMaximum(static_cast<int>(std::min<qint64>(total, INT32_MAX)));
        m_progress->setValue(static_cast<int>(std::min<qint64>(done, total)));
    });

    connect(m_ui->generateButton, &QPushButton::clicked, this,
            [this] { takeStep(RollStep::Generate); });
    connect(m_ui->submitButton, &QPushButton::clicked, this,
            [this] { takeStep(RollStep::Submit); });
    connect(m_ui->returnButton, &QPushButton::clicked, this,
            [this] { takeStep(RollStep::Return); });
    connect(m_ui->approveButton, &QPushButton::clicked, this,
            [this] { takeStep(RollStep::Approve); });
    connect(m_ui->lockButton, &QPushButton::clicked, this, [this] { takeStep(RollStep::Lock); });
    connect(m_ui->holdButton, &QPushButton::clicked, this, [this] { takeStep(RollStep::Hold); });
    connect(m_ui->releaseButton, &QPushButton::clicked, this,
            [this] { takeStep(RollStep::Release); });
    connect(m_ui->changeTableButton, &QPushButton::clicked, this, &PayrollPage::openChangeTable);
    connect(m_ui->priceIndicesButton, &QPushButton::clicked, this, [this] {
        auto *dialog = new PriceIndexDialog(m_context, m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        // Indices entered for a month with a draft: its next generation adds the subsidy.
        connect(dialog, &PriceIndexDialog::saved, this, &PayrollPage::refresh);
        dialog->show();
    });
    connect(m_ui->recoveriesButton, &QPushButton::clicked, this, [this] {
        auto *dialog = new RecoveryDialog(m_context, m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    connect(m_ui->exportBankButton, &QPushButton::clicked, this, &PayrollPage::openBankExport);
    connect(m_ui->importResultsButton, &QPushButton::clicked, this, &PayrollPage::openBankResults);
    connect(m_ui->failedPaymentsButton, &QPushButton::clicked, this,
            &PayrollPage::openFailedPayments);
    connect(m_ui->printRollButton, &QPushButton::clicked, this, &PayrollPage::openRollPreview);
    connect(m_ui->exportRollPdfButton, &QPushButton::clicked, this, &PayrollPage::openRollPdf);
    // Double-click or Enter.
    connect(m_ui->problemTable, &QTableWidget::cellActivated, this,
            [this](int row, int) { goToProblem(row); });

    // The steps a role never takes are not offered at all.
    m_ui->generateButton->setVisible(mayEver(RollStep::Generate));
    m_ui->submitButton->setVisible(mayEver(RollStep::Submit));
    m_ui->holdButton->setVisible(mayEver(RollStep::Hold));
    m_ui->releaseButton->setVisible(mayEver(RollStep::Release));
    m_ui->returnButton->setVisible(mayEver(RollStep::Return));
    m_ui->approveButton->setVisible(mayEver(RollStep::Approve));
    m_ui->lockButton->setVisible(mayEver(RollStep::Lock));
    m_ui->exportBankButton->setVisible(
        services::rolesAllow(m_session.roles, services::Action::ExportBankFiles));
    m_ui->importResultsButton->setVisible(mayEver(RollStep::Reconcile));

    m_filling = true;
    m_ui->monthEdit->setDate(firstDay(defaultMonth()));
    m_filling = false;
    connect(m_ui->monthEdit, &QDateEdit::dateChanged, this, [this] {
        if (!m_filling)
            refresh();
    });
    refresh();
}

PayrollPage::~PayrollPage() = default;

void PayrollPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Shown again (another area was in front): another user may have taken a step.
    if (m_shownOnce && !isBusy())
        refresh();
    m_shownOnce = true;
}

bool PayrollPage::mayEver(RollStep step) const
{
    switch (step) {
    case RollStep::Generate:
    case RollStep::Hold:
    case RollStep::Release:
    case RollStep::Submit:
        return services::rolesAllow(m_session.roles, services::Action::PreparePayroll);
    case RollStep::Return:
    case RollStep::Approve:
    case RollStep::Lock:
        return services::rolesAllow(m_session.roles, services::Action::ApprovePayroll);
    case RollStep::Reconcile:
        return services::rolesAllow(m_session.roles, services::Action::ReconcilePayroll);
    }
    return false;
}

bool PayrollPage::allowed(RollStep step) const
{
    return std::find(m_allowed.begin(), m_allowed.end(), step) != m_allowed.end();
}

YearMonth PayrollPage::defaultMonth()
{
    const YearMonth current = YearMonth::of(m_context.clock().today());
    auto rolls = m_context.payroll().rolls(m_session);
    if (!rolls.ok())
        return current;
    for (const auto &r : *rolls) // newest first
        if (payroll::isLocked(r.state))
            return r.month.next();
    return rolls->empty() ? current : rolls->back().month;
}

YearMonth PayrollPage::month() const
{
    return monthOf(m_ui->monthEdit->date());
}

void PayrollPage::setMonth(const YearMonth &month)
{
    m_filling = true;
    m_ui->monthEdit->setDate(firstDay(month));
    m_filling = false;
    refresh();
}

void PayrollPage::setupFilters()
{
    m_filling = true;
    m_ui->communityCombo->addItem(tr("All communities"));
    if (auto communities = m_context.registry().communities(m_session); communities.ok())
        for (const auto &c : *communities)
            m_ui->communityCombo->addItem(qs(c.name), QVariant::fromValue<qint64>(c.id));
    m_ui->programmeCombo->addItem(tr("All programmes"));
    for (std::size_t i = 0; i < payroll::kLineProgrammeKeys.size(); ++i)
        m_ui->programmeCombo->addItem(
            PayrollText::programme(static_cast<payroll::LineProgramme>(i)), static_cast<int>(i));
    m_ui->kindCombo->addItem(tr("All kinds"));
    for (std::size_t i = 0; i < payroll::kLineKindKeys.size(); ++i)
        m_ui->kindCombo->addItem(PayrollText::kind(static_cast<payroll::LineKind>(i)),
                                 static_cast<int>(i));
    m_filling = false;
    m_ui->searchEdit->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 12);

    auto changed = [this] {
        if (!m_filling)
            applyFilters();
    };
    connect(m_ui->communityCombo, &QComboBox::currentIndexChanged, this, changed);
    connect(m_ui->programmeCombo, &QComboBox::currentIndexChanged, this, changed);
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, changed);
    connect(m_ui->heldOnlyCheck, &QCheckBox::toggled, this, changed);
    connect(m_ui->problemsOnlyCheck, &QCheckBox::toggled, this, changed);
    // The search runs when typing pauses (or at Enter).
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(300);
    connect(m_searchTimer, &QTimer::timeout, this, changed);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, [this, changed] {
        m_searchTimer->stop();
        changed();
    });
}

services::RollLineFilter PayrollPage::currentFilter() const
{
    services::RollLineFilter f;
    if (m_ui->communityCombo->currentIndex() > 0)
        f.communityId = m_ui->communityCombo->currentData().value<qint64>();
    if (m_ui->programmeCombo->currentIndex() > 0)
        f.programme =
            static_cast<payroll::LineProgramme>(m_ui->programmeCombo->currentData().toInt());
    if (m_ui->kindCombo->currentIndex() > 0)
        f.kind = static_cast<payroll::LineKind>(m_ui->kindCombo->currentData().toInt());
    f.heldOnly = m_ui->heldOnlyCheck->isChecked();
    f.problemsOnly = m_ui->problemsOnlyCheck->isChecked();
    f.search = ss(m_ui->searchEdit->text().trimmed());
    return f;
}

void PayrollPage::applyFilters()
{
    m_lines->setQuery(m_overview ? std::optional<YearMonth>(month()) : std::nullopt,
                      currentFilter());
}

void PayrollPage::refresh()
{
    const YearMonth m = month();
    m_overview.reset();
    m_allowed.clear();
    auto overview = m_context.payroll().overview(m_session, m);
    if (!overview.ok()) {
        m_ui->messageLabel->showMessage(qs(overview.error().message));
    } else if (*overview) {
        m_overview = std::move(**overview);
        m_allowed = m_overview->allowedSteps;
    } else if (auto steps = m_context.payroll().allowedSteps(m_session, m); steps.ok()) {
        m_allowed = *steps;
    }
    showOverview();
}

void PayrollPage::showOverview()
{
    const QString monthText = PayrollText::month(month());
    if (m_overview) {
        const auto &r = m_overview->roll;
        m_ui->stateLabel->setText(tr("Roll %1: <b>%2</b> — %3 line(s), %4 yuan")
                                      .arg(monthText, PayrollText::state(r.state).toHtmlEscaped())
                                      .arg(QLocale().toString(r.lines))
                                      .arg(qs(r.amount.toString())));
    } else {
        m_ui->stateLabel->setText(tr("No roll for %1 yet.").arg(monthText));
    }
    fillHistory();
    fillTotals();
    fillProblems();
    updateButtons();
    applyFilters();
}

void PayrollPage::fillHistory()
{
    if (!m_overview) {
        m_ui->historyLabel->setText(tr("Nothing has been generated for this month."));
        m_ui->historyLabel->setToolTip(QString());
        return;
    }
    const auto &r = m_overview->roll;
    QStringList lines;
    for (const QString &line : {stepLine(tr("Generated"), r.generatedBy, r.generatedAt),
                                stepLine(tr("Submitted"), r.submittedBy, r.submittedAt),
                                stepLine(tr("Approved"), r.approvedBy, r.approvedAt),
                                stepLine(tr("Locked"), r.lockedBy, r.lockedAt)})
        if (!line.isEmpty())
            lines << line;
    if (!r.reconciledAt.empty())
        lines << tr("Reconciled: %1").arg(localTimeFromIsoUtc(r.reconciledAt));
    if (r.lockedLines && r.lockedAmount)
        lines << tr("At lock: %1 line(s), %2 yuan")
                     .arg(QLocale().toString(*r.lockedLines))
                     .arg(qs(r.lockedAmount->toString()));
    if (r.auditHeadId)
        lines << tr("Audit head: #%1, hash %2…")
                     .arg(*r.auditHeadId)
                     .arg(qs(r.auditHeadHash.substr(0, 16)));
    if (r.priceSubsidyTriggered)
        lines << tr("Price subsidies are paid this month.");
    m_ui->historyLabel->setText(lines.join(u'\n'));
    m_ui->historyLabel->setToolTip(
        r.auditHeadId ? tr("Audit head hash: %1").arg(qs(r.auditHeadHash)) : QString());
}

void PayrollPage::fillTotals()
{
    QTableWidget *t = m_ui->totalsTable;
    t->setRowCount(0);
    if (!m_overview)
        return;
    const auto &totals = m_overview->totals;
    for (const auto &p : totals.byProgramme) {
        const int row = t->rowCount();
        t->insertRow(row);
        t->setItem(row, 0, cell(PayrollText::programme(p.programme)));
        t->setItem(row, 1, cell(PayrollText::kind(p.kind)));
        t->setItem(row, 2, cell(QLocale().toString(p.cases), true));
        t->setItem(row, 3, cell(QLocale().toString(p.persons), true));
        t->setItem(row, 4, cell(qs(p.amount.toString()), true));
    }
    int row = t->rowCount();
    t->insertRow(row);
    t->setItem(row, 0, cell(tr("All lines")));
    t->setItem(row, 1, cell(tr("%1 line(s)").arg(QLocale().toString(totals.lines))));
    t->setItem(row, 2, cell(QString()));
    t->setItem(row, 3, cell(QString()));
    t->setItem(row, 4, cell(qs(totals.amount.toString()), true));
    QFont bold = t->font();
    bold.setBold(true);
    for (int c = 0; c < t->columnCount(); ++c)
        t->item(row, c)->setFont(bold);
    if (totals.heldLines > 0) {
        row = t->rowCount();
        t->insertRow(row);
        t->setItem(row, 0, cell(tr("Of these held")));
        t->setItem(row, 1, cell(tr("%1 line(s)").arg(QLocale().toString(totals.heldLines))));
        t->setItem(row, 2, cell(QString()));
        t->setItem(row, 3, cell(QString()));
        t->setItem(row, 4, cell(qs(totals.heldAmount.toString()), true));
    }
    // Every column as wide as its text, and the table as wide as its columns (with
    // room for a vertical scroll bar), so that no amount is cut off.
    QHeaderView *header = t->horizontalHeader();
    header->setStretchLastSection(false);
    t->resizeColumnsToContents();
    for (int c = 0; c < t->columnCount(); ++c)
        t->setColumnWidth(c, t->columnWidth(c) + 12);
    t->setMinimumWidth(header->length() + 2 * t->frameWidth() +
                       t->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, t) + 4);
}

void PayrollPage::fillProblems()
{
    QTableWidget *t = m_ui->problemTable;
    t->setRowCount(0);
    const auto count = m_overview ? m_overview->problems.size() : 0;
    m_ui->problemsBox->setTitle(count ? tr("Problems (%1)").arg(count) : tr("Problems"));
    if (!m_overview)
        return;
    // A roll of a city can have thousands (a bank's accounts all missing): the first
    // ones here, every line with a problem through "Problems only".
    const int shown = static_cast<int>(std::min<std::size_t>(count, kMaxProblemsShown));
    t->setRowCount(shown);
    t->setToolTip(shown < static_cast<int>(count)
                      ? tr("The first %1 of %2 problems; \"Problems only\" lists every line "
                           "without a valid account.")
                            .arg(shown)
                            .arg(count)
                      : tr("Double-click a problem to show its line."));
    for (int row = 0; row < shown; ++row) {
        const auto &p = m_overview->problems[static_cast<size_t>(row)];
        t->setItem(row, 0, cell(qs(p.householdNumber)));
        auto *message = cell(qs(p.message));
        message->setToolTip(qs(p.message));
        if (p.blocking)
            message->setForeground(ErrorLabel::color(ErrorLabel::Tone::Error));
        t->setItem(row, 1, message);
    }
    sizeColumnsToContents(t, 12);
}

QString PayrollPage::refusalHint(RollStep step) const
{
    if (m_runner && m_runner->isRunning())
        return tr("The roll is being generated.");
    if (!m_overview) {
        if (step == RollStep::Generate)
            return tr("A roll for this month cannot be generated now: the previous month's "
                      "roll must be locked first, and no later month may have a roll.");
        return tr("There is no roll for this month yet.");
    }
    const auto &r = m_overview->roll;
    const QString state = PayrollText::state(r.state);
    if (payroll::isLocked(r.state))
        return tr("The roll is %1 and can no longer be changed.").arg(state);
    switch (step) {
    case RollStep::Generate:
    case RollStep::Submit:
    case RollStep::Hold:
    case RollStep::Release:
        return tr("Only a draft can be changed or submitted; this roll is %1.").arg(state);
    case RollStep::Return:
        return tr("Only a submitted roll can be returned; this roll is %1.").arg(state);
    case RollStep::Approve: {
        if (r.state != RollState::Submitted)
            return tr("Only a submitted roll can be approved; this roll is %1.").arg(state);
        if (r.submittedBy == m_session.username)
            return tr("You submitted this roll: another supervisor must approve it (four-eyes).");
        const auto blocking =
            std::count_if(m_overview->problems.begin(), m_overview->problems.end(),
                          [](const auto &p) { return p.blocking; });
        if (blocking > 0)
            return tr("%n problem(s) block the approval: correct them and generate the roll again.",
                      nullptr, static_cast<int>(blocking));
        return tr("This roll cannot be approved now.");
    }
    case RollStep::Lock:
        return tr("Only an approved roll can be locked; this roll is %1.").arg(state);
    case RollStep::Reconcile:
        break;
    }
    return {};
}

void PayrollPage::updateButtons()
{
    const bool busy = isBusy();
    const std::pair<QPushButton *, RollStep> buttons[] = {
        {m_ui->generateButton, RollStep::Generate}, {m_ui->submitButton, RollStep::Submit},
        {m_ui->returnButton, RollStep::Return},     {m_ui->approveButton, RollStep::Approve},
        {m_ui->lockButton, RollStep::Lock},
    };
    for (const auto &[button, step] : buttons) {
        const bool ok = !busy && allowed(step);
        button->setEnabled(ok);
        button->setToolTip(ok ? QString() : refusalHint(step));
    }
    m_ui->generateButton->setText(m_overview && m_overview->roll.state == RollState::Draft
                                      ? tr("Re&generate")
                                      : tr("&Generate"));
    m_ui->changeTableButton->setEnabled(!busy && m_overview.has_value());
    m_ui->changeTableButton->setToolTip(
        m_overview ? tr("Compare this month's roll with the previous month's (PR-8).")
                   : tr("There is no roll for this month yet."));
    for (QPushButton *button : {m_ui->printRollButton, m_ui->exportRollPdfButton}) {
        button->setEnabled(!busy && m_overview.has_value());
        button->setToolTip(
            !m_overview ? tr("There is no roll for this month yet.")
                : m_overview->roll.lockedAt.empty()
                ? tr("The roll is not locked: it prints marked as a draft, not for payment.")
                : tr("The payment roll by community, with its lock record on every page."));
    }
    m_ui->monthEdit->setEnabled(!busy);
    updateBankButtons();
    updateLineButtons();
}

void PayrollPage::updateBankButtons()
{
    const bool busy = isBusy();
    const bool locked = m_overview && payroll::isLocked(m_overview->roll.state);
    QString why;
    if (busy)
        why = tr("Wait until \"%1\" has finished.").arg(m_runner->jobName());
    else if (!m_overview)
        why = tr("There is no roll for this month yet.");
    else if (!locked)
        why = tr("Only a locked roll goes to the bank; this roll is %1.")
                  .arg(PayrollText::state(m_overview->roll.state));
    // A reconciled roll has had the bank's answer: a new file would pay it again (the
    // service refuses too, also for a locked roll with some results read).
    const QString exportWhy =
        why.isEmpty() && m_overview && m_overview->roll.state == payroll::RollState::Reconciled
        ? tr("The bank's results for this roll have been read: failed payments are paid "
             "again by the next roll, not by a new file.")
        : why;
    m_ui->exportBankButton->setEnabled(exportWhy.isEmpty());
    m_ui->exportBankButton->setToolTip(
        exportWhy.isEmpty() ? tr("Write the files the bank pays this roll from (代发).")
                            : exportWhy);
    m_ui->importResultsButton->setEnabled(why.isEmpty());
    m_ui->importResultsButton->setToolTip(
        why.isEmpty() ? tr("Read the bank's result file (回盘): which payments were paid and "
                           "which failed.")
                      : why);
    m_ui->failedPaymentsButton->setEnabled(!busy);
    m_ui->failedPaymentsButton->setToolTip(
        tr("Payments the bank returned as failed, and whether the next roll pays them again."));
}

const services::RollLineView *PayrollPage::selectedLine() const
{
    const auto rows = m_ui->lineTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_lines->line(rows.first().row());
}

void PayrollPage::updateLineButtons()
{
    const services::RollLineView *line = selectedLine();
    const bool busy = isBusy();
    const bool mayHold = !busy && allowed(RollStep::Hold);
    const bool mayRelease = !busy && allowed(RollStep::Release);
    m_ui->holdButton->setEnabled(mayHold && line && !line->held);
    m_ui->releaseButton->setEnabled(mayRelease && line && line->held);
    m_ui->holdButton->setToolTip(!mayHold         ? refusalHint(RollStep::Hold)
                                     : !line      ? tr("Select the line to hold.")
                                     : line->held ? tr("The line is held already.")
                                                  : QString());
    m_ui->releaseButton->setToolTip(!mayRelease       ? refusalHint(RollStep::Release)
                                        : !line       ? tr("Select a held line to release.")
                                        : !line->held ? tr("The line is not held.")
                                                      : QString());
}

bool PayrollPage::isBusy() const
{
    return m_runner && m_runner->isRunning();
}

void PayrollPage::stepDone(const QString &done, const Status &status)
{
    if (!status.ok()) {
        m_ui->messageLabel->showMessage(qs(status.error().message));
        refresh(); // the roll may have changed meanwhile (another user)
        m_ui->messageLabel->showMessage(qs(status.error().message));
        return;
    }
    refresh();
    m_ui->messageLabel->showMessage(done, ErrorLabel::Tone::Success);
    Q_EMIT rollChanged();
}

void PayrollPage::takeStep(RollStep step)
{
    if (isBusy())
        return;
    m_ui->messageLabel->clearMessage();
    const YearMonth m = month();
    const QString monthText = PayrollText::month(m);
    auto toStatus = [](const Result<services::RollSummary> &r) {
        return r.ok() ? Status(Unit {}) : Status(r.error());
    };
    auto &payroll = m_context.payroll();
    switch (step) {
    case RollStep::Generate:
        startGenerate();
        return;
    case RollStep::Submit:
        stepDone(tr("The roll for %1 was submitted for approval.").arg(monthText),
                 toStatus(payroll.submit(m_session, m)));
        return;
    case RollStep::Approve:
        stepDone(tr("The roll for %1 was approved.").arg(monthText),
                 toStatus(payroll.approve(m_session, m)));
        return;
    case RollStep::Lock:
        stepDone(tr("The roll for %1 was locked; its totals and the audit head are recorded.")
                     .arg(monthText),
                 toStatus(payroll.lock(m_session, m)));
        return;
    case RollStep::Return:
        openReturn();
        return;
    case RollStep::Hold:
        openHold();
        return;
    case RollStep::Release:
        releaseSelected();
        return;
    case RollStep::Reconcile:
        return;
    }
}

void PayrollPage::makeProgress(QWidget *over, const QString &objectName, const QString &title,
                               const QString &label)
{
    m_progress = new QProgressDialog(over);
    m_progress->setObjectName(objectName);
    m_progress->setWindowTitle(title);
    m_progress->setLabelText(label);
    m_progress->setRange(0, 0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumDuration(0);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_progress, &QProgressDialog::canceled, m_runner, [this] {
        if (isBusy()) {
            m_runner->cancel();
            if (m_progress)
                m_progress->setLabelText(tr("Cancelling…"));
        }
    });
}

void PayrollPage::closeProgress()
{
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
    }
}

void PayrollPage::startGenerate()
{
    const YearMonth m = month();
    const services::Clock *clock = &m_context.clock();
    const services::Session session = m_session;
    makeProgress(this, QStringLiteral("generateProgressDialog"), tr("Generate the roll"),
                 tr("Generating the roll for %1…").arg(PayrollText::month(m)));
    const bool started = m_runner->start<services::RollSummary>(
        tr("Generate the roll"),
        [clock, session, m](storage::Database &db, services::JobControl &control) {
            services::PayrollService payroll(db, *clock);
            return payroll.generate(session, m, control);
        },
        [this](Result<services::RollSummary> result) { generateFinished(std::move(result)); });
    if (!started) {
        m_progress->close();
        return;
    }
    m_progress->show();
    updateButtons();
}

void PayrollPage::generateFinished(Result<services::RollSummary> result)
{
    closeProgress();
    refresh();
    if (!result.ok()) {
        m_ui->messageLabel->showMessage(
            result.error().code == ErrorCode::Cancelled
                ? tr("The generation was cancelled; the roll is as it was.")
                : qs(result.error().message),
            result.error().code == ErrorCode::Cancelled ? ErrorLabel::Tone::Warning
                                                        : ErrorLabel::Tone::Error);
        return;
    }
    m_ui->messageLabel->showMessage(tr("The roll for %1 was generated: %2 line(s), %3 yuan.")
                                        .arg(PayrollText::month(result->month))
                                        .arg(QLocale().toString(result->lines))
                                        .arg(qs(result->amount.toString())),
                                    ErrorLabel::Tone::Success);
    Q_EMIT rollChanged();
}

ReasonDialog *PayrollPage::openReturn()
{
    if (!m_overview)
        return nullptr;
    const YearMonth m = month();
    auto *dialog = new ReasonDialog(
        tr("Return the roll"),
        tr("The roll for %1 goes back to the caseworkers as a draft. Say what must be corrected.")
            .arg(PayrollText::month(m)),
        tr("Return"),
        [this, m](const std::string &reason) -> Status {
            auto r = m_context.payroll().returnToDraft(m_session, m, reason);
            return r.ok() ? Status(Unit {}) : Status(r.error());
        },
        this);
    dialog->setObjectName(QStringLiteral("returnDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, m] {
        stepDone(tr("The roll for %1 was returned to draft.").arg(PayrollText::month(m)),
                 Status(Unit {}));
    });
    dialog->open();
    return dialog;
}

ReasonDialog *PayrollPage::openHold()
{
    const services::RollLineView *line = selectedLine();
    if (!line) {
        m_ui->messageLabel->showMessage(tr("Select the line to hold."), ErrorLabel::Tone::Warning);
        return nullptr;
    }
    const std::int64_t lineId = line->id;
    const QString who = line->personName.empty() ? qs(line->headName) : qs(line->personName);
    auto *dialog = new ReasonDialog(
        tr("Hold a line"),
        tr("Hold the payment of %1 yuan to household %2 (%3, %4). It is not paid until "
           "released; a hold released after the lock is paid in a later roll.")
            .arg(qs(line->amount.toString()), qs(line->householdNumber), who,
                 PayrollText::programme(line->programme)),
        tr("Hold"),
        [this, lineId](const std::string &reason) {
            return m_context.payroll().hold(m_session, lineId, reason);
        },
        this);
    dialog->setObjectName(QStringLiteral("holdDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, lineId] {
        stepDone(tr("The line is held."), Status(Unit {}));
        selectLine(lineId);
    });
    dialog->open();
    return dialog;
}

void PayrollPage::releaseSelected()
{
    const services::RollLineView *line = selectedLine();
    if (!line) {
        m_ui->messageLabel->showMessage(tr("Select a held line to release."),
                                        ErrorLabel::Tone::Warning);
        return;
    }
    const std::int64_t lineId = line->id;
    stepDone(tr("The line is released."), m_context.payroll().release(m_session, lineId));
    selectLine(lineId);
}

bool PayrollPage::selectLine(std::int64_t lineId)
{
    int row = m_lines->rowOf(lineId);
    while (row < 0 && m_lines->canFetchMore({})) {
        m_lines->fetchMore({});
        row = m_lines->rowOf(lineId);
    }
    if (row < 0)
        return false;
    m_ui->lineTable->selectRow(row);
    m_ui->lineTable->scrollTo(m_lines->index(row, 0));
    return true;
}

void PayrollPage::goToProblem(int row)
{
    if (!m_overview || row < 0 || row >= static_cast<int>(m_overview->problems.size()))
        return;
    const services::RollProblemView problem = m_overview->problems[static_cast<size_t>(row)];
    m_filling = true;
    m_ui->communityCombo->setCurrentIndex(0);
    m_ui->programmeCombo->setCurrentIndex(0);
    m_ui->kindCombo->setCurrentIndex(0);
    m_ui->heldOnlyCheck->setChecked(false);
    m_ui->problemsOnlyCheck->setChecked(false);
    m_ui->searchEdit->setText(qs(problem.householdNumber));
    m_searchTimer->stop();
    m_filling = false;
    applyFilters();
    if (problem.lineId != 0)
        selectLine(problem.lineId);
    m_ui->lineTable->setFocus();
}

ChangeTableDialog *PayrollPage::openChangeTable()
{
    auto *dialog = new ChangeTableDialog(m_context, m_session, month(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

namespace {

// The preview paints on the GUI thread: a progress dialog (after a moment) that
// may stop it.
class PreviewProgress final : public services::JobControl
{
public:
    explicit PreviewProgress(QWidget *parent)
        : m_dialog(parent)
    {
        m_dialog.setObjectName(QStringLiteral("rollPreviewProgressDialog"));
        m_dialog.setWindowTitle(PayrollPage::tr("Print the roll"));
        m_dialog.setWindowModality(Qt::ApplicationModal);
        m_dialog.setMinimumDuration(700);
        m_dialog.setAutoClose(false);
        m_dialog.setAutoReset(false);
        m_dialog.setRange(0, 0);
    }
    void stage(const std::string &text) override { m_dialog.setLabelText(qs(text)); }
    void progress(std::int64_t done, std::int64_t total) override
    {
        if (total <= 0)
            return;
        m_dialog.setMaximum(static_cast<int>(std::min<std::int64_t>(total, INT32_MAX)));
        m_dialog.setValue(static_cast<int>(std::min(done, total))); // processes events
    }
    bool cancelRequested() const override { return m_dialog.wasCanceled(); }

private:
    QProgressDialog m_dialog;
};

reports::RollRegisterOptions rollOptions(AppContext &context)
{
    reports::RollRegisterOptions options;
    options.officeName = ApplicationDisplay::officeHeading(context).officeName;
    options.printedDate = qs(context.clock().today().toString());
    return options;
}

} // namespace

QPrintPreviewDialog *PayrollPage::openRollPreview()
{
    if (!m_overview)
        return nullptr;
    const YearMonth m = month();
    auto *printer = new QPrinter(QPrinter::HighResolution);
    reports::RollRegisterReport::setUpPage(printer);
    printer->setDocName(reports::RollRegisterReport::fileName(m));
    auto *preview = new QPrintPreviewDialog(printer, this);
    preview->setObjectName(QStringLiteral("rollPreviewDialog"));
    preview->setWindowTitle(tr("Print preview – payment roll %1").arg(PayrollText::month(m)));
    preview->setAttribute(Qt::WA_DeleteOnClose);
    preview->setWindowModality(Qt::WindowModal);
    connect(preview, &QObject::destroyed, [printer] { delete printer; });
    connect(preview, &QPrintPreviewDialog::paintRequested, this, [this, m](QPrinter *p) {
        // The roll as it is now (another user may have taken a step).
        auto overview = m_context.payroll().overview(m_session, m);
        if (!overview.ok() || !overview->has_value()) {
            m_ui->messageLabel->showMessage(
                overview.ok() ? tr("There is no roll for %1.").arg(PayrollText::month(m))
                              : qs(overview.error().message),
                ErrorLabel::Tone::Error);
            return;
        }
        const reports::RollRegisterReport report(
            (*overview)->roll,
            reports::RollRegisterReport::servicePager(m_context.payroll(), m_session, m),
            rollOptions(m_context));
        PreviewProgress progress(this);
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const auto printed = report.print(p, progress);
        QApplication::restoreOverrideCursor();
        if (!printed.ok())
            m_ui->messageLabel->showMessage(qs(printed.error().message),
                                            printed.error().code == ErrorCode::Cancelled
                                                ? ErrorLabel::Tone::Warning
                                                : ErrorLabel::Tone::Error);
    });
    preview->resize(1000, 760);
    preview->open();
    return preview;
}

QFileDialog *PayrollPage::openRollPdf()
{
    if (!m_overview)
        return nullptr;
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QDir::homePath();
    auto *dialog =
        new QFileDialog(this, tr("Export roll as PDF"),
                        QDir(folder).filePath(reports::RollRegisterReport::fileName(month())),
                        tr("PDF documents (*.pdf)"));
    dialog->setObjectName(QStringLiteral("rollPdfFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &path) { exportRollPdf(path); });
    dialog->open();
    return dialog;
}

bool PayrollPage::exportRollPdf(const QString &path)
{
    if (isBusy())
        return false;
    const YearMonth m = month();
    const services::Clock *clock = &m_context.clock();
    const services::Session session = m_session;
    const reports::RollRegisterOptions options = rollOptions(m_context);
    makeProgress(this, QStringLiteral("rollPdfProgressDialog"), tr("Export roll as PDF"),
                 tr("Writing the payment roll for %1…").arg(PayrollText::month(m)));
    const bool started = m_runner->start<reports::RollRegisterResult>(
        tr("Export roll as PDF"),
        [clock, session, m, options, path](storage::Database &db, services::JobControl &control)
            -> Result<reports::RollRegisterResult> {
            services::PayrollService payroll(db, *clock);
            auto overview = payroll.overview(session, m);
            if (!overview.ok())
                return overview.error();
            if (!overview->has_value())
                return Error {
                    ErrorCode::NotFound,
                    tr("There is no roll for %1.").arg(PayrollText::month(m)).toStdString(),
                    {}};
            const reports::RollRegisterReport report(
                (*overview)->roll, reports::RollRegisterReport::servicePager(payroll, session, m),
                options);
            return report.writePdf(path, control);
        },
        [this, path](Result<reports::RollRegisterResult> result) {
            closeProgress();
            updateButtons();
            if (!result.ok()) {
                m_ui->messageLabel->showMessage(result.error().code == ErrorCode::Cancelled
                                                    ? tr("The PDF was not written (cancelled).")
                                                    : qs(result.error().message),
                                                result.error().code == ErrorCode::Cancelled
                                                    ? ErrorLabel::Tone::Warning
                                                    : ErrorLabel::Tone::Error);
                return;
            }
            m_ui->messageLabel->showMessage(
                tr("The payment roll was saved as %1: %2 page(s), %3 line(s), %4 yuan.")
                    .arg(QDir::toNativeSeparators(path))
                    .arg(result->pages)
                    .arg(QLocale().toString(result->lines))
                    .arg(qs(result->amount.toString())),
                ErrorLabel::Tone::Success);
        });
    if (!started) {
        m_progress->close();
        return false;
    }
    m_progress->show();
    updateButtons();
    return true;
}

BankExportDialog *PayrollPage::openBankExport()
{
    if (m_ui->exportBankButton->isHidden())
        return nullptr;
    if (isBusy() || !m_overview || !payroll::isLocked(m_overview->roll.state))
        return nullptr;
    auto *dialog = new BankExportDialog(m_context, m_session, month(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &BankExportDialog::exportRequested, this,
            [this, dialog](const QString &templateId, const QString &folder) {
                startBankExport(dialog, templateId, folder);
            });
    dialog->open();
    return dialog;
}

bool PayrollPage::startBankExport(BankExportDialog *dialog, const QString &templateId,
                                  const QString &folder)
{
    if (isBusy())
        return false;
    const YearMonth m = month();
    const services::Clock *clock = &m_context.clock();
    const services::Session session = m_session;
    const std::string tid = ss(templateId);
    const std::string dir = ss(QDir::toNativeSeparators(folder));
    makeProgress(dialog, QStringLiteral("bankExportProgressDialog"), tr("Export bank files"),
                 tr("Writing the bank files for %1…").arg(PayrollText::month(m)));
    QPointer<BankExportDialog> target(dialog);
    const bool started = m_runner->start<services::BankExportResult>(
        tr("Export bank files"),
        [clock, session, m, tid, dir](storage::Database &db, services::JobControl &control) {
            services::BankService bank(db, *clock);
            return bank.exportRoll(session, m, tid, dir, control);
        },
        [this, target](Result<services::BankExportResult> result) {
            closeProgress();
            updateButtons();
            if (target)
                target->showResult(result);
        });
    if (!started) {
        m_progress->close();
        return false;
    }
    dialog->setBusy(true);
    m_progress->show();
    updateButtons();
    return true;
}

BankResultDialog *PayrollPage::openBankResults()
{
    if (m_ui->importResultsButton->isHidden())
        return nullptr;
    if (isBusy() || !m_overview || !payroll::isLocked(m_overview->roll.state))
        return nullptr;
    auto *dialog = new BankResultDialog(m_context, m_session, month(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &BankResultDialog::reconcileRequested, this,
            [this, dialog](const QString &templateId, std::shared_ptr<const std::string> bytes,
                           const services::ReconcileOptions &options) {
                startReconcile(dialog, templateId, std::move(bytes), options);
            });
    dialog->open();
    return dialog;
}

bool PayrollPage::startReconcile(BankResultDialog *dialog, const QString &templateId,
                                 std::shared_ptr<const std::string> bytes,
                                 const services::ReconcileOptions &options)
{
    if (isBusy() || !bytes)
        return false;
    const YearMonth m = month();
    const services::Clock *clock = &m_context.clock();
    const services::Session session = m_session;
    const std::string tid = ss(templateId);
    const bool dryRun = options.dryRun;
    makeProgress(dialog, QStringLiteral("bankResultProgressDialog"), tr("Import bank results"),
                 dryRun ? tr("Reading %1…").arg(qs(options.fileName))
                        : tr("Recording the results of %1…").arg(qs(options.fileName)));
    QPointer<BankResultDialog> target(dialog);
    const bool started = m_runner->start<services::ReconcileReport>(
        tr("Import bank results"),
        [clock, session, m, tid, bytes, options](storage::Database &db,
                                                 services::JobControl &control) {
            services::BankService bank(db, *clock);
            return bank.reconcile(session, m, tid, *bytes, options, control);
        },
        [this, target, dryRun](Result<services::ReconcileReport> result) {
            closeProgress();
            const bool applied = result.ok() && result->applied;
            if (applied) {
                refresh();
                m_ui->messageLabel->showMessage(
                    result->reconciled
                        ? tr("The bank's results are recorded: the roll is reconciled.")
                        : tr("The bank's results are recorded; %n payment(s) still wait for "
                             "a result.",
                             nullptr, result->pending),
                    ErrorLabel::Tone::Success);
            } else {
                updateButtons();
            }
            if (target)
                target->showReport(result, dryRun);
            if (applied)
                Q_EMIT rollChanged();
        });
    if (!started) {
        m_progress->close();
        return false;
    }
    dialog->setBusy(true);
    m_progress->show();
    updateButtons();
    return true;
}

FailedPaymentsDialog *PayrollPage::openFailedPayments()
{
    auto *dialog = new FailedPaymentsDialog(m_context, m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

} // namespace relief::gui
