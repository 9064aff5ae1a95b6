#pragma once

// The audit log as a table, newest first, fetched a page at a time so that a
// log of years stays quick to open (the view asks for more as it scrolls;
// gui/widgets/paged_table_model.h).

#include "gui/widgets/paged_table_model.h"
#include "services/audit_service.h"

#include <vector>

namespace relief::gui {

class AuditTableModel : public PagedTableModel<storage::AuditRecord>
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        UserColumn,
        ActionColumn,
        EntityColumn,
        IdColumn,
        DetailsColumn,
        ColumnCount
    };
    static constexpr int kPageSize = 100;

    AuditTableModel(services::AuditService &audit, services::Session session,
                    QObject *parent = nullptr);

    // Starts over with this filter (its limit and keyset are managed here).
    void setFilter(const storage::AuditFilter &filter);
    const storage::AuditRecord *record(int row) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    Result<std::int64_t> countRows() override;
    // By keyset: the records older than `after` (storage::AuditFilter::beforeId).
    Result<std::vector<storage::AuditRecord>> fetchPage(const storage::AuditRecord *after,
                                                        int position, int limit) override;

private:
    services::AuditService &m_audit;
    services::Session m_session;
    storage::AuditFilter m_filter;
};

} // namespace relief::gui
