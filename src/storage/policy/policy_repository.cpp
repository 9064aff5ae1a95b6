#include "policy_repository.h"

#include "storage/database.h"
#include "storage/statement.h"

namespace relief::storage {

namespace {
constexpr const char *kColumns =
    "SELECT id, effective_from, json, created_at, created_by FROM policy_sets ";

PolicySetRecord readRecord(const Statement &st)
{
    return {st.int64(0), st.text(1), st.text(2), st.text(3), st.text(4)};
}
} // namespace

std::vector<PolicySetRecord> PolicyRepository::list()
{
    std::vector<PolicySetRecord> out;
    Statement st(m_db, std::string(kColumns) + "ORDER BY effective_from");
    while (st.step())
        out.push_back(readRecord(st));
    return out;
}

std::optional<PolicySetRecord> PolicyRepository::findByEffectiveFrom(const std::string &date)
{
    Statement st(m_db, std::string(kColumns) + "WHERE effective_from = ?1");
    st.bind(1, date);
    if (st.step())
        return readRecord(st);
    return std::nullopt;
}

std::optional<PolicySetRecord> PolicyRepository::inForceOn(const std::string &date)
{
    Statement st(m_db,
                 std::string(kColumns) +
                     "WHERE effective_from <= ?1 ORDER BY effective_from DESC LIMIT 1");
    st.bind(1, date);
    if (st.step())
        return readRecord(st);
    return std::nullopt;
}

std::int64_t PolicyRepository::insert(const PolicySetRecord &r)
{
    Statement st(m_db,
                 "INSERT INTO policy_sets(effective_from, json, created_at, created_by) "
                 "VALUES (?1, ?2, ?3, ?4)");
    st.bind(1, r.effectiveFrom).bind(2, r.json).bind(3, r.createdAt).bind(4, r.createdBy).exec();
    return m_db.lastInsertId();
}

} // namespace relief::storage
