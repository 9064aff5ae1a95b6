#pragma once

// Records that a member moved out or died, with the date (ui/leave_dialog.ui). The
// membership ends; the history stays on the household page.

#include "services/session.h"

#include <QDialog>

#include <memory>

namespace relief::gui {

// The form generated from ui/leave_dialog.ui (uic's Ui_ class: no Ui namespace is
// declared here, so that headers naming ::Ui forms keep compiling beside this one).
class Ui_LeaveDialog;

class AppContext;

class LeaveDialog : public QDialog
{
    Q_OBJECT
public:
    LeaveDialog(AppContext &context, services::Session session, std::int64_t membershipId,
                const QString &memberName, QWidget *parent = nullptr);
    ~LeaveDialog() override;

private:
    void attemptSave();

    std::unique_ptr<Ui_LeaveDialog> m_ui;
    AppContext &m_context;
    services::Session m_session;
    std::int64_t m_membershipId = 0;
};

} // namespace relief::gui
