#include "audit_page.h"

#include "audit_table_model.h"
#include "audit_text.h"
#include "gui/widgets/display_text.h"
#include "gui/widgets/error_label.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShowEvent>
#include <QTableView>
#include <QVBoxLayout>

namespace relief::gui {

AuditPage::AuditPage(services::AuditService &audit, services::AccountService &accounts,
                     services::Session session, QWidget *parent)
    : QWidget(parent)
    , m_audit(audit)
    , m_accounts(accounts)
    , m_session(std::move(session))
{
    setObjectName(QStringLiteral("auditPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(10);

    auto *filters = new QHBoxLayout;
    filters->setSpacing(8);
    m_userCombo = new QComboBox(this);
    m_userCombo->setObjectName(QStringLiteral("auditUserCombo"));
    m_userCombo->setMinimumContentsLength(10);
    m_entityCombo = new QComboBox(this);
    m_entityCombo->setObjectName(QStringLiteral("auditEntityCombo"));
    m_entityCombo->setMinimumContentsLength(10);
    m_dateCheck = new QCheckBox(tr("From"), this);
    m_dateCheck->setObjectName(QStringLiteral("auditDateRangeCheck"));
    const QDate today = toQDate(audit.clock().today());
    m_fromEdit = new QDateEdit(today.addDays(-30), this);
    m_fromEdit->setObjectName(QStringLiteral("auditFromDateEdit"));
    m_toEdit = new QDateEdit(today, this);
    m_toEdit->setObjectName(QStringLiteral("auditToDateEdit"));
    for (QDateEdit *e : {m_fromEdit, m_toEdit}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        e->setEnabled(false);
        e->setMinimumWidth(dateEditWidth(*e));
    }
    auto *searchButton = new QPushButton(tr("Search"), this);
    searchButton->setObjectName(QStringLiteral("auditSearchButton"));
    searchButton->setDefault(true);
    filters->addWidget(new QLabel(tr("User:"), this));
    filters->addWidget(m_userCombo);
    filters->addSpacing(8);
    filters->addWidget(new QLabel(tr("Entity:"), this));
    filters->addWidget(m_entityCombo);
    filters->addSpacing(8);
    filters->addWidget(m_dateCheck);
    filters->addWidget(m_fromEdit);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_toEdit);
    filters->addWidget(searchButton);
    filters->addStretch();
    layout->addLayout(filters);

    m_model = new AuditTableModel(audit, m_session, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table);
    // The raw record (key and JSON) one click away: the button or a double-click.
    connect(m_table, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { showRawRecord(index.row()); });

    auto *bottom = new QHBoxLayout;
    auto *rawButton = new QPushButton(tr("Raw record…"), this);
    rawButton->setObjectName(QStringLiteral("auditRawButton"));
    connect(rawButton, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        showRawRecord(current.isValid() ? current.row() : -1);
    });
    bottom->addWidget(rawButton);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("auditCountLabel"));
    auto *verifyButton = new QPushButton(tr("Verify chain"), this);
    verifyButton->setObjectName(QStringLiteral("verifyChainButton"));
    m_verifyLabel = new ErrorLabel(QStringLiteral("verifyResultLabel"), this);
    bottom->addWidget(m_countLabel);
    bottom->addStretch();
    bottom->addWidget(m_verifyLabel, 1);
    bottom->addWidget(verifyButton);
    layout->addLayout(bottom);

    m_errorLabel = new ErrorLabel(QStringLiteral("errorLabel"), this);
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);

    connect(m_model, &AuditTableModel::errorOccurred, this, &AuditPage::showError);
    connect(m_dateCheck, &QCheckBox::toggled, m_fromEdit, &QDateEdit::setEnabled);
    connect(m_dateCheck, &QCheckBox::toggled, m_toEdit, &QDateEdit::setEnabled);
    connect(searchButton, &QPushButton::clicked, this, [this] {
        m_errorLabel->clearMessage();
        applyFilter();
    });
    connect(verifyButton, &QPushButton::clicked, this, &AuditPage::verifyChain);
}

void AuditPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_errorLabel->clearMessage();
    loadFilterChoices();
    applyFilter();
}

void AuditPage::loadFilterChoices()
{
    // Keep what is chosen while the lists are refilled.
    const QString user = m_userCombo->currentData().toString();
    const QString entity = m_entityCombo->currentData().toString();
    m_userCombo->clear();
    m_entityCombo->clear();
    m_userCombo->addItem(tr("All users"), QString());
    auto users = m_accounts.listUsers(m_session);
    if (users.ok()) {
        for (const auto &u : *users)
            m_userCombo->addItem(tr("%1 (%2)").arg(qs(u.displayName), qs(u.username)),
                                 qs(u.username));
    } else {
        showError(qs(users.error().message));
    }
    m_entityCombo->addItem(tr("All entities"), QString());
    auto entities = m_audit.entities(m_session);
    if (entities.ok()) {
        for (const auto &e : *entities)
            m_entityCombo->addItem(auditEntityName(e), qs(e));
    } else {
        showError(qs(entities.error().message));
    }
    m_userCombo->setCurrentIndex(std::max(0, m_userCombo->findData(user)));
    m_entityCombo->setCurrentIndex(std::max(0, m_entityCombo->findData(entity)));
}

void AuditPage::applyFilter()
{
    storage::AuditFilter filter;
    filter.username = ss(m_userCombo->currentData().toString());
    filter.entity = ss(m_entityCombo->currentData().toString());
    if (m_dateCheck->isChecked()) {
        filter.fromAt = isoUtcAtLocalMidnight(m_fromEdit->date());
        // The end date is included: stop at the following midnight.
        filter.toAt = isoUtcAtLocalMidnight(m_toEdit->date().addDays(1));
    }
    m_model->setFilter(filter);
    m_countLabel->setText(tr("%n record(s)", nullptr, static_cast<int>(m_model->totalCount())));
    m_table->resizeColumnsToContents();
}

void AuditPage::showRawRecord(int row)
{
    const storage::AuditRecord *r = m_model->record(row);
    if (!r)
        return;
    auto *box = new QMessageBox(
        QMessageBox::Information, tr("Audit record %1").arg(r->id),
        tr("%1 (%2 %3, %4)")
            .arg(auditActionText(*r), qs(r->action), qs(r->entity), qs(r->entityId)),
        QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("auditRawDialog"));
    box->setInformativeText(auditChangeText(*r));
    box->setDetailedText(auditRawDetails(*r));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void AuditPage::verifyChain()
{
    auto result = m_audit.verify();
    if (!result.ok()) {
        showError(qs(result.error().message));
        return;
    }
    if (result->ok) {
        m_verifyLabel->showMessage(
            tr("OK: all %n record(s) are intact.", nullptr, static_cast<int>(result->checked)) +
                QLatin1Char(' ') +
                tr("Head: record %1, hash %2").arg(result->head.id).arg(qs(result->head.hash)),
            ErrorLabel::Tone::Success);
    } else {
        m_verifyLabel->showMessage(
            tr("Broken at record %1: %2").arg(result->brokenId).arg(qs(result->reason)),
            ErrorLabel::Tone::Error);
    }
}

void AuditPage::showError(const QString &message)
{
    m_errorLabel->showMessage(message, ErrorLabel::Tone::Error);
}

} // namespace relief::gui
