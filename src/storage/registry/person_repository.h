#pragma once

// Persons (one row per ID number), their income items and listed obligors.

#include "registry_records.h"
#include "storage/statement_cache.h"

#include <optional>
#include <string>
#include <vector>

namespace relief::storage {

class PersonRepository
{
public:
    explicit PersonRepository(Database &db)
        : m_db(db)
        , m_st(db)
    { }

    std::optional<PersonRecord> findById(std::int64_t id);
    std::optional<PersonRecord> findByIdNumber(const std::string &idNumber);
    // Every person id, by name and ID number (exports).
    std::vector<std::int64_t> allIdsByName();
    std::int64_t insert(const PersonRecord &record);
    // Every field but the id and created_at.
    void update(const PersonRecord &record);

    std::vector<IncomeRecord> incomes(std::int64_t personId);
    void replaceIncomes(std::int64_t personId, const std::vector<IncomeRecord> &incomes);

    std::vector<ObligorRecord> obligors(std::int64_t personId);
    void replaceObligors(std::int64_t personId, const std::vector<ObligorRecord> &obligors);

    // "11010519491231002X" -> "X20013219150101011": the indexed last-digits key.
    static std::string reversed(const std::string &idNumber);

private:
    Database &m_db;
    StatementCache m_st;
};

} // namespace relief::storage
