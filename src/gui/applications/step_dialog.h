#pragma once

// One step of an application that needs a date and perhaps a text (ui/step_dialog.ui):
// start the investigation, start the notice, an objection, send for approval,
// approve, refuse, withdraw, the refusal notice handed over, an extension, 先行救助.
// A refusal from the service shows at its field; the dialog stays open.

#include "domain/money.h"
#include "services/session.h"

#include <QDialog>

#include <memory>

namespace relief::services {
struct ApplicationView;
}

namespace relief::gui {

class Ui_StepDialog;

class AppContext;
class FieldErrors;

enum class StepKind {
    StartInvestigation,
    StartNotice,
    Objection,
    SubmitForApproval,
    Approve,
    Refuse,
    Withdraw,
    RefusalNotice,
    Extension,
    Prepay,
};

class StepDialog : public QDialog
{
    Q_OBJECT
public:
    StepDialog(AppContext &context, services::Session session, StepKind kind,
               const services::ApplicationView &view, QWidget *parent = nullptr);
    ~StepDialog() override;

    StepKind kind() const { return m_kind; }
    // 先行救助: the amount paid (after accepted).
    Money paid() const { return m_paid; }

private:
    void configure(const services::ApplicationView &view);
    void attemptSave();

    std::unique_ptr<Ui_StepDialog> m_ui;
    std::unique_ptr<FieldErrors> m_errors;
    AppContext &m_context;
    services::Session m_session;
    StepKind m_kind;
    std::int64_t m_applicationId = 0;
    bool m_noteRequired = false;
    Money m_paid;
};

} // namespace relief::gui
