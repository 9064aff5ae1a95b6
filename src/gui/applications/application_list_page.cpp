#include "application_list_page.h"

#include "ui_application_list_page.h"

#include "application_list_model.h"
#include "gui/shell/app_context.h"
#include "gui/widgets/screen_fit.h"
#include "notice_list_dialog.h"
#include "reserve_fund_dialog.h"

#include "services/applications/application_service.h"
#include "services/applications/application_text.h"

#include <QHeaderView>
#include <QShortcut>

namespace relief::gui {

namespace {
constexpr int kOpen = -1; // the filter "open applications"
constexpr int kAll = -2;
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

    m_model = new ApplicationListModel(m_context.applications(), m_session, this);
    auto *table = m_ui->applicationTable;
    table->setModel(m_model);
    table->setWordWrap(false);
    // Columns keep a margin from each other (issue 18: cramped columns).
    table->setItemDelegate(new PaddedItemDelegate(table));
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    connect(m_model, &ApplicationListModel::totalChanged, this, [this](qint64 total) {
        m_ui->applicationCountLabel->setText(
            tr("%n application(s)", nullptr, static_cast<int>(total)));
    });
    connect(m_model, &ApplicationListModel::errorOccurred, this, [this](const QString &message) {
        m_ui->errorLabel->setText(message);
        m_ui->errorLabel->setVisible(!message.isEmpty());
        if (m_model->rowCount() == 0)
            m_ui->applicationCountLabel->clear();
    });
    connect(m_ui->stateFilterCombo, &QComboBox::currentIndexChanged, this,
            &ApplicationListPage::refresh);
    connect(m_ui->staffRelatedCheck, &QCheckBox::toggled, this, &ApplicationListPage::refresh);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &ApplicationListPage::refresh);
    connect(table, &QTableView::activated, this,
            [this](const QModelIndex &index) { openRow(index.row()); });
    connect(m_ui->openApplicationButton, &QPushButton::clicked, this,
            &ApplicationListPage::openSelected);
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ApplicationListPage::updateOpenButton);
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
    storage::ApplicationListFilter filter;
    const int state = m_ui->stateFilterCombo->currentData().toInt();
    if (state == kOpen) {
        for (size_t i = 0; i < kApplicationStateKeys.size(); ++i)
            if (!isFinal(static_cast<ApplicationState>(i)))
                filter.states.push_back(static_cast<ApplicationState>(i));
    } else if (state >= 0) {
        filter.states.push_back(static_cast<ApplicationState>(state));
    }
    filter.staffRelatedOnly = m_ui->staffRelatedCheck->isChecked();

    const std::int64_t selected = selectedApplicationId();
    m_ui->errorLabel->hide();
    m_model->setFilter(filter); // resets the view's selection
    if (selected) {
        if (const int row = m_model->rowOf(selected); row >= 0) {
            m_ui->applicationTable->selectRow(row);
            m_ui->applicationTable->scrollTo(m_model->index(row, 0));
        }
    }
    updateOpenButton();
}

std::int64_t ApplicationListPage::selectedApplicationId() const
{
    const auto rows = m_ui->applicationTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_model->applicationId(rows.first().row());
}

void ApplicationListPage::updateOpenButton()
{
    m_ui->openApplicationButton->setEnabled(selectedApplicationId() != 0);
}

void ApplicationListPage::openSelected()
{
    const auto rows = m_ui->applicationTable->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        openRow(rows.first().row());
}

void ApplicationListPage::openRow(int row)
{
    if (const std::int64_t id = m_model->applicationId(row))
        Q_EMIT applicationRequested(id);
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
