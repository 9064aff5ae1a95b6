#pragma once

// Care homes and welfare institutions, with the bank accounts they are paid on.

#include "registry_records.h"
#include "storage/statement_cache.h"

#include <optional>
#include <vector>

namespace relief::storage {

class InstitutionRepository
{
public:
    explicit InstitutionRepository(Database &db)
        : m_db(db)
        , m_st(db)
    { }

    std::vector<InstitutionRecord> list(); // by name
    std::optional<InstitutionRecord> findById(std::int64_t id);
    std::optional<InstitutionRecord> findByName(const std::string &name);
    std::int64_t insert(const InstitutionRecord &record);
    void update(const InstitutionRecord &record);

private:
    Database &m_db;
    StatementCache m_st;
};

} // namespace relief::storage
