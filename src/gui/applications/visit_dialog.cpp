#include "visit_dialog.h"

#include "ui_visit_dialog.h"

#include "application_display.h"
#include "gui/shell/app_context.h"
#include "gui/widgets/display_text.h"
#include "gui/widgets/error_label.h"
#include "gui/widgets/field_errors.h"

#include "services/applications/application_text.h"

#include <QPushButton>

namespace relief::gui {

VisitDialog::VisitDialog(AppContext &context, services::Session session,
                         const services::ApplicationView &view, storage::VisitStage stage,
                         QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui_VisitDialog>())
    , m_errors(std::make_unique<FieldErrors>())
    , m_context(context)
    , m_session(std::move(session))
    , m_applicationId(view.record.id)
    , m_stage(static_cast<int>(stage))
{
    m_ui->setupUi(this);
    m_errors->collect(this, m_ui->errorLabel);
    m_ui->applicationLabel->setText(
        tr("Application %1 · %2 · %3")
            .arg(qs(view.record.applicationNo), qs(view.headName), qs(view.address)));
    const bool approval = stage == storage::VisitStage::Approval;
    m_ui->stageLabel->setText(
        approval ? tr("Extra home visit before approval: the applicant is related to staff, so a "
                      "supervisor goes.")
                 : tr("A visit of the investigation (入户调查)."));
    if (approval)
        setWindowTitle(tr("Record the supervisor's home visit"));
    ApplicationDisplay::fillVisitKinds(m_ui->visitKindCombo);
    m_ui->visitKindCombo->setEnabled(!approval); // the extra visit is a home visit

    const QDate today = toQDate(m_context.clock().today());
    m_ui->visitDateEdit->setMaximumDate(today);
    m_ui->visitDateEdit->setMinimumDate(toQDate(view.record.receivedOn));
    m_ui->visitDateEdit->setDate(today);
    m_ui->visitDateEdit->setMinimumWidth(dateEditWidth(*m_ui->visitDateEdit));

    if (auto staff = m_context.applications().staff(m_session); staff.ok()) {
        for (const auto &s : *staff) {
            QString text = qs(s.displayName.empty() ? s.username : s.displayName);
            if (!s.displayName.empty())
                text = tr("%1 (%2)").arg(text, qs(s.username));
            if (s.roles.count(Role::Supervisor))
                text = tr("%1 – supervisor").arg(text);
            auto *item = new QListWidgetItem(text, m_ui->staffList);
            item->setData(Qt::UserRole, QVariant::fromValue<qint64>(s.userId));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(s.userId == m_session.userId ? Qt::Checked : Qt::Unchecked);
        }
    } else {
        m_errors->show(QStringLiteral("staff"), qs(staff.error().message));
    }

    QPushButton *save = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    save->setObjectName(QStringLiteral("saveButton"));
    save->setText(tr("&Record visit"));
    save->setDefault(true);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)
        ->setObjectName(QStringLiteral("cancelButton"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &VisitDialog::attemptSave);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->staffList, &QListWidget::itemChanged, this, &VisitDialog::updateCounts);
    for (QCheckBox *box : {m_ui->seenCheck, m_ui->familySignedCheck, m_ui->staffSignedCheck})
        connect(box, &QCheckBox::toggled, this, &VisitDialog::updateCounts);
    connect(m_ui->visitKindCombo, &QComboBox::currentIndexChanged, this,
            &VisitDialog::updateCounts);
    updateCounts();
    m_ui->visitDateEdit->setFocus();
}

VisitDialog::~VisitDialog() = default;

bool VisitDialog::setStaffChecked(std::int64_t userId, bool checked)
{
    for (int row = 0; row < m_ui->staffList->count(); ++row) {
        QListWidgetItem *item = m_ui->staffList->item(row);
        if (item->data(Qt::UserRole).toLongLong() == userId) {
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    }
    return false;
}

void VisitDialog::updateCounts()
{
    int staff = 0;
    for (int row = 0; row < m_ui->staffList->count(); ++row)
        staff += m_ui->staffList->item(row)->checkState() == Qt::Checked ? 1 : 0;
    const bool home = static_cast<storage::VisitKind>(
                          m_ui->visitKindCombo->currentData().toInt()) == storage::VisitKind::Home;
    QStringList lacking;
    if (!home)
        lacking << tr("it is not a home visit");
    if (staff < 2)
        lacking << tr("fewer than two staff");
    if (!m_ui->seenCheck->isChecked())
        lacking << tr("the applicant was not seen");
    if (!m_ui->familySignedCheck->isChecked() || !m_ui->staffSignedCheck->isChecked())
        lacking << tr("signatures are missing");
    if (static_cast<storage::VisitStage>(m_stage) == storage::VisitStage::Approval) {
        m_ui->countsLabel->clear();
        return;
    }
    if (lacking.isEmpty()) {
        m_ui->countsLabel->setText(tr("This visit counts for the street review (RV-2)."));
        ErrorLabel::applyTone(m_ui->countsLabel, ErrorLabel::Tone::Success);
    } else {
        m_ui->countsLabel->setText(tr("Recorded, but it does not count for the street review: "
                                      "%1 (RV-2).")
                                       .arg(lacking.join(tr(", "))));
        ErrorLabel::applyTone(m_ui->countsLabel, ErrorLabel::Tone::Warning);
    }
}

void VisitDialog::attemptSave()
{
    m_errors->clear();
    services::VisitInput in;
    in.stage = static_cast<storage::VisitStage>(m_stage);
    in.kind = static_cast<storage::VisitKind>(m_ui->visitKindCombo->currentData().toInt());
    in.visitedOn = fromQDate(m_ui->visitDateEdit->date());
    for (int row = 0; row < m_ui->staffList->count(); ++row)
        if (m_ui->staffList->item(row)->checkState() == Qt::Checked)
            in.staffIds.push_back(m_ui->staffList->item(row)->data(Qt::UserRole).toLongLong());
    in.beneficiarySeen = m_ui->seenCheck->isChecked();
    in.familySigned = m_ui->familySignedCheck->isChecked();
    in.staffSigned = m_ui->staffSignedCheck->isChecked();
    in.livingConditions = ss(m_ui->livingEdit->toPlainText().trimmed());
    in.health = ss(m_ui->healthEdit->text().trimmed());
    in.employability = ss(m_ui->employabilityEdit->text().trimmed());
    in.notes = ss(m_ui->visitNotesEdit->toPlainText().trimmed());
    auto stored = m_context.applications().recordVisit(m_session, m_applicationId, in);
    if (!stored.ok()) {
        m_errors->show(stored.error());
        return;
    }
    accept();
}

} // namespace relief::gui
