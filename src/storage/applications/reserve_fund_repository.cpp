#include "reserve_fund_repository.h"

#include "storage/database.h"
#include "storage/registry/registry_columns.h"

namespace relief::storage {

namespace {
constexpr const char *kSelect = "SELECT id, kind, amount, balance_after, on_date, application_id, "
                                "payee, note, user_id, username, at FROM reserve_fund ";

ReserveEntryRecord read(const Statement &st)
{
    ReserveEntryRecord e;
    e.id = st.int64(0);
    e.kind = columns::key<ReserveEntryKind>(kReserveEntryKindKeys, st, 1);
    e.amount = columns::money(st, 2);
    e.balanceAfter = columns::money(st, 3);
    e.onDate = columns::date(st, 4);
    e.applicationId = columns::optionalId(st, 5);
    e.payee = st.text(6);
    e.note = st.text(7);
    e.userId = columns::optionalId(st, 8);
    e.username = st.text(9);
    e.at = st.text(10);
    return e;
}
} // namespace

Money ReserveFundRepository::balance()
{
    Statement &st = m_st("SELECT balance_after FROM reserve_fund ORDER BY id DESC LIMIT 1");
    return st.step() ? columns::money(st, 0) : Money();
}

std::int64_t ReserveFundRepository::append(ReserveEntryRecord &e)
{
    const Money before = balance();
    e.balanceAfter = e.kind == ReserveEntryKind::TopUp ? before + e.amount : before - e.amount;
    Statement &st = m_st("INSERT INTO reserve_fund (kind, amount, balance_after, on_date, "
                         "application_id, payee, note, user_id, username, at) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    st.bind(1, kReserveEntryKindKeys[static_cast<std::size_t>(e.kind)]);
    st.bind(2, e.amount.fen());
    st.bind(3, e.balanceAfter.fen());
    st.bind(4, e.onDate.toString());
    st.bind(5, e.applicationId);
    st.bind(6, e.payee);
    st.bind(7, e.note);
    st.bind(8, e.userId);
    st.bind(9, e.username);
    st.bind(10, e.at);
    st.exec();
    e.id = m_st.database().lastInsertId();
    return e.id;
}

std::vector<ReserveEntryRecord> ReserveFundRepository::entries(int limit, int offset)
{
    std::vector<ReserveEntryRecord> out;
    Statement &st = m_st(std::string(kSelect) + "ORDER BY id DESC LIMIT ?1 OFFSET ?2");
    st.bind(1, limit);
    st.bind(2, offset);
    while (st.step())
        out.push_back(read(st));
    return out;
}

std::vector<ReserveEntryRecord> ReserveFundRepository::paymentsFor(std::int64_t applicationId)
{
    std::vector<ReserveEntryRecord> out;
    Statement &st = m_st(std::string(kSelect) + "WHERE application_id = ?1 ORDER BY id");
    st.bind(1, applicationId);
    while (st.step())
        out.push_back(read(st));
    return out;
}

} // namespace relief::storage
