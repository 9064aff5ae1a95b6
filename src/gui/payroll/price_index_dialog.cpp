#include "price_index_dialog.h"

#include "ui_price_index_dialog.h"

#include "gui/shell/app_context.h"
#include "gui/widgets/display_text.h"
#include "gui/widgets/error_label.h"
#include "gui/widgets/field_errors.h"

#include <QHeaderView>
#include <QPushButton>

namespace relief::gui {

PriceIndexDialog::PriceIndexDialog(AppContext &context, services::Session session, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui_PriceIndexDialog>())
    , m_errors(std::make_unique<FieldErrors>())
    , m_context(context)
    , m_session(std::move(session))
{
    m_ui->setupUi(this);
    m_errors->collect(this, m_ui->errorLabel);
    auto *table = m_ui->priceIndexTable;
    table->setColumnCount(6);
    table->setHorizontalHeaderLabels({tr("Month"), tr("CPI %"), tr("Food %"), tr("Price subsidy"),
                                      tr("Entered by"), tr("Entered at")});
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(table, &QTableWidget::itemSelectionChanged, this, &PriceIndexDialog::showSelected);

    const bool mayEnter =
        m_context.priceIndices().allows(m_session, services::Action::EnterPriceIndices);
    m_ui->entryBox->setVisible(mayEnter);
    const QDate today = toQDate(m_context.clock().today());
    m_ui->monthEdit->setDate(QDate(today.year(), today.month(), 1));
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->saveIndicesButton, &QPushButton::clicked, this, &PriceIndexDialog::save);
    connect(m_ui->foodEdit, &QLineEdit::returnPressed, this, &PriceIndexDialog::save);
    refresh();
}

PriceIndexDialog::~PriceIndexDialog() = default;

void PriceIndexDialog::refresh()
{
    auto *table = m_ui->priceIndexTable;
    table->setRowCount(0);
    auto list = m_context.priceIndices().list(m_session);
    if (!list.ok()) {
        m_errors->show(list.error());
        return;
    }
    table->setRowCount(static_cast<int>(list->size()));
    for (int row = 0; row < table->rowCount(); ++row) {
        const auto &r = (*list)[static_cast<size_t>(row)];
        const QStringList cells {qs(r.month.toString()),
                                 qs(r.cpi),
                                 qs(r.food),
                                 r.triggers ? tr("Triggered") : tr("Not triggered"),
                                 qs(r.enteredBy),
                                 r.enteredAt.empty() ? QString()
                                                     : localTimeFromIsoUtc(r.enteredAt)};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells[col]);
            if (col == 1 || col == 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(row, col, item);
        }
    }
}

// A month picked in the list fills the form (to correct its figures).
void PriceIndexDialog::showSelected()
{
    const int row = m_ui->priceIndexTable->currentRow();
    if (row < 0 || !m_ui->entryBox->isVisible())
        return;
    const auto month = YearMonth::parse(ss(m_ui->priceIndexTable->item(row, 0)->text()));
    if (!month)
        return;
    m_ui->monthEdit->setDate(QDate(month->year(), month->month(), 1));
    m_ui->cpiEdit->setText(m_ui->priceIndexTable->item(row, 1)->text());
    m_ui->foodEdit->setText(m_ui->priceIndexTable->item(row, 2)->text());
}

void PriceIndexDialog::save()
{
    m_errors->clear();
    const QDate d = m_ui->monthEdit->date();
    const auto month = YearMonth::fromYm(d.year(), d.month());
    if (!month)
        return;
    auto stored =
        m_context.priceIndices().set(m_session, *month, ss(m_ui->cpiEdit->text().trimmed()),
                                     ss(m_ui->foodEdit->text().trimmed()));
    if (!stored.ok()) {
        m_errors->show(stored.error());
        return;
    }
    refresh();
    const QString shown = qs(stored->month.toString());
    m_ui->errorLabel->showMessage(
        stored->triggers
            ? tr("The figures of %1 are stored; they trigger price subsidies.").arg(shown)
            : tr("The figures of %1 are stored; they do not trigger price subsidies.").arg(shown),
        ErrorLabel::Tone::Success);
    Q_EMIT saved(qs(stored->month.toString()));
}

} // namespace relief::gui
