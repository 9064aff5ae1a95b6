#pragma once

// Versioned policy parameter sets, stored as their JSON.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace relief::storage {

class Database;

struct PolicySetRecord
{
    std::int64_t id = 0;
    std::string effectiveFrom; // YYYY-MM-DD
    std::string json;
    std::string createdAt;
    std::string createdBy;
};

class PolicyRepository
{
public:
    explicit PolicyRepository(Database &db)
        : m_db(db)
    { }

    // Oldest first.
    std::vector<PolicySetRecord> list();
    std::optional<PolicySetRecord> findByEffectiveFrom(const std::string &date);
    // The set with the latest effective_from on or before the date.
    std::optional<PolicySetRecord> inForceOn(const std::string &date);
    std::int64_t insert(const PolicySetRecord &record);

private:
    Database &m_db;
};

} // namespace relief::storage
