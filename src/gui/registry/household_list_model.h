#pragma once

// The household list as a table, read a page at a time through the registry service,
// windowed (gui/widgets/paged_table_model.h): the view has a row for every household the
// filter matches, so the scrollbar and Ctrl+End span the list (issue 18), and the rows
// are read where the view looks, by keyset after or before the rows loaded (the reverse
// keyset is the sort reversed), or from the nearer end for a jump; 100,000 households
// open instantly. Sorting is the service's sort order, never done here.

#include "gui/widgets/paged_table_model.h"
#include "services/session.h"
#include "storage/registry/household_query.h"

#include <memory>
#include <vector>

namespace relief::services {
class RegistryService;
}

namespace relief::gui {

class HouseholdListModel : public PagedTableModel<storage::HouseholdListRecord>
{
    Q_OBJECT
public:
    enum Column {
        NumberColumn,
        HeadColumn,
        IdColumn,
        CommunityColumn,
        AddressColumn,
        MembersColumn,
        ProgrammesColumn,
        StatusColumn,
        ColumnCount
    };
    static constexpr int kPageSize = 200;
    // The member a name or ID search matched when it is not the head (QString, empty
    // otherwise); the head column shows it too.
    static constexpr int MatchedMemberRole = Qt::UserRole + 1;

    HouseholdListModel(services::RegistryService &registry, services::Session session,
                       QObject *parent = nullptr);
    ~HouseholdListModel() override;

    // Starts over with this filter (its sort, limit and offset are managed here).
    void setFilter(const storage::HouseholdFilter &filter);
    // The household id of a row, or 0.
    std::int64_t householdId(int row) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;

protected:
    Result<std::int64_t> countRows() override;
    Result<std::vector<storage::HouseholdListRecord>>
    fetchPage(const storage::HouseholdListRecord *after, int position, int limit) override;
    std::optional<Result<std::vector<storage::HouseholdListRecord>>>
    fetchPageBackward(const storage::HouseholdListRecord *before, int position, int limit) override;

private:
    services::RegistryService &m_registry;
    services::Session m_session;
    std::unique_ptr<storage::HouseholdFilter> m_filter;
};

} // namespace relief::gui
