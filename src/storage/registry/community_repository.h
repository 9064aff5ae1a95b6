#pragma once

// The administrator's list of communities (社区) and their household numbering.

#include "registry_records.h"
#include "storage/statement_cache.h"

#include <optional>
#include <string>
#include <vector>

namespace relief::storage {

class CommunityRepository
{
public:
    explicit CommunityRepository(Database &db)
        : m_db(db)
        , m_st(db)
    { }

    std::vector<CommunityRecord> list(); // by name
    std::optional<CommunityRecord> findById(std::int64_t id);
    std::optional<CommunityRecord> findByName(const std::string &name);
    std::optional<CommunityRecord> findByCode(const std::string &code);
    std::int64_t insert(const CommunityRecord &record);
    void update(const CommunityRecord &record); // code, name, active
    void setNextSeq(std::int64_t id, std::int64_t nextSeq);
    // The next free household number of the community (code + 5-digit sequence),
    // taken: the sequence moves past it.
    std::string takeHouseholdNo(std::int64_t communityId);

private:
    Database &m_db;
    StatementCache m_st;
};

} // namespace relief::storage
