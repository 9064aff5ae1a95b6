#pragma once

// Reading and verifying the audit log.

#include "service_base.h"

#include <QCoreApplication>

#include <vector>

namespace relief::services {

class AuditService : public ServiceBase
{
    Q_DECLARE_TR_FUNCTIONS(AuditService)
public:
    AuditService(storage::Database &db, const Clock &clock)
        : ServiceBase(db, clock)
    { }

    // Needs no sign-in: anyone may check that the log is intact.
    Result<AuditVerification> verify();
    // The anchored head {last id, last hash, count}, to print on papers and keep with
    // backups and payroll locks. Needs no sign-in either (it is not personal data).
    Result<AuditHead> head();

    // Administrator only; newest first.
    Result<std::vector<storage::AuditRecord>> query(const Session &session,
                                                    const storage::AuditFilter &filter);
    Result<std::int64_t> count(const Session &session, const storage::AuditFilter &filter);
    Result<std::vector<std::string>> entities(const Session &session);
};

} // namespace relief::services
