#include "audit_table_model.h"

#include "audit_text.h"

#include "gui/widgets/display_text.h"

namespace relief::gui {

AuditTableModel::AuditTableModel(services::AuditService &audit, services::Session session,
                                 QObject *parent)
    : PagedTableModel(kPageSize, parent)
    , m_audit(audit)
    , m_session(std::move(session))
{ }

void AuditTableModel::setFilter(const storage::AuditFilter &filter)
{
    m_filter = filter;
    m_filter.beforeId = 0;
    m_filter.limit = kPageSize;
    reload();
}

Result<std::int64_t> AuditTableModel::countRows()
{
    return m_audit.count(m_session, m_filter);
}

Result<std::vector<storage::AuditRecord>>
AuditTableModel::fetchPage(const storage::AuditRecord *after, int position, int limit)
{
    // Keyset: the page after the last row read (newest first: older ids). The model
    // appends (not windowed), so without `after` this is the first page.
    (void)position;
    storage::AuditFilter page = m_filter;
    page.beforeId = after ? after->id : 0;
    page.limit = limit;
    return m_audit.query(m_session, page);
}

const storage::AuditRecord *AuditTableModel::record(int row) const
{
    return rowAt(row);
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    const storage::AuditRecord *r = record(index.row());
    if (!r)
        return {};
    if (role == Qt::ToolTipRole &&
        (index.column() == DetailsColumn || index.column() == ActionColumn))
        return qs(r->action) + QLatin1Char('\n') + qs(r->details); // the raw record
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return localTimeFromIsoUtc(r->at);
    case UserColumn:
        return qs(r->username);
    case ActionColumn:
        return auditActionText(*r);
    case EntityColumn:
        return auditEntityName(r->entity);
    case IdColumn:
        return qs(r->entityId);
    case DetailsColumn:
        return auditChangeText(*r);
    }
    return {};
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case UserColumn:
        return tr("User");
    case ActionColumn:
        return tr("Action");
    case EntityColumn:
        return tr("Entity");
    case IdColumn:
        return tr("ID");
    case DetailsColumn:
        return tr("Details");
    }
    return {};
}

} // namespace relief::gui
