#include "household_list_page.h"

#include "export_households_dialog.h"
#include "gui/shell/app_context.h"
#include "gui/widgets/display_text.h"
#include "gui/widgets/error_label.h"
#include "household_dialog.h"
#include "household_list_model.h"
#include "ledger_import_dialog.h"
#include "registry_text.h"

#include <algorithm>

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace relief::gui {

HouseholdListPage::HouseholdListPage(AppContext &context, services::Session session,
                                     QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_session(std::move(session))
{
    setObjectName(QStringLiteral("householdListPage"));
    auto &registry = m_context.registry();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(10);

    auto *buttons = new QHBoxLayout;
    auto *newButton = new QPushButton(tr("New household…"), this);
    newButton->setObjectName(QStringLiteral("newHouseholdButton"));
    newButton->setVisible(registry.allows(m_session, services::Action::EditRegistry));
    auto *importButton = new QPushButton(tr("Import ledger…"), this);
    importButton->setObjectName(QStringLiteral("importLedgerButton"));
    importButton->setVisible(registry.allows(m_session, services::Action::ImportLedger));
    auto *exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setObjectName(QStringLiteral("exportHouseholdsButton"));
    buttons->addWidget(newButton);
    buttons->addWidget(importButton);
    buttons->addWidget(exportButton);
    buttons->addStretch();
    layout->addLayout(buttons);

    auto *filters = new QHBoxLayout;
    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("householdSearchEdit"));
    m_searchEdit->setPlaceholderText(
        tr("Name, ID number or its last digits, household number, address"));
    m_searchEdit->setClearButtonEnabled(true);
    m_communityCombo = new QComboBox(this);
    m_communityCombo->setObjectName(QStringLiteral("communityFilterCombo"));
    m_programmeCombo = new QComboBox(this);
    m_programmeCombo->setObjectName(QStringLiteral("programmeFilterCombo"));
    m_programmeCombo->addItem(tr("All programmes"), -1);
    fillProgrammes(m_programmeCombo);
    m_statusCombo = new QComboBox(this);
    m_statusCombo->setObjectName(QStringLiteral("statusFilterCombo"));
    m_statusCombo->addItem(tr("Any status"), static_cast<int>(storage::HouseholdStatusFilter::Any));
    m_statusCombo->addItem(tr("In care"), static_cast<int>(storage::HouseholdStatusFilter::InCare));
    m_statusCombo->addItem(tr("Stopped"),
                           static_cast<int>(storage::HouseholdStatusFilter::Stopped));
    m_statusCombo->addItem(tr("No case"), static_cast<int>(storage::HouseholdStatusFilter::NoCase));
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_searchEdit);
    filters->addWidget(searchLabel);
    filters->addWidget(m_searchEdit, 1);
    filters->addWidget(m_communityCombo);
    filters->addWidget(m_programmeCombo);
    filters->addWidget(m_statusCombo);
    layout->addLayout(filters);

    m_model = new HouseholdListModel(registry, m_session, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("householdTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setModel(m_model);
    // The model has a row per household (windowed): sizing a column to its contents
    // looks at the rows in view and about a page around them, not at the 100,000.
    m_table->horizontalHeader()->setResizeContentsPrecision(HouseholdListModel::kPageSize / 2);
    m_table->horizontalHeader()->setSectionResizeMode(HouseholdListModel::StatusColumn,
                                                      QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("householdCountLabel"));
    m_errorLabel = new ErrorLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_countLabel);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);

    connect(m_searchTimer, &QTimer::timeout, this, &HouseholdListPage::search);
    connect(m_searchEdit, &QLineEdit::textEdited, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchEdit, &QLineEdit::returnPressed, this, &HouseholdListPage::search);
    for (QComboBox *combo : {m_communityCombo, m_programmeCombo, m_statusCombo})
        connect(combo, &QComboBox::activated, this, &HouseholdListPage::search);
    connect(m_table, &QTableView::activated, this, &HouseholdListPage::onActivated);
    connect(m_model, &HouseholdListModel::totalChanged, this, &HouseholdListPage::updateCount);
    connect(m_model, &HouseholdListModel::errorOccurred, this, [this](const QString &message) {
        m_errorLabel->setText(message);
        m_errorLabel->setVisible(!message.isEmpty());
    });
    connect(newButton, &QPushButton::clicked, this, &HouseholdListPage::openNewHousehold);
    connect(importButton, &QPushButton::clicked, this, &HouseholdListPage::openImport);
    connect(exportButton, &QPushButton::clicked, this, &HouseholdListPage::openExport);

    reloadCommunities();
    // The service sorts; enabling sorting runs the first (household number) query.
    m_table->horizontalHeader()->setSortIndicator(HouseholdListModel::NumberColumn,
                                                  Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(HouseholdListModel::ProgrammesColumn, 200);
    m_table->setColumnWidth(HouseholdListModel::AddressColumn, 220);
}

void HouseholdListPage::reloadCommunities()
{
    const qint64 chosen = m_communityCombo->currentData().toLongLong();
    {
        const QSignalBlocker blocker(m_communityCombo);
        m_communityCombo->clear();
        m_communityCombo->addItem(tr("All communities"), QVariant::fromValue<qint64>(0));
        if (auto communities = m_context.registry().communities(m_session); communities.ok())
            for (const auto &c : *communities)
                m_communityCombo->addItem(qs(c.name), QVariant::fromValue<qint64>(c.id));
        m_communityCombo->setCurrentIndex(
            std::max(0, m_communityCombo->findData(QVariant::fromValue<qint64>(chosen))));
    }
    if (m_communityCombo->currentData().toLongLong() != chosen)
        search();
}

void HouseholdListPage::search()
{
    m_searchTimer->stop();
    m_errorLabel->hide();
    storage::HouseholdFilter filter;
    filter.text = ss(m_searchEdit->text().trimmed());
    if (const qint64 community = m_communityCombo->currentData().toLongLong(); community > 0)
        filter.communityId = community;
    if (const int programme = m_programmeCombo->currentData().toInt(); programme >= 0)
        filter.programme = static_cast<CaseProgramme>(programme);
    filter.status =
        static_cast<storage::HouseholdStatusFilter>(m_statusCombo->currentData().toInt());
    m_model->setFilter(filter);
}

void HouseholdListPage::updateCount()
{
    m_countLabel->setText(tr("%n household(s)", nullptr, static_cast<int>(m_model->totalCount())));
}

void HouseholdListPage::onActivated(const QModelIndex &index)
{
    if (const std::int64_t id = m_model->householdId(index.row()))
        Q_EMIT householdRequested(id);
}

void HouseholdListPage::openNewHousehold()
{
    auto *dialog = new HouseholdDialog(m_context, m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const std::int64_t id = dialog->householdId();
        search();
        Q_EMIT householdRequested(id);
    });
    dialog->open();
}

void HouseholdListPage::openImport()
{
    auto *dialog = new LedgerImportDialog(m_context, m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &LedgerImportDialog::imported, this, [this] {
        reloadCommunities();
        search();
    });
    dialog->open();
}

void HouseholdListPage::openExport()
{
    auto *dialog = new ExportHouseholdsDialog(m_context, m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace relief::gui
