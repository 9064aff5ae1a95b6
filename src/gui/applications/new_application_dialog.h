#pragma once

// Intake of an application for a household (ui/new_application_dialog.ui): the
// programme, the member it is for (特困, child allowance, disability subsidies),
// channel, date received, reason, a staff member's close relative (近亲属),
// the temporary-assistance figures, and the materials brought. Opened from the
// household page, prefilled with the household.

#include "services/session.h"

#include <QDialog>

#include <memory>

namespace relief::gui {

class Ui_NewApplicationDialog;

class AppContext;
class FieldErrors;

class NewApplicationDialog : public QDialog
{
    Q_OBJECT
public:
    NewApplicationDialog(AppContext &context, services::Session session, std::int64_t householdId,
                         QWidget *parent = nullptr);
    ~NewApplicationDialog() override;

    // After accepted: the application registered.
    std::int64_t applicationId() const { return m_applicationId; }

Q_SIGNALS:
    void applicationCreated(qint64 applicationId);

private:
    void programmeChanged();
    void attemptSave();

    std::unique_ptr<Ui_NewApplicationDialog> m_ui;
    std::unique_ptr<FieldErrors> m_errors;
    AppContext &m_context;
    services::Session m_session;
    std::int64_t m_householdId = 0;
    std::int64_t m_applicationId = 0;
};

} // namespace relief::gui
