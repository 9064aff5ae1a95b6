#pragma once

// Administration › Audit log: who did what and when, filtered by user, date
// range and entity, with a check that the hash chain is unbroken.

#include "services/accounts/account_service.h"
#include "services/audit_service.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QTableView;

namespace relief::gui {

class AuditTableModel;
class ErrorLabel;

class AuditPage : public QWidget
{
    Q_OBJECT
public:
    AuditPage(services::AuditService &audit, services::AccountService &accounts,
              services::Session session, QWidget *parent = nullptr);

    void applyFilter();
    void verifyChain();
    AuditTableModel *model() const { return m_model; }

protected:
    // The log grows while the program runs: each visit shows the latest.
    void showEvent(QShowEvent *event) override;

private:
    void loadFilterChoices();
    void showError(const QString &message);
    void showRawRecord(int row);

    services::AuditService &m_audit;
    services::AccountService &m_accounts;
    services::Session m_session;
    AuditTableModel *m_model = nullptr;
    QComboBox *m_userCombo = nullptr;
    QComboBox *m_entityCombo = nullptr;
    QCheckBox *m_dateCheck = nullptr;
    QDateEdit *m_fromEdit = nullptr;
    QDateEdit *m_toEdit = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_countLabel = nullptr;
    ErrorLabel *m_verifyLabel = nullptr;
    ErrorLabel *m_errorLabel = nullptr;
};

} // namespace relief::gui
