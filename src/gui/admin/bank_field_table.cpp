#include "bank_field_table.h"

#include "gui/widgets/display_text.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace relief::gui {

using bank::Field;
using bank::Source;

namespace {

QString sourceLabel(Source s)
{
    switch (s) {
    case Source::Seq:
        return BankFieldTable::tr("Sequence number");
    case Source::Name:
        return BankFieldTable::tr("Account holder");
    case Source::Account:
        return BankFieldTable::tr("Bank account");
    case Source::IdNumber:
        return BankFieldTable::tr("ID number");
    case Source::Amount:
        return BankFieldTable::tr("Amount");
    case Source::Memo:
        return BankFieldTable::tr("Memo");
    case Source::BankName:
        return BankFieldTable::tr("Bank name");
    case Source::BankCode:
        return BankFieldTable::tr("Bank code");
    case Source::Month:
        return BankFieldTable::tr("Month");
    case Source::Date:
        return BankFieldTable::tr("Export date");
    case Source::Count:
        return BankFieldTable::tr("Number of payments");
    case Source::Total:
        return BankFieldTable::tr("Total amount");
    case Source::BatchNo:
        return BankFieldTable::tr("Batch number");
    case Source::Office:
        return BankFieldTable::tr("Office name");
    case Source::Literal:
        return BankFieldTable::tr("Literal text");
    }
    return {};
}

bool isPerPayment(Source s)
{
    return s == Source::Seq || s == Source::Name || s == Source::Account || s == Source::IdNumber ||
        s == Source::Amount || s == Source::Memo || s == Source::BankName || s == Source::BankCode;
}

bool hasUnit(Source s)
{
    return s == Source::Amount || s == Source::Total;
}

bool hasStyle(Source s)
{
    return s == Source::Date || s == Source::Month;
}

QComboBox *keyCombo(QWidget *parent, auto keys)
{
    auto *combo = new QComboBox(parent);
    for (std::size_t i = 0; i < keys.size(); ++i)
        combo->addItem(QString::fromUtf8(keys[i].data(), static_cast<qsizetype>(keys[i].size())),
                       static_cast<int>(i));
    return combo;
}

QPushButton *button(const QString &text, const char *name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    return b;
}

} // namespace

BankFieldTable::BankFieldTable(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("fieldTable"));
    m_table->setHorizontalHeaderLabels({tr("Source"), tr("Literal text"), tr("Column title"),
                                        tr("Width (bytes)"), tr("Pad"), tr("Align"), tr("Unit"),
                                        tr("Date style")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView *header = m_table->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // The narrow columns keep their width (a spin box or a combo box asks for more
    // than it needs); the texts share the rest.
    header->setSectionResizeMode(QHeaderView::Fixed);
    header->setSectionResizeMode(SourceColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    const QFontMetrics metrics(font());
    const int em = metrics.horizontalAdvance(u'M');
    header->resizeSection(WidthColumn,
                          std::max(metrics.horizontalAdvance(tr("Width (bytes)")) + 16, 6 * em));
    header->resizeSection(PadColumn, std::max(metrics.horizontalAdvance(tr("space")) + 20, 4 * em));
    header->resizeSection(AlignColumn, 6 * em);
    // A combo box: its longest item, the arrow and the frame.
    const int comboExtra = 4 * em;
    header->resizeSection(UnitColumn,
                          std::max(metrics.horizontalAdvance(tr("Yuan (123.45)")),
                                   metrics.horizontalAdvance(tr("Fen (12345)"))) +
                              comboExtra);
    header->resizeSection(StyleColumn,
                          metrics.horizontalAdvance(QStringLiteral("YYYY-MM-DD")) + comboExtra);
    layout->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(6);
    m_addButton = button(tr("&Add field"), "addFieldButton", this);
    m_removeButton = button(tr("Remo&ve"), "removeFieldButton", this);
    m_upButton = button(tr("Move &up"), "moveFieldUpButton", this);
    m_downButton = button(tr("Move &down"), "moveFieldDownButton", this);
    for (QPushButton *b : {m_addButton, m_removeButton, m_upButton, m_downButton})
        buttons->addWidget(b);
    buttons->addStretch();
    layout->addLayout(buttons);

    connect(m_addButton, &QPushButton::clicked, this, &BankFieldTable::addField);
    connect(m_removeButton, &QPushButton::clicked, this, &BankFieldTable::removeField);
    connect(m_upButton, &QPushButton::clicked, this, [this] { moveField(-1); });
    connect(m_downButton, &QPushButton::clicked, this, [this] { moveField(1); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &BankFieldTable::updateButtons);
    setFixedWidth(false);
    updateButtons();
}

void BankFieldTable::setPerPayment(bool perPayment)
{
    m_perPayment = perPayment;
    rebuild();
}

void BankFieldTable::setFields(const std::vector<Field> &fields)
{
    m_fields = fields;
    rebuild();
}

void BankFieldTable::setFixedWidth(bool fixed)
{
    m_fixed = fixed;
    for (int col : {WidthColumn, PadColumn, AlignColumn})
        m_table->setColumnHidden(col, !fixed);
}

void BankFieldTable::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QPushButton *b : {m_addButton, m_removeButton, m_upButton, m_downButton})
        b->setVisible(!readOnly);
    rebuild();
}

void BankFieldTable::selectField(int index)
{
    if (index < 0 || index >= m_table->rowCount())
        return;
    m_table->selectRow(index);
    m_table->scrollToItem(m_table->item(index, 0));
}

int BankFieldTable::currentField() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void BankFieldTable::rebuild()
{
    const int keep = currentField();
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0); // the cell widgets go with their rows
    m_table->setRowCount(static_cast<int>(m_fields.size()));
    for (int row = 0; row < m_table->rowCount(); ++row)
        fillRow(row);
    if (keep >= 0 && keep < m_table->rowCount())
        m_table->selectRow(keep);
    updateButtons();
}

void BankFieldTable::fillRow(int row)
{
    const Field &f = m_fields[static_cast<std::size_t>(row)];
    // An item under the widgets, so that the row can be selected by a click on its edge.
    for (int col = 0; col < ColumnCount; ++col)
        m_table->setItem(row, col, new QTableWidgetItem);

    auto *source = new QComboBox(m_table);
    for (int s = 0; s <= static_cast<int>(Source::Literal); ++s) {
        const auto src = static_cast<Source>(s);
        if (m_perPayment || !isPerPayment(src) || src == f.source)
            source->addItem(sourceLabel(src), s);
    }
    source->setCurrentIndex(source->findData(static_cast<int>(f.source)));
    m_table->setCellWidget(row, SourceColumn, source);
    connect(source, &QComboBox::currentIndexChanged, this, [this, row, source] {
        m_fields[static_cast<std::size_t>(row)].source =
            static_cast<Source>(source->currentData().toInt());
        updateRowState(row);
        Q_EMIT changed();
    });

    auto *literal = new QLineEdit(qs(f.literal), m_table);
    literal->setPlaceholderText(tr("(empty)"));
    m_table->setCellWidget(row, TextColumn, literal);
    connect(literal, &QLineEdit::textChanged, this, [this, row](const QString &text) {
        m_fields[static_cast<std::size_t>(row)].literal = ss(text);
        Q_EMIT changed();
    });

    auto *title = new QLineEdit(qs(f.title), m_table);
    m_table->setCellWidget(row, TitleColumn, title);
    connect(title, &QLineEdit::textChanged, this, [this, row](const QString &text) {
        m_fields[static_cast<std::size_t>(row)].title = ss(text);
        Q_EMIT changed();
    });

    // 0 is allowed here so that the template's check names the field without a width.
    auto *width = new QSpinBox(m_table);
    width->setRange(0, bank::kMaxFieldWidth);
    width->setValue(f.width);
    m_table->setCellWidget(row, WidthColumn, width);
    connect(width, &QSpinBox::valueChanged, this, [this, row](int value) {
        m_fields[static_cast<std::size_t>(row)].width = value;
        Q_EMIT changed();
    });

    // One printable ASCII character; empty reads as a space.
    auto *pad = new QLineEdit(f.pad == ' ' ? QString() : QString(QLatin1Char(f.pad)), m_table);
    pad->setPlaceholderText(tr("space"));
    pad->setMaxLength(1);
    pad->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[!-~]?")), pad));
    m_table->setCellWidget(row, PadColumn, pad);
    connect(pad, &QLineEdit::textChanged, this, [this, row](const QString &text) {
        m_fields[static_cast<std::size_t>(row)].pad =
            text.isEmpty() ? ' ' : static_cast<char>(text.at(0).toLatin1());
        Q_EMIT changed();
    });

    auto *align = new QComboBox(m_table);
    align->addItem(tr("Left"), static_cast<int>(bank::Align::Left));
    align->addItem(tr("Right"), static_cast<int>(bank::Align::Right));
    align->setCurrentIndex(align->findData(static_cast<int>(f.align)));
    m_table->setCellWidget(row, AlignColumn, align);
    connect(align, &QComboBox::currentIndexChanged, this, [this, row, align] {
        m_fields[static_cast<std::size_t>(row)].align =
            static_cast<bank::Align>(align->currentData().toInt());
        Q_EMIT changed();
    });

    auto *unit = new QComboBox(m_table);
    unit->addItem(tr("Yuan (123.45)"), static_cast<int>(bank::AmountUnit::Yuan));
    unit->addItem(tr("Fen (12345)"), static_cast<int>(bank::AmountUnit::Fen));
    unit->setCurrentIndex(unit->findData(static_cast<int>(f.unit)));
    m_table->setCellWidget(row, UnitColumn, unit);
    connect(unit, &QComboBox::currentIndexChanged, this, [this, row, unit] {
        m_fields[static_cast<std::size_t>(row)].unit =
            static_cast<bank::AmountUnit>(unit->currentData().toInt());
        Q_EMIT changed();
    });

    auto *style = keyCombo(m_table, bank::kDateStyleKeys);
    style->setCurrentIndex(style->findData(static_cast<int>(f.style)));
    m_table->setCellWidget(row, StyleColumn, style);
    connect(style, &QComboBox::currentIndexChanged, this, [this, row, style] {
        m_fields[static_cast<std::size_t>(row)].style =
            static_cast<bank::DateStyle>(style->currentData().toInt());
        Q_EMIT changed();
    });

    // A click into a cell widget selects its row (for Remove and Move).
    for (int col = 0; col < ColumnCount; ++col)
        if (QWidget *w = m_table->cellWidget(row, col)) {
            w->setFocusPolicy(Qt::StrongFocus);
            w->installEventFilter(this);
            w->setProperty("fieldRow", row);
        }
    updateRowState(row);
}

bool BankFieldTable::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn) {
        const QVariant row = watched->property("fieldRow");
        if (row.isValid() && row.toInt() != currentField())
            m_table->selectRow(row.toInt());
    }
    return QWidget::eventFilter(watched, event);
}

void BankFieldTable::updateRowState(int row)
{
    const Field &f = m_fields[static_cast<std::size_t>(row)];
    auto enable = [&](int col, bool on) {
        if (QWidget *w = m_table->cellWidget(row, col))
            w->setEnabled(on && !m_readOnly);
    };
    enable(SourceColumn, true);
    enable(TextColumn, f.source == Source::Literal);
    enable(TitleColumn, true);
    enable(WidthColumn, true);
    enable(PadColumn, true);
    enable(AlignColumn, true);
    enable(UnitColumn, hasUnit(f.source));
    enable(StyleColumn, hasStyle(f.source));
}

void BankFieldTable::updateButtons()
{
    const int row = currentField();
    const int n = static_cast<int>(m_fields.size());
    m_addButton->setEnabled(!m_readOnly && n < static_cast<int>(bank::kMaxFieldsPerLine));
    m_removeButton->setEnabled(!m_readOnly && row >= 0);
    m_upButton->setEnabled(!m_readOnly && row > 0);
    m_downButton->setEnabled(!m_readOnly && row >= 0 && row + 1 < n);
}

void BankFieldTable::addField()
{
    Field f;
    f.source = m_perPayment ? Source::Name : Source::Literal;
    if (m_fixed)
        f.width = 10;
    const int row = currentField();
    const auto at = row >= 0 ? m_fields.begin() + row + 1 : m_fields.end();
    const int index = static_cast<int>(at - m_fields.begin());
    m_fields.insert(at, f);
    rebuild();
    selectField(index);
    Q_EMIT changed();
}

void BankFieldTable::removeField()
{
    const int row = currentField();
    if (row < 0)
        return;
    m_fields.erase(m_fields.begin() + row);
    rebuild();
    selectField(std::min(row, static_cast<int>(m_fields.size()) - 1));
    Q_EMIT changed();
}

void BankFieldTable::moveField(int delta)
{
    const int row = currentField();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= static_cast<int>(m_fields.size()))
        return;
    std::swap(m_fields[static_cast<std::size_t>(row)], m_fields[static_cast<std::size_t>(to)]);
    rebuild();
    selectField(to);
    Q_EMIT changed();
}

} // namespace relief::gui
