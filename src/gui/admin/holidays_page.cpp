#include "holidays_page.h"

#include "gui/widgets/display_text.h"
#include "gui/widgets/error_label.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace relief::gui {

namespace {
enum Kind { HolidayKind, WorkdayKind };

QPushButton *button(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    return b;
}
} // namespace

HolidaysPage::HolidaysPage(services::HolidayService &holidays, services::Session session,
                           QWidget *parent)
    : QWidget(parent)
    , m_holidays(holidays)
    , m_session(std::move(session))
{
    setObjectName(QStringLiteral("holidaysPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(10);

    auto *top = new QHBoxLayout;
    top->setSpacing(8);
    top->addWidget(new QLabel(tr("Year:"), this));
    m_yearSpin = new QSpinBox(this);
    m_yearSpin->setObjectName(QStringLiteral("holidayYearSpin"));
    m_yearSpin->setRange(2000, 2100);
    m_yearSpin->setValue(m_holidays.clock().today().year());
    top->addWidget(m_yearSpin);
    top->addSpacing(16);
    auto *importButton =
        button(tr("Import JSON file…"), QStringLiteral("importHolidaysButton"), this);
    top->addWidget(importButton);
    top->addStretch();
    layout->addLayout(top);

    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("holidayTable"));
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Weekday"), tr("Kind")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table);

    auto *add = new QHBoxLayout;
    add->setSpacing(8);
    m_dateEdit = new QDateEdit(toQDate(m_holidays.clock().today()), this);
    m_dateEdit->setObjectName(QStringLiteral("holidayDateEdit"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_dateEdit->setMinimumWidth(dateEditWidth(*m_dateEdit));
    m_kindCombo = new QComboBox(this);
    m_kindCombo->setObjectName(QStringLiteral("holidayKindCombo"));
    m_kindCombo->addItem(tr("Holiday (day off)"), HolidayKind);
    m_kindCombo->addItem(tr("Make-up working day"), WorkdayKind);
    auto *addButton = button(tr("Add"), QStringLiteral("addHolidayButton"), this);
    auto *removeButton = button(tr("Remove selected"), QStringLiteral("removeHolidayButton"), this);
    add->addWidget(m_dateEdit);
    add->addWidget(m_kindCombo);
    add->addWidget(addButton);
    add->addWidget(removeButton);
    add->addStretch();
    m_revertButton = button(tr("Revert"), QStringLiteral("revertHolidaysButton"), this);
    m_saveButton = button(tr("Save calendar"), QStringLiteral("saveHolidaysButton"), this);
    add->addWidget(m_revertButton);
    add->addWidget(m_saveButton);
    layout->addLayout(add);

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("holidayMessageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->hide();
    layout->addWidget(m_messageLabel);

    connect(m_yearSpin, &QSpinBox::valueChanged, this, &HolidaysPage::showYear);
    connect(addButton, &QPushButton::clicked, this, &HolidaysPage::addDate);
    connect(removeButton, &QPushButton::clicked, this, &HolidaysPage::removeSelected);
    connect(m_saveButton, &QPushButton::clicked, this, &HolidaysPage::save);
    connect(m_revertButton, &QPushButton::clicked, this, &HolidaysPage::reload);
    connect(importButton, &QPushButton::clicked, this, &HolidaysPage::importFile);
    reload();
}

void HolidaysPage::reload()
{
    auto cal = m_holidays.calendar();
    if (!cal.ok()) {
        showMessage(qs(cal.error().message), true);
        return;
    }
    m_calendar = std::move(*cal);
    m_messageLabel->hide();
    setDirty(false);
    showYear();
}

void HolidaysPage::showYear()
{
    const int year = m_yearSpin->value();
    struct Row
    {
        Date date;
        Kind kind;
    };
    std::vector<Row> rows;
    for (const Date &d : m_calendar.holidays)
        if (d.year() == year)
            rows.push_back({d, HolidayKind});
    for (const Date &d : m_calendar.workdays)
        if (d.year() == year)
            rows.push_back({d, WorkdayKind});
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.date < b.date; });
    m_table->setRowCount(static_cast<int>(rows.size()));
    const QLocale locale;
    for (int i = 0; i < static_cast<int>(rows.size()); ++i) {
        const Row &r = rows[static_cast<size_t>(i)];
        const QDate qd = toQDate(r.date);
        auto *dateItem = new QTableWidgetItem(qs(r.date.toString()));
        dateItem->setData(Qt::UserRole, qd);
        m_table->setItem(i, 0, dateItem);
        m_table->setItem(i, 1, new QTableWidgetItem(locale.dayName(qd.dayOfWeek())));
        m_table->setItem(i, 2,
                         new QTableWidgetItem(r.kind == HolidayKind ? tr("Holiday (day off)")
                                                                    : tr("Make-up working day")));
    }
    if (rows.empty())
        showMessage(tr("The calendar has no entries for %1. Import the official schedule or add "
                       "the days by hand.")
                        .arg(year),
                    false);
    else if (!m_dirty)
        m_messageLabel->hide();
}

void HolidaysPage::addDate()
{
    const Date d = fromQDate(m_dateEdit->date());
    const bool holiday = m_kindCombo->currentData().toInt() == HolidayKind;
    // A day is one or the other; adding it again with the other kind moves it.
    m_calendar.holidays.erase(d);
    m_calendar.workdays.erase(d);
    (holiday ? m_calendar.holidays : m_calendar.workdays).insert(d);
    if (m_yearSpin->value() != d.year())
        m_yearSpin->setValue(d.year()); // shows the year
    setDirty(true);
    showYear();
}

void HolidaysPage::removeSelected()
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    for (const QModelIndex &index : rows) {
        const Date d = fromQDate(m_table->item(index.row(), 0)->data(Qt::UserRole).toDate());
        m_calendar.holidays.erase(d);
        m_calendar.workdays.erase(d);
    }
    setDirty(true);
    showYear();
}

void HolidaysPage::save()
{
    const auto status = m_holidays.replace(m_session, m_calendar);
    if (!status.ok()) {
        showMessage(qs(status.error().message), true);
        return;
    }
    setDirty(false);
    showMessage(tr("The holiday calendar has been saved."), false);
}

void HolidaysPage::importFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import holiday calendar"),
                                                      QString(), tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showMessage(tr("The file %1 could not be read: %2").arg(path, file.errorString()), true);
        return;
    }
    const QByteArray data = file.readAll();
    // The import replaces the stored calendar at once (and is audited as one write).
    const auto status = m_holidays.importJson(m_session, data.toStdString());
    if (!status.ok()) {
        showMessage(qs(status.error().message), true);
        return;
    }
    reload();
    showMessage(tr("The holiday calendar has been replaced by the file %1.").arg(path), false);
}

void HolidaysPage::setDirty(bool dirty)
{
    m_dirty = dirty;
    m_saveButton->setEnabled(dirty);
    m_revertButton->setEnabled(dirty);
    if (dirty)
        showMessage(tr("There are unsaved changes."), false);
}

void HolidaysPage::showMessage(const QString &text, bool error)
{
    ErrorLabel::applyTone(m_messageLabel,
                          error ? ErrorLabel::Tone::Error : ErrorLabel::Tone::Plain);
    m_messageLabel->setText(text);
    m_messageLabel->show();
}

} // namespace relief::gui
