#pragma once

// Adds a member to a household: the member form, and the service's message
// next to the field it names. A known ID number offers the existing record; one
// active in another household is refused before anything is saved.

#include "services/session.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace relief::gui {

class AppContext;
class MemberForm;

class MemberDialog : public QDialog
{
    Q_OBJECT
public:
    MemberDialog(AppContext &context, services::Session session, std::int64_t householdId,
                 QWidget *parent = nullptr);

    MemberForm *form() const { return m_form; }

private:
    void attemptAdd();

    AppContext &m_context;
    services::Session m_session;
    std::int64_t m_householdId = 0;
    MemberForm *m_form = nullptr;
    QLabel *m_errorLabel = nullptr;
    QPushButton *m_saveButton = nullptr;
};

} // namespace relief::gui
