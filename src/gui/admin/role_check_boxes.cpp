#include "role_check_boxes.h"

#include "gui/widgets/display_text.h"

#include <QCheckBox>
#include <QGridLayout>

namespace relief::gui {

namespace {
QString checkName(Role role)
{
    switch (role) {
    case Role::Caseworker:
        return QStringLiteral("roleCaseworkerCheck");
    case Role::Supervisor:
        return QStringLiteral("roleSupervisorCheck");
    case Role::Statistician:
        return QStringLiteral("roleStatisticianCheck");
    case Role::Admin:
        return QStringLiteral("roleAdminCheck");
    }
    return {};
}
} // namespace

RoleCheckBoxes::RoleCheckBoxes(QWidget *parent)
    : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    int i = 0;
    for (Role role : allRoles()) {
        auto *box = new QCheckBox(roleName(role), this);
        box->setObjectName(checkName(role));
        grid->addWidget(box, i / 2, i % 2);
        m_boxes[role] = box;
        ++i;
    }
}

RoleSet RoleCheckBoxes::roles() const
{
    RoleSet out;
    for (const auto &[role, box] : m_boxes)
        if (box->isChecked())
            out.insert(role);
    return out;
}

void RoleCheckBoxes::setRoles(const RoleSet &roles)
{
    for (const auto &[role, box] : m_boxes)
        box->setChecked(roles.count(role) != 0);
}

QCheckBox *RoleCheckBoxes::checkBox(Role role) const
{
    auto it = m_boxes.find(role);
    return it == m_boxes.end() ? nullptr : it->second;
}

} // namespace relief::gui
