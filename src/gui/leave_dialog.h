#pragma once

// Records that a member moved out or died, with the date. The membership ends;
// the history stays on the household page.

#include "services/session.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace relief::gui {

class AppContext;

class LeaveDialog : public QDialog
{
    Q_OBJECT
public:
    LeaveDialog(AppContext &context, services::Session session, std::int64_t membershipId,
                const QString &memberName, QWidget *parent = nullptr);

private:
    void attemptSave();

    AppContext &m_context;
    services::Session m_session;
    std::int64_t m_membershipId = 0;
    QComboBox *m_reasonCombo = nullptr;
    QDateEdit *m_dateEdit = nullptr;
    QLineEdit *m_noteEdit = nullptr;
    QLabel *m_errorLabel = nullptr;
};

} // namespace relief::gui
