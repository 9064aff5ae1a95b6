#pragma once

// Cases (one programme for a household or a person, PR-1) and their decisions.
// Decisions are only ever inserted; a case's status and current amount follow
// its latest decision (a trigger keeps them).

#include "registry_records.h"
#include "storage/statement_cache.h"

#include <optional>
#include <vector>

namespace relief::storage {

class CaseRepository
{
public:
    explicit CaseRepository(Database &db)
        : m_db(db)
        , m_st(db)
    { }

    std::optional<CaseRecord> findById(std::int64_t id);
    // Oldest first.
    std::vector<CaseRecord> casesOfHousehold(std::int64_t householdId);
    std::vector<CaseRecord> casesOfPerson(std::int64_t personId);
    // The active case of the programme for the household (household programmes,
    // personId nothing) or the person.
    std::optional<CaseRecord> findActive(std::int64_t householdId,
                                         std::optional<std::int64_t> personId,
                                         CaseProgramme programme);
    std::int64_t insertCase(const CaseRecord &record);

    // Oldest first (by effective month, decision date, id).
    std::vector<DecisionRecord> decisions(std::int64_t caseId);
    std::optional<DecisionRecord> firstDecision(std::int64_t caseId);
    std::int64_t insertDecision(const DecisionRecord &record);

private:
    Database &m_db;
    StatementCache m_st;
};

} // namespace relief::storage
