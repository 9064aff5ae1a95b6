#pragma once

// One household: its facts, members (with who moved out or died), incomes,
// obligors, assets, cases with their decisions (PR-1) and what each month's roll
// paid them, its applications (double-click
// opens one), and the rules' assessment of what
// the household would get today. Caseworkers add and edit members (double-click a
// member), make a member the head, edit the facts and the assets and record who
// left; other roles read (personal numbers masked unless their role may see).

#include "services/session.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTableWidget;

namespace relief::services {
struct HouseholdView;
struct MemberView;
} // namespace relief::services

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
    void openEditMember(); // the selected active member
    void openChangeHead(); // the selected active member becomes the head
    void openEditHousehold();
    void openEditAssets();
    void openLeave();
    // A new application for the household (caseworkers); opens it once registered.
    void openNewApplication();

Q_SIGNALS:
    void backRequested();
    // A member or the household's facts changed (the list refreshes).
    void householdChanged(qint64 householdId);
    // Open this application (one just registered here).
    void applicationRequested(qint64 applicationId);

private:
    void fillFacts();
    void fillMembers();
    void fillIncomes();
    void fillObligors();
    void fillAssets();
    void fillCases();
    void fillDecisions();
    void fillPayments(std::int64_t caseId);
    void fillApplications();
    void openSelectedApplication();
    void fillAssessment();
    void updateButtons();
    // The active member of the selected row, or nothing.
    const services::MemberView *selectedMember() const;
    void changed();

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
    QTableWidget *m_obligorTable = nullptr;
    QLabel *m_assetsLabel = nullptr;
    QTableWidget *m_caseTable = nullptr;
    QTableWidget *m_decisionTable = nullptr;
    QTableWidget *m_paymentTable = nullptr; // what each roll paid the selected case
    QTableWidget *m_applicationTable = nullptr;
    AssessmentPanel *m_assessment = nullptr;
    QPushButton *m_addMemberButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_leaveButton = nullptr;
    QPushButton *m_editMemberButton = nullptr;
    QPushButton *m_changeHeadButton = nullptr;
    QPushButton *m_editAssetsButton = nullptr;
};

} // namespace relief::gui
