#include "member_form.h"

#include "ui_member_form.h"

#include "gui/shell/app_context.h"
#include "gui/widgets/display_text.h"
#include "gui/widgets/error_label.h"
#include "registry_text.h"

#include "services/registry/registry_service.h"
#include "services/registry/registry_validator.h"

#include "domain/age.h"
#include "domain/id_number.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QPointer>
#include <QRegularExpression>
#include <QScrollArea>
#include <QStandardItemModel>
#include <QTimer>

#include <algorithm>

namespace relief::gui {

namespace {
// Older than this is possible but far more often a typing error (issue 18).
constexpr int kOldestPlausibleAge = 110;

enum IncomeColumn { KindColumn, EntryColumn, AmountColumn, MonthlyColumn, NoteColumn };
enum ObligorColumn { ObligorName, ObligorRelation, ObligorBorn, ObligorIncome, ObligorStatusCol };

const QString kErrorPrefix = QStringLiteral("fieldError_");

// "2024-05-01", "2024/5/1", "2024.5.1", "2024年5月1日"; nothing otherwise.
std::optional<Date> parseDateText(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        "^\\s*(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?\\s*$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    return Date::fromYmd(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
}

std::optional<IdNumber> parsedId(const QString &text)
{
    const QString t = text.trimmed();
    if (t.size() != 18)
        return std::nullopt;
    auto id = IdNumber::parse(ss(t));
    return id.ok() ? std::optional<IdNumber>(*id) : std::nullopt;
}

void selectData(QComboBox *combo, int value)
{
    combo->setCurrentIndex(std::max(0, combo->findData(value)));
}

QTableWidgetItem *readOnlyItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}
} // namespace

MemberForm::MemberForm(AppContext &context, services::Session session, std::int64_t householdId,
                       QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui_MemberForm>())
    , m_context(context)
    , m_session(std::move(session))
    , m_householdId(householdId)
{
    m_ui->setupUi(this);
    for (QLabel *label : findChildren<QLabel *>())
        if (label->objectName().startsWith(kErrorPrefix)) {
            m_errorLabels[label->objectName().mid(kErrorPrefix.size())] = label;
            label->hide();
        }
    m_ui->existingPersonLabel->hide();
    m_ui->useExistingButton->hide();
    m_ui->existingPersonRow->hide();

    const Date today = m_context.clock().today();
    m_ui->sexCombo->setPlaceholderText(tr("Sex"));
    m_ui->sexCombo->addItem(sexName(Sex::Female), static_cast<int>(Sex::Female));
    m_ui->sexCombo->addItem(sexName(Sex::Male), static_cast<int>(Sex::Male));
    m_ui->sexCombo->setCurrentIndex(-1);
    m_ui->birthDateEdit->setMaximumWidth(
        m_ui->birthDateEdit->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-0000")) + 16);
    fillRelations(m_ui->relationCombo);
    selectData(m_ui->relationCombo, static_cast<int>(Relation::Spouse));
    m_ui->joinedDateEdit->setDate(toQDate(today));
    m_ui->joinedDateEdit->setMaximumDate(toQDate(today));
    m_ui->joinedDateEdit->setMinimumWidth(dateEditWidth(*m_ui->joinedDateEdit));
    fillNotCountedReasons(m_ui->notCountedCombo);
    fillDisabilityKinds(m_ui->disabilityKindCombo);
    fillDisabilityKinds(m_ui->obligorDisabilityKindCombo);
    fillObligorStatuses(m_ui->obligorStatusCombo);
    m_ui->childStatusCombo->addItem(tr("None"), -1);
    fillChildStatuses(m_ui->childStatusCombo);
    m_ui->institutionCombo->addItem(tr("None: lives at home"), QVariant::fromValue<qint64>(0));
    if (auto institutions = m_context.registry().institutions(m_session); institutions.ok())
        for (const storage::InstitutionRecord &i : *institutions)
            if (i.active)
                m_ui->institutionCombo->addItem(
                    tr("%1 (%2)").arg(qs(i.name), institutionKindName(i.kind)),
                    QVariant::fromValue<qint64>(i.id));

    QHeaderView *incomeHeader = m_ui->incomeTable->horizontalHeader();
    incomeHeader->setSectionResizeMode(QHeaderView::Interactive);
    incomeHeader->setStretchLastSection(true);
    m_ui->incomeTable->setColumnWidth(AmountColumn, 110);
    m_ui->incomeTable->setColumnWidth(MonthlyColumn, 90);
    QHeaderView *obligorHeader = m_ui->obligorTable->horizontalHeader();
    obligorHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    obligorHeader->setStretchLastSection(true);
    m_ui->obligorTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ui->obligorBox->setEnabled(false);
    m_ui->removeObligorButton->setEnabled(false);

    connect(m_ui->idNumberEdit, &QLineEdit::textChanged, this, &MemberForm::onIdNumberChanged);
    connect(m_ui->useExistingButton, &QPushButton::clicked, this, &MemberForm::useExistingRecord);
    connect(m_ui->disabilityCheck, &QCheckBox::toggled, this, &MemberForm::updateDisability);
    connect(m_ui->countedCheck, &QCheckBox::toggled, this, &MemberForm::updateCounted);
    connect(m_ui->joinedCheck, &QCheckBox::toggled, m_ui->joinedDateEdit, &QWidget::setEnabled);
    for (QCheckBox *check : {m_ui->selfCareCheck0, m_ui->selfCareCheck1, m_ui->selfCareCheck2,
                             m_ui->selfCareCheck3, m_ui->selfCareCheck4, m_ui->selfCareCheck5})
        connect(check, &QCheckBox::toggled, this, &MemberForm::selfCareToggled);
    connect(m_ui->addIncomeButton, &QPushButton::clicked, this, &MemberForm::addIncomeRow);
    connect(m_ui->removeIncomeButton, &QPushButton::clicked, this, &MemberForm::removeIncomeRow);
    connect(m_ui->addObligorButton, &QPushButton::clicked, this, &MemberForm::addObligor);
    connect(m_ui->removeObligorButton, &QPushButton::clicked, this, &MemberForm::removeObligor);
    connect(m_ui->obligorTable, &QTableWidget::itemSelectionChanged, this,
            &MemberForm::obligorSelected);
    for (QLineEdit *edit : {m_ui->obligorNameEdit, m_ui->obligorRelationEdit, m_ui->obligorIdEdit,
                            m_ui->obligorBirthEdit, m_ui->obligorIncomeEdit, m_ui->obligorPhoneEdit,
                            m_ui->obligorAddressEdit})
        connect(edit, &QLineEdit::textChanged, this, &MemberForm::storeObligor);
    for (QComboBox *combo : {m_ui->obligorStatusCombo, m_ui->obligorDisabilityKindCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &MemberForm::storeObligor);
    connect(m_ui->obligorDisabilityGradeSpin, &QSpinBox::valueChanged, this,
            &MemberForm::storeObligor);
    for (QCheckBox *check : {m_ui->obligorDisabilityCheck, m_ui->obligorTekunCheck,
                             m_ui->obligorDibaoCheck, m_ui->obligorAssetsOkCheck})
        connect(check, &QCheckBox::toggled, this, &MemberForm::storeObligor);

    m_ui->joinedDateEdit->setEnabled(false);
    onIdNumberChanged();
    updateSelfCare();
    updateCounted();
    updateDisability();
    loadObligor();
}

MemberForm::~MemberForm() = default;

void MemberForm::setHeadOnly()
{
    selectData(m_ui->relationCombo, static_cast<int>(Relation::Head));
    m_ui->relationCombo->setEnabled(false);
}

void MemberForm::setMember(const services::MemberView &member)
{
    m_personId = member.person.person.id;
    const storage::MembershipRecord &ms = member.membership;
    selectData(m_ui->relationCombo, static_cast<int>(ms.relation));
    if (ms.relation == Relation::Head) {
        m_ui->relationCombo->setEnabled(false);
    } else if (auto *model = qobject_cast<QStandardItemModel *>(m_ui->relationCombo->model())) {
        const int head = m_ui->relationCombo->findData(static_cast<int>(Relation::Head));
        if (QStandardItem *item = model->item(head))
            item->setEnabled(false);
    }
    m_ui->countedCheck->setChecked(ms.counted);
    if (ms.notCountedReason)
        selectData(m_ui->notCountedCombo, static_cast<int>(*ms.notCountedReason));
    m_ui->joinedCheck->setChecked(ms.joinedOn.has_value());
    if (ms.joinedOn)
        m_ui->joinedDateEdit->setDate(toQDate(*ms.joinedOn));
    loadPerson(member.person);
}

void MemberForm::loadPerson(const services::PersonView &view)
{
    const storage::PersonRecord &p = view.person;
    m_ui->memberNameEdit->setText(qs(p.name));
    m_ui->idNumberEdit->setText(p.idNumber ? qs(*p.idNumber) : QString());
    if (!p.idNumber) {
        m_ui->birthDateEdit->setText(qs(p.birthDate.toString()));
        selectData(m_ui->sexCombo, static_cast<int>(p.sex));
    }
    m_ui->memberPhoneEdit->setText(qs(p.phone));
    m_ui->disabilityCheck->setChecked(p.disability.has_value());
    if (p.disability) {
        selectData(m_ui->disabilityKindCombo, static_cast<int>(p.disability->kind));
        m_ui->disabilityGradeSpin->setValue(p.disability->grade);
    }
    m_ui->certificateEdit->setText(qs(p.disabilityCertificate));
    m_ui->seriousIllnessCheck->setChecked(p.seriousIllness);
    m_ui->inSchoolCheck->setChecked(p.inSchool);
    m_settingSelfCare = true;
    QCheckBox *checks[6] = {m_ui->selfCareCheck0, m_ui->selfCareCheck1, m_ui->selfCareCheck2,
                            m_ui->selfCareCheck3, m_ui->selfCareCheck4, m_ui->selfCareCheck5};
    for (int i = 0; i < 6; ++i)
        checks[i]->setChecked(p.selfCareItems && (*p.selfCareItems & (1 << i)));
    m_settingSelfCare = false;
    m_selfCareCount = p.selfCareItems ? std::nullopt : std::optional<int>(p.selfCareUnmet);
    updateSelfCare();
    selectData(m_ui->childStatusCombo, p.childStatus ? static_cast<int>(*p.childStatus) : -1);
    selectInstitution(p.institutionId, qs(view.institutionName));

    m_ui->incomeTable->setRowCount(0);
    for (const storage::IncomeRecord &i : view.incomes)
        appendIncomeRow(static_cast<int>(i.kind), static_cast<int>(i.enteredAs),
                        qs(i.enteredAmount.toString()), qs(i.note));
    m_obligors.clear();
    m_ui->obligorTable->setRowCount(0);
    m_obligorRow = -1;
    for (const storage::ObligorRecord &o : view.obligors) {
        ObligorDraft d;
        d.name = qs(o.name);
        d.relation = qs(o.relation);
        d.idNumber = o.idNumber ? qs(*o.idNumber) : QString();
        d.birth = o.idNumber ? QString() : qs(o.birthDate.toString());
        d.income = qs(o.incomeMonthly.toString());
        d.status = static_cast<int>(o.status);
        d.disabled = o.disability.has_value();
        if (o.disability) {
            d.disabilityKind = static_cast<int>(o.disability->kind);
            d.disabilityGrade = o.disability->grade;
        }
        d.tekun = o.isTekun;
        d.dibao = o.isDibao;
        d.assetsOk = o.assetsOk;
        d.phone = qs(o.phone);
        d.address = qs(o.address);
        appendObligor(d);
    }
    if (!m_obligors.empty())
        m_ui->obligorTable->selectRow(0);
    loadObligor();
}

void MemberForm::selectInstitution(std::optional<std::int64_t> id, const QString &name)
{
    QComboBox *combo = m_ui->institutionCombo;
    const qint64 value = id.value_or(0);
    int index = combo->findData(QVariant::fromValue<qint64>(value));
    if (index < 0) {
        // An institution no longer in use keeps showing for the person placed there.
        combo->addItem(name.isEmpty() ? QString::number(value) : name,
                       QVariant::fromValue<qint64>(value));
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

void MemberForm::onIdNumberChanged()
{
    m_match.reset();
    m_ui->existingPersonLabel->hide();
    m_ui->useExistingButton->hide();
    m_ui->existingPersonRow->hide();
    const bool wasRefused = m_refused;
    m_refused = false;
    const QString text = m_ui->idNumberEdit->text().trimmed();
    // Birth date and sex are typed only for someone without an ID number.
    m_ui->birthDateEdit->setEnabled(text.isEmpty());
    m_ui->sexCombo->setEnabled(text.isEmpty());
    // A wrong check digit is an error like any other (issue 18: one error style).
    ErrorLabel::applyTone(m_ui->idInfoLabel, ErrorLabel::Tone::Plain);
    if (text.size() < 18) {
        m_ui->idInfoLabel->setText(text.isEmpty() ? QString()
                                                  : tr("%1 of 18 characters").arg(text.size()));
    } else if (auto id = IdNumber::parse(ss(text), services::currentLang()); !id.ok()) {
        m_ui->idInfoLabel->setText(qs(id.error().message));
        ErrorLabel::applyTone(m_ui->idInfoLabel, ErrorLabel::Tone::Error);
    } else {
        const Date birth = id->birthDate();
        const int age = ageInYears(birth, m_context.clock().today());
        QString info = tr("Born %1 · %2 · %3 years old")
                           .arg(qs(birth.toString()), sexName(id->sex()))
                           .arg(age);
        // Plausible, not impossible: a warning, the record can still be saved.
        if (age > kOldestPlausibleAge) {
            info += tr(" — older than %1 years: check the ID number.").arg(kOldestPlausibleAge);
            ErrorLabel::applyTone(m_ui->idInfoLabel, ErrorLabel::Tone::Warning);
        }
        m_ui->idInfoLabel->setText(info);
        auto match = m_context.registry().findPersonByIdNumber(m_session, id->text());
        if (match.ok() && *match && (*match)->person.id != m_personId) {
            const services::PersonMatch &m = **match;
            m_match = std::make_unique<services::PersonMatch>(m);
            m_refused = true;
            if (m.householdId && *m.householdId == m_householdId) {
                m_ui->existingPersonLabel->setText(
                    tr("%1 is already a member of this household.").arg(qs(m.person.name)));
            } else if (m.householdId) {
                m_ui->existingPersonLabel->setText(
                    tr("%1 is an active member of household %2 (%3). Record there that they "
                       "moved out before adding them here.")
                        .arg(qs(m.person.name), qs(m.householdNo), qs(m.householdAddress)));
            } else if (m_personId != 0) {
                // Editing someone else's record cannot take over this one.
                m_ui->existingPersonLabel->setText(
                    tr("This ID number belongs to %1, who is already on file.")
                        .arg(qs(m.person.name)));
            } else {
                m_refused = false;
                m_ui->existingPersonLabel->setText(
                    tr("%1 (born %2) is already on file, in no household now.")
                        .arg(qs(m.person.name), qs(m.person.birthDate.toString())));
                m_ui->useExistingButton->show();
            }
            m_ui->existingPersonLabel->show();
            m_ui->existingPersonRow->show();
        }
    }
    m_ui->idInfoLabel->setVisible(!m_ui->idInfoLabel->text().isEmpty());
    if (wasRefused != m_refused)
        Q_EMIT refusedChanged(m_refused);
}

void MemberForm::useExistingRecord()
{
    if (!m_match)
        return;
    const storage::PersonRecord p = m_match->person;
    // The record's incomes and obligors too: saving the member replaces them.
    auto view = m_context.registry().person(m_session, p.id);
    if (!view.ok()) {
        // Taking the bare record over would save empty incomes and obligors over its own.
        m_ui->existingPersonLabel->setText(
            tr("The existing record could not be read: %1").arg(qs(view.error().message)));
        m_ui->existingPersonLabel->show();
        return;
    }
    services::PersonView loaded = std::move(*view);
    loaded.person.idNumber = p.idNumber; // as typed (full)
    const auto match = std::move(m_match);
    loadPerson(loaded);
    m_match = std::make_unique<services::PersonMatch>(*match);
    m_ui->existingPersonLabel->setText(tr("Using the existing record of %1.").arg(qs(p.name)));
    m_ui->existingPersonLabel->show();
    m_ui->existingPersonRow->show();
    m_ui->useExistingButton->hide();
}

void MemberForm::selfCareToggled()
{
    if (!m_settingSelfCare)
        m_selfCareCount.reset(); // ticked one by one from now on
    updateSelfCare();
}

void MemberForm::updateSelfCare()
{
    int items = 0;
    const QCheckBox *checks[6] = {m_ui->selfCareCheck0, m_ui->selfCareCheck1, m_ui->selfCareCheck2,
                                  m_ui->selfCareCheck3, m_ui->selfCareCheck4, m_ui->selfCareCheck5};
    for (int i = 0; i < 6; ++i)
        if (checks[i]->isChecked())
            items |= 1 << i;
    const int unmet = m_selfCareCount.value_or(selfCareUnmetCount(items));
    const QString level = unmet == 0 ? tr("fully self-caring")
        : unmet >= 5                 ? tr("completely unable to care for themselves")
                                     : tr("partly unable to care for themselves");
    QString text = tr("%n item(s) unmet: %1", nullptr, unmet).arg(level);
    if (m_selfCareCount)
        text += u'\n' +
            tr("Recorded as a count only (from a ledger); tick the items to record "
               "which ones.");
    m_ui->selfCareLabel->setText(text);
}

void MemberForm::updateCounted()
{
    m_ui->notCountedCombo->setEnabled(!m_ui->countedCheck->isChecked());
}

void MemberForm::updateDisability()
{
    const bool on = m_ui->disabilityCheck->isChecked();
    m_ui->disabilityKindCombo->setEnabled(on);
    m_ui->disabilityGradeSpin->setEnabled(on);
    m_ui->certificateEdit->setEnabled(on);
}

void MemberForm::addIncomeRow()
{
    appendIncomeRow(static_cast<int>(IncomeKind::Wage), static_cast<int>(IncomeEntry::Monthly),
                    QString(), QString());
    const int row = m_ui->incomeTable->rowCount() - 1;
    m_ui->incomeTable->setCurrentCell(row, KindColumn);
    QWidget *kind = m_ui->incomeTable->cellWidget(row, KindColumn);
    kind->setFocus();
    // The new row in view: in the table, and the table in a dialog that scrolls.
    m_ui->incomeTable->scrollToItem(m_ui->incomeTable->item(row, MonthlyColumn));
    for (QWidget *w = parentWidget(); w; w = w->parentWidget())
        if (auto *scroll = qobject_cast<QScrollArea *>(w)) {
            // Once the new row is laid out (the scroll range may change with it).
            QTimer::singleShot(
                0, scroll,
                [scroll, button = m_ui->addIncomeButton, cell = QPointer<QWidget>(kind)] {
                    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
                    scroll->ensureWidgetVisible(button);
                    if (cell)
                        scroll->ensureWidgetVisible(cell);
                });
            break;
        }
}

void MemberForm::fitIncomeColumns()
{
    QTableWidget *table = m_ui->incomeTable;
    for (int column : {int(KindColumn), int(EntryColumn)}) {
        int width = table->horizontalHeader()->sectionSizeHint(column);
        for (int row = 0; row < table->rowCount(); ++row)
            if (QWidget *w = table->cellWidget(row, column))
                width = std::max(width, w->sizeHint().width());
        table->setColumnWidth(column, width);
    }
}

void MemberForm::appendIncomeRow(int kind, int entered, const QString &amount, const QString &note)
{
    QTableWidget *table = m_ui->incomeTable;
    const int row = table->rowCount();
    table->insertRow(row);
    auto *kindCombo = new QComboBox(table);
    fillIncomeKinds(kindCombo);
    selectData(kindCombo, kind);
    auto *entry = new QComboBox(table);
    entry->addItem(tr("Monthly"), static_cast<int>(IncomeEntry::Monthly));
    entry->addItem(tr("Yearly (divided by 12)"), static_cast<int>(IncomeEntry::Yearly));
    selectData(entry, entered);
    auto *amountEdit = new QLineEdit(amount, table);
    amountEdit->setPlaceholderText(QStringLiteral("0.00"));
    amountEdit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *noteEdit = new QLineEdit(note, table);
    table->setCellWidget(row, KindColumn, kindCombo);
    table->setCellWidget(row, EntryColumn, entry);
    table->setCellWidget(row, AmountColumn, amountEdit);
    auto *monthly = readOnlyItem(QString());
    monthly->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    table->setItem(row, MonthlyColumn, monthly);
    table->setCellWidget(row, NoteColumn, noteEdit);
    connect(amountEdit, &QLineEdit::textChanged, this,
            [this, amountEdit] { updateIncomeMonthly(amountEdit); });
    connect(entry, &QComboBox::currentIndexChanged, this,
            [this, amountEdit] { updateIncomeMonthly(amountEdit); });
    updateIncomeMonthly(amountEdit);
    fitIncomeColumns();
}

void MemberForm::updateIncomeMonthly(QLineEdit *amount)
{
    QTableWidget *table = m_ui->incomeTable;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->cellWidget(row, AmountColumn) != amount)
            continue;
        auto *entry = qobject_cast<QComboBox *>(table->cellWidget(row, EntryColumn));
        QString text;
        if (const auto money = parseYuan(amount->text()); money && entry) {
            services::IncomeInput income;
            income.entered = static_cast<IncomeEntry>(entry->currentData().toInt());
            income.amount = *money;
            text = qs(services::RegistryValidator::monthlyOf(income).toString());
        }
        if (QTableWidgetItem *item = table->item(row, MonthlyColumn))
            item->setText(text);
    }
}

void MemberForm::removeIncomeRow()
{
    QTableWidget *table = m_ui->incomeTable;
    int row = table->currentRow();
    // The row whose editor has the focus, when the table has no current row.
    for (int r = 0; row < 0 && r < table->rowCount(); ++r)
        for (int c = 0; c < table->columnCount(); ++c)
            if (QWidget *w = table->cellWidget(r, c); w && w->hasFocus())
                row = r;
    if (row < 0)
        row = table->rowCount() - 1;
    if (row >= 0)
        table->removeRow(row);
}

void MemberForm::addObligor()
{
    appendObligor(ObligorDraft {});
    m_ui->obligorTable->selectRow(static_cast<int>(m_obligors.size()) - 1);
    m_ui->obligorNameEdit->setFocus();
}

void MemberForm::appendObligor(const ObligorDraft &draft)
{
    m_obligors.push_back(draft);
    const int row = m_ui->obligorTable->rowCount();
    m_ui->obligorTable->insertRow(row);
    for (int col = 0; col < m_ui->obligorTable->columnCount(); ++col)
        m_ui->obligorTable->setItem(row, col, readOnlyItem(QString()));
    m_ui->obligorTable->item(row, ObligorIncome)
        ->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    showObligorRow(row);
}

void MemberForm::removeObligor()
{
    const int row = m_obligorRow;
    if (row < 0 || row >= static_cast<int>(m_obligors.size()))
        return;
    m_obligorRow = -1;
    m_obligors.erase(m_obligors.begin() + row);
    m_ui->obligorTable->removeRow(row);
    if (!m_obligors.empty())
        m_ui->obligorTable->selectRow(std::min(row, static_cast<int>(m_obligors.size()) - 1));
    obligorSelected();
}

void MemberForm::obligorSelected()
{
    const auto rows = m_ui->obligorTable->selectionModel()->selectedRows();
    m_obligorRow = rows.isEmpty() ? -1 : rows.first().row();
    loadObligor();
}

void MemberForm::loadObligor()
{
    const bool has = m_obligorRow >= 0 && m_obligorRow < static_cast<int>(m_obligors.size());
    m_ui->obligorBox->setEnabled(has);
    m_ui->removeObligorButton->setEnabled(has);
    const ObligorDraft d = has ? m_obligors[static_cast<size_t>(m_obligorRow)] : ObligorDraft {};
    m_loadingObligor = true;
    m_ui->obligorNameEdit->setText(d.name);
    m_ui->obligorRelationEdit->setText(d.relation);
    m_ui->obligorIdEdit->setText(d.idNumber);
    m_ui->obligorBirthEdit->setText(d.birth);
    m_ui->obligorIncomeEdit->setText(d.income);
    selectData(m_ui->obligorStatusCombo, d.status);
    m_ui->obligorDisabilityCheck->setChecked(d.disabled);
    selectData(m_ui->obligorDisabilityKindCombo, d.disabilityKind);
    m_ui->obligorDisabilityGradeSpin->setValue(d.disabilityGrade);
    m_ui->obligorTekunCheck->setChecked(d.tekun);
    m_ui->obligorDibaoCheck->setChecked(d.dibao);
    m_ui->obligorAssetsOkCheck->setChecked(d.assetsOk);
    m_ui->obligorPhoneEdit->setText(d.phone);
    m_ui->obligorAddressEdit->setText(d.address);
    m_loadingObligor = false;
    m_ui->obligorBirthEdit->setEnabled(d.idNumber.trimmed().isEmpty());
    m_ui->obligorDisabilityKindCombo->setEnabled(d.disabled);
    m_ui->obligorDisabilityGradeSpin->setEnabled(d.disabled);
}

void MemberForm::storeObligor()
{
    if (m_loadingObligor || m_obligorRow < 0 || m_obligorRow >= static_cast<int>(m_obligors.size()))
        return;
    ObligorDraft &d = m_obligors[static_cast<size_t>(m_obligorRow)];
    d.name = m_ui->obligorNameEdit->text();
    d.relation = m_ui->obligorRelationEdit->text();
    d.idNumber = m_ui->obligorIdEdit->text();
    d.birth = m_ui->obligorBirthEdit->text();
    d.income = m_ui->obligorIncomeEdit->text();
    d.status = m_ui->obligorStatusCombo->currentData().toInt();
    d.disabled = m_ui->obligorDisabilityCheck->isChecked();
    d.disabilityKind = m_ui->obligorDisabilityKindCombo->currentData().toInt();
    d.disabilityGrade = m_ui->obligorDisabilityGradeSpin->value();
    d.tekun = m_ui->obligorTekunCheck->isChecked();
    d.dibao = m_ui->obligorDibaoCheck->isChecked();
    d.assetsOk = m_ui->obligorAssetsOkCheck->isChecked();
    d.phone = m_ui->obligorPhoneEdit->text();
    d.address = m_ui->obligorAddressEdit->text();
    m_ui->obligorBirthEdit->setEnabled(d.idNumber.trimmed().isEmpty());
    m_ui->obligorDisabilityKindCombo->setEnabled(d.disabled);
    m_ui->obligorDisabilityGradeSpin->setEnabled(d.disabled);
    showObligorRow(m_obligorRow);
}

void MemberForm::showObligorRow(int row)
{
    const ObligorDraft &d = m_obligors[static_cast<size_t>(row)];
    QString born = d.birth.trimmed();
    if (const auto id = parsedId(d.idNumber))
        born = qs(id->birthDate().toString());
    else if (!d.idNumber.trimmed().isEmpty())
        born.clear();
    const auto income = parseYuan(d.income);
    const QStringList cells = {d.name.trimmed(), d.relation.trimmed(), born,
                               income ? qs(income->toString()) : d.income.trimmed(),
                               obligorStatusName(static_cast<ObligorStatus>(d.status))};
    for (int col = 0; col < cells.size(); ++col)
        if (QTableWidgetItem *item = m_ui->obligorTable->item(row, col))
            item->setText(cells[col]);
}

services::MemberInput MemberForm::input() const
{
    services::MemberInput m;
    services::PersonInput &p = m.person;
    p.name = ss(m_ui->memberNameEdit->text().trimmed());
    p.idNumber = ss(m_ui->idNumberEdit->text().trimmed());
    if (p.idNumber.empty()) {
        p.birthDate = parseDateText(m_ui->birthDateEdit->text());
        if (m_ui->sexCombo->currentIndex() >= 0)
            p.sex = static_cast<Sex>(m_ui->sexCombo->currentData().toInt());
    }
    p.phone = ss(m_ui->memberPhoneEdit->text().trimmed());
    if (m_ui->disabilityCheck->isChecked())
        p.disability = Disability {
            static_cast<DisabilityKind>(m_ui->disabilityKindCombo->currentData().toInt()),
            m_ui->disabilityGradeSpin->value()};
    p.disabilityCertificate = ss(m_ui->certificateEdit->text().trimmed());
    p.seriousIllness = m_ui->seriousIllnessCheck->isChecked();
    p.inSchool = m_ui->inSchoolCheck->isChecked();
    if (m_selfCareCount) {
        p.selfCareItems = std::nullopt;
        p.selfCareUnmet = *m_selfCareCount;
    } else {
        int items = 0;
        const QCheckBox *checks[6] = {m_ui->selfCareCheck0, m_ui->selfCareCheck1,
                                      m_ui->selfCareCheck2, m_ui->selfCareCheck3,
                                      m_ui->selfCareCheck4, m_ui->selfCareCheck5};
        for (int i = 0; i < 6; ++i)
            if (checks[i]->isChecked())
                items |= 1 << i;
        p.selfCareItems = items;
        p.selfCareUnmet = selfCareUnmetCount(items);
    }
    if (const int child = m_ui->childStatusCombo->currentData().toInt(); child >= 0)
        p.childStatus = static_cast<ChildStatus>(child);
    if (const qint64 institution = m_ui->institutionCombo->currentData().toLongLong();
        institution > 0)
        p.institutionId = institution;

    m.relation = static_cast<Relation>(m_ui->relationCombo->currentData().toInt());
    m.counted = m_ui->countedCheck->isChecked();
    if (!m.counted)
        m.notCountedReason =
            static_cast<NotCountedReason>(m_ui->notCountedCombo->currentData().toInt());
    if (m_ui->joinedCheck->isChecked())
        m.joinedOn = fromQDate(m_ui->joinedDateEdit->date());

    const QTableWidget *table = m_ui->incomeTable;
    for (int row = 0; row < table->rowCount(); ++row) {
        auto *kind = qobject_cast<QComboBox *>(table->cellWidget(row, KindColumn));
        auto *entry = qobject_cast<QComboBox *>(table->cellWidget(row, EntryColumn));
        auto *amount = qobject_cast<QLineEdit *>(table->cellWidget(row, AmountColumn));
        auto *note = qobject_cast<QLineEdit *>(table->cellWidget(row, NoteColumn));
        if (!kind || !entry || !amount)
            continue;
        services::IncomeInput income;
        income.kind = static_cast<IncomeKind>(kind->currentData().toInt());
        income.entered = static_cast<IncomeEntry>(entry->currentData().toInt());
        // An unreadable amount is passed on as negative so that the service names it.
        const auto money = parseYuan(amount->text());
        income.amount = money ? *money : Money::fromFen(-1);
        income.note = note ? ss(note->text().trimmed()) : std::string();
        m.incomes.push_back(income);
    }

    for (const ObligorDraft &d : m_obligors) {
        services::ObligorInput o;
        o.name = ss(d.name.trimmed());
        o.relation = ss(d.relation.trimmed());
        o.idNumber = ss(d.idNumber.trimmed());
        if (o.idNumber.empty())
            o.birthDate = parseDateText(d.birth);
        o.isTekun = d.tekun;
        o.isDibao = d.dibao;
        if (d.disabled)
            o.disability =
                Disability {static_cast<DisabilityKind>(d.disabilityKind), d.disabilityGrade};
        if (!d.income.trimmed().isEmpty()) {
            const auto money = parseYuan(d.income);
            o.incomeMonthly = money ? *money : Money::fromFen(-1);
        }
        o.status = static_cast<ObligorStatus>(d.status);
        o.assetsOk = d.assetsOk;
        o.phone = ss(d.phone.trimmed());
        o.address = ss(d.address.trimmed());
        m.obligors.push_back(std::move(o));
    }
    return m;
}

std::optional<Error> MemberForm::unreadableField() const
{
    const QString dateMessage = tr("Write the date as YYYY-MM-DD, for example 2024-05-01.");
    if (m_ui->idNumberEdit->text().trimmed().isEmpty() &&
        !m_ui->birthDateEdit->text().trimmed().isEmpty() &&
        !parseDateText(m_ui->birthDateEdit->text()))
        return Error::invalid("birth_date", ss(dateMessage));
    const QTableWidget *table = m_ui->incomeTable;
    for (int row = 0; row < table->rowCount(); ++row)
        if (auto *amount = qobject_cast<QLineEdit *>(table->cellWidget(row, AmountColumn));
            amount && !parseYuan(amount->text()))
            return Error::invalid("incomes[" + std::to_string(row) + "].amount",
                                  ss(yuanFormatMessage()));
    for (size_t j = 0; j < m_obligors.size(); ++j) {
        const ObligorDraft &d = m_obligors[j];
        const std::string path = "obligors[" + std::to_string(j) + "].";
        if (d.idNumber.trimmed().isEmpty() && !d.birth.trimmed().isEmpty() &&
            !parseDateText(d.birth))
            return Error::invalid(path + "birth_date", ss(dateMessage));
        if (!d.income.trimmed().isEmpty() && !parseYuan(d.income))
            return Error::invalid(path + "income_monthly", ss(yuanFormatMessage()));
    }
    return std::nullopt;
}

void MemberForm::clearErrors()
{
    for (auto &[field, label] : m_errorLabels) {
        label->clear();
        label->hide();
    }
}

QWidget *MemberForm::obligorFieldWidget(const QString &field) const
{
    if (field.startsWith(QStringLiteral("relation")))
        return m_ui->obligorRelationEdit;
    if (field.startsWith(QStringLiteral("id_number")))
        return m_ui->obligorIdEdit;
    if (field.startsWith(QStringLiteral("birth_date")))
        return m_ui->obligorBirthEdit->isEnabled() ? static_cast<QWidget *>(m_ui->obligorBirthEdit)
                                                   : m_ui->obligorIdEdit;
    if (field.startsWith(QStringLiteral("disability")))
        return m_ui->obligorDisabilityGradeSpin;
    if (field.startsWith(QStringLiteral("income")))
        return m_ui->obligorIncomeEdit;
    if (field.startsWith(QStringLiteral("phone")))
        return m_ui->obligorPhoneEdit;
    if (field.startsWith(QStringLiteral("address")))
        return m_ui->obligorAddressEdit;
    return m_ui->obligorNameEdit;
}

bool MemberForm::showFieldError(const Error &error)
{
    QString field = qs(error.field);
    if (field.startsWith(QStringLiteral("members[")))
        field = field.mid(field.indexOf(u']') + 2);
    if (field.startsWith(QStringLiteral("person.")))
        field = field.mid(7);
    QString message = qs(error.message);
    // A text the form could not read is named by the service as negative or
    // missing; say what is wrong with the text instead.
    if (const auto unread = unreadableField(); unread && qs(unread->field) == field)
        message = qs(unread->message);

    QString key;
    QWidget *focus = nullptr;
    static const QRegularExpression rowField(
        QStringLiteral("^(incomes|obligors)\\[(\\d+)\\]\\.?(.*)$"));
    const bool noId = m_ui->idNumberEdit->text().trimmed().isEmpty();
    if (const auto m = rowField.match(field); m.hasMatch()) {
        key = m.captured(1);
        const int row = m.captured(2).toInt();
        message = rowError(row, message);
        if (key == QStringLiteral("incomes")) {
            if (row < m_ui->incomeTable->rowCount()) {
                m_ui->incomeTable->setCurrentCell(row, AmountColumn);
                focus = m_ui->incomeTable->cellWidget(row, AmountColumn);
            }
        } else if (row < static_cast<int>(m_obligors.size())) {
            m_ui->obligorTable->selectRow(row);
            focus = obligorFieldWidget(m.captured(3));
        }
    } else {
        struct Target
        {
            const char *prefix;
            const char *label;
            QWidget *widget;
        };
        const Target targets[] = {
            {"name", "name", m_ui->memberNameEdit},
            {"id_number", "id_number", m_ui->idNumberEdit},
            {"birth_date", noId ? "birth_date" : "id_number",
             noId ? static_cast<QWidget *>(m_ui->birthDateEdit) : m_ui->idNumberEdit},
            {"sex", noId ? "birth_date" : "id_number",
             noId ? static_cast<QWidget *>(m_ui->sexCombo) : m_ui->idNumberEdit},
            {"relation", "relation", m_ui->relationCombo},
            {"phone", "phone", m_ui->memberPhoneEdit},
            {"joined_on", "joined_on", m_ui->joinedDateEdit},
            {"not_counted_reason", "not_counted_reason", m_ui->notCountedCombo},
            {"disability", "disability", m_ui->disabilityGradeSpin},
            {"self_care", "self_care", m_ui->selfCareCheck0},
            {"child_status", "child_status", m_ui->childStatusCombo},
            {"institution", "institution", m_ui->institutionCombo},
        };
        for (const Target &t : targets)
            if (field.startsWith(QLatin1String(t.prefix))) {
                key = QLatin1String(t.label);
                focus = t.widget;
                break;
            }
    }
    const auto found = m_errorLabels.find(key);
    if (found == m_errorLabels.end())
        return false;
    QLabel *label = found->second;
    label->setText(message);
    label->show();
    for (int i = 0; i < m_ui->memberTabs->count(); ++i)
        if (m_ui->memberTabs->widget(i)->isAncestorOf(label))
            m_ui->memberTabs->setCurrentIndex(i);
    if (focus && focus->isEnabled())
        focus->setFocus();
    return true;
}

} // namespace relief::gui
