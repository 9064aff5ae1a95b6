#pragma once

// The household list as a table, fetched a page at a time through the registry
// service (keyset paging: each page starts after the last row fetched), so that
// 100,000 households open instantly; sorting is the service's sort order, never
// done here.

#include "services/session.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace relief::storage {
struct HouseholdFilter;
struct HouseholdListRecord;
} // namespace relief::storage

namespace relief::services {
class RegistryService;
}

namespace relief::gui {

class HouseholdListModel : public QAbstractTableModel
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

    HouseholdListModel(services::RegistryService &registry, services::Session session,
                       QObject *parent = nullptr);
    ~HouseholdListModel() override;

    // Starts over with this filter (its sort, limit and offset are managed here).
    void setFilter(const storage::HouseholdFilter &filter);
    std::int64_t totalCount() const { return m_total; }
    // The household id of a row, or 0.
    std::int64_t householdId(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

Q_SIGNALS:
    void errorOccurred(const QString &message);
    void totalChanged(qint64 total);

private:
    void reload();

    services::RegistryService &m_registry;
    services::Session m_session;
    std::unique_ptr<storage::HouseholdFilter> m_filter;
    std::vector<storage::HouseholdListRecord> m_rows;
    std::int64_t m_total = 0;
};

} // namespace relief::gui
