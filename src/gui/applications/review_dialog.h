#pragma once

// 街道审核 (ui/review_dialog.ui): what the rules give on the review date (the
// assessment panel, with the amount for what was applied for), the street
// office's recommendation and opinion, and — only when the recommendation goes
// against the rules — the written reason the service requires.

#include "services/session.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace relief::services {
struct ApplicationView;
}

namespace relief::gui {

class Ui_ReviewDialog;

class AppContext;
class FieldErrors;

class ReviewDialog : public QDialog
{
    Q_OBJECT
public:
    ReviewDialog(AppContext &context, services::Session session,
                 const services::ApplicationView &view, QWidget *parent = nullptr);
    ~ReviewDialog() override;

    // Whether the rules grant something on the review date (nothing when they
    // could not be applied).
    std::optional<bool> rulesGrant() const { return m_rulesGrant; }

private:
    void assess();
    void updateDisagreement();
    void attemptSave();

    std::unique_ptr<Ui_ReviewDialog> m_ui;
    std::unique_ptr<FieldErrors> m_errors;
    AppContext &m_context;
    services::Session m_session;
    std::int64_t m_applicationId = 0;
    bool m_temporary = false;
    std::optional<bool> m_rulesGrant;
};

} // namespace relief::gui
