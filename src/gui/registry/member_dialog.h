#pragma once

// Adds a member to a household, or edits one on file: the member form, and the
// service's message next to the field it names (on its tab). A known ID number
// offers the existing record; one active in another household is refused before
// anything is saved. Editing saves the person, the membership, incomes and
// obligors in one call (RegistryService::updateMember).

#include "services/session.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace relief::services {
struct MemberView;
}

namespace relief::gui {

class AppContext;
class MemberForm;

class MemberDialog : public QDialog
{
    Q_OBJECT
public:
    // Adds a member to the household.
    MemberDialog(AppContext &context, services::Session session, std::int64_t householdId,
                 QWidget *parent = nullptr);
    // Edits an active member of the household.
    MemberDialog(AppContext &context, services::Session session, std::int64_t householdId,
                 const services::MemberView &member, QWidget *parent = nullptr);

    MemberForm *form() const { return m_form; }
    bool isEditing() const { return m_membershipId != 0; }

private:
    void build();
    void attemptSave();

    AppContext &m_context;
    services::Session m_session;
    std::int64_t m_householdId = 0;
    std::int64_t m_membershipId = 0; // editing
    MemberForm *m_form = nullptr;
    QLabel *m_errorLabel = nullptr;
    QPushButton *m_saveButton = nullptr;
};

} // namespace relief::gui
