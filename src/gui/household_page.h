#pragma once

// One household: its facts, members (with who moved out or died), incomes,
// assets, cases with their decisions, and the rules' assessment of what the
// household would get today. Caseworkers add members, edit the facts and record
// who left; other roles read (personal numbers masked unless their role may see).

#include "services/session.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTableWidget;

namespace relief::services {
struct HouseholdView;
}

namespace relief::gui {

class AppContext;
class AssessmentPanel;

class HouseholdPage : public QWidget
{
    Q_OBJECT
public:
    HouseholdPage(AppContext &context, services::Session session, QWidget *parent = nullptr);
    ~HouseholdPage() override;

    void showHousehold(std::int64_t householdId);
    std::int64_t householdId() const { return m_householdId; }
    void refresh();

    // Opened non-modally so that tests can reach them.
    void openAddMember();
    void openEditHousehold();
    void openLeave();

Q_SIGNALS:
    void backRequested();
    // A member or the household's facts changed (the list refreshes).
    void householdChanged(qint64 householdId);

private:
    void fillFacts();
    void fillMembers();
    void fillIncomes();
    void fillAssets();
    void fillCases();
    void fillDecisions();
    void fillAssessment();
    void updateButtons();

    AppContext &m_context;
    services::Session m_session;
    std::int64_t m_householdId = 0;
    std::unique_ptr<services::HouseholdView> m_view;
    bool m_canEdit = false;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_factsLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QTableWidget *m_memberTable = nullptr;
    QTableWidget *m_incomeTable = nullptr;
    QLabel *m_assetsLabel = nullptr;
    QTableWidget *m_caseTable = nullptr;
    QTableWidget *m_decisionTable = nullptr;
    AssessmentPanel *m_assessment = nullptr;
    QPushButton *m_addMemberButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_leaveButton = nullptr;
};

} // namespace relief::gui
