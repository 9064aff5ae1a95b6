#pragma once

// One check box per staff role, for the add-account and edit-roles dialogs.
// objectNames: roleCaseworkerCheck, roleSupervisorCheck, roleStatisticianCheck,
// roleAdminCheck.

#include "domain/accounts/role.h"

#include <QWidget>

#include <map>

class QCheckBox;

namespace relief::gui {

class RoleCheckBoxes : public QWidget
{
    Q_OBJECT
public:
    explicit RoleCheckBoxes(QWidget *parent = nullptr);

    RoleSet roles() const;
    void setRoles(const RoleSet &roles);
    QCheckBox *checkBox(Role role) const;

private:
    std::map<Role, QCheckBox *> m_boxes;
};

} // namespace relief::gui
