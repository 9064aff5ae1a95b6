#include "application_list_page.h"

#include "ui_application_list_page.h"

#include "gui/app_context.h"
#include "gui/application_display.h"
#include "gui/display_text.h"
#include "gui/notice_list_dialog.h"
#include "gui/reserve_fund_dialog.h"

#include "services/application_text.h"

#include <QHeaderView>
#include <QShortcut>

namespace relief::gui {

namespace {
constexpr int kOpen = -1; // the filter "open applications"
constexpr int kAll = -2;
constexpr int kLimit = 2000;
enum Column { NumberCol, ApplicantCol, CommunityCol, ProgrammeCol, StateCol, ReceivedCol };
} // namespace

ApplicationListPage::ApplicationListPage(AppContext &context, services::Session session,
                                         QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui_ApplicationListPage>())
    , m_context(context)
    , m_session(std::move(session))
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    QFont title = m_ui->applicationsTitleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.3);
    title.setBold(true);
    m_ui->applicationsTitleLabel->setFont(title);
    m_ui->listHintLabel->setForegroundRole(QPalette::PlaceholderText);

    m_ui->stateFilterCombo->addItem(tr("Open applications"), kOpen);
    m_ui->stateFilterCombo->addItem(tr("All applications"), kAll);
    for (size_t i = 0; i < kApplicationStateKeys.size(); ++i)
        m_ui->stateFilterCombo->addItem(
            services::ApplicationText::state(static_cast<ApplicationState>(i)),
            static_cast<int>(i));

    auto *table = m_ui->applicationTable;
    table->setColumnCount(6);
    table->setHorizontalHeaderLabels({tr("Number"), tr("Applicant"), tr("Community"),
                                      tr("Programme"), tr("State"), tr("Received")});
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    connect(m_ui->stateFilterCombo, &QComboBox::currentIndexChanged, this,
            &ApplicationListPage::refresh);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &ApplicationListPage::refresh);
    connect(table, &QTableWidget::cellActivated, this, &ApplicationListPage::openSelected);
    connect(m_ui->openApplicationButton, &QPushButton::clicked, this,
            &ApplicationListPage::openSelected);
    connect(table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_ui->openApplicationButton->setEnabled(
            !m_ui->applicationTable->selectionModel()->selectedRows().isEmpty());
    });
    connect(m_ui->noticeListButton, &QPushButton::clicked, this,
            &ApplicationListPage::openNoticeList);
    connect(m_ui->reserveFundButton, &QPushButton::clicked, this,
            &ApplicationListPage::openReserveFund);
    auto *refreshKey = new QShortcut(QKeySequence::Refresh, this);
    connect(refreshKey, &QShortcut::activated, this, &ApplicationListPage::refresh);
    refresh();
}

ApplicationListPage::~ApplicationListPage() = default;

void ApplicationListPage::refresh()
{
    const int filter = m_ui->stateFilterCombo->currentData().toInt();
    std::vector<ApplicationState> states;
    if (filter == kOpen) {
        for (size_t i = 0; i < kApplicationStateKeys.size(); ++i)
            if (!isFinal(static_cast<ApplicationState>(i)))
                states.push_back(static_cast<ApplicationState>(i));
    } else if (filter >= 0) {
        states.push_back(static_cast<ApplicationState>(filter));
    }
    auto *table = m_ui->applicationTable;
    const qint64 selected = table->currentRow() >= 0 && table->item(table->currentRow(), 0)
        ? table->item(table->currentRow(), 0)->data(Qt::UserRole).toLongLong()
        : 0;
    table->setRowCount(0);
    m_ui->errorLabel->hide();
    auto rows = m_context.applications().listRows(m_session, states, kLimit, 0);
    if (!rows.ok()) {
        m_ui->errorLabel->setText(qs(rows.error().message));
        m_ui->errorLabel->show();
        m_ui->applicationCountLabel->clear();
        m_ui->openApplicationButton->setEnabled(false);
        return;
    }
    table->setRowCount(static_cast<int>(rows->size()));
    for (int row = 0; row < table->rowCount(); ++row) {
        const auto &r = (*rows)[static_cast<size_t>(row)];
        const QStringList cells {qs(r.record.applicationNo),
                                 qs(r.applicantName),
                                 qs(r.communityName),
                                 services::ApplicationText::programme(r.record.programme),
                                 services::ApplicationText::state(r.record.state),
                                 qs(r.record.receivedOn.toString())};
        for (int col = 0; col < cells.size(); ++col)
            table->setItem(row, col, new QTableWidgetItem(cells[col]));
        table->item(row, NumberCol)
            ->setData(Qt::UserRole, QVariant::fromValue<qint64>(r.record.id));
        if (r.record.id == selected)
            table->selectRow(row);
    }
    m_ui->applicationCountLabel->setText(
        rows->size() >= static_cast<size_t>(kLimit)
            ? tr("The newest %1 applications").arg(kLimit)
            : tr("%n application(s)", nullptr, static_cast<int>(rows->size())));
    m_ui->openApplicationButton->setEnabled(!table->selectionModel()->selectedRows().isEmpty());
}

void ApplicationListPage::openSelected()
{
    const auto rows = m_ui->applicationTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QTableWidgetItem *item = m_ui->applicationTable->item(rows.first().row(), NumberCol);
    if (item)
        Q_EMIT applicationRequested(item->data(Qt::UserRole).toLongLong());
}

NoticeListDialog *ApplicationListPage::openNoticeList()
{
    auto *dialog = new NoticeListDialog(m_context, m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

ReserveFundDialog *ApplicationListPage::openReserveFund()
{
    auto *dialog = new ReserveFundDialog(m_context, m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace relief::gui
