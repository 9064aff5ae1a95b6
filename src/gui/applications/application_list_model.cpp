#include "application_list_model.h"

#include "gui/widgets/display_text.h"

#include "services/applications/application_service.h"
#include "services/applications/application_text.h"

#include <algorithm>

namespace relief::gui {

ApplicationListModel::ApplicationListModel(services::ApplicationService &applications,
                                           services::Session session, QObject *parent)
    : PagedTableModel(kPageSize, parent)
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

Result<std::int64_t> ApplicationListModel::countRows()
{
    return m_applications.countRows(m_session, *m_filter);
}

Result<std::vector<services::ApplicationListRow>>
ApplicationListModel::fetchPage(const services::ApplicationListRow *after, int position, int limit)
{
    (void)position;
    // Keyset paging, newest first: the next page starts below the last id
    // fetched, so applications registered or changed meanwhile shift nothing.
    storage::ApplicationListFilter next = *m_filter;
    next.beforeId.reset();
    if (after)
        next.beforeId = after->record.id;
    return m_applications.listRows(m_session, next, limit, 0);
}

std::int64_t ApplicationListModel::applicationId(int row) const
{
    const services::ApplicationListRow *r = rowAt(row);
    return r ? r->record.id : 0;
}

int ApplicationListModel::rowOf(std::int64_t applicationId)
{
    for (;;) {
        // Newest first: the first row not newer than the one sought.
        const std::vector<services::ApplicationListRow> &rows = loadedRows(); // ids descending
        const auto it = std::lower_bound(rows.begin(), rows.end(), applicationId,
                                         [](const services::ApplicationListRow &r,
                                            std::int64_t id) { return r.record.id > id; });
        if (it != rows.end())
            return it->record.id == applicationId ? static_cast<int>(it - rows.begin()) : -1;
        if (!canFetchMore({}))
            return -1;
        fetchMore({}); // adds rows or stops asking
    }
}

int ApplicationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApplicationListModel::data(const QModelIndex &index, int role) const
{
    const services::ApplicationListRow *row = rowAt(index.row());
    if (!row)
        return {};
    const services::ApplicationListRow &r = *row;
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

} // namespace relief::gui
