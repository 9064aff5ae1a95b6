#include "review_dialog.h"

#include "ui_review_dialog.h"

#include "application_display.h"
#include "gui/shell/app_context.h"
#include "gui/widgets/display_text.h"
#include "gui/widgets/error_label.h"
#include "gui/widgets/field_errors.h"

#include "services/applications/application_text.h"

#include <QButtonGroup>
#include <QPushButton>

#include <algorithm>

namespace relief::gui {

ReviewDialog::ReviewDialog(AppContext &context, services::Session session,
                           const services::ApplicationView &view, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui_ReviewDialog>())
    , m_errors(std::make_unique<FieldErrors>())
    , m_context(context)
    , m_session(std::move(session))
    , m_applicationId(view.record.id)
    , m_temporary(isTemporary(view.record.programme))
{
    m_ui->setupUi(this);
    m_errors->collect(this, m_ui->errorLabel);
    m_ui->applicationLabel->setText(
        tr("Application %1 · %2 · %3")
            .arg(qs(view.record.applicationNo),
                 services::ApplicationText::programme(view.record.programme),
                 qs(view.personName.empty() ? view.headName : view.personName)));
    const auto counting = std::count_if(view.visits.begin(), view.visits.end(),
                                        [](const auto &v) { return v.countsForReview; });
    if (counting > 0) {
        m_ui->visitsLabel->setText(
            tr("%n home visit(s) count for the review (RV-2).", nullptr, int(counting)));
    } else {
        m_ui->visitsLabel->setText(
            tr("No visit recorded so far counts for the review: it needs a home visit by two "
               "staff who saw the applicant in person, signed by the family and the staff "
               "(RV-2)."));
        ErrorLabel::applyTone(m_ui->visitsLabel, ErrorLabel::Tone::Warning);
    }
    // §7: the departments' checks "where available" come before the review.
    if (view.checks.empty()) {
        m_ui->checksLabel->setText(
            tr("No department check (部门信息核对) is recorded: check with the departments "
               "where that is available before the review (§7)."));
        ErrorLabel::applyTone(m_ui->checksLabel, ErrorLabel::Tone::Warning);
    } else {
        m_ui->checksLabel->setText(
            tr("%n department check(s) recorded.", nullptr, static_cast<int>(view.checks.size())));
    }
    auto *group = new QButtonGroup(this);
    group->addButton(m_ui->recommendApproveRadio);
    group->addButton(m_ui->recommendRefuseRadio);

    const QDate today = toQDate(m_context.clock().today());
    m_ui->reviewDateEdit->setMaximumDate(today);
    m_ui->reviewDateEdit->setMinimumDate(toQDate(view.record.receivedOn));
    m_ui->reviewDateEdit->setDate(today);
    m_ui->reviewDateEdit->setMinimumWidth(dateEditWidth(*m_ui->reviewDateEdit));

    QPushButton *save = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    save->setObjectName(QStringLiteral("saveButton"));
    save->setText(tr("&Record review"));
    save->setDefault(true);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)
        ->setObjectName(QStringLiteral("cancelButton"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ReviewDialog::attemptSave);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->reviewDateEdit, &QDateEdit::dateChanged, this, &ReviewDialog::assess);
    connect(m_ui->recommendApproveRadio, &QRadioButton::toggled, this,
            &ReviewDialog::updateDisagreement);
    assess();
    // Recommend what the rules give, to begin with.
    if (m_rulesGrant && !*m_rulesGrant)
        m_ui->recommendRefuseRadio->setChecked(true);
    updateDisagreement();
    m_ui->opinionEdit->setFocus();
}

ReviewDialog::~ReviewDialog() = default;

void ReviewDialog::assess()
{
    m_rulesGrant.reset();
    auto assessed = m_context.applications().assess(m_session, m_applicationId,
                                                    fromQDate(m_ui->reviewDateEdit->date()));
    if (!assessed.ok()) {
        m_ui->rulesLabel->setText(qs(assessed.error().message));
        m_ui->reviewAssessmentPanel->showMessage(qs(assessed.error().message));
        updateDisagreement();
        return;
    }
    m_rulesGrant = assessed->amount.fen() > 0;
    if (*m_rulesGrant && m_temporary)
        m_ui->rulesLabel->setText(
            tr("%1 once").arg(ApplicationDisplay::yuanText(assessed->amount)));
    else if (*m_rulesGrant)
        m_ui->rulesLabel->setText(tr("%1 a month from %2")
                                      .arg(ApplicationDisplay::yuanText(assessed->amount),
                                           qs(assessed->firstMonth.toString())));
    else
        m_ui->rulesLabel->setText(tr("Nothing for this application as recorded"));
    QFont font = m_ui->rulesLabel->font();
    font.setBold(true);
    m_ui->rulesLabel->setFont(font);
    QStringList names;
    for (const std::string &name : assessed->names)
        names << qs(name);
    m_ui->reviewAssessmentPanel->setAssessment(assessed->assessment, names);
    updateDisagreement();
}

void ReviewDialog::updateDisagreement()
{
    const bool recommendsApproval = m_ui->recommendApproveRadio->isChecked();
    const bool against = m_rulesGrant && *m_rulesGrant != recommendsApproval;
    m_ui->formLayout->setRowVisible(m_ui->disagreementEdit, against);
    if (!against)
        m_ui->formLayout->setRowVisible(m_ui->fieldError_disagreement, false);
    if (against)
        m_ui->disagreementEdit->setPlaceholderText(
            *m_rulesGrant ? tr("The rules grant an amount: say why the office recommends refusal")
                          : tr("The rules give nothing: say why the office recommends approval"));
}

void ReviewDialog::attemptSave()
{
    m_errors->clear();
    services::ReviewInput in;
    in.reviewedOn = fromQDate(m_ui->reviewDateEdit->date());
    in.recommends = m_ui->recommendApproveRadio->isChecked()
        ? storage::ReviewRecommendation::Approve
        : storage::ReviewRecommendation::Refuse;
    in.opinion = ss(m_ui->opinionEdit->toPlainText().trimmed());
    if (!m_ui->disagreementEdit->isHidden())
        in.disagreement = ss(m_ui->disagreementEdit->toPlainText().trimmed());
    auto status = m_context.applications().streetReview(m_session, m_applicationId, in);
    if (!status.ok()) {
        // The service judged against the rules differently (the household changed
        // meanwhile): show the reason field it asks for.
        if (status.error().field == "disagreement")
            m_ui->formLayout->setRowVisible(m_ui->disagreementEdit, true);
        m_errors->show(status.error());
        // The service's own words replace the hint about visits.
        m_ui->visitsLabel->setVisible(status.error().field != "visits");
        return;
    }
    accept();
}

} // namespace relief::gui
