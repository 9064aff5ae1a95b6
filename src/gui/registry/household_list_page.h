#pragma once

// 家庭档案: the household list. One search box (name, full ID number or its last
// digits, household number, address — the service decides which), filters by
// community, programme and status, and a lazily fetched, service-sorted table.
// Double-click or Enter opens a household.

#include "services/session.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QTableView;
class QTimer;

namespace relief::gui {

class AppContext;
class HouseholdListModel;

class HouseholdListPage : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kSearchDelayMs = 300;

    HouseholdListPage(AppContext &context, services::Session session, QWidget *parent = nullptr);

    HouseholdListModel *model() const { return m_model; }
    // Runs the search now with the current text and filters.
    void search();
    // Refills the community filter (after the administrator changed the list),
    // keeping the community chosen when it is still there.
    void reloadCommunities();

    // Opened non-modally so that tests can reach them.
    void openNewHousehold();
    void openImport();
    void openExport();

Q_SIGNALS:
    void householdRequested(qint64 householdId);

private:
    void onActivated(const QModelIndex &index);
    void updateCount();

    AppContext &m_context;
    services::Session m_session;
    QLineEdit *m_searchEdit = nullptr;
    QComboBox *m_communityCombo = nullptr;
    QComboBox *m_programmeCombo = nullptr;
    QComboBox *m_statusCombo = nullptr;
    QTableView *m_table = nullptr;
    HouseholdListModel *m_model = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QTimer *m_searchTimer = nullptr;
};

} // namespace relief::gui
