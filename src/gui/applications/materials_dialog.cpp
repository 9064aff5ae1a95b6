#include "materials_dialog.h"

#include "ui_materials_dialog.h"

#include "application_display.h"
#include "gui/shell/app_context.h"
#include "gui/widgets/display_text.h"
#include "gui/widgets/error_label.h"
#include "gui/widgets/field_errors.h"

#include "services/applications/application_text.h"

#include <QPushButton>

namespace relief::gui {

MaterialsDialog::MaterialsDialog(AppContext &context, services::Session session,
                                 const services::ApplicationView &view, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui_MaterialsDialog>())
    , m_errors(std::make_unique<FieldErrors>())
    , m_context(context)
    , m_session(std::move(session))
    , m_applicationId(view.record.id)
    , m_programme(static_cast<int>(view.record.programme))
{
    m_ui->setupUi(this);
    m_errors->collect(this, m_ui->errorLabel);
    m_ui->applicationLabel->setText(
        tr("Application %1 · %2 · %3")
            .arg(qs(view.record.applicationNo),
                 services::ApplicationText::programme(view.record.programme),
                 qs(view.personName.empty() ? view.headName : view.personName)));
    ApplicationDisplay::fillMaterials(m_ui->materialList, view.materials);
    const QDate today = toQDate(m_context.clock().today());
    m_ui->checkDateEdit->setMaximumDate(today);
    m_ui->checkDateEdit->setMinimumDate(toQDate(view.record.receivedOn));
    m_ui->checkDateEdit->setDate(today);
    m_ui->checkDateEdit->setMinimumWidth(dateEditWidth(*m_ui->checkDateEdit));
    QPushButton *save = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    save->setObjectName(QStringLiteral("saveButton"));
    save->setDefault(true);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)
        ->setObjectName(QStringLiteral("cancelButton"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &MaterialsDialog::attemptSave);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->materialList, &QListWidget::itemChanged, this, &MaterialsDialog::updateSummary);
    updateSummary();
    m_ui->materialList->setFocus();
    if (m_ui->materialList->count() > 0)
        m_ui->materialList->setCurrentRow(0);
}

MaterialsDialog::~MaterialsDialog() = default;

void MaterialsDialog::updateSummary()
{
    const auto missing = missingMaterials(static_cast<ApplicationProgramme>(m_programme),
                                          ApplicationDisplay::checkedMaterials(m_ui->materialList));
    QPushButton *save = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    if (missing.empty()) {
        m_ui->summaryLabel->setText(
            tr("All the materials are there: the application is accepted and its time limits "
               "start."));
        ErrorLabel::applyTone(m_ui->summaryLabel, ErrorLabel::Tone::Plain);
        save->setText(tr("&Accept"));
    } else {
        m_ui->summaryLabel->setText(
            tr("%n material(s) missing: the application is returned, and the one-time notice "
               "(一次性告知书) lists what to bring.",
               nullptr, static_cast<int>(missing.size())));
        ErrorLabel::applyTone(m_ui->summaryLabel, ErrorLabel::Tone::Warning);
        save->setText(tr("&Return for materials"));
    }
}

void MaterialsDialog::attemptSave()
{
    m_errors->clear();
    auto outcome = m_context.applications().checkMaterials(
        m_session, m_applicationId, ApplicationDisplay::checkedMaterials(m_ui->materialList),
        fromQDate(m_ui->checkDateEdit->date()));
    if (!outcome.ok()) {
        m_errors->show(outcome.error());
        return;
    }
    m_missing = outcome->missing;
    accept();
}

} // namespace relief::gui
