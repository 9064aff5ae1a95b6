#pragma once

// A registered household mapped to the rules' model (domain/household.h) on a
// date: the members active that day — joined on or before it (or no date), not
// yet left, not dead — with their incomes, listed obligors (ages on the date)
// and institutional support, and the household's assets.

#include "domain/rules/household.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace relief::storage {
class Database;
class HouseholdRepository;
class PersonRepository;
} // namespace relief::storage

namespace relief::services {

struct RulesHousehold
{
    Household household;
    std::vector<std::int64_t> personIds; // member i of the household is personIds[i]
    std::vector<std::int64_t> membershipIds;
};

// Nothing when there is no such household.
std::optional<RulesHousehold> loadRulesHousehold(storage::Database &db, std::int64_t householdId,
                                                 const Date &asOf);
// The same with the caller's repositories (bulk work keeps their prepared statements).
std::optional<RulesHousehold> loadRulesHousehold(storage::HouseholdRepository &households,
                                                 storage::PersonRepository &persons,
                                                 std::int64_t householdId, const Date &asOf);

} // namespace relief::services
