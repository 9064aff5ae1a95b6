#include "application_list_model.h"

#include "gui/widgets/display_text.h"

#include "services/applications/application_service.h"
#include "services/applications/application_text.h"

#include <algorithm>

namespace relief::gui {

ApplicationListModel::ApplicationListModel(services::ApplicationService &applications,
                                           services::Session session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_applications(applications)
    , m_session(std::move(session))
    , m_filter(std::make_unique<storage::ApplicationListFilter>())
{ }

ApplicationListModel::~ApplicationListModel() = default;

void ApplicationListModel::setFilter(const storage::ApplicationListFilter &filter)
{
    *m_filter = filter;
    reload();
}

void ApplicationListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    m_exhausted = true;
    m_filter->beforeId.reset();
    auto count = m_applications.countRows(m_session, *m_filter);
    auto first = count.ok() ? m_applications.listRows(m_session, *m_filter, kPageSize, 0)
                            : Result<std::vector<services::ApplicationListRow>>(count.error());
    if (first.ok()) {
        m_total = *count;
        m_rows = std::move(*first);
        m_exhausted = false;
    }
    endResetModel();
    Q_EMIT totalChanged(m_total);
    if (!first.ok())
        Q_EMIT errorOccurred(qs(first.error().message));
}

std::int64_t ApplicationListModel::applicationId(int row) const
{
    return row >= 0 && row < static_cast<int>(m_rows.size())
        ? m_rows[static_cast<size_t>(row)].record.id
        : 0;
}

int ApplicationListModel::rowOf(std::int64_t applicationId)
{
    for (;;) {
        // Newest first: the first row not newer than the one sought.
        const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), applicationId,
                                         [](const services::ApplicationListRow &r,
                                            std::int64_t id) { return r.record.id > id; });
        if (it != m_rows.end())
            return it->record.id == applicationId ? static_cast<int>(it - m_rows.begin()) : -1;
        if (!canFetchMore({}))
            return -1;
        fetchMore({}); // adds rows or stops asking
    }
}

int ApplicationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ApplicationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApplicationListModel::data(const QModelIndex &index, int role) const
{
    if (index.row() < 0 || index.row() >= static_cast<int>(m_rows.size()))
        return {};
    const services::ApplicationListRow &r = m_rows[static_cast<size_t>(index.row())];
    if (role == IdRole)
        return QVariant::fromValue<qint64>(r.record.id);
    if (role == Qt::ToolTipRole && index.column() == StaffRelationColumn && r.record.staffRelated)
        return qs(r.record.staffRelation);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NumberColumn:
        return qs(r.record.applicationNo);
    case ApplicantColumn:
        return qs(r.applicantName);
    case CommunityColumn:
        return qs(r.communityName);
    case ProgrammeColumn:
        return services::ApplicationText::programme(r.record.programme);
    case StateColumn:
        return services::ApplicationText::state(r.record.state);
    case ReceivedColumn:
        return qs(r.record.receivedOn.toString());
    case StaffRelationColumn:
        if (!r.record.staffRelated)
            return QString();
        // The service requires the relation; an older row without one still shows.
        return r.record.staffRelation.empty() ? tr("Yes") : qs(r.record.staffRelation);
    }
    return {};
}

QVariant ApplicationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case ApplicantColumn:
        return tr("Applicant");
    case CommunityColumn:
        return tr("Community");
    case ProgrammeColumn:
        return tr("Programme");
    case StateColumn:
        return tr("State");
    case ReceivedColumn:
        return tr("Received");
    case StaffRelationColumn:
        return tr("Related to staff");
    }
    return {};
}

bool ApplicationListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted && static_cast<std::int64_t>(m_rows.size()) < m_total;
}

void ApplicationListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    // Keyset paging, newest first: the next page starts below the last id
    // fetched, so applications registered or changed meanwhile shift nothing.
    storage::ApplicationListFilter next = *m_filter;
    if (!m_rows.empty())
        next.beforeId = m_rows.back().record.id;
    auto fresh = m_applications.listRows(m_session, next, kPageSize, 0);
    if (!fresh.ok() || fresh->empty()) {
        m_exhausted = true;
        if (!fresh.ok())
            Q_EMIT errorOccurred(qs(fresh.error().message));
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(fresh->size()) - 1);
    for (auto &r : *fresh)
        m_rows.push_back(std::move(r));
    endInsertRows();
}

} // namespace relief::gui
