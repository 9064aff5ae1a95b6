#include "case_repository.h"

#include "registry_columns.h"
#include "storage/database.h"

#include "domain/json_document.h"

#include <nlohmann/json.hpp>

namespace relief::storage {

namespace {
constexpr const char *kSelect = "SELECT id, household_id, person_id, programme, source, status, "
                                "current_amount, created_at, created_by FROM cases ";

CaseRecord read(const Statement &st)
{
    CaseRecord c;
    c.id = st.int64(0);
    c.householdId = st.int64(1);
    c.personId = columns::optionalId(st, 2);
    c.programme = columns::key<CaseProgramme>(kProgrammeKeys, st, 3);
    c.source = columns::key<CaseSource>(kCaseSourceKeys, st, 4);
    c.active = st.text(5) == "active";
    c.currentAmount = columns::money(st, 6);
    c.createdAt = st.text(7);
    c.createdBy = st.text(8);
    return c;
}

constexpr const char *kDecisionSelect =
    "SELECT id, case_id, kind, effective_month, amount, persons, decided_on, decided_by_id, "
    "decided_by, reason, inputs, explanation, created_at, last_paid_month FROM decisions ";

DecisionRecord readDecision(const Statement &st)
{
    DecisionRecord d;
    d.id = st.int64(0);
    d.caseId = st.int64(1);
    d.kind = columns::key<DecisionKind>(kDecisionKindKeys, st, 2);
    d.effectiveMonth = columns::month(st, 3);
    d.amount = columns::money(st, 4);
    // Stored JSON is read with the same depth guard as a user's file (issue 10).
    const auto persons = parseJsonDocument(st.text(5), Lang::En);
    if (persons.ok() && persons->is_array())
        for (const auto &p : *persons)
            if (p.is_number_integer())
                d.persons.push_back(p.get<std::int64_t>());
    d.decidedOn = columns::date(st, 6);
    d.decidedById = columns::optionalId(st, 7);
    d.decidedBy = st.text(8);
    d.reason = st.text(9);
    d.inputs = st.text(10);
    d.explanation = st.text(11);
    d.createdAt = st.text(12);
    if (!st.isNull(13))
        d.lastPaidMonth = columns::month(st, 13);
    return d;
}
} // namespace

std::optional<CaseRecord> CaseRepository::findById(std::int64_t id)
{
    Statement &st = m_st(std::string(kSelect) + "WHERE id = ?1");
    st.bind(1, id);
    if (st.step())
        return read(st);
    return std::nullopt;
}

std::vector<CaseRecord> CaseRepository::casesOfHousehold(std::int64_t householdId)
{
    std::vector<CaseRecord> out;
    Statement &st = m_st(std::string(kSelect) + "WHERE household_id = ?1 ORDER BY id");
    st.bind(1, householdId);
    while (st.step())
        out.push_back(read(st));
    return out;
}

std::vector<CaseRecord> CaseRepository::casesOfPerson(std::int64_t personId)
{
    std::vector<CaseRecord> out;
    Statement &st = m_st(std::string(kSelect) + "WHERE person_id = ?1 ORDER BY id");
    st.bind(1, personId);
    while (st.step())
        out.push_back(read(st));
    return out;
}

std::optional<CaseRecord> CaseRepository::findActive(std::int64_t householdId,
                                                     std::optional<std::int64_t> personId,
                                                     CaseProgramme programme)
{
    Statement &st = m_st(std::string(kSelect) +
                         "WHERE household_id = ?1 AND programme = ?2 AND status = 'active' "
                         "AND person_id IS ?3 ORDER BY id DESC LIMIT 1");
    st.bind(1, householdId).bind(2, caseProgrammeKey(programme)).bind(3, personId);
    if (st.step())
        return read(st);
    return std::nullopt;
}

std::int64_t CaseRepository::insertCase(const CaseRecord &c)
{
    Statement &st = m_st("INSERT INTO cases(household_id, person_id, programme, source, "
                         "created_at, created_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    st.bind(1, c.householdId).bind(2, c.personId).bind(3, caseProgrammeKey(c.programme));
    st.bind(4, caseSourceKey(c.source)).bind(5, c.createdAt).bind(6, c.createdBy).exec();
    return m_db.lastInsertId();
}

std::vector<DecisionRecord> CaseRepository::decisions(std::int64_t caseId)
{
    std::vector<DecisionRecord> out;
    Statement &st = m_st(std::string(kDecisionSelect) +
                         "WHERE case_id = ?1 ORDER BY effective_month, decided_on, id");
    st.bind(1, caseId);
    while (st.step())
        out.push_back(readDecision(st));
    return out;
}

std::optional<DecisionRecord> CaseRepository::firstDecision(std::int64_t caseId)
{
    Statement &st = m_st(std::string(kDecisionSelect) +
                         "WHERE case_id = ?1 ORDER BY effective_month, decided_on, id LIMIT 1");
    st.bind(1, caseId);
    if (st.step())
        return readDecision(st);
    return std::nullopt;
}

std::int64_t CaseRepository::insertDecision(const DecisionRecord &d)
{
    nlohmann::json persons = nlohmann::json::array();
    for (auto id : d.persons)
        persons.push_back(id);
    Statement &st = m_st(
        "INSERT INTO decisions(case_id, kind, effective_month, amount, persons, person_count, "
        "decided_on, decided_by_id, decided_by, reason, inputs, explanation, created_at, "
        "last_paid_month) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)");
    st.bind(1, d.caseId).bind(2, decisionKindKey(d.kind)).bind(3, d.effectiveMonth.toString());
    st.bind(4, d.amount.fen()).bind(5, persons.dump());
    st.bind(6, static_cast<std::int64_t>(d.persons.size())).bind(7, d.decidedOn.toString());
    st.bind(8, d.decidedById).bind(9, d.decidedBy).bind(10, d.reason).bind(11, d.inputs);
    st.bind(12, d.explanation).bind(13, d.createdAt);
    if (d.lastPaidMonth)
        st.bind(14, d.lastPaidMonth->toString());
    else
        st.bindNull(14);
    st.exec();
    return m_db.lastInsertId();
}

} // namespace relief::storage
