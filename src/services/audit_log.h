#pragma once

// The tamper-evident audit log. Every record's hash is SHA-256 over the previous
// record's hash and the record's own canonical content, so changing, inserting
// or removing a row behind the program's back breaks the chain at that row.

#include "actions.h"
#include "session.h"
#include "storage/audit_repository.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>

namespace relief::storage {
class Database;
}

namespace relief::services {

class Clock;

struct AuditEntry
{
    AuditAction action; // stored as its key: "user.add", "settings.update", …
    std::string entity; // "user", "office_settings", …
    std::string entityId;
    nlohmann::json details = nlohmann::json::object();
};

using AuditHead = storage::AuditHead;

struct AuditVerification
{
    bool ok = true;
    std::int64_t checked = 0;
    std::int64_t brokenId = 0; // the first record whose hash does not hold (or is missing)
    std::string reason;
    AuditHead head; // the anchored head the chain was checked against
};

class AuditLog
{
public:
    static constexpr const char *kGenesisHash =
        "0000000000000000000000000000000000000000000000000000000000000000";

    AuditLog(storage::Database &db, const Clock &clock)
        : m_db(db)
        , m_clock(clock)
        , m_repo(db)
    { }

    // Appends inside the caller's transaction. The actor is null only for the
    // office's first-run setup, recorded as the new administrator.
    void append(const Session &actor, const AuditEntry &entry);

    // Walks the chain, then compares its end with the anchored head: records missing at
    // the end (or all of them) and a recomputed chain fail too.
    AuditVerification verify();
    // {last id, last hash, count}: what a payroll lock or a backup records (inside the
    // caller's transaction, it is the head including the caller's own appends).
    AuditHead head();

    // Masks ID numbers and bank accounts anywhere in the details (policy-rules §9).
    static nlohmann::json maskDetails(const nlohmann::json &details);
    static std::string canonicalContent(const storage::AuditRecord &record);
    static std::string chainHash(const std::string &prevHash, const storage::AuditRecord &record);

private:
    storage::Database &m_db;
    const Clock &m_clock;
    storage::AuditRepository m_repo; // keeps its statements for the next append
};

} // namespace relief::services
