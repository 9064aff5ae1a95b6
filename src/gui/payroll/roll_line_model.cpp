#include "roll_line_model.h"

#include "gui/widgets/display_text.h"
#include "gui/widgets/error_label.h"

#include "reports/payroll/payroll_text.h"

#include <QBrush>

namespace relief::gui {

using reports::PayrollText;

RollLineModel::RollLineModel(services::PayrollService &payroll, services::Session session,
                             QObject *parent)
    : PagedTableModel(kPageSize, parent)
    , m_payroll(payroll)
    , m_session(std::move(session))
{ }

void RollLineModel::setQuery(std::optional<YearMonth> month, const services::RollLineFilter &filter)
{
    m_month = month;
    m_filter = filter;
    reload();
}

int RollLineModel::rowOf(std::int64_t lineId) const
{
    const auto &rows = loadedRows();
    for (size_t i = 0; i < rows.size(); ++i)
        if (rows[i].id == lineId)
            return static_cast<int>(i);
    return -1;
}

Result<std::int64_t> RollLineModel::countRows()
{
    if (!m_month)
        return std::int64_t {0};
    return m_payroll.countLines(m_session, *m_month, m_filter);
}

Result<std::vector<services::RollLineView>>
RollLineModel::fetchPage(const services::RollLineView *after, int position, int limit)
{
    // Keyset: the lines after the last one read (the model appends, so without
    // `after` this is the first page).
    (void)position;
    if (!m_month)
        return std::vector<services::RollLineView> {};
    return m_payroll.lines(m_session, *m_month, m_filter, after ? after->id : 0, limit);
}

int RollLineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RollLineModel::data(const QModelIndex &index, int role) const
{
    const services::RollLineView *l = line(index.row());
    if (!l)
        return {};
    if (role == Qt::TextAlignmentRole &&
        (index.column() == AmountColumn || index.column() == PersonsColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole) {
        if (!l->accountValid && index.column() == AccountColumn)
            return QBrush(ErrorLabel::color(ErrorLabel::Tone::Error));
        if (l->held && index.column() == HeldColumn)
            return QBrush(ErrorLabel::color(ErrorLabel::Tone::Warning));
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == HeldColumn && l->held)
            return tr("Held: %1").arg(qs(l->holdReason));
        if (index.column() == AccountColumn && !l->accountValid)
            return tr("No valid payee account: the roll cannot be approved until it is "
                      "corrected on the household (or institution).");
        if (index.column() == PayeeColumn && l->toInstitution)
            return tr("Paid to the institution that cares for the person.");
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case HouseholdColumn:
        return qs(l->householdNumber);
    case NameColumn:
        return l->personName.empty() || l->personName == l->headName
            ? qs(l->headName)
            : tr("%1 / %2").arg(qs(l->headName), qs(l->personName));
    case CommunityColumn:
        return qs(l->communityName);
    case ProgrammeColumn:
        return PayrollText::programme(l->programme);
    case KindColumn:
        return PayrollText::kind(l->kind);
    case ForMonthColumn:
        return l->forMonth ? qs(l->forMonth->toString()) : QString();
    case AmountColumn:
        return qs(l->amount.toString());
    case PersonsColumn:
        return l->persons;
    case MemoColumn:
        return qs(l->memo);
    case HeldColumn:
        return l->held
            ? (l->holdReason.empty() ? tr("Held") : tr("Held: %1").arg(qs(l->holdReason)))
            : QString();
    case PayeeColumn:
        return l->toInstitution ? tr("%1 (institution)").arg(qs(l->payeeName)) : qs(l->payeeName);
    case AccountColumn: {
        const QString account = (qs(l->bankName) + u' ' + qs(l->bankAccount)).trimmed();
        return l->accountValid
            ? account
            : (account.isEmpty() ? tr("No account") : tr("%1 (invalid)").arg(account));
    }
    }
    return {};
}

QVariant RollLineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case HouseholdColumn:
        return tr("Household no.");
    case NameColumn:
        return tr("Head / person");
    case CommunityColumn:
        return tr("Community");
    case ProgrammeColumn:
        return tr("Programme");
    case KindColumn:
        return tr("Kind");
    case ForMonthColumn:
        return tr("For month");
    case AmountColumn:
        return tr("Amount");
    case PersonsColumn:
        return tr("Persons");
    case MemoColumn:
        return tr("Memo");
    case HeldColumn:
        return tr("Held");
    case PayeeColumn:
        return tr("Payee");
    case AccountColumn:
        return tr("Bank account");
    }
    return {};
}

} // namespace relief::gui
