#include "leave_dialog.h"

#include "gui/app_context.h"
#include "gui/display_text.h"
#include "gui/registry_text.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace relief::gui {

LeaveDialog::LeaveDialog(AppContext &context, services::Session session, std::int64_t membershipId,
                         const QString &memberName, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_session(std::move(session))
    , m_membershipId(membershipId)
{
    setObjectName(QStringLiteral("leaveDialog"));
    setWindowTitle(tr("Record moved out or died"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("Member:"), new QLabel(memberName, this));
    m_reasonCombo = new QComboBox(this);
    m_reasonCombo->setObjectName(QStringLiteral("leaveReasonCombo"));
    for (LeaveReason r : {LeaveReason::MovedOut, LeaveReason::Died, LeaveReason::Other})
        m_reasonCombo->addItem(leaveReasonName(r), static_cast<int>(r));
    form->addRow(tr("&Reason:"), m_reasonCombo);
    m_dateEdit = new QDateEdit(toQDate(m_context.clock().today()), this);
    m_dateEdit->setObjectName(QStringLiteral("leaveDateEdit"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_dateEdit->setMinimumWidth(dateEditWidth(*m_dateEdit));
    form->addRow(tr("&Date:"), m_dateEdit);
    m_noteEdit = new QLineEdit(this);
    m_noteEdit->setObjectName(QStringLiteral("leaveNoteEdit"));
    form->addRow(tr("&Note:"), m_noteEdit);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_errorLabel->hide();
    form->addRow(m_errorLabel);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *save = buttons->addButton(tr("Record"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveButton"));
    form->addRow(buttons);
    connect(save, &QPushButton::clicked, this, &LeaveDialog::attemptSave);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void LeaveDialog::attemptSave()
{
    const auto status = m_context.registry().leaveHousehold(
        m_session, m_membershipId, static_cast<LeaveReason>(m_reasonCombo->currentData().toInt()),
        fromQDate(m_dateEdit->date()), ss(m_noteEdit->text().trimmed()));
    if (!status.ok()) {
        m_errorLabel->setText(qs(status.error().message));
        m_errorLabel->show();
        return;
    }
    accept();
}

} // namespace relief::gui
