#pragma once

// The fields of one household member, shared by the member dialog and the
// new-household dialog (where the head is the first member). The ID number's
// birth date, sex and age show as soon as a valid number is typed; a number
// already on file offers that person's record instead of a duplicate, and one
// belonging to an active member of another household is refused here already.

#include "services/session.h"

#include <QWidget>

#include <map>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace relief {
struct Error;
}

namespace relief::services {
struct MemberInput;
struct PersonMatch;
} // namespace relief::services

namespace relief::gui {

class AppContext;

class MemberForm : public QWidget
{
    Q_OBJECT
public:
    // householdId: the household the member joins (0 for a new household).
    MemberForm(AppContext &context, services::Session session, std::int64_t householdId,
               QWidget *parent = nullptr);
    ~MemberForm() override;

    // The head of a new household: the relation is fixed.
    void setHeadOnly();
    services::MemberInput input() const;
    // Whether the typed ID number belongs to an active member elsewhere (or here).
    bool isRefused() const { return m_refused; }
    // Shows the service's message next to the field it names (without the
    // "members[0]." prefix); returns false when no field of the form matches.
    bool showFieldError(const Error &error);
    void clearErrors();

Q_SIGNALS:
    void refusedChanged(bool refused);

private:
    QLabel *addErrorLabel(const QString &field);
    void onIdNumberChanged();
    void useExistingRecord();
    void updateSelfCare();
    void updateCounted();
    void updateDisability();
    void addIncomeRow();
    void removeIncomeRow();

    AppContext &m_context;
    services::Session m_session;
    std::int64_t m_householdId = 0;
    std::unique_ptr<services::PersonMatch> m_match;
    bool m_refused = false;
    QLineEdit *m_nameEdit = nullptr;
    QLineEdit *m_idEdit = nullptr;
    QLabel *m_idInfoLabel = nullptr;
    QLabel *m_existingLabel = nullptr;
    QPushButton *m_useExistingButton = nullptr;
    QComboBox *m_relationCombo = nullptr;
    QLineEdit *m_phoneEdit = nullptr;
    QCheckBox *m_disabilityCheck = nullptr;
    QComboBox *m_disabilityKindCombo = nullptr;
    QSpinBox *m_disabilityGradeSpin = nullptr;
    QLineEdit *m_certificateEdit = nullptr;
    QCheckBox *m_illnessCheck = nullptr;
    QCheckBox *m_schoolCheck = nullptr;
    QCheckBox *m_selfCareChecks[6] = {};
    QLabel *m_selfCareLabel = nullptr;
    QComboBox *m_childStatusCombo = nullptr;
    QCheckBox *m_countedCheck = nullptr;
    QComboBox *m_notCountedCombo = nullptr;
    QTableWidget *m_incomeTable = nullptr;
    std::map<QString, QLabel *> m_errorLabels;
};

} // namespace relief::gui
