#pragma once

// 受理 (ui/materials_dialog.ui): the programme's checklist, ticked as the applicant
// brings the papers. Complete → accepted (the time limits start); anything
// missing → returned, and the page offers the 一次性告知书 listing what is missing.

#include "services/session.h"

#include <QDialog>

#include <memory>
#include <vector>

namespace relief {
enum class ApplicationState;
enum class Material;
} // namespace relief
namespace relief::services {
struct ApplicationView;
}

namespace relief::gui {

class Ui_MaterialsDialog;

class AppContext;
class FieldErrors;

class MaterialsDialog : public QDialog
{
    Q_OBJECT
public:
    MaterialsDialog(AppContext &context, services::Session session,
                    const services::ApplicationView &view, QWidget *parent = nullptr);
    ~MaterialsDialog() override;

    // After accepted: whether the application was returned, and what is missing.
    bool returned() const { return !m_missing.empty(); }
    const std::vector<Material> &missing() const { return m_missing; }

private:
    void updateSummary();
    void attemptSave();

    std::unique_ptr<Ui_MaterialsDialog> m_ui;
    std::unique_ptr<FieldErrors> m_errors;
    AppContext &m_context;
    services::Session m_session;
    std::int64_t m_applicationId = 0;
    int m_programme = 0;
    std::vector<Material> m_missing;
};

} // namespace relief::gui
