#pragma once

// The audit log as a table, newest first, fetched a page at a time so that a
// log of years stays quick to open (the view asks for more as it scrolls).

#include "services/audit_service.h"

#include <QAbstractTableModel>

#include <vector>

namespace relief::gui {

class AuditTableModel : public QAbstractTableModel
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

    // Starts over with this filter (its limit and offset are managed here).
    void setFilter(const storage::AuditFilter &filter);
    std::int64_t totalCount() const { return m_total; }
    const storage::AuditRecord *record(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    services::AuditService &m_audit;
    services::Session m_session;
    storage::AuditFilter m_filter;
    std::vector<storage::AuditRecord> m_rows;
    std::int64_t m_total = 0;
};

} // namespace relief::gui
