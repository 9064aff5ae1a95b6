#pragma once

// Registers a new household (its facts and the head as its first member) or
// edits an existing household's facts. The service validates; its message shows
// next to the field it names.

#include "services/session.h"

#include <QDialog>

#include <map>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

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
    void build(bool withHead);
    QLabel *addErrorLabel(const QString &field);
    services::HouseholdInput householdInput() const;
    void attemptSave();
    void showError(const Error &error);

    AppContext &m_context;
    services::Session m_session;
    std::int64_t m_householdId = 0;
    QComboBox *m_communityCombo = nullptr;
    QLineEdit *m_addressEdit = nullptr;
    QComboBox *m_areaCombo = nullptr;
    QLineEdit *m_phoneEdit = nullptr;
    QLineEdit *m_bankNameEdit = nullptr;
    QLineEdit *m_bankAccountEdit = nullptr;
    QLineEdit *m_holderEdit = nullptr;
    MemberForm *m_head = nullptr;
    QLabel *m_errorLabel = nullptr;
    QPushButton *m_saveButton = nullptr;
    std::map<QString, QLabel *> m_errorLabels;
};

} // namespace relief::gui
