#include "household_page.h"

#include "assets_dialog.h"
#include "change_head_dialog.h"
#include "gui/applications/new_application_dialog.h"
#include "gui/policy/assessment_panel.h"
#include "gui/shell/app_context.h"
#include "gui/widgets/display_text.h"
#include "gui/widgets/error_label.h"
#include "household_dialog.h"
#include "leave_dialog.h"
#include "member_dialog.h"
#include "registry_text.h"

#include "domain/age.h"
#include "reports/payroll/payroll_text.h"
#include "services/applications/application_service.h"
#include "services/applications/application_text.h"
#include "services/permissions.h"

#include <QDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <map>

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
    MemberStatus,
    MemberPhone,
    MemberInstitution
};

QString obligorSupportText(const storage::ObligorRecord &o)
{
    QStringList parts;
    if (o.isTekun)
        parts << HouseholdPage::tr("Extreme-poverty support");
    if (o.isDibao)
        parts << HouseholdPage::tr("Minimum living allowance");
    if (o.disability)
        parts << disabilityText(o.disability);
    return parts.join(QStringLiteral(", "));
}
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
    m_editButton = new QPushButton(tr("Edit household…"), this);
    m_editButton->setObjectName(QStringLiteral("editHouseholdButton"));
    top->addWidget(back);
    top->addSpacing(8);
    top->addWidget(m_titleLabel, 1);
    top->addWidget(m_editButton);
    auto *newApplication = new QPushButton(tr("&New application…"), this);
    newApplication->setObjectName(QStringLiteral("newApplicationButton"));
    newApplication->setVisible(
        m_context.applications().allows(m_session, services::Action::HandleApplication));
    connect(newApplication, &QPushButton::clicked, this, &HouseholdPage::openNewApplication);
    top->addWidget(newApplication);
    layout->addLayout(top);

    m_factsLabel = new QLabel(this);
    m_factsLabel->setObjectName(QStringLiteral("householdFactsLabel"));
    m_factsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_factsLabel->setWordWrap(true);
    layout->addWidget(m_factsLabel);

    m_errorLabel = new ErrorLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *tabs = new QTabWidget(splitter);
    tabs->setObjectName(QStringLiteral("householdTabs"));
    auto *members = new QWidget(tabs);
    auto *membersLayout = new QVBoxLayout(members);
    m_memberTable =
        makeTable({tr("Name"), tr("ID number"), tr("Sex"), tr("Age"), tr("Relation"),
                   tr("Disability"), tr("Counted"), tr("Status"), tr("Phone"), tr("Institution")},
                  "memberTable", members);
    m_memberTable->setToolTip(tr("Double-click a member (or press Enter) to edit them."));
    m_addMemberButton = new QPushButton(tr("Add member…"), members);
    m_addMemberButton->setObjectName(QStringLiteral("addMemberButton"));
    m_editMemberButton = new QPushButton(tr("&Edit member…"), members);
    m_editMemberButton->setObjectName(QStringLiteral("editMemberButton"));
    m_changeHeadButton = new QPushButton(tr("Make &head…"), members);
    m_changeHeadButton->setObjectName(QStringLiteral("changeHeadButton"));
    m_leaveButton = new QPushButton(tr("Moved out or died…"), members);
    m_leaveButton->setObjectName(QStringLiteral("leaveButton"));
    auto *memberButtons = new QHBoxLayout;
    memberButtons->addWidget(m_addMemberButton);
    memberButtons->addWidget(m_editMemberButton);
    memberButtons->addWidget(m_changeHeadButton);
    memberButtons->addWidget(m_leaveButton);
    memberButtons->addStretch();
    membersLayout->addWidget(m_memberTable, 1);
    membersLayout->addLayout(memberButtons);
    tabs->addTab(members, tr("Members"));
    m_incomeTable =
        makeTable({tr("Member"), tr("Kind"), tr("Monthly"), tr("Entered as"), tr("Note")},
                  "householdIncomeTable", tabs);
    tabs->addTab(m_incomeTable, tr("Incomes"));
    m_obligorTable = makeTable({tr("Member"), tr("Obligor"), tr("Relation"), tr("Age"),
                                tr("Monthly income"), tr("Status"), tr("Support and disability")},
                               "householdObligorTable", tabs);
    tabs->addTab(m_obligorTable, tr("Obligors"));
    auto *assets = new QWidget(tabs);
    auto *assetsLayout = new QVBoxLayout(assets);
    m_assetsLabel = new QLabel(assets);
    m_assetsLabel->setObjectName(QStringLiteral("assetsLabel"));
    m_assetsLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_assetsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_assetsLabel->setWordWrap(true);
    m_editAssetsButton = new QPushButton(tr("Edit &assets…"), assets);
    m_editAssetsButton->setObjectName(QStringLiteral("editAssetsButton"));
    auto *assetButtons = new QHBoxLayout;
    assetButtons->addWidget(m_editAssetsButton);
    assetButtons->addStretch();
    assetsLayout->addWidget(m_assetsLabel, 1);
    assetsLayout->addLayout(assetButtons);
    tabs->addTab(assets, tr("Assets"));
    auto *cases = new QWidget(tabs);
    auto *casesLayout = new QVBoxLayout(cases);
    m_caseTable =
        makeTable({tr("Programme"), tr("Person"), tr("Status"), tr("Monthly amount"), tr("Source")},
                  "caseTable", cases);
    // The selected case's decision history (PR-1) and what each month's roll paid it.
    auto *caseDetails = new QTabWidget(cases);
    caseDetails->setObjectName(QStringLiteral("caseDetailTabs"));
    m_decisionTable = makeTable({tr("Decision"), tr("From month"), tr("Amount"), tr("Persons"),
                                 tr("Decided on"), tr("By"), tr("Recorded"), tr("Reason")},
                                "decisionTable", caseDetails);
    m_paymentTable =
        makeTable({tr("Roll"), tr("Roll state"), tr("Programme"), tr("Kind"), tr("For month"),
                   tr("Amount"), tr("Held"), tr("Payment"), tr("Memo")},
                  "casePaymentTable", caseDetails);
    caseDetails->addTab(m_decisionTable, tr("Decisions of the selected case"));
    if (services::rolesAllow(m_session.roles, services::Action::ViewPayroll))
        caseDetails->addTab(m_paymentTable, tr("Paid each month"));
    else
        m_paymentTable->hide();
    casesLayout->addWidget(m_caseTable, 2);
    casesLayout->addWidget(caseDetails, 3);
    tabs->addTab(cases, tr("Cases"));
    m_applicationTable = makeTable({tr("Number"), tr("Programme"), tr("Applied for"), tr("State"),
                                    tr("Received"), tr("Channel")},
                                   "householdApplicationTable", tabs);
    m_applicationTable->setToolTip(tr("Double-click an application (or press Enter) to open it."));
    tabs->addTab(m_applicationTable, tr("Applications"));
    m_assessment = new AssessmentPanel(splitter);
    splitter->addWidget(tabs);
    splitter->addWidget(m_assessment);
    // The member table's ten columns fit without sideways scrolling at 1366 wide.
    splitter->setStretchFactor(0, 7);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({770, 330});
    layout->addWidget(splitter, 1);

    connect(back, &QPushButton::clicked, this, &HouseholdPage::backRequested);
    connect(m_addMemberButton, &QPushButton::clicked, this, &HouseholdPage::openAddMember);
    connect(m_editMemberButton, &QPushButton::clicked, this, &HouseholdPage::openEditMember);
    connect(m_changeHeadButton, &QPushButton::clicked, this, &HouseholdPage::openChangeHead);
    connect(m_editButton, &QPushButton::clicked, this, &HouseholdPage::openEditHousehold);
    connect(m_editAssetsButton, &QPushButton::clicked, this, &HouseholdPage::openEditAssets);
    connect(m_leaveButton, &QPushButton::clicked, this, &HouseholdPage::openLeave);
    connect(m_memberTable, &QTableWidget::cellActivated, this, [this] {
        if (m_canEdit)
            openEditMember();
    });
    connect(m_memberTable, &QTableWidget::itemSelectionChanged, this,
            &HouseholdPage::updateButtons);
    connect(m_caseTable, &QTableWidget::itemSelectionChanged, this, &HouseholdPage::fillDecisions);
    connect(m_applicationTable, &QTableWidget::cellActivated, this,
            &HouseholdPage::openSelectedApplication);
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
    fillObligors();
    fillAssets();
    fillCases();
    fillApplications();
    fillAssessment();
    updateButtons();
}

void HouseholdPage::fillApplications()
{
    m_applicationTable->setRowCount(0);
    if (!m_view || !m_context.applications().allows(m_session, services::Action::ViewApplications))
        return;
    auto applications = m_context.applications().ofHousehold(m_session, m_householdId);
    if (!applications.ok())
        return;
    std::map<std::int64_t, QString> names;
    for (const auto *list : {&m_view->members, &m_view->formerMembers})
        for (const auto &m : *list)
            names[m.person.person.id] = qs(m.person.person.name);
    m_applicationTable->setRowCount(static_cast<int>(applications->size()));
    for (int row = 0; row < m_applicationTable->rowCount(); ++row) {
        const auto &a = (*applications)[static_cast<size_t>(row)];
        setRow(m_applicationTable, row,
               {qs(a.applicationNo), services::ApplicationText::programme(a.programme),
                a.personId ? names[*a.personId] : tr("The household"),
                services::ApplicationText::state(a.state), qs(a.receivedOn.toString()),
                services::ApplicationText::channel(a.channel)});
        m_applicationTable->item(row, 0)->setData(Qt::UserRole, QVariant::fromValue<qint64>(a.id));
    }
}

void HouseholdPage::openSelectedApplication()
{
    const int row = m_applicationTable->currentRow();
    if (const QTableWidgetItem *item = row >= 0 ? m_applicationTable->item(row, 0) : nullptr)
        Q_EMIT applicationRequested(item->data(Qt::UserRole).toLongLong());
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
                disabilityText(p.disability), counted, status, qs(p.phone),
                qs(m.person.institutionName)});
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
                    entered, qs(i.note)});
        }
}

void HouseholdPage::fillObligors()
{
    m_obligorTable->setRowCount(0);
    if (!m_view)
        return;
    const Date today = m_context.clock().today();
    for (const auto &m : m_view->members)
        for (const storage::ObligorRecord &o : m.person.obligors) {
            const int row = m_obligorTable->rowCount();
            m_obligorTable->insertRow(row);
            setRow(m_obligorTable, row,
                   {qs(m.person.person.name), qs(o.name), qs(o.relation),
                    QString::number(std::max(0, ageInYears(o.birthDate, today))),
                    qs(o.incomeMonthly.toString()), obligorStatusName(o.status),
                    obligorSupportText(o)});
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
    m_paymentTable->setRowCount(0);
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
                QString::number(d.persons.size()), qs(d.decidedOn.toString()), qs(d.decidedBy),
                d.createdAt.empty() ? QString() : localTimeFromIsoUtc(d.createdAt), qs(d.reason)});
    }
    fillPayments(m_view->cases[index].record.id);
}

void HouseholdPage::fillPayments(std::int64_t caseId)
{
    m_paymentTable->setRowCount(0);
    m_paymentTable->setToolTip(QString());
    // (Not isHidden(): the tab behind the decisions' is hidden until chosen.)
    if (caseId == 0 || !services::rolesAllow(m_session.roles, services::Action::ViewPayroll))
        return;
    auto payments = m_context.payroll().casePayments(m_session, caseId);
    if (!payments.ok()) {
        m_paymentTable->setToolTip(qs(payments.error().message));
        return;
    }
    m_paymentTable->setRowCount(static_cast<int>(payments->size()));
    for (int row = 0; row < static_cast<int>(payments->size()); ++row) {
        const services::CasePaymentView &p = (*payments)[static_cast<size_t>(row)];
        QString payment = qs(p.payment);
        if (p.payment == "pending")
            payment = tr("Pending");
        else if (p.payment == "paid")
            payment = tr("Paid");
        else if (p.payment == "failed")
            payment = tr("Failed");
        setRow(m_paymentTable, row,
               {qs(p.rollMonth.toString()), reports::PayrollText::state(p.rollState),
                reports::PayrollText::programme(p.programme), reports::PayrollText::kind(p.kind),
                p.forMonth ? qs(p.forMonth->toString()) : QString(), qs(p.amount.toString()),
                p.held ? tr("Held") : QString(), payment, qs(p.memo)});
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
    // What the panel is, beside what the household is paid now (issue 18).
    Money paid;
    int inPayment = 0;
    for (const services::CaseView &c : m_view->cases)
        if (c.record.active) {
            paid += c.record.currentAmount;
            ++inPayment;
        }
    const Money assessedTotal = assessed->assessment.totalMonthly;
    const Money difference = assessedTotal - paid;
    QString note = tr("<b>Re-assessment</b> on today's facts and parameters (%1): what the "
                      "rules would give if the household applied today, not a decision.")
                       .arg(qs(m_context.clock().today().toString()));
    if (inPayment > 0)
        note += QStringLiteral("<br/>") +
            tr("Paid now: %1 yuan a month (%n case(s) in payment); the re-assessment differs "
               "by %2 yuan.",
               nullptr, inPayment)
                .arg(qs(paid.toString()),
                     difference.fen() > 0 ? QStringLiteral("+") + qs(difference.toString())
                                          : qs(difference.toString()));
    else
        note += QStringLiteral("<br/>") + tr("Nothing is paid now.");
    m_assessment->setNote(note);
}

void HouseholdPage::updateButtons()
{
    for (QPushButton *button : {m_addMemberButton, m_editButton, m_leaveButton, m_editMemberButton,
                                m_changeHeadButton, m_editAssetsButton})
        button->setVisible(m_canEdit);
    m_addMemberButton->setEnabled(m_view != nullptr);
    m_editButton->setEnabled(m_view != nullptr);
    m_editAssetsButton->setEnabled(m_view != nullptr);
    const services::MemberView *member = selectedMember();
    m_leaveButton->setEnabled(member != nullptr);
    m_editMemberButton->setEnabled(member != nullptr);
    m_changeHeadButton->setEnabled(member != nullptr &&
                                   member->membership.relation != Relation::Head);
}

const services::MemberView *HouseholdPage::selectedMember() const
{
    const auto rows = m_memberTable->selectionModel()->selectedRows();
    if (!m_view || rows.isEmpty())
        return nullptr;
    const QTableWidgetItem *item = m_memberTable->item(rows.first().row(), MemberName);
    if (!item || !item->data(Qt::UserRole + 1).toBool())
        return nullptr;
    const qint64 membershipId = item->data(Qt::UserRole).toLongLong();
    for (const services::MemberView &m : m_view->members)
        if (m.membership.id == membershipId)
            return &m;
    return nullptr;
}

void HouseholdPage::changed()
{
    // The selection by membership, so that the member edited stays selected.
    const services::MemberView *member = selectedMember();
    const qint64 selected = member ? member->membership.id : 0;
    refresh();
    for (int row = 0; selected && row < m_memberTable->rowCount(); ++row)
        if (m_memberTable->item(row, MemberName)->data(Qt::UserRole).toLongLong() == selected)
            m_memberTable->selectRow(row);
    Q_EMIT householdChanged(m_householdId);
}

void HouseholdPage::openAddMember()
{
    if (!m_view)
        return;
    auto *dialog = new MemberDialog(m_context, m_session, m_householdId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &HouseholdPage::changed);
    dialog->open();
}

void HouseholdPage::openEditHousehold()
{
    if (!m_view)
        return;
    auto *dialog = new HouseholdDialog(m_context, m_session, *m_view, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &HouseholdPage::changed);
    dialog->open();
}

void HouseholdPage::openLeave()
{
    const services::MemberView *member = selectedMember();
    if (!member)
        return;
    auto *dialog = new LeaveDialog(m_context, m_session, member->membership.id,
                                   qs(member->person.person.name), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &HouseholdPage::changed);
    dialog->open();
}

void HouseholdPage::openEditMember()
{
    if (!m_canEdit)
        return;
    const services::MemberView *member = selectedMember();
    if (!member)
        return;
    auto *dialog = new MemberDialog(m_context, m_session, m_householdId, *member, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &HouseholdPage::changed);
    dialog->open();
}

void HouseholdPage::openNewApplication()
{
    if (!m_view)
        return;
    auto *dialog = new NewApplicationDialog(m_context, m_session, m_householdId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { Q_EMIT applicationRequested(dialog->applicationId()); });
    dialog->open();
}

void HouseholdPage::openEditAssets()
{
    if (!m_view || !m_canEdit)
        return;
    auto *dialog = new AssetsDialog(m_context, m_session, *m_view, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &HouseholdPage::changed);
    dialog->open();
}

void HouseholdPage::openChangeHead()
{
    if (!m_canEdit)
        return;
    const services::MemberView *member = selectedMember();
    if (!member || member->membership.relation == Relation::Head)
        return;
    const services::MemberView *head = nullptr;
    for (const services::MemberView &m : m_view->members)
        if (m.membership.relation == Relation::Head)
            head = &m;
    auto *dialog = new ChangeHeadDialog(m_context, m_session, member->membership.id,
                                        member->membership.relation, qs(member->person.person.name),
                                        qs(m_view->household.householdNo),
                                        head ? qs(head->person.person.name) : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &HouseholdPage::changed);
    dialog->open();
}

} // namespace relief::gui
