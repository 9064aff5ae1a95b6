#include "community_repository.h"

#include "storage/database.h"
#include "storage/database_error.h"

#include <cstdio>

namespace relief::storage {

namespace {
constexpr const char *kSelect =
    "SELECT id, code, name, next_seq, active, created_at FROM communities ";

CommunityRecord read(const Statement &st)
{
    return {st.int64(0), st.text(1), st.text(2), st.int64(3), st.int64(4) != 0, st.text(5)};
}
} // namespace

std::vector<CommunityRecord> CommunityRepository::list()
{
    std::vector<CommunityRecord> out;
    Statement &st = m_st(std::string(kSelect) + "ORDER BY name");
    while (st.step())
        out.push_back(read(st));
    return out;
}

std::optional<CommunityRecord> CommunityRepository::findById(std::int64_t id)
{
    Statement &st = m_st(std::string(kSelect) + "WHERE id = ?1");
    st.bind(1, id);
    if (st.step())
        return read(st);
    return std::nullopt;
}

std::optional<CommunityRecord> CommunityRepository::findByName(const std::string &name)
{
    Statement &st = m_st(std::string(kSelect) + "WHERE name = ?1");
    st.bind(1, name);
    if (st.step())
        return read(st);
    return std::nullopt;
}

std::optional<CommunityRecord> CommunityRepository::findByCode(const std::string &code)
{
    Statement &st = m_st(std::string(kSelect) + "WHERE code = ?1");
    st.bind(1, code);
    if (st.step())
        return read(st);
    return std::nullopt;
}

std::int64_t CommunityRepository::insert(const CommunityRecord &r)
{
    Statement &st = m_st("INSERT INTO communities(code, name, next_seq, active, created_at) "
                         "VALUES (?1, ?2, ?3, ?4, ?5)");
    st.bind(1, r.code).bind(2, r.name).bind(3, r.nextSeq).bind(4, r.active ? 1 : 0);
    st.bind(5, r.createdAt).exec();
    return m_db.lastInsertId();
}

void CommunityRepository::update(const CommunityRecord &r)
{
    Statement &st = m_st("UPDATE communities SET code = ?2, name = ?3, active = ?4 WHERE id = ?1");
    st.bind(1, r.id).bind(2, r.code).bind(3, r.name).bind(4, r.active ? 1 : 0).exec();
}

void CommunityRepository::setNextSeq(std::int64_t id, std::int64_t nextSeq)
{
    m_st("UPDATE communities SET next_seq = ?2 WHERE id = ?1").bind(1, id).bind(2, nextSeq).exec();
}

std::string CommunityRepository::takeHouseholdNo(std::int64_t communityId)
{
    const auto community = findById(communityId);
    if (!community)
        throw DatabaseError("no community " + std::to_string(communityId), 0);
    Statement &taken = m_st("SELECT 1 FROM households WHERE household_no = ?1");
    std::int64_t seq = community->nextSeq;
    std::string number;
    for (;; ++seq) {
        char digits[24];
        std::snprintf(digits, sizeof digits, "%05lld", static_cast<long long>(seq));
        number = community->code + digits;
        taken.bind(1, number);
        const bool used = taken.step();
        taken.reset();
        if (!used)
            break;
    }
    Statement &st = m_st("UPDATE communities SET next_seq = ?2 WHERE id = ?1");
    st.bind(1, communityId).bind(2, seq + 1).exec();
    return number;
}

} // namespace relief::storage
