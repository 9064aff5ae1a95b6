#include "failed_payments_dialog.h"

#include "ui_failed_payments_dialog.h"

#include "bank_display.h"
#include "reason_dialog.h"

#include "gui/shell/app_context.h"
#include "gui/widgets/display_text.h"
#include "gui/widgets/error_label.h"
#include "gui/widgets/screen_fit.h"

#include <QTableWidget>

namespace relief::gui {

FailedPaymentsDialog::FailedPaymentsDialog(AppContext &context, services::Session session,
                                           QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui_FailedPaymentsDialog>())
    , m_context(context)
    , m_session(std::move(session))
{
    m_ui->setupUi(this);
    m_ui->errorLabel->clearMessage();
    BankDisplay::setUpTable(m_ui->failedTable,
                            {tr("Month"), tr("Programme"), tr("Household no."), tr("Payee"),
                             tr("Account"), tr("Amount"), tr("Bank's reason"), tr("Status")});
    m_mayConfirm = m_context.bank().allows(m_session, services::Action::ReconcilePayroll);
    m_ui->confirmButton->setVisible(m_mayConfirm);
    connect(m_ui->failedTable, &QTableWidget::itemSelectionChanged, this,
            &FailedPaymentsDialog::updateButtons);
    connect(m_ui->confirmButton, &QPushButton::clicked, this,
            &FailedPaymentsDialog::confirmSelected);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);
    refresh();
    resizeToFit(this, QSize(1000, 520));
}

FailedPaymentsDialog::~FailedPaymentsDialog() = default;

void FailedPaymentsDialog::refresh()
{
    const std::int64_t keep = selected() ? selected()->paymentId : 0;
    auto list = m_context.bank().failedPayments(m_session);
    m_rows.clear();
    if (!list.ok())
        m_ui->errorLabel->showMessage(qs(list.error().message));
    else
        m_rows = std::move(*list);
    QTableWidget *table = m_ui->failedTable;
    table->setRowCount(static_cast<int>(m_rows.size()));
    Money total;
    int waiting = 0;
    for (int row = 0; row < table->rowCount(); ++row) {
        const auto &p = m_rows[static_cast<std::size_t>(row)];
        const QStringList cells {qs(p.month),           BankDisplay::programme(p.programme),
                                 qs(p.householdNumber), qs(p.payeeName),
                                 qs(p.account),         qs(p.amount.toString()),
                                 qs(p.reason),          BankDisplay::failedStatus(p.status)};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells[col]);
            if (col == 5)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(row, col, item);
        }
        QStringList about;
        if (p.accountChanged)
            about << tr("The household's account is now %1%2.")
                         .arg(qs(p.currentAccount),
                              p.currentAccountOk ? QString() : tr(" (not a valid account)"));
        if (p.confirmed)
            about << tr("Confirmed by %1: %2").arg(qs(p.confirmedBy), qs(p.confirmNote));
        if (p.status == "waiting")
            about << tr("Correct the account on the household page, or confirm it as it is.");
        table->item(row, 7)->setToolTip(about.join(u'\n'));
        if (p.status == "waiting" || p.status == "invalid_account")
            table->item(row, 7)->setForeground(ErrorLabel::color(ErrorLabel::Tone::Warning));
        if (p.status != "reissued") {
            total += p.amount;
            waiting += p.status == "waiting" || p.status == "invalid_account" ? 1 : 0;
        }
        if (p.paymentId == keep)
            table->selectRow(row);
    }
    sizeColumnsToContents(table, 12);
    m_ui->totalLabel->setText(
        tr("%n failed payment(s); %1 yuan not yet paid again, %2 of them waiting for the "
           "account to be corrected or confirmed.",
           nullptr, static_cast<int>(m_rows.size()))
            .arg(qs(total.toString()))
            .arg(waiting));
    updateButtons();
}

const services::FailedPaymentView *FailedPaymentsDialog::selected() const
{
    const auto rows = m_ui->failedTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    const int row = rows.first().row();
    return row >= 0 && row < static_cast<int>(m_rows.size())
        ? &m_rows[static_cast<std::size_t>(row)]
        : nullptr;
}

void FailedPaymentsDialog::updateButtons()
{
    const auto *p = selected();
    const bool waiting = p && p->status == "waiting";
    m_ui->confirmButton->setEnabled(m_mayConfirm && waiting);
    m_ui->confirmButton->setToolTip(
        !p            ? tr("Select a failed payment waiting for its account.")
            : waiting ? tr("The account is right as it is: the next roll pays it again.")
                      : tr("Only a payment waiting with the same account is confirmed; this "
                           "one is: %1.")
                            .arg(BankDisplay::failedStatus(p->status)));
}

ReasonDialog *FailedPaymentsDialog::confirmSelected()
{
    const auto *p = selected();
    if (!m_mayConfirm || !p || p->status != "waiting")
        return nullptr;
    m_ui->errorLabel->clearMessage();
    const std::int64_t id = p->paymentId;
    const QString amount = qs(p->amount.toString());
    auto *dialog = new ReasonDialog(
        tr("Confirm the account"),
        tr("The payment of %1 yuan to %2 (household %3, %4) failed: %5. Confirm that the "
           "account %6 is right as it is, so that the next roll pays it again; say how you "
           "know (the bank lifted a freeze, …).")
            .arg(amount, qs(p->payeeName), qs(p->householdNumber), qs(p->month),
                 p->reason.empty() ? tr("no reason given") : qs(p->reason), qs(p->account)),
        tr("Confirm"),
        [this, id](const std::string &note) -> Status {
            auto confirmed = m_context.bank().confirmAccount(m_session, id, note);
            return confirmed.ok() ? Status(Unit {}) : Status(confirmed.error());
        },
        this);
    dialog->setObjectName(QStringLiteral("confirmAccountDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, amount] {
        refresh();
        m_ui->errorLabel->showMessage(
            tr("The account is confirmed: the next roll pays the %1 yuan again.").arg(amount),
            ErrorLabel::Tone::Success);
        Q_EMIT changed();
    });
    dialog->open();
    return dialog;
}

} // namespace relief::gui
