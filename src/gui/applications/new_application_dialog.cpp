#include "new_application_dialog.h"

#include "ui_new_application_dialog.h"

#include "application_display.h"
#include "gui/registry/registry_text.h"
#include "gui/shell/app_context.h"
#include "gui/widgets/display_text.h"
#include "gui/widgets/field_errors.h"

#include <QDateTime>
#include <QLineEdit>
#include <QPushButton>

#include <algorithm>

namespace relief::gui {

NewApplicationDialog::NewApplicationDialog(AppContext &context, services::Session session,
                                           std::int64_t householdId, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui_NewApplicationDialog>())
    , m_errors(std::make_unique<FieldErrors>())
    , m_context(context)
    , m_session(std::move(session))
    , m_householdId(householdId)
{
    m_ui->setupUi(this);
    m_errors->collect(this, m_ui->errorLabel);

    auto household = m_context.registry().household(m_session, householdId);
    m_ui->applicantPersonCombo->addItem(tr("Choose a member…"), QVariant::fromValue<qint64>(0));
    if (household.ok()) {
        const auto &h = household->household;
        m_ui->householdLabel->setText(tr("%1 · %2 · %3 · %4")
                                          .arg(qs(h.householdNo), qs(h.headName),
                                               qs(household->communityName), qs(h.address)));
        for (const auto &m : household->members)
            m_ui->applicantPersonCombo->addItem(
                tr("%1 (%2, %3)")
                    .arg(qs(m.person.person.name), relationName(m.membership.relation))
                    .arg(m.person.age),
                QVariant::fromValue<qint64>(m.person.person.id));
    } else {
        m_errors->show(QStringLiteral("household"), qs(household.error().message));
    }
    ApplicationDisplay::fillApplicationProgrammes(m_ui->programmeCombo);
    ApplicationDisplay::fillApplicationChannels(m_ui->channelCombo);

    const QDate today = toQDate(m_context.clock().today());
    m_ui->receivedDateEdit->setMaximumDate(today);
    m_ui->receivedDateEdit->setDate(today);
    m_ui->receivedDateEdit->setMinimumWidth(dateEditWidth(*m_ui->receivedDateEdit));
    const QDateTime now = QDateTime::fromSecsSinceEpoch(m_context.clock().unixSeconds());
    m_ui->requestedAtEdit->setDateTime(now);
    m_ui->requestedAtEdit->setMaximumDateTime(now);
    m_ui->staffRelationEdit->setEnabled(false);
    connect(m_ui->staffRelatedCheck, &QCheckBox::toggled, m_ui->staffRelationEdit,
            &QWidget::setEnabled);
    connect(m_ui->programmeCombo, &QComboBox::currentIndexChanged, this,
            &NewApplicationDialog::programmeChanged);

    QPushButton *save = m_ui->buttonBox->button(QDialogButtonBox::Save);
    save->setObjectName(QStringLiteral("saveButton"));
    save->setText(tr("&Register application"));
    save->setDefault(true);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)
        ->setObjectName(QStringLiteral("cancelButton"));
    connect(save, &QPushButton::clicked, this, &NewApplicationDialog::attemptSave);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    programmeChanged();
    m_ui->programmeCombo->setFocus();
}

NewApplicationDialog::~NewApplicationDialog() = default;

void NewApplicationDialog::programmeChanged()
{
    const auto programme =
        static_cast<ApplicationProgramme>(m_ui->programmeCombo->currentData().toInt());
    const bool personal = ApplicationDisplay::isPersonalProgramme(programme);
    m_ui->applicantPersonCombo->setEnabled(personal);
    m_ui->personCaption->setEnabled(personal);
    if (!personal)
        m_ui->applicantPersonCombo->setCurrentIndex(0);
    m_ui->applicantPersonCombo->setItemText(
        0, personal ? tr("Choose a member…") : tr("The whole household"));
    const bool emergency = programme == ApplicationProgramme::TemporaryEmergency;
    m_ui->formLayout->setRowVisible(m_ui->requestedAtEdit, emergency);
    m_ui->temporaryBox->setVisible(isTemporary(programme));
    m_ui->tempExpenseEdit->setEnabled(programme == ApplicationProgramme::TemporaryExpenditure);
    m_ui->tempReimbursedEdit->setEnabled(programme == ApplicationProgramme::TemporaryExpenditure);
    if (emergency && m_ui->tempMonthsSpin->value() == 0)
        m_ui->tempMonthsSpin->setValue(1);

    // The programme's checklist, keeping what was ticked already.
    const auto ticked = ApplicationDisplay::checkedMaterials(m_ui->materialList);
    std::vector<std::pair<Material, bool>> checklist;
    for (Material m : requiredMaterials(programme))
        checklist.emplace_back(m, std::find(ticked.begin(), ticked.end(), m) != ticked.end());
    ApplicationDisplay::fillMaterials(m_ui->materialList, checklist);
    m_errors->clear();
}

void NewApplicationDialog::attemptSave()
{
    m_errors->clear();
    services::NewApplication in;
    in.householdId = m_householdId;
    in.programme = static_cast<ApplicationProgramme>(m_ui->programmeCombo->currentData().toInt());
    in.channel = static_cast<ApplicationChannel>(m_ui->channelCombo->currentData().toInt());
    if (const qint64 person = m_ui->applicantPersonCombo->currentData().toLongLong();
        person > 0 && ApplicationDisplay::isPersonalProgramme(in.programme))
        in.personId = person;
    in.receivedOn = fromQDate(m_ui->receivedDateEdit->date());
    if (in.programme == ApplicationProgramme::TemporaryEmergency)
        in.requestedAt =
            ss(m_ui->requestedAtEdit->dateTime().toString(QStringLiteral("yyyy-MM-ddTHH:mm")));
    in.reason = ss(m_ui->reasonEdit->toPlainText().trimmed());
    in.staffRelated = m_ui->staffRelatedCheck->isChecked();
    if (in.staffRelated)
        in.staffRelation = ss(m_ui->staffRelationEdit->text().trimmed());
    if (isTemporary(in.programme)) {
        in.tempMonths = m_ui->tempMonthsSpin->value();
        in.tempSpecial = m_ui->tempSpecialCheck->isChecked();
        struct MoneyField
        {
            QLineEdit *edit;
            const char *field;
            Money *target;
        };
        for (const MoneyField &f :
             {MoneyField {m_ui->tempExpenseEdit, "temp_expense", &in.tempExpense},
              MoneyField {m_ui->tempReimbursedEdit, "temp_reimbursed", &in.tempReimbursed},
              MoneyField {m_ui->tempOtherAidEdit, "temp_other_aid", &in.tempOtherAid}}) {
            const QString text = f.edit->text().trimmed();
            if (text.isEmpty() || !f.edit->isEnabled())
                continue;
            const auto amount = parseYuan(text);
            if (!amount) {
                m_errors->show(QString::fromLatin1(f.field), yuanFormatMessage());
                return;
            }
            *f.target = *amount;
        }
    }
    in.materialsProvided = ApplicationDisplay::checkedMaterials(m_ui->materialList);
    auto id = m_context.applications().submit(m_session, in);
    if (!id.ok()) {
        m_errors->show(id.error());
        return;
    }
    m_applicationId = *id;
    Q_EMIT applicationCreated(m_applicationId);
    accept();
}

} // namespace relief::gui
