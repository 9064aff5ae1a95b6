#pragma once

// A visit of the investigation (入户调查), or the supervisor's extra home visit
// while an application of a staff member's relative awaits approval
// (ui/visit_dialog.ui): date, kind, the staff who went (from the active caseworkers
// and supervisors), seen in person and signatures, and the findings. The dialog
// says whether the visit counts for the street review (RV-2) as it is filled in.

#include "services/session.h"

#include <QDialog>

#include <memory>

namespace relief::services {
struct ApplicationView;
}
namespace relief::storage {
enum class VisitStage;
}

namespace relief::gui {

class Ui_VisitDialog;

class AppContext;
class FieldErrors;

class VisitDialog : public QDialog
{
    Q_OBJECT
public:
    VisitDialog(AppContext &context, services::Session session,
                const services::ApplicationView &view, storage::VisitStage stage,
                QWidget *parent = nullptr);
    ~VisitDialog() override;

    // Ticks the staff member (tests; the signed-in user is ticked at first).
    bool setStaffChecked(std::int64_t userId, bool checked);

private:
    void updateCounts();
    void attemptSave();

    std::unique_ptr<Ui_VisitDialog> m_ui;
    std::unique_ptr<FieldErrors> m_errors;
    AppContext &m_context;
    services::Session m_session;
    std::int64_t m_applicationId = 0;
    int m_stage = 0;
};

} // namespace relief::gui
