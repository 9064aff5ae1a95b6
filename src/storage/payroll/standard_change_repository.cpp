#include "standard_change_repository.h"

#include "storage/database.h"
#include "storage/registry/registry_columns.h"

#include <algorithm>
#include <array>

namespace relief::storage {

namespace {
constexpr std::array<std::string_view, 3> kStateKeys = {"proposed", "approved", "discarded"};
constexpr std::array<std::string_view, 3> kOutcomeKeys = {"raise", "keep", "flag_review"};

constexpr const char *kBatchSelect =
    "SELECT id, policy_set_id, effective_from, state, proposed_at, proposed_by_id, proposed_by, "
    "coalesce(decided_at, ''), decided_by_id, coalesce(decided_by, ''), decided_note "
    "FROM standard_change_batches ";

StandardChangeBatchRecord readBatch(const Statement &st)
{
    StandardChangeBatchRecord b;
    b.id = st.int64(0);
    b.policySetId = st.int64(1);
    b.effectiveFrom = st.text(2);
    b.state = columns::key<StandardChangeState>(kStateKeys, st, 3);
    b.proposedAt = st.text(4);
    b.proposedById = st.int64(5);
    b.proposedBy = st.text(6);
    b.decidedAt = st.text(7);
    b.decidedById = columns::optionalId(st, 8);
    b.decidedBy = st.text(9);
    b.decidedNote = st.text(10);
    return b;
}
} // namespace

std::string_view standardChangeStateKey(StandardChangeState state)
{
    return kStateKeys.at(static_cast<size_t>(state));
}

std::string_view standardChangeOutcomeKey(StandardChangeOutcomeKind outcome)
{
    return kOutcomeKeys.at(static_cast<size_t>(outcome));
}

std::vector<std::int64_t> StandardChangeRepository::activeCaseIds()
{
    std::vector<std::int64_t> out;
    Statement &st = m_st(
        "SELECT id FROM cases WHERE status = 'active' AND programme <> 'marginal' ORDER BY id");
    while (st.step())
        out.push_back(st.int64(0));
    return out;
}

std::int64_t StandardChangeRepository::insertBatch(const StandardChangeBatchRecord &b)
{
    Statement &st =
        m_st("INSERT INTO standard_change_batches(policy_set_id, effective_from, state, "
             "proposed_at, proposed_by_id, proposed_by) VALUES (?1, ?2, 'proposed', "
             "?3, ?4, ?5)");
    st.bind(1, b.policySetId).bind(2, b.effectiveFrom).bind(3, b.proposedAt);
    st.bind(4, b.proposedById).bind(5, b.proposedBy).exec();
    return m_db.lastInsertId();
}

std::optional<StandardChangeBatchRecord> StandardChangeRepository::findBatch(std::int64_t id)
{
    Statement &st = m_st(std::string(kBatchSelect) + "WHERE id = ?1");
    st.bind(1, id);
    if (st.step())
        return readBatch(st);
    return std::nullopt;
}

std::optional<StandardChangeBatchRecord>
StandardChangeRepository::openBatchOf(std::int64_t policySetId)
{
    Statement &st =
        m_st(std::string(kBatchSelect) + "WHERE policy_set_id = ?1 AND state = 'proposed'");
    st.bind(1, policySetId);
    if (st.step())
        return readBatch(st);
    return std::nullopt;
}

std::vector<StandardChangeBatchRecord> StandardChangeRepository::batchesOf(std::int64_t policySetId)
{
    std::vector<StandardChangeBatchRecord> out;
    Statement &st = m_st(std::string(kBatchSelect) + "WHERE policy_set_id = ?1 ORDER BY id DESC");
    st.bind(1, policySetId);
    while (st.step())
        out.push_back(readBatch(st));
    return out;
}

void StandardChangeRepository::decide(std::int64_t batchId, StandardChangeState state,
                                      const std::string &at, std::int64_t byId,
                                      const std::string &by, const std::string &note)
{
    Statement &st = m_st("UPDATE standard_change_batches SET state = ?2, decided_at = ?3, "
                         "decided_by_id = ?4, decided_by = ?5, decided_note = ?6 "
                         "WHERE id = ?1 AND state = 'proposed'");
    st.bind(1, batchId).bind(2, standardChangeStateKey(state)).bind(3, at).bind(4, byId);
    st.bind(5, by).bind(6, note).exec();
}

std::int64_t StandardChangeRepository::insertItem(const StandardChangeItemRecord &i)
{
    Statement &st =
        m_st("INSERT INTO standard_change_items(batch_id, case_id, household_id, programme, "
             "last_decision_id, facts_source, facts_as_of, old_amount, new_amount, outcome, "
             "effective_month, explanation) "
             "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
    st.bind(1, i.batchId).bind(2, i.caseId).bind(3, i.householdId);
    st.bind(4, caseProgrammeKey(i.programme)).bind(5, i.lastDecisionId);
    st.bind(6, i.factsFromDecision ? "decision" : "registry").bind(7, i.factsAsOf);
    st.bind(8, i.oldAmount.fen());
    if (i.newAmount)
        st.bind(9, i.newAmount->fen());
    else
        st.bindNull(9);
    st.bind(10, standardChangeOutcomeKey(i.outcome)).bind(11, i.effectiveMonth.toString());
    st.bind(12, i.explanation).exec();
    return m_db.lastInsertId();
}

std::vector<StandardChangeItemRecord> StandardChangeRepository::items(std::int64_t batchId)
{
    std::vector<StandardChangeItemRecord> out;
    Statement &st =
        m_st("SELECT i.id, i.batch_id, i.case_id, i.household_id, i.programme, i.last_decision_id, "
             "i.facts_source, i.facts_as_of, i.old_amount, i.new_amount, i.outcome, "
             "i.effective_month, i.explanation, i.decision_id, h.household_no, h.head_name, "
             "coalesce(p.name, '') "
             "FROM standard_change_items i JOIN cases c ON c.id = i.case_id "
             "JOIN households h ON h.id = i.household_id LEFT JOIN persons p ON p.id = c.person_id "
             "WHERE i.batch_id = ?1 "
             "ORDER BY CASE i.outcome WHEN 'raise' THEN 0 WHEN 'flag_review' THEN 1 ELSE 2 END, "
             "h.household_no, i.case_id");
    st.bind(1, batchId);
    while (st.step()) {
        StandardChangeItemRecord r;
        r.id = st.int64(0);
        r.batchId = st.int64(1);
        r.caseId = st.int64(2);
        r.householdId = st.int64(3);
        r.programme = columns::key<CaseProgramme>(kProgrammeKeys, st, 4);
        r.lastDecisionId = st.int64(5);
        r.factsFromDecision = st.text(6) == "decision";
        r.factsAsOf = st.text(7);
        r.oldAmount = columns::money(st, 8);
        if (!st.isNull(9))
            r.newAmount = columns::money(st, 9);
        r.outcome = columns::key<StandardChangeOutcomeKind>(kOutcomeKeys, st, 10);
        r.effectiveMonth = columns::month(st, 11);
        r.explanation = st.text(12);
        r.decisionId = columns::optionalId(st, 13);
        r.householdNumber = st.text(14);
        r.headName = st.text(15);
        r.personName = st.text(16);
        out.push_back(std::move(r));
    }
    return out;
}

void StandardChangeRepository::setDecision(std::int64_t itemId, std::int64_t decisionId)
{
    Statement &st = m_st("UPDATE standard_change_items SET decision_id = ?2 WHERE id = ?1");
    st.bind(1, itemId).bind(2, decisionId).exec();
}

std::vector<StandardChangeTotalRecord> StandardChangeRepository::totals(std::int64_t batchId)
{
    std::vector<StandardChangeTotalRecord> out;
    Statement &st =
        m_st("SELECT programme, count(*), sum(outcome = 'raise'), sum(outcome = 'keep'), "
             "sum(outcome = 'flag_review'), sum(old_amount), "
             "coalesce(sum(CASE outcome WHEN 'raise' THEN new_amount - old_amount END), 0) "
             "FROM standard_change_items WHERE batch_id = ?1 GROUP BY programme");
    st.bind(1, batchId);
    while (st.step()) {
        StandardChangeTotalRecord t;
        t.programme = columns::key<CaseProgramme>(kProgrammeKeys, st, 0);
        t.cases = st.int32(1);
        t.raised = st.int32(2);
        t.kept = st.int32(3);
        t.flagged = st.int32(4);
        t.oldMonthly = columns::money(st, 5);
        t.difference = columns::money(st, 6);
        out.push_back(t);
    }
    // In programme order (the keys' order), not the text's.
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) {
        return static_cast<int>(a.programme) < static_cast<int>(b.programme);
    });
    return out;
}

} // namespace relief::storage
