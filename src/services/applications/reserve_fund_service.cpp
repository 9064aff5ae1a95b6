#include "reserve_fund_service.h"

#include "storage/applications/reserve_fund_repository.h"

namespace relief::services {

Result<Money> ReserveFundService::topUp(const Session &session, Money amount, const Date &on,
                                        const std::string &note)
{
    if (amount.fen() <= 0)
        return Error {ErrorCode::InvalidInput,
                      toStd(tr("A top-up is an amount greater than zero.")), "amount"};
    if (on > m_clock.today())
        return Error {ErrorCode::InvalidInput,
                      toStd(tr("The date of a top-up cannot be in the future.")), "date"};
    if (note.empty())
        return Error {ErrorCode::InvalidInput,
                      toStd(tr("Say where the money came from (the allocation's reference).")),
                      "note"};
    return writeAs(session, Action::ManageReserveFund,
                   [&](AuditLog &audit, const storage::UserRecord &user) -> Result<Money> {
                       storage::ReserveFundRepository fund(m_db);
                       storage::ReserveEntryRecord e;
                       e.kind = storage::ReserveEntryKind::TopUp;
                       e.amount = amount;
                       e.onDate = on;
                       e.note = note;
                       e.userId = user.id;
                       e.username = user.username;
                       e.at = m_clock.isoUtc();
                       fund.append(e);
                       audit.append(session,
                                    {AuditAction::ReserveFundTopUp,
                                     "reserve_fund",
                                     std::to_string(e.id),
                                     {{"amount", amount.toString()},
                                      {"balance_after", e.balanceAfter.toString()},
                                      {"on", on.toString()},
                                      {"note", note}}});
                       return e.balanceAfter;
                   });
}

Result<Money> ReserveFundService::balance(const Session &session)
{
    return read(session, Action::ViewApplications,
                [&]() -> Result<Money> { return storage::ReserveFundRepository(m_db).balance(); });
}

Result<std::vector<storage::ReserveEntryRecord>> ReserveFundService::entries(const Session &session,
                                                                             int limit, int offset)
{
    return read(session, Action::ViewApplications,
                [&]() -> Result<std::vector<storage::ReserveEntryRecord>> {
                    return storage::ReserveFundRepository(m_db).entries(limit, offset);
                });
}

} // namespace relief::services
