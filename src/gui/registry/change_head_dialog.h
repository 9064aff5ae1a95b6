#pragma once

// Makes another member the head of the household (ui/registry/change_head_dialog.ui): the
// former head's new relation is proposed by reverseRelation (domain/registry/relations.h)
// and may be changed; the service ends the old head's role and writes both relations.

#include "domain/rules/household.h"
#include "services/session.h"

#include <QDialog>

#include <cstdint>
#include <memory>

namespace relief::gui {

// The form generated from ui/registry/change_head_dialog.ui (uic's Ui_ class, as LeaveDialog).
class Ui_ChangeHeadDialog;

class AppContext;

class ChangeHeadDialog : public QDialog
{
    Q_OBJECT
public:
    // `membershipId` and `relation` are the new head's membership and its relation to the
    // current head; `formerHeadName` is empty when the household has no head now.
    ChangeHeadDialog(AppContext &context, services::Session session, std::int64_t membershipId,
                     Relation relation, const QString &newHeadName, const QString &householdNo,
                     const QString &formerHeadName, QWidget *parent = nullptr);
    ~ChangeHeadDialog() override;

    // The relation the former head is given (the combo's choice).
    Relation formerHeadRelation() const;

private:
    void attemptSave();

    std::unique_ptr<Ui_ChangeHeadDialog> m_ui;
    AppContext &m_context;
    services::Session m_session;
    std::int64_t m_membershipId = 0;
};

} // namespace relief::gui
