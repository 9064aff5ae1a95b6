#include "audit_table_model.h"

#include "audit_text.h"

#include "gui/widgets/display_text.h"

namespace relief::gui {

AuditTableModel::AuditTableModel(services::AuditService &audit, services::Session session,
                                 QObject *parent)
    : QAbstractTableModel(parent)
    , m_audit(audit)
    , m_session(std::move(session))
{ }

void AuditTableModel::setFilter(const storage::AuditFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    m_filter.offset = 0;
    m_filter.limit = kPageSize;
    m_rows.clear();
    m_total = 0;
    auto count = m_audit.count(m_session, m_filter);
    auto first = count.ok() ? m_audit.query(m_session, m_filter)
                            : Result<std::vector<storage::AuditRecord>>(count.error());
    if (count.ok() && first.ok()) {
        m_total = *count;
        m_rows = std::move(*first);
    }
    endResetModel();
    if (!first.ok())
        Q_EMIT errorOccurred(qs(first.error().message));
}

const storage::AuditRecord *AuditTableModel::record(int row) const
{
    return row >= 0 && row < static_cast<int>(m_rows.size()) ? &m_rows[static_cast<size_t>(row)]
                                                             : nullptr;
}

int AuditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
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

bool AuditTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && static_cast<std::int64_t>(m_rows.size()) < m_total;
}

void AuditTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    storage::AuditFilter page = m_filter;
    page.offset = static_cast<int>(m_rows.size());
    auto more = m_audit.query(m_session, page);
    if (!more.ok()) {
        m_total = static_cast<std::int64_t>(m_rows.size()); // stop asking
        Q_EMIT errorOccurred(qs(more.error().message));
        return;
    }
    if (more->empty()) {
        m_total = static_cast<std::int64_t>(m_rows.size());
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(more->size()) - 1);
    for (auto &r : *more)
        m_rows.push_back(std::move(r));
    endInsertRows();
}

} // namespace relief::gui
