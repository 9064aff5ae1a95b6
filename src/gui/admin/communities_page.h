#pragma once

// 社区: the administrator's list of communities (ui/communities_page.ui). The
// list on the left, the selected community's form on the right; New empties
// the form for a community to add. Every write goes through
// RegistryService::addCommunity/updateCommunity, whose message shows at the
// field it names.

#include "services/session.h"
#include "storage/registry/registry_records.h"

#include <QWidget>

#include <memory>
#include <vector>

class QLabel;

namespace Ui {
class CommunitiesPage;
}

namespace relief {
struct Error;
}

namespace relief::services {
class RegistryService;
}

namespace relief::gui {

class FieldErrors;

class CommunitiesPage : public QWidget
{
    Q_OBJECT
public:
    CommunitiesPage(services::RegistryService &registry, services::Session session,
                    QWidget *parent = nullptr);
    ~CommunitiesPage() override;

    void refresh();
    // Empties the form for a new community.
    void startNew();

Q_SIGNALS:
    void communitiesChanged();

private:
    const storage::CommunityRecord *selected() const;
    void selectCommunity(std::int64_t id);
    void loadSelected();
    void save();
    void clearErrors();
    void showError(const Error &error);
    void showMessage(const QString &message);

    std::unique_ptr<::Ui::CommunitiesPage> m_ui;
    std::unique_ptr<FieldErrors> m_errors;
    services::RegistryService &m_registry;
    services::Session m_session;
    std::vector<storage::CommunityRecord> m_communities;
    std::int64_t m_editing = 0; // 0: a new community
};

} // namespace relief::gui
