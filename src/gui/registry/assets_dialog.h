#pragma once

// A household's assets (ui/assets_dialog.ui): financial assets, homes, business
// capital and the vehicles (value, exempt as a disabled member's mobility
// vehicle, description). Money is typed in yuan and read exactly into fen; the
// service's message shows next to the field it names.

#include "services/session.h"

#include "domain/result.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace relief::services {
struct AssetsInput;
struct HouseholdView;
} // namespace relief::services

namespace relief::gui {

// The form generated from ui/assets_dialog.ui (uic's Ui_ class: no Ui namespace is
// declared here, so that headers naming ::Ui forms keep compiling beside this one).
class Ui_AssetsDialog;

class AppContext;

class AssetsDialog : public QDialog
{
    Q_OBJECT
public:
    AssetsDialog(AppContext &context, services::Session session,
                 const services::HouseholdView &household, QWidget *parent = nullptr);
    ~AssetsDialog() override;

private:
    void addVehicle();
    void appendVehicle(const QString &value, bool exempt, const QString &description);
    void removeVehicle();
    // The first amount the dialog cannot read, named as the service would.
    std::optional<Error> unreadableField() const;
    services::AssetsInput input() const;
    void attemptSave();
    void showError(const Error &error);
    void clearErrors();

    std::unique_ptr<Ui_AssetsDialog> m_ui;
    AppContext &m_context;
    services::Session m_session;
    std::int64_t m_householdId = 0;
};

} // namespace relief::gui
