#include "member_form.h"

#include "gui/app_context.h"
#include "gui/display_text.h"
#include "gui/registry_text.h"

#include "domain/age.h"
#include "domain/id_number.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>

namespace relief::gui {

namespace {
enum IncomeColumn { KindColumn, EntryColumn, AmountColumn, IncomeColumnCount };

template<class W> W *named(W *w, const char *name)
{
    w->setObjectName(QString::fromLatin1(name));
    return w;
}
} // namespace

MemberForm::MemberForm(AppContext &context, services::Session session, std::int64_t householdId,
                       QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_session(std::move(session))
    , m_householdId(householdId)
{
    setObjectName(QStringLiteral("memberForm"));
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_nameEdit = named(new QLineEdit(this), "memberNameEdit");
    form->addRow(tr("&Name:"), m_nameEdit);
    form->addRow(QString(), addErrorLabel(QStringLiteral("name")));

    m_idEdit = named(new QLineEdit(this), "idNumberEdit");
    m_idEdit->setMaxLength(18);
    m_idEdit->setPlaceholderText(tr("18 characters"));
    form->addRow(tr("&ID number:"), m_idEdit);
    m_idInfoLabel = named(new QLabel(this), "idInfoLabel");
    form->addRow(QString(), m_idInfoLabel);
    form->addRow(QString(), addErrorLabel(QStringLiteral("id_number")));
    auto *existingRow = new QHBoxLayout;
    m_existingLabel = named(new QLabel(this), "existingPersonLabel");
    m_existingLabel->setWordWrap(true);
    m_useExistingButton =
        named(new QPushButton(tr("Use existing record"), this), "useExistingButton");
    existingRow->addWidget(m_existingLabel, 1);
    existingRow->addWidget(m_useExistingButton);
    form->addRow(QString(), existingRow);
    m_existingLabel->hide();
    m_useExistingButton->hide();

    m_relationCombo = named(new QComboBox(this), "relationCombo");
    fillRelations(m_relationCombo);
    m_relationCombo->setCurrentIndex(static_cast<int>(Relation::Spouse));
    form->addRow(tr("&Relation to head:"), m_relationCombo);
    form->addRow(QString(), addErrorLabel(QStringLiteral("relation")));

    m_phoneEdit = named(new QLineEdit(this), "memberPhoneEdit");
    form->addRow(tr("&Phone:"), m_phoneEdit);
    form->addRow(QString(), addErrorLabel(QStringLiteral("phone")));

    auto *disability = new QHBoxLayout;
    m_disabilityCheck = named(new QCheckBox(tr("Disabled"), this), "disabilityCheck");
    m_disabilityKindCombo = named(new QComboBox(this), "disabilityKindCombo");
    fillDisabilityKinds(m_disabilityKindCombo);
    m_disabilityGradeSpin = named(new QSpinBox(this), "disabilityGradeSpin");
    m_disabilityGradeSpin->setRange(1, 4);
    m_disabilityGradeSpin->setValue(4);
    m_disabilityGradeSpin->setPrefix(tr("Grade "));
    m_certificateEdit = named(new QLineEdit(this), "certificateEdit");
    m_certificateEdit->setPlaceholderText(tr("Certificate number"));
    disability->addWidget(m_disabilityCheck);
    disability->addWidget(m_disabilityKindCombo);
    disability->addWidget(m_disabilityGradeSpin);
    disability->addWidget(m_certificateEdit, 1);
    form->addRow(tr("Disability:"), disability);
    form->addRow(QString(), addErrorLabel(QStringLiteral("disability")));

    auto *health = new QHBoxLayout;
    m_illnessCheck = named(new QCheckBox(tr("Serious illness"), this), "seriousIllnessCheck");
    m_schoolCheck = named(new QCheckBox(tr("In school"), this), "inSchoolCheck");
    health->addWidget(m_illnessCheck);
    health->addWidget(m_schoolCheck);
    health->addStretch();
    form->addRow(tr("Health and school:"), health);

    auto *selfCare = new QGridLayout;
    const QString items[6] = {
        tr("Eating"),           tr("Dressing"),        tr("Getting out of bed"),
        tr("Using the toilet"), tr("Walking indoors"), tr("Bathing")};
    for (int i = 0; i < 6; ++i) {
        m_selfCareChecks[i] = new QCheckBox(items[i], this);
        m_selfCareChecks[i]->setObjectName(QStringLiteral("selfCareCheck%1").arg(i));
        selfCare->addWidget(m_selfCareChecks[i], i / 3, i % 3);
        connect(m_selfCareChecks[i], &QCheckBox::toggled, this, &MemberForm::updateSelfCare);
    }
    m_selfCareLabel = named(new QLabel(this), "selfCareLabel");
    selfCare->addWidget(m_selfCareLabel, 2, 0, 1, 3);
    form->addRow(tr("Cannot do unaided:"), selfCare);
    form->addRow(QString(), addErrorLabel(QStringLiteral("self_care")));

    m_childStatusCombo = named(new QComboBox(this), "childStatusCombo");
    m_childStatusCombo->addItem(tr("None"), -1);
    fillChildStatuses(m_childStatusCombo);
    form->addRow(tr("C&hild status:"), m_childStatusCombo);
    form->addRow(QString(), addErrorLabel(QStringLiteral("child_status")));

    auto *counted = new QHBoxLayout;
    m_countedCheck = named(new QCheckBox(tr("Counted in the household"), this), "countedCheck");
    m_countedCheck->setChecked(true);
    m_notCountedCombo = named(new QComboBox(this), "notCountedCombo");
    fillNotCountedReasons(m_notCountedCombo);
    counted->addWidget(m_countedCheck);
    counted->addWidget(m_notCountedCombo, 1);
    form->addRow(tr("Counting:"), counted);
    form->addRow(QString(), addErrorLabel(QStringLiteral("not_counted_reason")));

    m_incomeTable = named(new QTableWidget(0, IncomeColumnCount, this), "incomeTable");
    m_incomeTable->setHorizontalHeaderLabels({tr("Kind"), tr("Entered"), tr("Amount (yuan)")});
    m_incomeTable->verticalHeader()->hide();
    m_incomeTable->horizontalHeader()->setStretchLastSection(true);
    m_incomeTable->horizontalHeader()->setSectionResizeMode(KindColumn,
                                                            QHeaderView::ResizeToContents);
    m_incomeTable->setMaximumHeight(120);
    auto *incomeButtons = new QHBoxLayout;
    auto *addIncome = named(new QPushButton(tr("Add income"), this), "addIncomeButton");
    auto *removeIncome = named(new QPushButton(tr("Remove income"), this), "removeIncomeButton");
    incomeButtons->addWidget(addIncome);
    incomeButtons->addWidget(removeIncome);
    incomeButtons->addStretch();
    auto *incomes = new QVBoxLayout;
    incomes->addWidget(m_incomeTable);
    incomes->addLayout(incomeButtons);
    form->addRow(tr("Incomes:"), incomes);
    form->addRow(QString(), addErrorLabel(QStringLiteral("incomes")));

    connect(m_idEdit, &QLineEdit::textChanged, this, &MemberForm::onIdNumberChanged);
    connect(m_useExistingButton, &QPushButton::clicked, this, &MemberForm::useExistingRecord);
    connect(m_disabilityCheck, &QCheckBox::toggled, this, &MemberForm::updateDisability);
    connect(m_countedCheck, &QCheckBox::toggled, this, &MemberForm::updateCounted);
    connect(addIncome, &QPushButton::clicked, this, &MemberForm::addIncomeRow);
    connect(removeIncome, &QPushButton::clicked, this, &MemberForm::removeIncomeRow);
    updateSelfCare();
    updateCounted();
    updateDisability();
}

MemberForm::~MemberForm() = default;

QLabel *MemberForm::addErrorLabel(const QString &field)
{
    auto *label = new QLabel(this);
    label->setObjectName(QStringLiteral("fieldError_") + field);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->hide();
    m_errorLabels[field] = label;
    return label;
}

void MemberForm::setHeadOnly()
{
    m_relationCombo->setCurrentIndex(static_cast<int>(Relation::Head));
    m_relationCombo->setEnabled(false);
}

void MemberForm::onIdNumberChanged()
{
    m_match.reset();
    m_existingLabel->hide();
    m_useExistingButton->hide();
    const bool wasRefused = m_refused;
    m_refused = false;
    const QString text = m_idEdit->text().trimmed();
    if (text.size() < 18) {
        m_idInfoLabel->setText(text.isEmpty() ? QString()
                                              : tr("%1 of 18 characters").arg(text.size()));
    } else if (auto id = IdNumber::parse(ss(text), services::currentLang()); !id.ok()) {
        m_idInfoLabel->setText(qs(id.error().message));
    } else {
        const Date birth = id->birthDate();
        m_idInfoLabel->setText(tr("Born %1 · %2 · %3 years old")
                                   .arg(qs(birth.toString()), sexName(id->sex()))
                                   .arg(ageInYears(birth, m_context.clock().today())));
        auto match = m_context.registry().findPersonByIdNumber(m_session, id->text());
        if (match.ok() && *match) {
            const services::PersonMatch &m = **match;
            m_match = std::make_unique<services::PersonMatch>(m);
            if (m.householdId && *m.householdId == m_householdId) {
                m_refused = true;
                m_existingLabel->setText(
                    tr("%1 is already a member of this household.").arg(qs(m.person.name)));
            } else if (m.householdId) {
                m_refused = true;
                m_existingLabel->setText(
                    tr("%1 is an active member of household %2 (%3). Record there that they "
                       "moved out before adding them here.")
                        .arg(qs(m.person.name), qs(m.householdNo), qs(m.householdAddress)));
            } else {
                m_existingLabel->setText(
                    tr("%1 (born %2) is already on file, in no household now.")
                        .arg(qs(m.person.name), qs(m.person.birthDate.toString())));
                m_useExistingButton->show();
            }
            m_existingLabel->show();
        }
    }
    if (wasRefused != m_refused)
        Q_EMIT refusedChanged(m_refused);
}

void MemberForm::useExistingRecord()
{
    if (!m_match)
        return;
    const storage::PersonRecord &p = m_match->person;
    m_nameEdit->setText(qs(p.name));
    m_phoneEdit->setText(qs(p.phone));
    m_disabilityCheck->setChecked(p.disability.has_value());
    if (p.disability) {
        m_disabilityKindCombo->setCurrentIndex(static_cast<int>(p.disability->kind));
        m_disabilityGradeSpin->setValue(p.disability->grade);
    }
    m_certificateEdit->setText(qs(p.disabilityCertificate));
    m_illnessCheck->setChecked(p.seriousIllness);
    m_schoolCheck->setChecked(p.inSchool);
    for (int i = 0; i < 6; ++i)
        m_selfCareChecks[i]->setChecked(p.selfCareItems && (*p.selfCareItems & (1 << i)));
    m_childStatusCombo->setCurrentIndex(p.childStatus ? static_cast<int>(*p.childStatus) + 1 : 0);
    m_existingLabel->setText(tr("Using the existing record of %1.").arg(qs(p.name)));
    m_useExistingButton->hide();
}

void MemberForm::updateSelfCare()
{
    int items = 0;
    for (int i = 0; i < 6; ++i)
        if (m_selfCareChecks[i]->isChecked())
            items |= 1 << i;
    const int unmet = selfCareUnmetCount(items);
    const QString level = unmet == 0 ? tr("fully self-caring")
        : unmet >= 5                 ? tr("completely unable to care for themselves")
                                     : tr("partly unable to care for themselves");
    m_selfCareLabel->setText(tr("%n item(s) unmet: %1", nullptr, unmet).arg(level));
}

void MemberForm::updateCounted()
{
    m_notCountedCombo->setEnabled(!m_countedCheck->isChecked());
}

void MemberForm::updateDisability()
{
    const bool on = m_disabilityCheck->isChecked();
    m_disabilityKindCombo->setEnabled(on);
    m_disabilityGradeSpin->setEnabled(on);
    m_certificateEdit->setEnabled(on);
}

void MemberForm::addIncomeRow()
{
    const int row = m_incomeTable->rowCount();
    m_incomeTable->insertRow(row);
    auto *kind = new QComboBox(m_incomeTable);
    fillIncomeKinds(kind);
    auto *entry = new QComboBox(m_incomeTable);
    entry->addItem(tr("Monthly"), static_cast<int>(IncomeEntry::Monthly));
    entry->addItem(tr("Yearly (divided by 12)"), static_cast<int>(IncomeEntry::Yearly));
    auto *amount = new QLineEdit(m_incomeTable);
    amount->setPlaceholderText(QStringLiteral("0.00"));
    m_incomeTable->setCellWidget(row, KindColumn, kind);
    m_incomeTable->setCellWidget(row, EntryColumn, entry);
    m_incomeTable->setCellWidget(row, AmountColumn, amount);
}

void MemberForm::removeIncomeRow()
{
    const int row = m_incomeTable->currentRow() >= 0 ? m_incomeTable->currentRow()
                                                     : m_incomeTable->rowCount() - 1;
    if (row >= 0)
        m_incomeTable->removeRow(row);
}

services::MemberInput MemberForm::input() const
{
    services::MemberInput m;
    services::PersonInput &p = m.person;
    p.name = ss(m_nameEdit->text().trimmed());
    p.idNumber = ss(m_idEdit->text().trimmed());
    p.phone = ss(m_phoneEdit->text().trimmed());
    if (m_disabilityCheck->isChecked())
        p.disability =
            Disability {static_cast<DisabilityKind>(m_disabilityKindCombo->currentIndex()),
                        m_disabilityGradeSpin->value()};
    p.disabilityCertificate = ss(m_certificateEdit->text().trimmed());
    p.seriousIllness = m_illnessCheck->isChecked();
    p.inSchool = m_schoolCheck->isChecked();
    int items = 0;
    for (int i = 0; i < 6; ++i)
        if (m_selfCareChecks[i]->isChecked())
            items |= 1 << i;
    p.selfCareItems = items;
    p.selfCareUnmet = selfCareUnmetCount(items);
    if (const int child = m_childStatusCombo->currentData().toInt(); child >= 0)
        p.childStatus = static_cast<ChildStatus>(child);
    m.relation = static_cast<Relation>(m_relationCombo->currentData().toInt());
    m.counted = m_countedCheck->isChecked();
    if (!m.counted)
        m.notCountedReason =
            static_cast<NotCountedReason>(m_notCountedCombo->currentData().toInt());
    for (int row = 0; row < m_incomeTable->rowCount(); ++row) {
        auto *kind = qobject_cast<QComboBox *>(m_incomeTable->cellWidget(row, KindColumn));
        auto *entry = qobject_cast<QComboBox *>(m_incomeTable->cellWidget(row, EntryColumn));
        auto *amount = qobject_cast<QLineEdit *>(m_incomeTable->cellWidget(row, AmountColumn));
        if (!kind || !entry || !amount)
            continue;
        services::IncomeInput income;
        income.kind = static_cast<IncomeKind>(kind->currentData().toInt());
        income.entered = static_cast<IncomeEntry>(entry->currentData().toInt());
        // An unreadable amount is passed on as negative so that the service names it.
        const auto money = Money::parse(ss(amount->text().trimmed()));
        income.amount = money ? *money : Money::fromFen(-1);
        m.incomes.push_back(income);
    }
    return m;
}

void MemberForm::clearErrors()
{
    for (auto &[field, label] : m_errorLabels) {
        label->clear();
        label->hide();
    }
}

bool MemberForm::showFieldError(const Error &error)
{
    QString field = qs(error.field);
    if (field.startsWith(QStringLiteral("members[")))
        field = field.mid(field.indexOf(u']') + 2);
    if (field.startsWith(QStringLiteral("person.")))
        field = field.mid(7);
    QLabel *best = nullptr;
    int bestLength = -1;
    for (auto &[key, label] : m_errorLabels)
        if (field.startsWith(key) && key.size() > bestLength) {
            best = label;
            bestLength = static_cast<int>(key.size());
        }
    if (field == QStringLiteral("birth_date") || field == QStringLiteral("sex"))
        best = m_errorLabels[QStringLiteral("id_number")];
    if (!best)
        return false;
    best->setText(qs(error.message));
    best->show();
    return true;
}

} // namespace relief::gui
