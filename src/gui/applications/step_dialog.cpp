#include "step_dialog.h"

#include "ui_step_dialog.h"

#include "application_display.h"
#include "gui/shell/app_context.h"
#include "gui/widgets/display_text.h"
#include "gui/widgets/field_errors.h"

#include "services/applications/application_text.h"
#include "services/policy/policy_service.h"

#include <QLayout>
#include <QPushButton>

namespace relief::gui {

StepDialog::StepDialog(AppContext &context, services::Session session, StepKind kind,
                       const services::ApplicationView &view, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui_StepDialog>())
    , m_errors(std::make_unique<FieldErrors>())
    , m_context(context)
    , m_session(std::move(session))
    , m_kind(kind)
    , m_applicationId(view.record.id)
{
    m_ui->setupUi(this);
    m_errors->collect(this, m_ui->errorLabel);
    // The service names the text field by what it is; it is shown under the one box.
    m_errors->alias(QStringLiteral("reasons"), QStringLiteral("note"));
    m_errors->alias(QStringLiteral("reason"), QStringLiteral("note"));
    const QDate today = toQDate(m_context.clock().today());
    m_ui->stepDateEdit->setMaximumDate(today);
    m_ui->stepDateEdit->setMinimumDate(toQDate(view.record.receivedOn));
    m_ui->stepDateEdit->setDate(today);
    m_ui->stepDateEdit->setMinimumWidth(dateEditWidth(*m_ui->stepDateEdit));
    QPushButton *save = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    save->setObjectName(QStringLiteral("saveButton"));
    save->setDefault(true);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)
        ->setObjectName(QStringLiteral("cancelButton"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &StepDialog::attemptSave);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    configure(view);
}

StepDialog::~StepDialog() = default;

void StepDialog::configure(const services::ApplicationView &view)
{
    const auto &r = view.record;
    const QString number = qs(r.applicationNo);
    QPushButton *save = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    QString title;
    QString intro;
    QString noteCaption;
    QString saveText;
    QString name;
    bool hasDate = true;
    // Time limits are policy parameters: those of the set in force when accepted.
    const auto policy = m_context.policy().inForceOn(r.acceptedOn.value_or(r.receivedOn));
    const PolicyParameters::Deadlines limits =
        policy.ok() ? policy->deadlines : PolicyParameters::Deadlines {};
    switch (m_kind) {
    case StepKind::StartInvestigation:
        name = QStringLiteral("startInvestigationDialog");
        title = tr("Start the investigation");
        intro = r.acceptedOn ? tr("Application %1 was accepted on %2. The investigation (home "
                                  "visits, checks with other departments) starts on:")
                                   .arg(number, qs(r.acceptedOn->toString()))
                             : tr("Application %1: the investigation starts on:").arg(number);
        saveText = tr("&Start investigation");
        break;
    case StepKind::StartNotice:
        name = QStringLiteral("startNoticeDialog");
        title = tr("Start the public notice");
        intro = tr("Application %1 is put on the public notice (公示) of its community. The notice "
                   "runs %n day(s) from its first day; the application goes for approval from "
                   "the day after it ends.",
                   nullptr, limits.noticeCalendarDays)
                    .arg(number);
        m_ui->dateCaption->setText(tr("&First day:"));
        saveText = tr("&Start notice");
        break;
    case StepKind::Objection:
        name = QStringLiteral("objectionDialog");
        title = tr("Record an objection");
        intro = tr("An objection raised during the notice sends application %1 back to "
                   "investigation; the street review must then be done again.")
                    .arg(number);
        noteCaption = tr("&Objection:");
        m_ui->noteEdit->setPlaceholderText(tr("Who raised it, and what it says"));
        m_noteRequired = true;
        saveText = tr("&Record objection");
        break;
    case StepKind::SubmitForApproval:
        name = QStringLiteral("submitForApprovalDialog");
        title = tr("Send for approval");
        intro = r.noticeStartedOn
            ? tr("The notice of application %1 started on %2. The application goes to a "
                 "supervisor for approval on:")
                  .arg(number, qs(r.noticeStartedOn->toString()))
            : tr("Application %1 goes to a supervisor for approval on:").arg(number);
        saveText = tr("&Send for approval");
        break;
    case StepKind::Approve:
        name = QStringLiteral("approveDialog");
        title = tr("Approve the application");
        if (!r.reviewAmount || r.reviewAmount->fen() == 0)
            intro = tr("Approve application %1 (%2). The street review proposed no amount.")
                        .arg(number, services::ApplicationText::programme(r.programme));
        else if (isTemporary(r.programme))
            intro = tr("Approve application %1 (%2). The street review proposed %3 once.")
                        .arg(number, services::ApplicationText::programme(r.programme),
                             ApplicationDisplay::yuanText(*r.reviewAmount));
        else
            intro = tr("Approve application %1 (%2). The street review proposed %3 a month.")
                        .arg(number, services::ApplicationText::programme(r.programme),
                             ApplicationDisplay::yuanText(*r.reviewAmount));
        intro += u' ' +
            tr("The amount is computed again with the rules in force for the month after the "
               "approval date.");
        noteCaption = tr("&Note:");
        saveText = tr("&Approve");
        break;
    case StepKind::Refuse:
        name = QStringLiteral("refuseDialog");
        title = tr("Refuse the application");
        intro = tr("Refuse application %1. The reasons are printed on the refusal notice "
                   "(不予批准告知书) the applicant receives.")
                    .arg(number);
        noteCaption = tr("&Reasons:");
        m_noteRequired = true;
        saveText = tr("&Refuse");
        break;
    case StepKind::Withdraw:
        name = QStringLiteral("withdrawDialog");
        title = tr("Withdraw the application");
        intro = tr("Application %1 is withdrawn at the applicant's request.").arg(number);
        noteCaption = tr("&Reason:");
        m_noteRequired = true;
        saveText = tr("&Withdraw");
        break;
    case StepKind::RefusalNotice:
        name = QStringLiteral("refusalNoticeDialog");
        title = tr("Refusal notice handed over");
        intro =
            tr("The refusal notice of application %1 was handed to the applicant on:").arg(number);
        saveText = tr("&Record");
        break;
    case StepKind::Extension:
        name = QStringLiteral("extensionDialog");
        title = tr("Extend the time limit");
        intro = tr("A recorded extension gives application %1 %n working day(s) in all.", nullptr,
                   limits.wholeProcessExtended)
                    .arg(number);
        noteCaption = tr("&Reason:");
        m_noteRequired = true;
        hasDate = false;
        saveText = tr("&Extend");
        break;
    case StepKind::Prepay:
        name = QStringLiteral("prepayDialog");
        title = tr("Pay first (先行救助)");
        intro = tr("The amount the rules give application %1 is paid at once from the reserve "
                   "fund; the later approval does not pay it again.")
                    .arg(number);
        saveText = tr("&Pay");
        break;
    }
    setObjectName(name);
    setWindowTitle(title);
    m_ui->introLabel->setText(intro);
    save->setText(saveText);
    m_ui->dateCaption->setVisible(hasDate);
    m_ui->stepDateEdit->setVisible(hasDate);
    const bool hasNote = !noteCaption.isEmpty();
    m_ui->noteCaption->setVisible(hasNote);
    m_ui->noteEdit->setVisible(hasNote);
    if (hasNote)
        m_ui->noteCaption->setText(noteCaption);
    if (hasNote && m_noteRequired)
        m_ui->noteEdit->setFocus();
    else if (hasDate)
        m_ui->stepDateEdit->setFocus();
    adjustSize();
}

void StepDialog::attemptSave()
{
    m_errors->clear();
    auto &apps = m_context.applications();
    const Date on = fromQDate(m_ui->stepDateEdit->date());
    const std::string note = ss(m_ui->noteEdit->toPlainText().trimmed());
    const std::int64_t id = m_applicationId;
    Status status = okStatus();
    switch (m_kind) {
    case StepKind::StartInvestigation:
        status = apps.startInvestigation(m_session, id, on);
        break;
    case StepKind::StartNotice:
        status = apps.startNotice(m_session, id, on);
        break;
    case StepKind::Objection:
        status = apps.recordObjection(m_session, id, note, on);
        break;
    case StepKind::SubmitForApproval:
        status = apps.submitForApproval(m_session, id, on);
        break;
    case StepKind::Approve:
        status = apps.approve(m_session, id, note, on);
        break;
    case StepKind::Refuse:
        status = apps.refuse(m_session, id, note, on);
        break;
    case StepKind::Withdraw:
        status = apps.withdraw(m_session, id, note, on);
        break;
    case StepKind::RefusalNotice:
        status = apps.recordRefusalNotice(m_session, id, on);
        break;
    case StepKind::Extension:
        status = apps.recordExtension(m_session, id, note);
        break;
    case StepKind::Prepay: {
        auto paid = apps.prepay(m_session, id, on);
        if (paid.ok())
            m_paid = *paid;
        else
            status = paid.error();
        break;
    }
    }
    if (!status.ok()) {
        m_errors->show(status.error());
        // The dialog grows for the message: a wrapped error is never cut off.
        layout()->activate();
        const int needed = layout()->totalHeightForWidth(width());
        if (height() < needed)
            resize(width(), needed);
        return;
    }
    accept();
}

} // namespace relief::gui
