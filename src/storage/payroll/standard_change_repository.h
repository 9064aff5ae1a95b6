#pragma once

// Standard-change batches (提标, policy-rules DA-4) and their items: one row per
// active case re-assessed with a new parameter set (schema 9).

#include "domain/money.h"
#include "domain/registry/registry_types.h"
#include "domain/year_month.h"
#include "storage/statement_cache.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace relief::storage {

class Database;

enum class StandardChangeState { Proposed, Approved, Discarded };
std::string_view standardChangeStateKey(StandardChangeState state); // "proposed", …

// raise: the case gets new_amount; keep: unchanged (equal); flag_review: the
// re-assessment gives less or nothing, the case keeps its amount and is flagged.
enum class StandardChangeOutcomeKind { Raise, Keep, FlagReview };
std::string_view standardChangeOutcomeKey(StandardChangeOutcomeKind outcome); // "raise", …

struct StandardChangeBatchRecord
{
    std::int64_t id = 0;
    std::int64_t policySetId = 0;
    std::string effectiveFrom; // YYYY-MM-DD
    StandardChangeState state = StandardChangeState::Proposed;
    std::string proposedAt;
    std::int64_t proposedById = 0;
    std::string proposedBy;
    std::string decidedAt; // empty while proposed
    std::optional<std::int64_t> decidedById;
    std::string decidedBy;
    std::string decidedNote;
};

struct StandardChangeItemRecord
{
    std::int64_t id = 0;
    std::int64_t batchId = 0;
    std::int64_t caseId = 0;
    std::int64_t householdId = 0;
    CaseProgramme programme = CaseProgramme::Dibao;
    std::int64_t lastDecisionId = 0;
    bool factsFromDecision = false; // false: the registry's facts
    std::string factsAsOf; // YYYY-MM-DD
    Money oldAmount;
    std::optional<Money> newAmount; // nothing: no longer eligible
    StandardChangeOutcomeKind outcome = StandardChangeOutcomeKind::Keep;
    YearMonth effectiveMonth;
    std::string explanation;
    std::optional<std::int64_t> decisionId;
    // Read with the item (joins): for lists.
    std::string householdNumber;
    std::string headName;
    std::string personName;
};

// Σ over the batch's items per programme (raised: Σ new − old).
struct StandardChangeTotalRecord
{
    CaseProgramme programme = CaseProgramme::Dibao;
    int cases = 0;
    int raised = 0;
    int kept = 0;
    int flagged = 0;
    Money oldMonthly; // Σ old over every item
    Money difference; // Σ new − old over raised items
};

class StandardChangeRepository
{
public:
    explicit StandardChangeRepository(Database &db)
        : m_db(db)
        , m_st(db)
    { }

    // The cases a batch re-assesses: active (cases.status), not 低保边缘; by id.
    std::vector<std::int64_t> activeCaseIds();

    std::int64_t insertBatch(const StandardChangeBatchRecord &batch);
    std::optional<StandardChangeBatchRecord> findBatch(std::int64_t id);
    // The open (proposed) batch of a set, if any.
    std::optional<StandardChangeBatchRecord> openBatchOf(std::int64_t policySetId);
    // Newest first.
    std::vector<StandardChangeBatchRecord> batchesOf(std::int64_t policySetId);
    // proposed → approved / discarded.
    void decide(std::int64_t batchId, StandardChangeState state, const std::string &at,
                std::int64_t byId, const std::string &by, const std::string &note);

    std::int64_t insertItem(const StandardChangeItemRecord &item);
    // By outcome (raise, flag_review, keep), then household number and case id.
    std::vector<StandardChangeItemRecord> items(std::int64_t batchId);
    void setDecision(std::int64_t itemId, std::int64_t decisionId);
    std::vector<StandardChangeTotalRecord> totals(std::int64_t batchId);

private:
    Database &m_db;
    StatementCache m_st;
};

} // namespace relief::storage
