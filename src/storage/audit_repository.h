#pragma once

// Reads and appends audit records. Hashing is done by services/AuditLog, which
// owns the chain; this class only moves rows. The statements of appending are
// kept (StatementCache), so one object appends many records cheaply.

#include "statement_cache.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace relief::storage {

class Database;

struct AuditRecord
{
    std::int64_t id = 0;
    std::string at; // UTC ISO 8601
    std::optional<std::int64_t> userId;
    std::string username;
    std::string action;
    std::string entity;
    std::string entityId;
    std::string details; // JSON
    std::string prevHash;
    std::string hash;
};

struct AuditFilter
{
    std::string username; // empty: any
    std::string entity; // empty: any
    std::string fromAt; // inclusive lower bound on `at`, empty: none
    std::string toAt; // exclusive upper bound on `at`, empty: none
    int limit = 200;
    // Keyset paging (newest first): only records older than this id; 0: from the newest.
    // The next page continues from the last record read, so records appended meanwhile
    // neither repeat nor hide a row, and a page far down costs what the first does.
    std::int64_t beforeId = 0;
};

// The end of the chain: what the next record links to.
struct AuditLink
{
    std::int64_t id = 0;
    std::string hash;
};

// The anchored head (schema 6, table audit_head): advanced by a trigger on every
// append, out of reach of a rewrite of audit_log alone.
struct AuditHead
{
    std::int64_t id = 0; // the last record's id; 0: no record yet
    std::string hash; // its hash (64 zeros when there is none)
    std::int64_t count = 0; // records appended in all
};

class AuditRepository
{
public:
    explicit AuditRepository(Database &db)
        : m_db(db)
        , m_st(db)
    { }

    std::optional<AuditRecord> last();
    std::optional<AuditLink> lastLink(); // the last record's id and hash only
    AuditHead head();
    std::int64_t append(const AuditRecord &record); // returns the id
    // Every record in id order, one at a time; stop by returning false.
    void forEach(const std::function<bool(const AuditRecord &)> &visit);
    // Newest first: at most filter.limit records matching the filter with id < beforeId.
    std::vector<AuditRecord> query(const AuditFilter &filter);
    std::int64_t count(const AuditFilter &filter);
    std::vector<std::string> entities();

private:
    Database &m_db;
    StatementCache m_st;
};

} // namespace relief::storage
