#include "member_dialog.h"

#include "gui/shell/app_context.h"
#include "gui/widgets/display_text.h"
#include "gui/widgets/error_label.h"
#include "member_form.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace relief::gui {

MemberDialog::MemberDialog(AppContext &context, services::Session session, std::int64_t householdId,
                           QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_session(std::move(session))
    , m_householdId(householdId)
{
    setObjectName(QStringLiteral("memberDialog"));
    setWindowTitle(tr("Add member"));
    build();
    m_saveButton->setText(tr("Add member"));
}

MemberDialog::MemberDialog(AppContext &context, services::Session session, std::int64_t householdId,
                           const services::MemberView &member, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_session(std::move(session))
    , m_householdId(householdId)
    , m_membershipId(member.membership.id)
{
    setObjectName(QStringLiteral("editMemberDialog"));
    setWindowTitle(tr("Edit member %1").arg(qs(member.person.person.name)));
    build();
    m_saveButton->setText(tr("Save"));
    m_form->setMember(member);
}

void MemberDialog::build()
{
    auto *layout = new QVBoxLayout(this);
    m_form = new MemberForm(m_context, m_session, m_householdId, this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_form);
    layout->addWidget(scroll, 1);

    m_errorLabel = new ErrorLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_saveButton = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    layout->addWidget(buttons);
    connect(m_saveButton, &QPushButton::clicked, this, &MemberDialog::attemptSave);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_form, &MemberForm::refusedChanged, m_saveButton,
            [this](bool refused) { m_saveButton->setEnabled(!refused); });
    resize(760, 640);
}

void MemberDialog::attemptSave()
{
    m_form->clearErrors();
    m_errorLabel->hide();
    std::optional<Error> error = m_form->unreadableField();
    if (!error) {
        const services::MemberInput input = m_form->input();
        Status status = okStatus();
        if (isEditing()) {
            status = m_context.registry().updateMember(m_session, m_membershipId, input);
        } else if (auto added = m_context.registry().addMember(m_session, m_householdId, input);
                   !added.ok()) {
            status = added.error();
        }
        if (!status.ok())
            error = status.error();
    }
    if (error) {
        if (!m_form->showFieldError(*error)) {
            m_errorLabel->setText(qs(error->message));
            m_errorLabel->show();
        }
        return;
    }
    accept();
}

} // namespace relief::gui
