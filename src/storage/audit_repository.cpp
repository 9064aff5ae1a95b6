#include "audit_repository.h"

#include <limits>

#include "database.h"
#include "statement.h"

namespace relief::storage {

namespace {
constexpr const char *kColumns = "SELECT id, at, user_id, username, action, entity, entity_id, "
                                 "details, prev_hash, hash FROM audit_log ";

AuditRecord readRecord(const Statement &st)
{
    AuditRecord r;
    r.id = st.int64(0);
    r.at = st.text(1);
    if (!st.isNull(2))
        r.userId = st.int64(2);
    r.username = st.text(3);
    r.action = st.text(4);
    r.entity = st.text(5);
    r.entityId = st.text(6);
    r.details = st.text(7);
    r.prevHash = st.text(8);
    r.hash = st.text(9);
    return r;
}

// Filters are bound by position ?1..?4; an empty value disables its condition.
constexpr const char *kWhere = "WHERE (?1 = '' OR username = ?1) AND (?2 = '' OR entity = ?2) "
                               "AND (?3 = '' OR at >= ?3) AND (?4 = '' OR at < ?4) ";

void bindFilter(Statement &st, const AuditFilter &f)
{
    st.bind(1, f.username).bind(2, f.entity).bind(3, f.fromAt).bind(4, f.toAt);
}
} // namespace

std::optional<AuditRecord> AuditRepository::last()
{
    Statement st(m_db, std::string(kColumns) + "ORDER BY id DESC LIMIT 1");
    if (st.step())
        return readRecord(st);
    return std::nullopt;
}

std::optional<AuditLink> AuditRepository::lastLink()
{
    Statement &st = m_st("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1");
    if (st.step())
        return AuditLink {st.int64(0), st.text(1)};
    return std::nullopt;
}

AuditHead AuditRepository::head()
{
    Statement st(m_db, "SELECT last_id, last_hash, record_count FROM audit_head");
    AuditHead h;
    if (st.step()) {
        h.id = st.int64(0);
        h.hash = st.text(1);
        h.count = st.int64(2);
    }
    return h;
}

std::int64_t AuditRepository::append(const AuditRecord &r)
{
    Statement &st = m_st("INSERT INTO audit_log(id, at, user_id, username, action, entity, "
                         "entity_id, details, prev_hash, hash) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    st.bind(1, r.id)
        .bind(2, r.at)
        .bind(3, r.userId)
        .bind(4, r.username)
        .bind(5, r.action)
        .bind(6, r.entity)
        .bind(7, r.entityId)
        .bind(8, r.details)
        .bind(9, r.prevHash)
        .bind(10, r.hash)
        .exec();
    return r.id;
}

void AuditRepository::forEach(const std::function<bool(const AuditRecord &)> &visit)
{
    Statement st(m_db, std::string(kColumns) + "ORDER BY id");
    while (st.step())
        if (!visit(readRecord(st)))
            return;
}

std::vector<AuditRecord> AuditRepository::query(const AuditFilter &f)
{
    // `id < ?5` always (the newest page binds the largest id): a rowid range the planner
    // seeks to, where an OR with "no bound" would scan from the newest record again.
    Statement st(m_db, std::string(kColumns) + kWhere + "AND id < ?5 ORDER BY id DESC LIMIT ?6");
    bindFilter(st, f);
    st.bind(5, f.beforeId > 0 ? f.beforeId : std::numeric_limits<std::int64_t>::max())
        .bind(6, f.limit);
    std::vector<AuditRecord> out;
    while (st.step())
        out.push_back(readRecord(st));
    return out;
}

std::int64_t AuditRepository::count(const AuditFilter &f)
{
    Statement st(m_db, std::string("SELECT count(*) FROM audit_log ") + kWhere);
    bindFilter(st, f);
    st.step();
    return st.int64(0);
}

std::vector<std::string> AuditRepository::entities()
{
    std::vector<std::string> out;
    Statement st(m_db, "SELECT DISTINCT entity FROM audit_log ORDER BY entity");
    while (st.step())
        out.push_back(st.text(0));
    return out;
}

} // namespace relief::storage
