#pragma once

// Households with their assets, vehicles and memberships (who lives there, and
// who did). Memberships are never deleted: leaving ends one.

#include "registry_records.h"
#include "storage/statement_cache.h"

#include <optional>
#include <string>
#include <vector>

namespace relief::storage {

class HouseholdRepository
{
public:
    explicit HouseholdRepository(Database &db)
        : m_db(db)
        , m_st(db)
    { }

    std::optional<HouseholdRecord> findById(std::int64_t id);
    std::optional<HouseholdRecord> findByNo(const std::string &householdNo);
    std::int64_t insert(const HouseholdRecord &record);
    // Every field but the id, the trigger-kept summary and created_at.
    void update(const HouseholdRecord &record);
    void touch(std::int64_t id, const std::string &updatedAt);

    // How many households are demo data (true) or real (false).
    std::int64_t count(bool demo);
    // Every household id, by household number (exports).
    std::vector<std::int64_t> allIds();

    std::vector<VehicleRecord> vehicles(std::int64_t householdId);
    void replaceVehicles(std::int64_t householdId, const std::vector<VehicleRecord> &vehicles);

    // Active members first in relation order (head first), then former ones.
    std::vector<MembershipRecord> memberships(std::int64_t householdId, bool includeFormer);
    std::optional<MembershipRecord> membership(std::int64_t membershipId);
    std::optional<MembershipRecord> activeMembershipOf(std::int64_t personId);
    std::vector<MembershipRecord> membershipsOf(std::int64_t personId); // oldest first
    std::int64_t insertMembership(const MembershipRecord &record);
    void updateMembership(const MembershipRecord &record); // relation and counting
    void endMembership(std::int64_t membershipId, const Date &leftOn, LeaveReason reason,
                       const std::string &note);

private:
    Database &m_db;
    StatementCache m_st;
};

} // namespace relief::storage
