#include "recovery_dialog.h"

#include "ui_recovery_dialog.h"
#include "ui_recovery_receipt_dialog.h"

#include "gui/registry/registry_text.h"
#include "gui/shell/app_context.h"
#include "gui/widgets/display_text.h"
#include "gui/widgets/error_label.h"
#include "gui/widgets/field_errors.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QPushButton>

namespace relief::gui {

namespace {

using services::RecoveryStatus;

QString lineProgrammeName(payroll::LineProgramme p)
{
    switch (p) {
    case payroll::LineProgramme::Dibao:
        return programmeName(CaseProgramme::Dibao);
    case payroll::LineProgramme::SinglePerson:
        return programmeName(CaseProgramme::SinglePerson);
    case payroll::LineProgramme::Tekun:
        return programmeName(CaseProgramme::Tekun);
    case payroll::LineProgramme::ChildAllowance:
        return programmeName(CaseProgramme::ChildAllowance);
    case payroll::LineProgramme::DisabilityLiving:
        return programmeName(CaseProgramme::DisabilityLiving);
    case payroll::LineProgramme::DisabilityCare:
        return programmeName(CaseProgramme::DisabilityCare);
    case payroll::LineProgramme::PriceSubsidy:
        break;
    }
    return RecoveryDialog::tr("Price subsidy");
}

bool takesMoney(const services::RecoveryView &r)
{
    return r.real && (r.status == RecoveryStatus::Open || r.status == RecoveryStatus::Partly);
}

} // namespace

// --- the receipt form ---

RecoveryReceiptDialog::RecoveryReceiptDialog(AppContext &context, services::Session session,
                                             const services::RecoveryView &recovery,
                                             QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui_RecoveryReceiptDialog>())
    , m_errors(std::make_unique<FieldErrors>())
    , m_context(context)
    , m_session(std::move(session))
    , m_recoveryId(recovery.id)
{
    m_ui->setupUi(this);
    m_errors->collect(this, m_ui->errorLabel);
    const Money left = recovery.amount - recovery.collected;
    m_ui->recoveryLabel->setText(tr("Household %1, %2: %3 yuan to collect for %4 (%5 collected).")
                                     .arg(qs(recovery.householdNumber), qs(recovery.headName),
                                          qs(left.toString()), qs(recovery.month.toString()),
                                          qs(recovery.collected.toString())));
    m_ui->receiptAmountEdit->setText(qs(left.toString()));
    const QDate today = toQDate(m_context.clock().today());
    m_ui->receivedOnEdit->setMaximumDate(today);
    m_ui->receivedOnEdit->setDate(today);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &RecoveryReceiptDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

RecoveryReceiptDialog::~RecoveryReceiptDialog() = default;

void RecoveryReceiptDialog::accept()
{
    m_errors->clear();
    const auto amount = parseYuan(m_ui->receiptAmountEdit->text());
    if (!amount) {
        m_errors->show(QStringLiteral("amount"), yuanFormatMessage());
        return;
    }
    auto stored = m_context.payroll().recordReceipt(
        m_session, m_recoveryId, *amount, fromQDate(m_ui->receivedOnEdit->date()),
        ss(m_ui->receiptNoEdit->text().trimmed()), ss(m_ui->receiptNoteEdit->text().trimmed()));
    if (!stored.ok()) {
        m_errors->show(stored.error());
        return;
    }
    QDialog::accept();
}

// --- the list ---

RecoveryDialog::RecoveryDialog(AppContext &context, services::Session session, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui_RecoveryDialog>())
    , m_context(context)
    , m_session(std::move(session))
{
    m_ui->setupUi(this);
    auto *filter = m_ui->statusFilter;
    filter->addItem(tr("To collect (open or partly)"), -2);
    filter->addItem(tr("All"), -1);
    for (auto s : {RecoveryStatus::Open, RecoveryStatus::Partly, RecoveryStatus::Collected,
                   RecoveryStatus::Waived})
        filter->addItem(statusName(s), static_cast<int>(s));
    auto *table = m_ui->recoveryTable;
    table->setColumnCount(10);
    table->setHorizontalHeaderLabels({tr("Household"), tr("Head"), tr("Community"), tr("Programme"),
                                      tr("Month"), tr("Amount"), tr("Collected"), tr("Status"),
                                      tr("Found in"), tr("Reason")});
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    auto &payroll = m_context.payroll();
    m_ui->receiptButton->setVisible(payroll.allows(m_session, services::Action::CollectRecovery));
    m_ui->waiveButton->setVisible(payroll.allows(m_session, services::Action::WaiveRecovery));
    connect(filter, &QComboBox::currentIndexChanged, this, &RecoveryDialog::refresh);
    connect(m_ui->includeDraftsCheck, &QCheckBox::toggled, this, &RecoveryDialog::refresh);
    connect(table, &QTableWidget::itemSelectionChanged, this, &RecoveryDialog::updateButtons);
    connect(table, &QTableWidget::cellDoubleClicked, this, [this] {
        if (!m_ui->receiptButton->isHidden() && m_ui->receiptButton->isEnabled())
            recordReceipt();
    });
    connect(m_ui->receiptButton, &QPushButton::clicked, this, &RecoveryDialog::recordReceipt);
    connect(m_ui->waiveButton, &QPushButton::clicked, this, &RecoveryDialog::waive);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);
    refresh();
}

RecoveryDialog::~RecoveryDialog() = default;

QString RecoveryDialog::statusName(RecoveryStatus status)
{
    switch (status) {
    case RecoveryStatus::Open:
        return tr("Open");
    case RecoveryStatus::Partly:
        return tr("Partly collected");
    case RecoveryStatus::Collected:
        return tr("Collected");
    case RecoveryStatus::Waived:
        break;
    }
    return tr("Waived");
}

void RecoveryDialog::refresh()
{
    m_ui->errorLabel->clearMessage();
    const int choice = m_ui->statusFilter->currentData().toInt();
    services::RecoveryFilter filter;
    if (choice >= 0)
        filter.status = static_cast<RecoveryStatus>(choice);
    filter.includeDrafts = m_ui->includeDraftsCheck->isChecked();
    auto list = m_context.payroll().recoveries(m_session, filter);
    m_rows.clear();
    if (!list.ok()) {
        m_ui->errorLabel->showMessage(qs(list.error().message));
    } else {
        for (auto &r : *list)
            if (choice != -2 || r.status == RecoveryStatus::Open ||
                r.status == RecoveryStatus::Partly)
                m_rows.push_back(std::move(r));
    }
    auto *table = m_ui->recoveryTable;
    table->setRowCount(static_cast<int>(m_rows.size()));
    Money amount, collected;
    for (int row = 0; row < table->rowCount(); ++row) {
        const auto &r = m_rows[static_cast<size_t>(row)];
        const QStringList cells {qs(r.householdNumber),
                                 qs(r.headName),
                                 qs(r.communityName),
                                 lineProgrammeName(r.programme),
                                 qs(r.month.toString()),
                                 qs(r.amount.toString()),
                                 qs(r.collected.toString()),
                                 r.real ? statusName(r.status)
                                        : tr("%1 (draft roll)").arg(statusName(r.status)),
                                 qs(r.foundIn.toString()),
                                 qs(r.reason)};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells[col]);
            if (col == 5 || col == 6)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(row, col, item);
        }
        amount += r.amount;
        collected += r.collected;
    }
    m_ui->totalLabel->setText(tr("%n recovery(ies): %1 yuan, %2 yuan collected.", nullptr,
                                 static_cast<int>(m_rows.size()))
                                  .arg(qs(amount.toString()), qs(collected.toString())));
    updateButtons();
}

const services::RecoveryView *RecoveryDialog::selected() const
{
    const int row = m_ui->recoveryTable->currentRow();
    if (row < 0 || row >= static_cast<int>(m_rows.size()))
        return nullptr;
    return &m_rows[static_cast<size_t>(row)];
}

void RecoveryDialog::updateButtons()
{
    const auto *r = selected();
    const bool open = r && takesMoney(*r);
    m_ui->receiptButton->setEnabled(open);
    m_ui->waiveButton->setEnabled(open);
}

void RecoveryDialog::recordReceipt()
{
    const auto *r = selected();
    if (!r || !takesMoney(*r))
        return;
    auto *form = new RecoveryReceiptDialog(m_context, m_session, *r, this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    connect(form, &QDialog::accepted, this, [this] {
        refresh();
        m_ui->errorLabel->showMessage(tr("The receipt is recorded."), ErrorLabel::Tone::Success);
        Q_EMIT changed();
    });
    form->open();
}

void RecoveryDialog::waive()
{
    const auto *r = selected();
    if (!r || !takesMoney(*r))
        return;
    auto *ask = new QInputDialog(this);
    ask->setObjectName(QStringLiteral("waiveReasonDialog"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(tr("Waive the recovery"));
    ask->setLabelText(tr("Why is the recovery of %1 yuan (household %2, %3) waived?")
                          .arg(qs((r->amount - r->collected).toString()), qs(r->householdNumber),
                               qs(r->month.toString())));
    const std::int64_t id = r->id;
    connect(ask, &QInputDialog::textValueSelected, this, [this, id](const QString &reason) {
        auto waived = m_context.payroll().waive(m_session, id, ss(reason.trimmed()));
        if (!waived.ok()) {
            m_ui->errorLabel->showMessage(qs(waived.error().message));
            return;
        }
        refresh();
        m_ui->errorLabel->showMessage(tr("The recovery is waived."), ErrorLabel::Tone::Success);
        Q_EMIT changed();
    });
    ask->open();
}

} // namespace relief::gui
