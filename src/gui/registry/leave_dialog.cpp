#include "leave_dialog.h"

#include "ui_leave_dialog.h"

#include "gui/shell/app_context.h"
#include "gui/widgets/display_text.h"
#include "registry_text.h"

#include <QPushButton>

namespace relief::gui {

LeaveDialog::LeaveDialog(AppContext &context, services::Session session, std::int64_t membershipId,
                         const QString &memberName, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui_LeaveDialog>())
    , m_context(context)
    , m_session(std::move(session))
    , m_membershipId(membershipId)
{
    m_ui->setupUi(this);
    m_ui->memberLabel->setText(memberName);
    for (LeaveReason r : {LeaveReason::MovedOut, LeaveReason::Died, LeaveReason::Other})
        m_ui->leaveReasonCombo->addItem(leaveReasonName(r), static_cast<int>(r));
    const QDate today = toQDate(m_context.clock().today());
    m_ui->leaveDateEdit->setDate(today);
    m_ui->leaveDateEdit->setMaximumDate(today);
    m_ui->leaveDateEdit->setMinimumWidth(dateEditWidth(*m_ui->leaveDateEdit));
    m_ui->fieldError_left_on->hide();
    m_ui->errorLabel->hide();
    QPushButton *save = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    save->setText(tr("Record"));
    save->setObjectName(QStringLiteral("saveButton"));
    save->setDefault(true);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)
        ->setObjectName(QStringLiteral("cancelButton"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &LeaveDialog::attemptSave);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

LeaveDialog::~LeaveDialog() = default;

void LeaveDialog::attemptSave()
{
    m_ui->fieldError_left_on->hide();
    m_ui->errorLabel->hide();
    const auto status = m_context.registry().leaveHousehold(
        m_session, m_membershipId,
        static_cast<LeaveReason>(m_ui->leaveReasonCombo->currentData().toInt()),
        fromQDate(m_ui->leaveDateEdit->date()), ss(m_ui->leaveNoteEdit->text().trimmed()));
    if (!status.ok()) {
        QLabel *label =
            status.error().field == "left_on" ? m_ui->fieldError_left_on : m_ui->errorLabel;
        label->setText(qs(status.error().message));
        label->show();
        if (label == m_ui->fieldError_left_on)
            m_ui->leaveDateEdit->setFocus();
        return;
    }
    accept();
}

} // namespace relief::gui
