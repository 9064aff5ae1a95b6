#include "household_list_model.h"

#include "gui/widgets/display_text.h"
#include "registry_text.h"

#include "domain/mask.h"
#include "services/registry/registry_service.h"

namespace relief::gui {

HouseholdListModel::HouseholdListModel(services::RegistryService &registry,
                                       services::Session session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_registry(registry)
    , m_session(std::move(session))
    , m_filter(std::make_unique<storage::HouseholdFilter>())
{ }

HouseholdListModel::~HouseholdListModel() = default;

void HouseholdListModel::setFilter(const storage::HouseholdFilter &filter)
{
    const auto sort = m_filter->sort;
    const bool descending = m_filter->descending;
    *m_filter = filter;
    m_filter->sort = sort;
    m_filter->descending = descending;
    reload();
}

void HouseholdListModel::reload()
{
    beginResetModel();
    m_filter->offset = 0;
    m_filter->after.reset();
    m_filter->limit = kPageSize;
    m_rows.clear();
    m_total = 0;
    auto count = m_registry.countHouseholds(m_session, *m_filter);
    auto first = count.ok() ? m_registry.listHouseholds(m_session, *m_filter)
                            : Result<std::vector<storage::HouseholdListRecord>>(count.error());
    if (count.ok() && first.ok()) {
        m_total = *count;
        m_rows = std::move(*first);
    }
    endResetModel();
    Q_EMIT totalChanged(m_total);
    if (!first.ok())
        Q_EMIT errorOccurred(qs(first.error().message));
}

std::int64_t HouseholdListModel::householdId(int row) const
{
    return row >= 0 && row < static_cast<int>(m_rows.size()) ? m_rows[static_cast<size_t>(row)].id
                                                             : 0;
}

int HouseholdListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int HouseholdListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HouseholdListModel::data(const QModelIndex &index, int role) const
{
    if (index.row() < 0 || index.row() >= static_cast<int>(m_rows.size()))
        return {};
    const storage::HouseholdListRecord &r = m_rows[static_cast<size_t>(index.row())];
    if (role == Qt::TextAlignmentRole && index.column() == MembersColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NumberColumn:
        return qs(r.householdNo);
    case HeadColumn:
        return qs(r.headName);
    case IdColumn:
        // The service masks list rows already; masking again is harmless and keeps
        // a full number off the screen should that ever change.
        return r.headIdNumber ? qs(maskIdNumber(*r.headIdNumber)) : QString();
    case CommunityColumn:
        return qs(r.communityName);
    case AddressColumn:
        return qs(r.address);
    case MembersColumn:
        return r.memberCount;
    case ProgrammesColumn: {
        QStringList names;
        for (CaseProgramme p : r.programmes)
            names << programmeName(p);
        return names.join(tr(", "));
    }
    case StatusColumn:
        return householdStatusName(r.status);
    }
    return {};
}

QVariant HouseholdListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("Household no.");
    case HeadColumn:
        return tr("Head");
    case IdColumn:
        return tr("Head's ID number");
    case CommunityColumn:
        return tr("Community");
    case AddressColumn:
        return tr("Address");
    case MembersColumn:
        return tr("Members");
    case ProgrammesColumn:
        return tr("Programmes");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

bool HouseholdListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && static_cast<std::int64_t>(m_rows.size()) < m_total;
}

void HouseholdListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    // Keyset paging: the next page starts after the last row fetched, so the
    // 500th page costs what the first does (an OFFSET would walk every row before).
    storage::HouseholdFilter page = *m_filter;
    page.offset = 0;
    if (!m_rows.empty())
        page.after = storage::pageKeyOf(m_rows.back());
    auto more = m_registry.listHouseholds(m_session, page);
    if (!more.ok() || more->empty()) {
        m_total = static_cast<std::int64_t>(m_rows.size()); // stop asking
        if (!more.ok())
            Q_EMIT errorOccurred(qs(more.error().message));
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(more->size()) - 1);
    for (auto &r : *more)
        m_rows.push_back(std::move(r));
    endInsertRows();
}

void HouseholdListModel::sort(int column, Qt::SortOrder order)
{
    using storage::HouseholdSort;
    HouseholdSort sort = HouseholdSort::HouseholdNo;
    switch (column) {
    case HeadColumn:
        sort = HouseholdSort::HeadName;
        break;
    case CommunityColumn:
        sort = HouseholdSort::Community;
        break;
    case AddressColumn:
        sort = HouseholdSort::Address;
        break;
    case MembersColumn:
        sort = HouseholdSort::MemberCount;
        break;
    default:
        break;
    }
    m_filter->sort = sort;
    m_filter->descending = order == Qt::DescendingOrder;
    reload();
}

} // namespace relief::gui
