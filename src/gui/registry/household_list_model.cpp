#include "household_list_model.h"

#include "gui/widgets/display_text.h"
#include "registry_text.h"

#include "domain/mask.h"
#include "services/registry/registry_service.h"

#include <algorithm>

namespace relief::gui {

HouseholdListModel::HouseholdListModel(services::RegistryService &registry,
                                       services::Session session, QObject *parent)
    : PagedTableModel(kPageSize, parent)
    , m_registry(registry)
    , m_session(std::move(session))
    , m_filter(std::make_unique<storage::HouseholdFilter>())
{
    setWindowed(true);
}

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

Result<std::int64_t> HouseholdListModel::countRows()
{
    return m_registry.countHouseholds(m_session, *m_filter);
}

Result<std::vector<storage::HouseholdListRecord>>
HouseholdListModel::fetchPage(const storage::HouseholdListRecord *after, int position, int limit)
{
    // Keyset paging: the next page starts after the last row fetched, so the
    // 500th page costs what the first does (an OFFSET would walk every row before);
    // an offset only for a jump into the first half of the list.
    storage::HouseholdFilter page = *m_filter;
    page.offset = after ? 0 : position;
    page.limit = limit;
    page.after.reset();
    if (after)
        page.after = storage::pageKeyOf(*after);
    return m_registry.listHouseholds(m_session, page);
}

std::optional<Result<std::vector<storage::HouseholdListRecord>>>
HouseholdListModel::fetchPageBackward(const storage::HouseholdListRecord *before, int position,
                                      int limit)
{
    // The sort reversed (every sort ends on a unique column, so the reverse order is exact):
    // the rows before `before`, or from the end (Ctrl+End: offset 0).
    storage::HouseholdFilter page = *m_filter;
    page.descending = !page.descending;
    page.limit = limit;
    page.after.reset();
    page.offset = 0;
    if (before)
        page.after = storage::pageKeyOf(*before);
    else
        page.offset = static_cast<int>(std::max<std::int64_t>(0, totalCount() - 1 - position));
    return m_registry.listHouseholds(m_session, page);
}

std::int64_t HouseholdListModel::householdId(int row) const
{
    const storage::HouseholdListRecord *r = rowAt(row);
    return r ? r->id : 0;
}

int HouseholdListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HouseholdListModel::data(const QModelIndex &index, int role) const
{
    const storage::HouseholdListRecord *row = rowAt(index.row());
    if (!row)
        return {};
    const storage::HouseholdListRecord &r = *row;
    if (role == Qt::TextAlignmentRole && index.column() == MembersColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == HeadColumn && !r.matchedMember.empty())
        return tr("The search matched %1, a member of this household, not the head.")
            .arg(qs(r.matchedMember));
    if (role == MatchedMemberRole)
        return qs(r.matchedMember);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NumberColumn:
        return qs(r.householdNo);
    case HeadColumn:
        // Issue 18: a search that matched another member says which.
        if (!r.matchedMember.empty())
            return tr("%1 (matched: %2)").arg(qs(r.headName), qs(r.matchedMember));
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
