#pragma once

// A result of the cross-department check (信息核对) during the investigation
// (ui/cross_check_dialog.ui): department, consistent or a discrepancy (with what
// was found), date. "Record && next" keeps the dialog for the next department.

#include "services/session.h"

#include <QDialog>

#include <memory>

namespace relief::services {
struct ApplicationView;
}

namespace relief::gui {

class Ui_CrossCheckDialog;

class AppContext;
class FieldErrors;

class CrossCheckDialog : public QDialog
{
    Q_OBJECT
public:
    CrossCheckDialog(AppContext &context, services::Session session,
                     const services::ApplicationView &view, QWidget *parent = nullptr);
    ~CrossCheckDialog() override;

Q_SIGNALS:
    // A check was stored (the dialog may stay open for the next one).
    void recorded();

private:
    bool save();

    std::unique_ptr<Ui_CrossCheckDialog> m_ui;
    std::unique_ptr<FieldErrors> m_errors;
    AppContext &m_context;
    services::Session m_session;
    std::int64_t m_applicationId = 0;
};

} // namespace relief::gui
