#include "audit_service.h"

namespace relief::services {

Result<AuditVerification> AuditService::verify()
{
    try {
        // The chain and its head from one snapshot: an append committed by another
        // connection meanwhile must not look like a broken end.
        storage::ReadTransaction snapshot(m_db);
        return AuditLog(m_db, m_clock).verify();
    } catch (const storage::DatabaseError &e) {
        return storageError(e);
    }
}

Result<AuditHead> AuditService::head()
{
    try {
        return AuditLog(m_db, m_clock).head();
    } catch (const storage::DatabaseError &e) {
        return storageError(e);
    }
}

Result<std::vector<storage::AuditRecord>> AuditService::query(const Session &session,
                                                              const storage::AuditFilter &filter)
{
    return read(session, Action::ViewAudit, [&]() -> Result<std::vector<storage::AuditRecord>> {
        return storage::AuditRepository(m_db).query(filter);
    });
}

Result<std::int64_t> AuditService::count(const Session &session, const storage::AuditFilter &filter)
{
    return read(session, Action::ViewAudit, [&]() -> Result<std::int64_t> {
        return storage::AuditRepository(m_db).count(filter);
    });
}

Result<std::vector<std::string>> AuditService::entities(const Session &session)
{
    return read(session, Action::ViewAudit, [&]() -> Result<std::vector<std::string>> {
        return storage::AuditRepository(m_db).entities();
    });
}

} // namespace relief::services
