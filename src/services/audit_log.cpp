#include "audit_log.h"

#include "actions.h"
#include "clock.h"
#include "services/accounts/password_hasher.h"

#include "domain/mask.h"

#include <spdlog/spdlog.h>

namespace relief::services {

using storage::AuditRecord;
using storage::AuditRepository;

namespace {
bool keyIs(const std::string &key, std::initializer_list<const char *> names)
{
    for (const char *n : names)
        if (key == n)
            return true;
    return false;
}

nlohmann::json maskValue(const std::string &key, const nlohmann::json &value)
{
    if (value.is_object()) {
        nlohmann::json out = nlohmann::json::object();
        for (auto it = value.begin(); it != value.end(); ++it)
            out[it.key()] = maskValue(it.key(), it.value());
        return out;
    }
    if (value.is_array()) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto &v : value)
            out.push_back(maskValue(key, v));
        return out;
    }
    if (value.is_string()) {
        const auto s = value.get<std::string>();
        if (keyIs(key, {"id_number", "idNumber"}))
            return maskIdNumber(s);
        if (keyIs(key, {"bank_account", "bankAccount", "account"}))
            return maskBankAccount(s);
        if (keyIs(key, {"password", "password_hash", "passwordHash"}))
            return "***";
        return maskSensitiveText(s);
    }
    return value;
}
} // namespace

nlohmann::json AuditLog::maskDetails(const nlohmann::json &details)
{
    return maskValue("", details);
}

std::string AuditLog::canonicalContent(const AuditRecord &r)
{
    // A JSON array has one serialisation with nlohmann (no whitespace, keys of
    // the details object sorted), so the same record always hashes the same.
    nlohmann::json doc = nlohmann::json::array();
    doc.push_back(r.id);
    doc.push_back(r.at);
    doc.push_back(r.userId ? nlohmann::json(*r.userId) : nlohmann::json());
    doc.push_back(r.username);
    doc.push_back(r.action);
    doc.push_back(r.entity);
    doc.push_back(r.entityId);
    doc.push_back(r.details);
    return doc.dump();
}

std::string AuditLog::chainHash(const std::string &prevHash, const AuditRecord &record)
{
    return sha256Hex(prevHash + "\n" + canonicalContent(record));
}

void AuditLog::append(const Session &actor, const AuditEntry &entry)
{
    // The key comes from the catalogue (services/audit_action_list.h) by construction.
    const auto last = m_repo.lastLink();
    AuditRecord r;
    r.id = last ? last->id + 1 : 1;
    r.at = m_clock.isoUtc();
    if (actor.userId > 0)
        r.userId = actor.userId;
    r.username = actor.username;
    r.action = std::string(auditActionKey(entry.action));
    r.entity = entry.entity;
    r.entityId = entry.entityId;
    r.details = maskDetails(entry.details).dump();
    r.prevHash = last ? last->hash : kGenesisHash;
    r.hash = chainHash(r.prevHash, r);
    m_repo.append(r);
}

AuditHead AuditLog::head()
{
    return m_repo.head();
}

AuditVerification AuditLog::verify()
{
    AuditVerification result;
    std::string prev = kGenesisHash;
    std::int64_t expectedId = 1;
    std::int64_t lastId = 0;
    const AuditHead head = m_repo.head();
    AuditRepository(m_db).forEach([&](const AuditRecord &r) {
        ++result.checked;
        if (r.id != expectedId) {
            result = {false,
                      result.checked,
                      r.id,
                      "record " + std::to_string(expectedId) + " is missing",
                      {}};
            return false;
        }
        if (r.prevHash != prev) {
            result = {false, result.checked, r.id, "previous hash does not match", {}};
            return false;
        }
        if (chainHash(prev, r) != r.hash) {
            result = {false, result.checked, r.id, "content does not match its hash", {}};
            return false;
        }
        prev = r.hash;
        lastId = r.id;
        ++expectedId;
        return true;
    });
    result.head = head;
    if (!result.ok)
        return result;
    // The chain holds; its end must be the anchored head.
    if (lastId < head.id || result.checked != head.count) {
        result.ok = false;
        result.brokenId = lastId + 1;
        result.reason = lastId == 0
            ? "all " + std::to_string(head.count) + " records are missing (the head is record " +
                std::to_string(head.id) + ")"
            : "records " + std::to_string(lastId + 1) + " to " + std::to_string(head.id) +
                " are missing at the end (the head is record " + std::to_string(head.id) + ")";
        return result;
    }
    if (lastId != head.id || prev != head.hash) {
        result.ok = false;
        result.brokenId = lastId;
        result.reason = "the last record does not match the head (the chain was rewritten)";
    }
    return result;
}

} // namespace relief::services
