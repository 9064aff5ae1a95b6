#pragma once

// Registers a new household (its facts and the head as its first member) or
// edits an existing household's facts (ui/household_dialog.ui). The service
// validates; its message shows next to the field it names.

#include "services/session.h"

#include <QDialog>

#include <map>
#include <memory>

class QLabel;

namespace Ui {
class HouseholdDialog;
}

namespace relief {
struct Error;
}

namespace relief::services {
struct HouseholdInput;
struct HouseholdView;
} // namespace relief::services

namespace relief::gui {

class AppContext;
class MemberForm;

class HouseholdDialog : public QDialog
{
    Q_OBJECT
public:
    // A new household (objectName newHouseholdDialog).
    HouseholdDialog(AppContext &context, services::Session session, QWidget *parent = nullptr);
    // Editing `view`'s facts (objectName editHouseholdDialog).
    HouseholdDialog(AppContext &context, services::Session session,
                    const services::HouseholdView &view, QWidget *parent = nullptr);
    ~HouseholdDialog() override;

    // The household created or edited, once accepted.
    std::int64_t householdId() const { return m_householdId; }

private:
    void build(bool withHead, std::int64_t currentCommunity);
    services::HouseholdInput householdInput() const;
    void attemptSave();
    void clearErrors();
    void showError(const Error &error);

    std::unique_ptr<::Ui::HouseholdDialog> m_ui;
    AppContext &m_context;
    services::Session m_session;
    std::int64_t m_householdId = 0;
    MemberForm *m_head = nullptr;
    std::map<QString, QLabel *> m_errorLabels;
};

} // namespace relief::gui
