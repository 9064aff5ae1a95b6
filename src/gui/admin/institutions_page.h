#pragma once

// 机构: the care homes and welfare institutions (ui/institutions_page.ui), with
// the bank account that receives what is paid for the people in their care.
// The list on the left, the selected institution's form on the right; New
// empties the form. Writes go through RegistryService::addInstitution and
// updateInstitution, which check the account (Luhn) and name the field at fault.
//
// Bank accounts are shown as the service returns them: masked for a role
// without Action::ViewPersonalNumbers (an administrator without a case role).
// Such a user, editing an institution that has an account, types the full
// number again: the form cannot send back a number it was never given.

#include "services/session.h"
#include "storage/registry/registry_records.h"

#include <QWidget>

#include <memory>
#include <vector>

class QLabel;

namespace Ui {
class InstitutionsPage;
}

namespace relief {
struct Error;
}

namespace relief::services {
class RegistryService;
}

namespace relief::gui {

class FieldErrors;

class InstitutionsPage : public QWidget
{
    Q_OBJECT
public:
    InstitutionsPage(services::RegistryService &registry, services::Session session,
                     QWidget *parent = nullptr);
    ~InstitutionsPage() override;

    void refresh();
    // Empties the form for a new institution.
    void startNew();

Q_SIGNALS:
    void institutionsChanged();

private:
    const storage::InstitutionRecord *selected() const;
    void selectInstitution(std::int64_t id);
    void loadSelected();
    void save();
    void clearErrors();
    void showError(const Error &error);
    void showMessage(const QString &message, bool problem);

    std::unique_ptr<::Ui::InstitutionsPage> m_ui;
    std::unique_ptr<FieldErrors> m_errors;
    services::RegistryService &m_registry;
    services::Session m_session;
    std::vector<storage::InstitutionRecord> m_institutions;
    std::int64_t m_editing = 0; // 0: a new institution
    bool m_accountMasked = false; // the edited institution's account came masked
};

} // namespace relief::gui
