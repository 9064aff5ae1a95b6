#pragma once

// Re-verification visits and what the year's coverage and the due list read (issue
// 13, 0012_review_visits.sql, data-formats §7, RV-1/RV-2). The only SQL of reviews.

#include "storage/database.h"
#include "storage/statement_cache.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace relief::storage {

struct ReviewVisitRecord
{
    std::int64_t householdId = 0;
    std::optional<std::int64_t> personId;
    std::string visitDate; // YYYY-MM-DD
    std::string staffJson; // JSON list of names
    int staffCount = 0;
    std::string method; // key
    bool seenInPerson = false;
    bool staffSigned = false;
    bool familySigned = false;
    std::string purpose; // key
    std::string note;
    bool qualifies = false;
    std::string source; // import, entry
    std::string fileName;
    std::string recordedBy;
    std::string createdAt;
};

// A case of the re-verification population (RV-1: dibao and single_person household
// cases, 特困 person cases) active on a date, with what the coverage and the due list
// need.
struct ReviewCaseRow
{
    std::int64_t caseId = 0;
    std::string programme; // dibao, single_person, tekun
    std::int64_t householdId = 0;
    std::string householdNo;
    std::int64_t communityId = 0;
    std::string community;
    std::optional<std::int64_t> personId;
    std::string idNumber; // the person's (personal cases), full
    std::string name; // the head's or the person's
    std::string address;
    std::string phone;
    std::optional<std::string> lastQualifyingVisit; // RV-2 visit on or before the date
    std::optional<std::string> lastReviewDate; // the ledger's 最近复核日期
    std::string firstDecidedOn; // the case's first decision (its start)
    std::string personsJson; // the latest decision's persons (D for dibao)
    bool covered = false; // an RV-2 visit dated in [from, to]
};

// A member of D as the cadence (RV-1: labour capacity) reads it.
struct ReviewPersonRow
{
    std::int64_t id = 0;
    std::string birthDate;
    bool inSchool = false;
    bool seriousIllness = false;
    std::optional<std::string> disabilityKind;
    std::optional<int> disabilityGrade;
};

class ReviewRepository
{
public:
    explicit ReviewRepository(Database &db)
        : m_db(db)
        , m_st(db)
    { }

    // household id by number
    std::optional<std::int64_t> householdId(const std::string &householdNo);
    // The person with this ID number who is or was a member of the household.
    std::optional<std::int64_t> memberPerson(std::int64_t householdId, const std::string &idNumber);
    bool visitExists(const ReviewVisitRecord &v); // the same visit already recorded
    std::int64_t insertVisit(const ReviewVisitRecord &v);
    int countVisits();

    // The population active on `asOf` (the month's latest decision not a stop, a gradual
    // exit not past its last paid month), each with `covered` for visits dated in
    // [coveredFrom, asOf] and its last RV-2 visit on or before asOf.
    // By household number, then case id. `details`: names, addresses, the decision's
    // persons and the case's start too (the due list; the coverage needs none).
    std::vector<ReviewCaseRow> population(const std::string &asOf, const std::string &coveredFrom,
                                          const std::optional<std::int64_t> &communityId = {},
                                          bool details = false);
    std::vector<ReviewPersonRow> persons(const std::vector<std::int64_t> &ids);
    std::optional<std::int64_t> communityByName(const std::string &name);

private:
    Database &m_db;
    StatementCache m_st;
};

} // namespace relief::storage
