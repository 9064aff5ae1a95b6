#include "standard_change_dialog.h"

#include "ui_standard_change_dialog.h"

#include "gui/registry/registry_text.h"
#include "gui/shell/app_context.h"
#include "gui/widgets/display_text.h"
#include "gui/widgets/job_runner.h"

#include <QAbstractTableModel>
#include <QCloseEvent>
#include <QHeaderView>
#include <QInputDialog>
#include <QLocale>
#include <QPushButton>

namespace relief::gui {

namespace {

using services::StandardChangeBatchState;
using services::StandardChangeItemOutcome;

QString outcomeName(StandardChangeItemOutcome o)
{
    switch (o) {
    case StandardChangeItemOutcome::Raise:
        return StandardChangeDialog::tr("Raise");
    case StandardChangeItemOutcome::FlagReview:
        return StandardChangeDialog::tr("Keep, review");
    case StandardChangeItemOutcome::Keep:
        break;
    }
    return StandardChangeDialog::tr("Keep");
}

QString signedYuan(const Money &m)
{
    return m > Money() ? QStringLiteral("+") + qs(m.toString()) : qs(m.toString());
}

QTableWidgetItem *cell(const QString &text, bool number = false)
{
    auto *item = new QTableWidgetItem(text);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

// The batch's items without a widget per cell: a batch of 100,000 cases opens at once.
class StandardChangeItemsModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setItems(std::vector<services::StandardChangeItemView> items)
    {
        beginResetModel();
        m_items = std::move(items);
        endResetModel();
    }
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_items.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : 9;
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        switch (section) {
        case 0:
            return StandardChangeDialog::tr("Household");
        case 1:
            return StandardChangeDialog::tr("Name");
        case 2:
            return StandardChangeDialog::tr("Programme");
        case 3:
            return StandardChangeDialog::tr("Old amount");
        case 4:
            return StandardChangeDialog::tr("New amount");
        case 5:
            return StandardChangeDialog::tr("Difference a month");
        case 6:
            return StandardChangeDialog::tr("Outcome");
        case 7:
            return StandardChangeDialog::tr("From");
        default:
            return StandardChangeDialog::tr("Explanation");
        }
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.row() >= rowCount())
            return {};
        const auto &i = m_items[static_cast<size_t>(index.row())];
        const int col = index.column();
        if (role == Qt::TextAlignmentRole && col >= 3 && col <= 5)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ForegroundRole && col == 6 &&
            i.outcome == StandardChangeItemOutcome::FlagReview)
            return ErrorLabel::color(ErrorLabel::Tone::Warning);
        if (role == Qt::ToolTipRole && col == 8)
            return qs(i.explanation);
        if (role != Qt::DisplayRole)
            return {};
        switch (col) {
        case 0:
            return qs(i.householdNumber);
        case 1:
            return qs(i.personName.empty() ? i.headName : i.personName);
        case 2:
            return programmeName(i.programme);
        case 3:
            return qs(i.oldAmount.toString());
        case 4:
            return i.newAmount ? qs(i.newAmount->toString())
                               : StandardChangeDialog::tr("not eligible");
        case 5:
            return signedYuan(i.difference());
        case 6:
            return outcomeName(i.outcome);
        case 7:
            return qs(i.effectiveMonth.toString());
        default:
            return qs(i.explanation);
        }
    }

private:
    std::vector<services::StandardChangeItemView> m_items;
};

StandardChangeDialog::StandardChangeDialog(AppContext &context, services::Session session,
                                           std::int64_t policySetId, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui_StandardChangeDialog>())
    , m_context(context)
    , m_session(std::move(session))
    , m_policySetId(policySetId)
{
    m_ui->setupUi(this);
    m_items = new StandardChangeItemsModel(this);
    auto *items = m_ui->itemTable;
    items->setModel(m_items);
    items->verticalHeader()->hide();
    items->verticalHeader()->setDefaultSectionSize(items->fontMetrics().height() + 8);
    items->horizontalHeader()->setStretchLastSection(true);
    items->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    auto *totals = m_ui->totalsTable;
    totals->setColumnCount(7);
    totals->setHorizontalHeaderLabels({tr("Programme"), tr("Cases"), tr("Raised"), tr("Kept"),
                                       tr("Flagged for review"), tr("Old amounts a month"),
                                       tr("Difference a month")});
    totals->verticalHeader()->hide();
    totals->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    totals->horizontalHeader()->setStretchLastSection(true);

    m_runner = new JobRunner(m_context.connections(), this);
    m_runner->setObjectName(QStringLiteral("standardChangeJobRunner"));
    connect(m_runner, &JobRunner::stageChanged, this,
            [this](const QString &text) { m_ui->stageLabel->setText(text); });
    connect(m_runner, &JobRunner::progressChanged, this, [this](qint64 done, qint64 total) {
        m_ui->proposeProgress->setRange(0, static_cast<int>(total));
        m_ui->proposeProgress->setValue(static_cast<int>(done));
    });
    connect(m_runner, &JobRunner::cancelRequestedChanged, this, [this] {
        m_ui->stageLabel->setText(tr("Cancelling…"));
        m_ui->cancelButton->setEnabled(false);
    });
    connect(m_ui->proposeButton, &QPushButton::clicked, this, &StandardChangeDialog::propose);
    connect(m_ui->approveButton, &QPushButton::clicked, this, &StandardChangeDialog::approve);
    connect(m_ui->discardButton, &QPushButton::clicked, this, &StandardChangeDialog::discard);
    connect(m_ui->cancelButton, &QPushButton::clicked, m_runner, &JobRunner::cancel);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);
    m_ui->approveButton->setVisible(
        m_context.standardChanges().allows(m_session, services::Action::ApproveStandardChange));
    setBusy(false);

    // The set's open batch (or the last one); none yet: propose one now.
    auto latest = m_context.standardChanges().latestBatch(m_session, m_policySetId);
    if (!latest.ok()) {
        m_ui->errorLabel->showMessage(qs(latest.error().message));
    } else if (latest->has_value()) {
        showBatch(**latest);
    } else if (m_context.standardChanges().allows(m_session,
                                                  services::Action::ProposeStandardChange)) {
        propose();
    } else {
        m_ui->summaryLabel->setText(tr("No standard change has been proposed for this set yet."));
    }
    updateButtons();
}

StandardChangeDialog::~StandardChangeDialog()
{
    if (isBusy())
        m_runner->cancel(); // the runner waits for the worker; its work rolls back
}

bool StandardChangeDialog::isBusy() const
{
    return m_runner && m_runner->isRunning();
}

void StandardChangeDialog::reject()
{
    if (isBusy()) {
        m_runner->cancel();
        return;
    }
    QDialog::reject();
}

void StandardChangeDialog::closeEvent(QCloseEvent *event)
{
    if (isBusy()) {
        m_runner->cancel();
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

void StandardChangeDialog::propose()
{
    if (isBusy())
        return;
    m_ui->errorLabel->clearMessage();
    m_ui->summaryLabel->setText(tr("Re-assessing the active cases; nothing is decided yet."));
    m_ui->proposeProgress->setRange(0, 0);
    setBusy(true);
    const services::Clock *clock = &m_context.clock();
    const services::Session session = m_session;
    const std::int64_t setId = m_policySetId;
    m_runner->start<services::StandardChangeBatchView>(
        tr("Standard change"),
        [clock, session, setId](storage::Database &db, services::JobControl &control) {
            return services::StandardChangeService(db, *clock).propose(session, setId, control);
        },
        [this](Result<services::StandardChangeBatchView> result) {
            setBusy(false);
            if (!result.ok()) {
                m_ui->errorLabel->showMessage(qs(result.error().message),
                                              result.error().code == ErrorCode::Cancelled
                                                  ? ErrorLabel::Tone::Warning
                                                  : ErrorLabel::Tone::Error);
                if (m_batch)
                    showBatch(*m_batch);
                else
                    m_ui->summaryLabel->clear();
                updateButtons();
                return;
            }
            showBatch(*result);
        });
}

void StandardChangeDialog::approve()
{
    if (isBusy() || !m_batch || m_batch->state != StandardChangeBatchState::Proposed)
        return;
    m_ui->errorLabel->clearMessage();
    m_ui->proposeProgress->setRange(0, 0);
    setBusy(true);
    m_ui->stageLabel->setText(tr("Recording the standard-change decisions…"));
    const services::Clock *clock = &m_context.clock();
    const services::Session session = m_session;
    const std::int64_t batchId = m_batch->id;
    m_runner->start<services::StandardChangeBatchView>(
        tr("Approve the standard change"),
        [clock, session, batchId](storage::Database &db, services::JobControl &) {
            return services::StandardChangeService(db, *clock).approve(session, batchId);
        },
        [this](Result<services::StandardChangeBatchView> result) {
            setBusy(false);
            if (!result.ok()) {
                m_ui->errorLabel->showMessage(qs(result.error().message));
                updateButtons();
                return;
            }
            showBatch(*result);
            m_ui->errorLabel->showMessage(
                tr("Approved: %n standard-change decision(s) recorded.", nullptr, result->raised),
                ErrorLabel::Tone::Success);
            Q_EMIT approved(result->id);
        });
}

void StandardChangeDialog::discard()
{
    if (isBusy() || !m_batch || m_batch->state != StandardChangeBatchState::Proposed)
        return;
    auto *ask = new QInputDialog(this);
    ask->setObjectName(QStringLiteral("discardNoteDialog"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(tr("Discard the standard change"));
    ask->setLabelText(tr("Why is this batch discarded?"));
    connect(ask, &QInputDialog::textValueSelected, this, [this](const QString &note) {
        if (!m_batch)
            return;
        auto result =
            m_context.standardChanges().discard(m_session, m_batch->id, ss(note.trimmed()));
        if (!result.ok()) {
            m_ui->errorLabel->showMessage(qs(result.error().message));
            return;
        }
        showBatch(*result);
    });
    ask->open();
}

void StandardChangeDialog::showBatch(const services::StandardChangeBatchView &batch)
{
    m_batch = batch;
    const QLocale locale;
    QString state;
    switch (batch.state) {
    case StandardChangeBatchState::Proposed:
        state =
            tr("Proposed by %1; waiting for a supervisor's approval.").arg(qs(batch.proposedBy));
        break;
    case StandardChangeBatchState::Approved:
        state =
            tr("Proposed by %1, approved by %2.").arg(qs(batch.proposedBy), qs(batch.decidedBy));
        break;
    case StandardChangeBatchState::Discarded:
        state =
            tr("Proposed by %1, discarded by %2.").arg(qs(batch.proposedBy), qs(batch.decidedBy));
        break;
    }
    m_ui->summaryLabel->setText(
        tr("Parameter set in force from %1: %2 case(s) re-assessed — %3 raised, %4 kept, %5 "
           "flagged for review. Budget difference a month: %6 yuan.")
            .arg(qs(batch.effectiveFrom.toString()))
            .arg(locale.toString(static_cast<qlonglong>(batch.items.size())))
            .arg(batch.raised)
            .arg(batch.kept)
            .arg(batch.flagged)
            .arg(signedYuan(batch.difference)) +
        u'\n' + state);

    m_items->setItems(batch.items);
    // Widths from the first rows only (a batch may hold 100,000 cases).
    for (int col = 0; col < 8; ++col)
        m_ui->itemTable->resizeColumnToContents(col);
    auto *totals = m_ui->totalsTable;
    totals->setRowCount(static_cast<int>(batch.totals.size()) + 1);
    int cases = 0;
    Money old;
    for (int row = 0; row < static_cast<int>(batch.totals.size()); ++row) {
        const auto &t = batch.totals[static_cast<size_t>(row)];
        totals->setItem(row, 0, cell(programmeName(t.programme)));
        totals->setItem(row, 1, cell(locale.toString(t.cases), true));
        totals->setItem(row, 2, cell(locale.toString(t.raised), true));
        totals->setItem(row, 3, cell(locale.toString(t.kept), true));
        totals->setItem(row, 4, cell(locale.toString(t.flagged), true));
        totals->setItem(row, 5, cell(qs(t.oldMonthly.toString()), true));
        totals->setItem(row, 6, cell(signedYuan(t.difference), true));
        cases += t.cases;
        old += t.oldMonthly;
    }
    const int last = totals->rowCount() - 1;
    totals->setItem(last, 0, cell(tr("Total")));
    totals->setItem(last, 1, cell(locale.toString(cases), true));
    totals->setItem(last, 2, cell(locale.toString(batch.raised), true));
    totals->setItem(last, 3, cell(locale.toString(batch.kept), true));
    totals->setItem(last, 4, cell(locale.toString(batch.flagged), true));
    totals->setItem(last, 5, cell(qs(old.toString()), true));
    totals->setItem(last, 6, cell(signedYuan(batch.difference), true));
    updateButtons();
}

void StandardChangeDialog::setBusy(bool busy)
{
    m_ui->stageLabel->setVisible(busy);
    m_ui->proposeProgress->setVisible(busy);
    m_ui->cancelButton->setVisible(busy);
    m_ui->cancelButton->setEnabled(busy);
    if (!busy)
        m_ui->stageLabel->clear();
    updateButtons();
}

void StandardChangeDialog::updateButtons()
{
    const bool busy = isBusy();
    const bool open = m_batch && m_batch->state == StandardChangeBatchState::Proposed;
    auto &service = m_context.standardChanges();
    const bool mayPropose = service.allows(m_session, services::Action::ProposeStandardChange);
    m_ui->proposeButton->setVisible(mayPropose);
    m_ui->proposeButton->setEnabled(!busy);
    m_ui->proposeButton->setText(m_batch ? tr("Re-assess again") : tr("Re-assess"));
    m_ui->discardButton->setVisible(mayPropose);
    m_ui->discardButton->setEnabled(!busy && open);
    m_ui->approveButton->setEnabled(!busy && open);
    m_ui->closeButton->setEnabled(!busy);
}

} // namespace relief::gui
