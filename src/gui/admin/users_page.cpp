#include "users_page.h"

#include "add_user_dialog.h"
#include "edit_roles_dialog.h"
#include "gui/widgets/display_text.h"
#include "gui/widgets/error_label.h"
#include "gui/widgets/message_boxes.h"
#include "reset_password_dialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace relief::gui {

namespace {
enum Column { UserColumn, NameColumn, RolesColumn, StatusColumn, CreatedColumn, ColumnCount };

QPushButton *button(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    return b;
}
} // namespace

UsersPage::UsersPage(services::AccountService &accounts, services::Session session, QWidget *parent)
    : QWidget(parent)
    , m_accounts(accounts)
    , m_session(std::move(session))
{
    setObjectName(QStringLiteral("usersPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(10);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    m_addButton = button(tr("Add account…"), QStringLiteral("addUserButton"), this);
    m_rolesButton = button(tr("Change roles…"), QStringLiteral("editRolesButton"), this);
    m_resetButton = button(tr("Reset password…"), QStringLiteral("resetPasswordButton"), this);
    m_activeButton = button(tr("Disable"), QStringLiteral("toggleActiveButton"), this);
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_rolesButton);
    buttons->addWidget(m_resetButton);
    buttons->addWidget(m_activeButton);
    buttons->addStretch();
    layout->addLayout(buttons);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("userTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("User name"), tr("Full name"), tr("Roles"), tr("Status"), tr("Created")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(RolesColumn, QHeaderView::Stretch);
    layout->addWidget(m_table);

    m_errorLabel = new ErrorLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);

    connect(m_addButton, &QPushButton::clicked, this, &UsersPage::openAddUser);
    connect(m_rolesButton, &QPushButton::clicked, this, &UsersPage::openEditRoles);
    connect(m_resetButton, &QPushButton::clicked, this, &UsersPage::openResetPassword);
    connect(m_activeButton, &QPushButton::clicked, this, &UsersPage::toggleActive);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UsersPage::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &UsersPage::openEditRoles);
    refresh();
}

void UsersPage::refresh()
{
    const QString selected = selectedUser() ? qs(selectedUser()->username) : QString();
    m_table->setRowCount(0);
    m_users.clear();
    auto users = m_accounts.listUsers(m_session);
    if (!users.ok()) {
        m_errorLabel->setText(qs(users.error().message));
        m_errorLabel->show();
        updateButtons();
        return;
    }
    m_errorLabel->hide();
    m_users = std::move(*users);
    m_table->setRowCount(static_cast<int>(m_users.size()));
    for (int row = 0; row < static_cast<int>(m_users.size()); ++row) {
        const services::UserInfo &u = m_users[static_cast<size_t>(row)];
        const QString status = !u.active ? tr("Disabled")
            : u.locked                   ? tr("Locked after wrong passwords")
                                         : tr("Active");
        const QString cells[ColumnCount] = {qs(u.username), qs(u.displayName), roleList(u.roles),
                                            status, localTimeFromIsoUtc(u.createdAt)};
        for (int col = 0; col < ColumnCount; ++col)
            m_table->setItem(row, col, new QTableWidgetItem(cells[col]));
        if (!u.active)
            for (int col = 0; col < ColumnCount; ++col)
                m_table->item(row, col)->setForeground(palette().brush(QPalette::PlaceholderText));
    }
    // Names in full (issue 18: 姓名 clipped); the roles column takes the rest.
    for (int column = 0; column < ColumnCount; ++column)
        if (column != RolesColumn) {
            m_table->resizeColumnToContents(column);
            m_table->setColumnWidth(column, m_table->columnWidth(column) + 16);
        }
    selectUser(selected);
    updateButtons();
}

const services::UserInfo *UsersPage::selectedUser() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    const auto row = static_cast<size_t>(rows.first().row());
    return row < m_users.size() ? &m_users[row] : nullptr;
}

void UsersPage::selectUser(const QString &username)
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, UserColumn)->text() == username)
            m_table->selectRow(row);
}

void UsersPage::updateButtons()
{
    const services::UserInfo *user = selectedUser();
    m_rolesButton->setEnabled(user != nullptr);
    m_resetButton->setEnabled(user != nullptr);
    m_activeButton->setEnabled(user != nullptr && user->id != m_session.userId);
    m_activeButton->setText(user && !user->active ? tr("Enable") : tr("Disable"));
}

void UsersPage::openAddUser()
{
    auto *dialog = new AddUserDialog(m_accounts, m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString created = dialog->createdUsername();
        refresh();
        selectUser(created);
    });
    dialog->open();
}

void UsersPage::openEditRoles()
{
    const services::UserInfo *user = selectedUser();
    if (!user)
        return;
    auto *dialog = new EditRolesDialog(m_accounts, m_session, *user, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &UsersPage::refresh);
    dialog->open();
}

void UsersPage::openResetPassword()
{
    const services::UserInfo *user = selectedUser();
    if (!user)
        return;
    auto *dialog = new ResetPasswordDialog(m_accounts, m_session, *user, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &UsersPage::refresh);
    dialog->open();
}

void UsersPage::toggleActive()
{
    const services::UserInfo *user = selectedUser();
    if (!user)
        return;
    const bool enable = !user->active;
    const std::string username = user->username;
    if (enable) {
        const auto status = m_accounts.setActive(m_session, username, true);
        if (!status.ok())
            showError(this, tr("Enable account"), status.error());
        refresh();
        return;
    }
    // Disabling locks a colleague out at once, so ask first (without blocking).
    auto *box = new QMessageBox(QMessageBox::Question, tr("Disable account"),
                                tr("Disable the account %1 (%2)? The person can no longer sign "
                                   "in; the account and its history are kept, and it can be "
                                   "enabled again.")
                                    .arg(qs(user->displayName), qs(user->username)),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmDisableBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, username](int result) {
        if (result != QMessageBox::Yes)
            return;
        const auto status = m_accounts.setActive(m_session, username, false);
        if (!status.ok())
            showError(this, tr("Disable account"), status.error());
        refresh();
    });
    box->open();
}

} // namespace relief::gui
