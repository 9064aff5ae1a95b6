#include "household_page.h"

#include "gui/app_context.h"
#include "gui/assessment_panel.h"
#include "gui/display_text.h"
#include "gui/household_dialog.h"
#include "gui/leave_dialog.h"
#include "gui/member_dialog.h"
#include "gui/registry_text.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace relief::gui {

namespace {
QTableWidget *makeTable(const QStringList &headers, const char *name, QWidget *parent)
{
    auto *table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setObjectName(QString::fromLatin1(name));
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

void setRow(QTableWidget *table, int row, const QStringList &cells)
{
    for (int col = 0; col < cells.size(); ++col)
        table->setItem(row, col, new QTableWidgetItem(cells[col]));
}

enum MemberColumn {
    MemberName,
    MemberId,
    MemberSex,
    MemberAge,
    MemberRelation,
    MemberDisability,
    MemberCounted,
    MemberStatus
};
} // namespace

HouseholdPage::HouseholdPage(AppContext &context, services::Session session, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_session(std::move(session))
{
    setObjectName(QStringLiteral("householdPage"));
    m_canEdit = m_context.registry().allows(m_session, services::Action::EditRegistry);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(10);

    auto *top = new QHBoxLayout;
    auto *back = new QPushButton(tr("← Back to the list"), this);
    back->setObjectName(QStringLiteral("backButton"));
    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("householdTitleLabel"));
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_addMemberButton = new QPushButton(tr("Add member…"), this);
    m_addMemberButton->setObjectName(QStringLiteral("addMemberButton"));
    m_editButton = new QPushButton(tr("Edit household…"), this);
    m_editButton->setObjectName(QStringLiteral("editHouseholdButton"));
    m_leaveButton = new QPushButton(tr("Moved out or died…"), this);
    m_leaveButton->setObjectName(QStringLiteral("leaveButton"));
    top->addWidget(back);
    top->addSpacing(8);
    top->addWidget(m_titleLabel, 1);
    top->addWidget(m_addMemberButton);
    top->addWidget(m_editButton);
    top->addWidget(m_leaveButton);
    layout->addLayout(top);

    m_factsLabel = new QLabel(this);
    m_factsLabel->setObjectName(QStringLiteral("householdFactsLabel"));
    m_factsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_factsLabel->setWordWrap(true);
    layout->addWidget(m_factsLabel);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *tabs = new QTabWidget(splitter);
    tabs->setObjectName(QStringLiteral("householdTabs"));
    m_memberTable = makeTable({tr("Name"), tr("ID number"), tr("Sex"), tr("Age"), tr("Relation"),
                               tr("Disability"), tr("Counted"), tr("Status")},
                              "memberTable", tabs);
    tabs->addTab(m_memberTable, tr("Members"));
    m_incomeTable = makeTable({tr("Member"), tr("Kind"), tr("Monthly"), tr("Entered as")},
                              "householdIncomeTable", tabs);
    tabs->addTab(m_incomeTable, tr("Incomes"));
    m_assetsLabel = new QLabel(tabs);
    m_assetsLabel->setObjectName(QStringLiteral("assetsLabel"));
    m_assetsLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_assetsLabel->setMargin(8);
    m_assetsLabel->setWordWrap(true);
    tabs->addTab(m_assetsLabel, tr("Assets"));
    auto *cases = new QWidget(tabs);
    auto *casesLayout = new QVBoxLayout(cases);
    m_caseTable =
        makeTable({tr("Programme"), tr("Person"), tr("Status"), tr("Monthly amount"), tr("Source")},
                  "caseTable", cases);
    m_decisionTable = makeTable(
        {tr("Decision"), tr("From month"), tr("Amount"), tr("Decided on"), tr("By"), tr("Reason")},
        "decisionTable", cases);
    casesLayout->addWidget(m_caseTable);
    casesLayout->addWidget(new QLabel(tr("Decisions of the selected case:"), cases));
    casesLayout->addWidget(m_decisionTable);
    tabs->addTab(cases, tr("Cases"));
    m_assessment = new AssessmentPanel(splitter);
    splitter->addWidget(tabs);
    splitter->addWidget(m_assessment);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({600, 400});
    layout->addWidget(splitter, 1);

    connect(back, &QPushButton::clicked, this, &HouseholdPage::backRequested);
    connect(m_addMemberButton, &QPushButton::clicked, this, &HouseholdPage::openAddMember);
    connect(m_editButton, &QPushButton::clicked, this, &HouseholdPage::openEditHousehold);
    connect(m_leaveButton, &QPushButton::clicked, this, &HouseholdPage::openLeave);
    connect(m_memberTable, &QTableWidget::itemSelectionChanged, this,
            &HouseholdPage::updateButtons);
    connect(m_caseTable, &QTableWidget::itemSelectionChanged, this, &HouseholdPage::fillDecisions);
    updateButtons();
}

HouseholdPage::~HouseholdPage() = default;

void HouseholdPage::showHousehold(std::int64_t householdId)
{
    m_householdId = householdId;
    refresh();
}

void HouseholdPage::refresh()
{
    m_view.reset();
    auto view = m_context.registry().household(m_session, m_householdId);
    if (!view.ok()) {
        m_errorLabel->setText(qs(view.error().message));
        m_errorLabel->show();
    } else {
        m_errorLabel->hide();
        m_view = std::make_unique<services::HouseholdView>(std::move(*view));
    }
    fillFacts();
    fillMembers();
    fillIncomes();
    fillAssets();
    fillCases();
    fillAssessment();
    updateButtons();
}

void HouseholdPage::fillFacts()
{
    if (!m_view) {
        m_titleLabel->clear();
        m_factsLabel->clear();
        return;
    }
    const storage::HouseholdRecord &h = m_view->household;
    m_titleLabel->setText(tr("Household %1 · %2").arg(qs(h.householdNo), qs(h.headName)));
    const QString none = tr("—");
    auto orNone = [&none](const std::string &s) { return s.empty() ? none : qs(s); };
    QStringList lines;
    lines << tr("Community: %1 · Area: %2 · Address: %3")
                 .arg(qs(m_view->communityName), areaName(h.area), orNone(h.address));
    lines << tr("Phone: %1 · Bank: %2 · Account: %3 · Holder: %4")
                 .arg(orNone(h.phone), orNone(h.bankName), orNone(h.bankAccount),
                      orNone(h.accountHolder));
    if (h.lastReviewDate)
        lines << tr("Last review: %1").arg(qs(h.lastReviewDate->toString()));
    if (h.isDemo)
        lines << tr("Demo data (fictional)");
    m_factsLabel->setText(lines.join(u'\n'));
}

void HouseholdPage::fillMembers()
{
    m_memberTable->setRowCount(0);
    if (!m_view)
        return;
    std::vector<const services::MemberView *> all;
    for (const auto &m : m_view->members)
        all.push_back(&m);
    for (const auto &m : m_view->formerMembers)
        all.push_back(&m);
    m_memberTable->setRowCount(static_cast<int>(all.size()));
    for (int row = 0; row < static_cast<int>(all.size()); ++row) {
        const services::MemberView &m = *all[static_cast<size_t>(row)];
        const storage::PersonRecord &p = m.person.person;
        const storage::MembershipRecord &ms = m.membership;
        QString status = tr("Member");
        if (ms.leftOn) {
            const LeaveReason reason = ms.leftReason.value_or(LeaveReason::Other);
            status = tr("%1 on %2").arg(leaveReasonName(reason), qs(ms.leftOn->toString()));
        } else if (p.deceasedOn) {
            status = tr("Died on %1").arg(qs(p.deceasedOn->toString()));
        }
        QString counted = ms.counted ? tr("Yes") : tr("No");
        if (!ms.counted && ms.notCountedReason)
            counted = tr("No (%1)").arg(notCountedReasonName(*ms.notCountedReason));
        setRow(m_memberTable, row,
               {qs(p.name), p.idNumber ? qs(*p.idNumber) : QString(), sexName(p.sex),
                QString::number(m.person.age), relationName(ms.relation),
                disabilityText(p.disability), counted, status});
        m_memberTable->item(row, MemberName)
            ->setData(Qt::UserRole, QVariant::fromValue<qint64>(ms.id));
        m_memberTable->item(row, MemberName)->setData(Qt::UserRole + 1, ms.active());
        if (!ms.active())
            for (int col = 0; col < m_memberTable->columnCount(); ++col)
                m_memberTable->item(row, col)->setForeground(
                    palette().brush(QPalette::PlaceholderText));
    }
}

void HouseholdPage::fillIncomes()
{
    m_incomeTable->setRowCount(0);
    if (!m_view)
        return;
    for (const auto &m : m_view->members)
        for (const storage::IncomeRecord &i : m.person.incomes) {
            const int row = m_incomeTable->rowCount();
            m_incomeTable->insertRow(row);
            const QString entered = i.enteredAs == IncomeEntry::Yearly
                ? tr("%1 a year").arg(qs(i.enteredAmount.toString()))
                : tr("%1 a month").arg(qs(i.enteredAmount.toString()));
            setRow(m_incomeTable, row,
                   {qs(m.person.person.name), incomeKindName(i.kind), qs(i.monthly.toString()),
                    entered});
        }
}

void HouseholdPage::fillAssets()
{
    if (!m_view) {
        m_assetsLabel->clear();
        return;
    }
    const storage::HouseholdRecord &h = m_view->household;
    QStringList lines;
    lines << tr("Financial assets: %1 yuan").arg(qs(h.financialAssets.toString()));
    lines << tr("Homes: %1").arg(h.homes);
    lines << tr("Business capital: %1 yuan").arg(qs(h.businessCapital.toString()));
    if (m_view->vehicles.empty())
        lines << tr("Vehicles: none");
    for (const storage::VehicleRecord &v : m_view->vehicles)
        lines << tr("Vehicle: %1 yuan%2 %3")
                     .arg(qs(v.value.toString()), v.exempt ? tr(" (exempt)") : QString(),
                          qs(v.description));
    m_assetsLabel->setText(lines.join(u'\n'));
}

void HouseholdPage::fillCases()
{
    m_caseTable->setRowCount(0);
    if (m_view) {
        m_caseTable->setRowCount(static_cast<int>(m_view->cases.size()));
        for (int row = 0; row < static_cast<int>(m_view->cases.size()); ++row) {
            const services::CaseView &c = m_view->cases[static_cast<size_t>(row)];
            setRow(
                m_caseTable, row,
                {programmeName(c.record.programme), qs(c.personName),
                 c.record.active ? tr("In care") : tr("Stopped"),
                 qs(c.record.currentAmount.toString()),
                 c.record.source == CaseSource::Ledger ? tr("Ledger import") : tr("Application")});
        }
        if (!m_view->cases.empty())
            m_caseTable->selectRow(0);
    }
    fillDecisions();
}

void HouseholdPage::fillDecisions()
{
    m_decisionTable->setRowCount(0);
    const auto rows = m_caseTable->selectionModel()->selectedRows();
    if (!m_view || rows.isEmpty())
        return;
    const auto index = static_cast<size_t>(rows.first().row());
    if (index >= m_view->cases.size())
        return;
    const auto &decisions = m_view->cases[index].decisions;
    m_decisionTable->setRowCount(static_cast<int>(decisions.size()));
    for (int row = 0; row < static_cast<int>(decisions.size()); ++row) {
        const storage::DecisionRecord &d = decisions[static_cast<size_t>(row)];
        setRow(m_decisionTable, row,
               {decisionKindName(d.kind), qs(d.effectiveMonth.toString()), qs(d.amount.toString()),
                qs(d.decidedOn.toString()), qs(d.decidedBy), qs(d.reason)});
    }
}

void HouseholdPage::fillAssessment()
{
    if (!m_view) {
        m_assessment->showMessage(QString());
        return;
    }
    auto assessed =
        m_context.registry().assessHousehold(m_session, m_householdId, m_context.clock().today());
    if (!assessed.ok()) {
        m_assessment->showMessage(qs(assessed.error().message));
        return;
    }
    QStringList names;
    for (const std::string &name : assessed->names)
        names << qs(name);
    m_assessment->setAssessment(assessed->assessment, names);
}

void HouseholdPage::updateButtons()
{
    m_addMemberButton->setVisible(m_canEdit);
    m_editButton->setVisible(m_canEdit);
    m_leaveButton->setVisible(m_canEdit);
    m_addMemberButton->setEnabled(m_view != nullptr);
    m_editButton->setEnabled(m_view != nullptr);
    const auto rows = m_memberTable->selectionModel()->selectedRows();
    bool activeSelected = false;
    if (!rows.isEmpty())
        if (auto *item = m_memberTable->item(rows.first().row(), MemberName))
            activeSelected = item->data(Qt::UserRole + 1).toBool();
    m_leaveButton->setEnabled(m_view != nullptr && activeSelected);
}

void HouseholdPage::openAddMember()
{
    if (!m_view)
        return;
    auto *dialog = new MemberDialog(m_context, m_session, m_householdId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        refresh();
        Q_EMIT householdChanged(m_householdId);
    });
    dialog->open();
}

void HouseholdPage::openEditHousehold()
{
    if (!m_view)
        return;
    auto *dialog = new HouseholdDialog(m_context, m_session, *m_view, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        refresh();
        Q_EMIT householdChanged(m_householdId);
    });
    dialog->open();
}

void HouseholdPage::openLeave()
{
    const auto rows = m_memberTable->selectionModel()->selectedRows();
    if (!m_view || rows.isEmpty())
        return;
    auto *item = m_memberTable->item(rows.first().row(), MemberName);
    if (!item || !item->data(Qt::UserRole + 1).toBool())
        return;
    auto *dialog = new LeaveDialog(m_context, m_session, item->data(Qt::UserRole).toLongLong(),
                                   item->text(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        refresh();
        Q_EMIT householdChanged(m_householdId);
    });
    dialog->open();
}

} // namespace relief::gui
