#include "edit_roles_dialog.h"

#include "gui/widgets/display_text.h"
#include "gui/widgets/error_label.h"
#include "role_check_boxes.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace relief::gui {

EditRolesDialog::EditRolesDialog(services::AccountService &accounts, services::Session session,
                                 const services::UserInfo &user, QWidget *parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_session(std::move(session))
    , m_username(user.username)
{
    setObjectName(QStringLiteral("editRolesDialog"));
    setWindowTitle(tr("Change roles"));
    setMinimumWidth(380);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(12);
    auto *intro =
        new QLabel(tr("Roles of %1 (%2):").arg(qs(user.displayName), qs(user.username)), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_roles = new RoleCheckBoxes(this);
    m_roles->setRoles(user.roles);
    layout->addWidget(m_roles);

    m_errorLabel = new ErrorLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveRolesButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &EditRolesDialog::attemptSave);
    connect(buttons, &QDialogButtonBox::rejected, this, &EditRolesDialog::reject);
}

void EditRolesDialog::attemptSave()
{
    const auto status = m_accounts.setRoles(m_session, m_username, m_roles->roles());
    if (!status.ok()) {
        m_errorLabel->setText(qs(status.error().message));
        m_errorLabel->show();
        return;
    }
    accept();
}

} // namespace relief::gui
