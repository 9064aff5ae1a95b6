#pragma once

// Applications (schema 5) with their checklist, history, home visits and
// cross-department checks, and the cases an approval created.

#include "application_records.h"
#include "storage/statement_cache.h"

#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace relief::storage {

class ApplicationRepository
{
public:
    explicit ApplicationRepository(Database &db)
        : m_st(db)
    { }

    // The next free number of the year: SQ2025-00001, SQ2025-00002…
    std::string nextNumber(int year);
    std::int64_t insert(const ApplicationRecord &record);
    // Writes every column but the id, number, household, programme and creator.
    void update(const ApplicationRecord &record);
    std::optional<ApplicationRecord> findById(std::int64_t id);
    std::optional<ApplicationRecord> findByNumber(const std::string &applicationNo);
    // Newest first.
    std::vector<ApplicationRecord> ofHousehold(std::int64_t householdId);
    // Not yet decided, or refused with the refusal notice not yet issued: what
    // the workbench watches. Oldest first.
    std::vector<ApplicationRecord> open();
    // Newest first (by id), a page of those the filter lets through.
    std::vector<ApplicationRecord> list(const ApplicationListFilter &filter, int limit, int offset);
    // The same page with the household, applicant and community names, in one
    // query (no lookups per row).
    std::vector<ApplicationListRecord> listRows(const ApplicationListFilter &filter, int limit,
                                                int offset);
    std::int64_t count(const ApplicationListFilter &filter);

    std::vector<std::pair<Material, bool>> materials(std::int64_t applicationId);
    void setMaterials(std::int64_t applicationId,
                      const std::vector<std::pair<Material, bool>> &materials);

    std::int64_t insertEvent(const ApplicationEventRecord &event);
    // Oldest first.
    std::vector<ApplicationEventRecord> events(std::int64_t applicationId);

    std::int64_t insertVisit(const VisitRecord &visit);
    // By visit date, then id.
    std::vector<VisitRecord> visits(std::int64_t applicationId);

    std::int64_t insertCheck(const CrossCheckRecord &check);
    // Oldest first; the latest of a department is the one that counts.
    std::vector<CrossCheckRecord> checks(std::int64_t applicationId);

    void linkCase(std::int64_t applicationId, std::int64_t caseId);
    std::vector<std::int64_t> caseIds(std::int64_t applicationId);

private:
    std::vector<ApplicationRecord> select(const std::string &where,
                                          const std::function<void(Statement &)> &bind);
    StatementCache m_st;
};

} // namespace relief::storage
