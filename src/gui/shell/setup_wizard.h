#pragma once

// First run on an empty database: the office's name and area code, and the
// first administrator's account. The service checks everything; its message is
// shown next to the field it names.

#include "services/accounts/account_service.h"

#include <QWizard>

#include <map>
#include <optional>
#include <string>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace relief::gui {

class SetupWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { IntroPage, OfficePage, AdminPage };

    explicit SetupWizard(services::AccountService &accounts, QWidget *parent = nullptr);

    // The administrator created on Finish.
    const std::optional<services::Session> &session() const { return m_session; }
    QString adminUsername() const;

    bool validateCurrentPage() override;

private:
    struct Field
    {
        QLineEdit *edit = nullptr;
        QLabel *error = nullptr;
        int page = 0;
    };

    QWizardPage *makeIntroPage();
    QWizardPage *makeOfficePage();
    QWizardPage *makeAdminPage();
    QLineEdit *addField(QWizardPage *page, int pageId, QFormLayout *form, const std::string &key,
                        const QString &label, const QString &objectName);
    void clearErrors();
    // Shows the message beside its field (or under the page) and returns to that field's page.
    void showError(const Error &error);

    services::AccountService &m_accounts;
    std::map<std::string, Field> m_fields;
    QLabel *m_pageError = nullptr;
    std::optional<services::Session> m_session;
};

} // namespace relief::gui
