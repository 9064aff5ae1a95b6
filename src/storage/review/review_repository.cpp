#include "storage/review/review_repository.h"

#include "storage/statement.h"

#include <nlohmann/json.hpp>

namespace relief::storage {

std::optional<std::int64_t> ReviewRepository::householdId(const std::string &householdNo)
{
    Statement &st = m_st("SELECT id FROM households WHERE household_no = ?1");
    st.bind(1, householdNo);
    if (!st.step())
        return std::nullopt;
    return st.int64(0);
}

std::optional<std::int64_t> ReviewRepository::memberPerson(std::int64_t householdId,
                                                           const std::string &idNumber)
{
    Statement &st = m_st("SELECT p.id FROM persons p WHERE p.id_number = ?2 AND EXISTS "
                         "(SELECT 1 FROM memberships m WHERE m.person_id = p.id "
                         "AND m.household_id = ?1)");
    st.bind(1, householdId).bind(2, idNumber);
    if (!st.step())
        return std::nullopt;
    return st.int64(0);
}

bool ReviewRepository::visitExists(const ReviewVisitRecord &v)
{
    Statement &st = m_st(
        "SELECT EXISTS (SELECT 1 FROM review_visits WHERE household_id = ?1 "
        "AND person_id IS ?2 AND visit_date = ?3 AND staff = ?4 AND method = ?5 "
        "AND seen_in_person = ?6 AND staff_signed = ?7 AND family_signed = ?8 AND purpose = ?9 "
        "AND note = ?10)");
    st.bind(1, v.householdId).bind(2, v.personId).bind(3, v.visitDate).bind(4, v.staffJson);
    st.bind(5, v.method).bind(6, v.seenInPerson ? 1 : 0).bind(7, v.staffSigned ? 1 : 0);
    st.bind(8, v.familySigned ? 1 : 0).bind(9, v.purpose).bind(10, v.note);
    st.step();
    return st.int64(0) != 0;
}

std::int64_t ReviewRepository::insertVisit(const ReviewVisitRecord &v)
{
    Statement &st = m_st(
        "INSERT INTO review_visits (household_id, person_id, visit_date, staff, staff_count, "
        "method, seen_in_person, staff_signed, family_signed, purpose, note, qualifies, source, "
        "file_name, recorded_by, created_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)");
    st.bind(1, v.householdId).bind(2, v.personId).bind(3, v.visitDate).bind(4, v.staffJson);
    st.bind(5, v.staffCount).bind(6, v.method).bind(7, v.seenInPerson ? 1 : 0);
    st.bind(8, v.staffSigned ? 1 : 0).bind(9, v.familySigned ? 1 : 0).bind(10, v.purpose);
    st.bind(11, v.note).bind(12, v.qualifies ? 1 : 0).bind(13, v.source).bind(14, v.fileName);
    st.bind(15, v.recordedBy).bind(16, v.createdAt);
    st.exec();
    return m_db.lastInsertId();
}

int ReviewRepository::countVisits()
{
    Statement &st = m_st("SELECT count(*) FROM review_visits");
    st.step();
    return st.int32(0);
}

std::vector<ReviewCaseRow>
ReviewRepository::population(const std::string &asOf, const std::string &coveredFrom,
                             const std::optional<std::int64_t> &community, bool details)
{
    // One pass over the households in number order and their cases; per case its
    // latest decision up to the month (a covering index seek) and its last RV-2 visit
    // on or before asOf, three seeks on partial indexes: a visit naming no person
    // covers the household's cases, a visit naming a person that person's personal
    // cases (data-formats §7), and an application's investigation visit meeting RV-2
    // the cases the application created. Covered = that last visit is on or after
    // coveredFrom. `details` (the due list) adds the names, addresses, the decision's
    // persons and the case's start; CASE keeps those lookups out of the coverage.
    Statement &st = m_st(
        "SELECT c.id, c.programme, h.id, h.household_no, h.community_id, cm.name, c.person_id,"
        " coalesce(p.id_number, ''),"
        " CASE WHEN ?4 THEN coalesce(p.name, h.head_name) ELSE '' END,"
        " CASE WHEN ?4 THEN h.address ELSE '' END, CASE WHEN ?4 THEN h.phone ELSE '' END,"
        " nullif(max(coalesce((SELECT max(v.visit_date) FROM review_visits v"
        "   WHERE v.household_id = c.household_id AND v.person_id IS NULL AND v.qualifies = 1"
        "   AND v.visit_date <= ?1), ''),"
        "  coalesce((SELECT max(v.visit_date) FROM review_visits v"
        "   WHERE v.person_id = c.person_id AND v.person_id IS NOT NULL AND v.qualifies = 1"
        "   AND v.visit_date <= ?1), ''),"
        "  coalesce((SELECT max(hv.visited_on) FROM application_cases ac"
        "   JOIN home_visits hv ON hv.application_id = ac.application_id"
        "   WHERE ac.case_id = c.id AND hv.stage = 'investigation' AND hv.kind = 'home'"
        "   AND hv.beneficiary_seen = 1 AND hv.family_signed = 1 AND hv.staff_signed = 1"
        "   AND hv.visited_on <= ?1"
        "   AND (SELECT count(*) FROM home_visit_staff s WHERE s.visit_id = hv.id) >= 2), '')),"
        "  ''),"
        " h.last_review_date,"
        " CASE WHEN ?4 THEN (SELECT min(d3.decided_on) FROM decisions d3 WHERE d3.case_id = c.id)"
        "  ELSE '' END,"
        " CASE WHEN ?4 THEN d.persons ELSE '[]' END"
        " FROM households h JOIN cases c ON c.household_id = h.id"
        " JOIN decisions d ON d.id = (SELECT d2.id FROM decisions d2"
        "  WHERE d2.case_id = c.id AND d2.effective_month <= substr(?1, 1, 7)"
        "  ORDER BY d2.effective_month DESC, d2.decided_on DESC, d2.id DESC LIMIT 1)"
        " JOIN communities cm ON cm.id = h.community_id"
        " LEFT JOIN persons p ON p.id = c.person_id"
        " WHERE c.programme IN ('dibao', 'single_person', 'tekun') AND d.kind <> 'stop'"
        "  AND (d.kind <> 'gradual_exit' OR d.last_paid_month IS NULL"
        "       OR d.last_paid_month >= substr(?1, 1, 7))"
        "  AND (?3 IS NULL OR h.community_id = ?3)"
        " ORDER BY h.household_no, c.id");
    st.bind(1, asOf).bind(3, community).bind(4, details ? 1 : 0);
    std::vector<ReviewCaseRow> out;
    while (st.step()) {
        ReviewCaseRow r;
        r.caseId = st.int64(0);
        r.programme = st.text(1);
        r.householdId = st.int64(2);
        r.householdNo = st.text(3);
        r.communityId = st.int64(4);
        r.community = st.text(5);
        if (!st.isNull(6))
            r.personId = st.int64(6);
        r.idNumber = st.text(7);
        r.name = st.text(8);
        r.address = st.text(9);
        r.phone = st.text(10);
        r.lastQualifyingVisit = st.optionalText(11);
        r.lastReviewDate = st.optionalText(12);
        r.firstDecidedOn = st.text(13);
        r.personsJson = st.text(14);
        r.covered = r.lastQualifyingVisit && *r.lastQualifyingVisit >= coveredFrom;
        out.push_back(std::move(r));
    }
    return out;
}

std::vector<ReviewPersonRow> ReviewRepository::persons(const std::vector<std::int64_t> &ids)
{
    std::vector<ReviewPersonRow> out;
    if (ids.empty())
        return out;
    Statement &st = m_st("SELECT id, birth_date, in_school, serious_illness, disability_kind, "
                         "disability_grade FROM persons WHERE id IN (SELECT value FROM "
                         "json_each(?1)) ORDER BY id");
    st.bind(1, nlohmann::json(ids).dump());
    while (st.step()) {
        ReviewPersonRow p;
        p.id = st.int64(0);
        p.birthDate = st.text(1);
        p.inSchool = st.int64(2) != 0;
        p.seriousIllness = st.int64(3) != 0;
        p.disabilityKind = st.optionalText(4);
        if (!st.isNull(5))
            p.disabilityGrade = st.int32(5);
        out.push_back(std::move(p));
    }
    return out;
}

std::optional<std::int64_t> ReviewRepository::communityByName(const std::string &name)
{
    Statement &st = m_st("SELECT id FROM communities WHERE name = ?1 OR code = ?1");
    st.bind(1, name);
    if (!st.step())
        return std::nullopt;
    return st.int64(0);
}

} // namespace relief::storage
