#include "reserve_fund_dialog.h"

#include "ui_reserve_fund_dialog.h"

#include "application_display.h"
#include "gui/registry/registry_text.h"
#include "gui/shell/app_context.h"
#include "gui/widgets/display_text.h"
#include "gui/widgets/field_errors.h"

#include <QHeaderView>
#include <QPushButton>

namespace relief::gui {

ReserveFundDialog::ReserveFundDialog(AppContext &context, services::Session session,
                                     QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui_ReserveFundDialog>())
    , m_errors(std::make_unique<FieldErrors>())
    , m_context(context)
    , m_session(std::move(session))
{
    m_ui->setupUi(this);
    m_errors->collect(this, m_ui->errorLabel);
    QFont big = m_ui->balanceLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_ui->balanceLabel->setFont(big);
    auto *table = m_ui->reserveEntryTable;
    table->setColumnCount(7);
    table->setHorizontalHeaderLabels({tr("Date"), tr("Entry"), tr("Amount"), tr("Balance after"),
                                      tr("Payee"), tr("Note"), tr("By")});
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    const bool canTopUp =
        m_context.applications().allows(m_session, services::Action::ManageReserveFund);
    m_ui->topUpBox->setVisible(canTopUp);
    const QDate today = toQDate(m_context.clock().today());
    m_ui->topUpDateEdit->setMaximumDate(today);
    m_ui->topUpDateEdit->setDate(today);
    m_ui->topUpDateEdit->setMinimumWidth(dateEditWidth(*m_ui->topUpDateEdit));
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->topUpButton, &QPushButton::clicked, this, &ReserveFundDialog::attemptTopUp);
    connect(m_ui->topUpNoteEdit, &QLineEdit::returnPressed, this, &ReserveFundDialog::attemptTopUp);
    refresh();
}

ReserveFundDialog::~ReserveFundDialog() = default;

void ReserveFundDialog::refresh()
{
    auto &fund = m_context.reserveFund();
    if (auto balance = fund.balance(m_session); balance.ok())
        m_ui->balanceLabel->setText(tr("Balance: %1").arg(ApplicationDisplay::yuanText(*balance)));
    else
        m_errors->show(balance.error());
    auto *table = m_ui->reserveEntryTable;
    table->setRowCount(0);
    auto entries = fund.entries(m_session, 1000, 0);
    if (!entries.ok()) {
        m_errors->show(entries.error());
        return;
    }
    table->setRowCount(static_cast<int>(entries->size()));
    for (int row = 0; row < table->rowCount(); ++row) {
        const auto &e = (*entries)[static_cast<size_t>(row)];
        const bool topUp = e.kind == storage::ReserveEntryKind::TopUp;
        const QStringList cells {qs(e.onDate.toString()),
                                 topUp ? tr("Top-up") : tr("Payment"),
                                 (topUp ? QStringLiteral("+") : QStringLiteral("−")) +
                                     qs(e.amount.toString()),
                                 qs(e.balanceAfter.toString()),
                                 qs(e.payee),
                                 qs(e.note),
                                 qs(e.username)};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells[col]);
            if (col == 2 || col == 3)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(row, col, item);
        }
    }
}

void ReserveFundDialog::attemptTopUp()
{
    m_errors->clear();
    const auto amount = parseYuan(m_ui->topUpAmountEdit->text());
    if (!amount) {
        m_errors->show(QStringLiteral("amount"), yuanFormatMessage());
        return;
    }
    auto balance =
        m_context.reserveFund().topUp(m_session, *amount, fromQDate(m_ui->topUpDateEdit->date()),
                                      ss(m_ui->topUpNoteEdit->text().trimmed()));
    if (!balance.ok()) {
        m_errors->show(balance.error());
        return;
    }
    m_ui->topUpAmountEdit->clear();
    m_ui->topUpNoteEdit->clear();
    refresh();
}

} // namespace relief::gui
