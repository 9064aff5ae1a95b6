#pragma once

// Shared plumbing of the use-case services: every write opens one transaction,
// re-checks the acting user against the role table, runs, audits and commits;
// a storage failure rolls back and becomes an Error.

#include "audit_log.h"
#include "clock.h"
#include "permissions.h"
#include "session.h"

#include "domain/result.h"
#include "storage/accounts/user_repository.h"
#include "storage/database.h"
#include "storage/database_error.h"
#include "storage/transaction.h"

#include <QString>

#include <type_traits>
#include <utility>

namespace relief::services {

std::string toStd(const QString &s);
Error storageError(const storage::DatabaseError &e);

class ServiceBase
{
public:
    storage::Database &database() const { return m_db; }

    // Whether the user may do `action` now: what the GUI asks before it offers a
    // step. A quiet probe (no log line); the service checks again when it writes.
    bool allows(const Session &session, Action action);
    const Clock &clock() const { return m_clock; }

protected:
    ServiceBase(storage::Database &db, const Clock &clock)
        : m_db(db)
        , m_clock(clock)
    { }

    enum class Access { Read, Write };

    // The acting user as stored now: active, and holding a role that allows `action`;
    // for a write, also not holding a temporary password (must_change_password: the
    // only write left to such an account is AccountService::changeOwnPassword, which
    // does not come through here). A refusal is logged as a warning.
    Result<storage::UserRecord> authorize(const Session &session, Action action,
                                          Access access = Access::Write);

    // fn(AuditLog &) -> Result<T>; committed only when fn succeeds.
    template<class F>
    auto write(const Session &session, Action action, F &&fn) -> std::invoke_result_t<F, AuditLog &>
    {
        try {
            storage::Transaction tx(m_db);
            if (auto actor = authorize(session, action); !actor.ok())
                return actor.error();
            AuditLog audit(m_db, m_clock);
            auto result = fn(audit);
            if (result.ok())
                tx.commit();
            return result;
        } catch (const storage::DatabaseError &e) {
            return storageError(e);
        }
    }

    // The same with the acting user as stored now: fn(AuditLog &, const UserRecord &).
    template<class F>
    auto writeAs(const Session &session, Action action, F &&fn)
        -> std::invoke_result_t<F, AuditLog &, const storage::UserRecord &>
    {
        try {
            storage::Transaction tx(m_db);
            auto actor = authorize(session, action);
            if (!actor.ok())
                return actor.error();
            AuditLog audit(m_db, m_clock);
            auto result = fn(audit, actor.value());
            if (result.ok())
                tx.commit();
            return result;
        } catch (const storage::DatabaseError &e) {
            return storageError(e);
        }
    }

    // Authorises and runs fn() -> Result<T> in one read transaction (BEGIN DEFERRED …
    // COMMIT): every query of a multi-query read sees the same snapshot, while other
    // connections go on writing.
    template<class F>
    auto read(const Session &session, Action action, F &&fn) -> std::invoke_result_t<F>
    {
        try {
            storage::ReadTransaction snapshot(m_db);
            if (auto actor = authorize(session, action, Access::Read); !actor.ok())
                return actor.error();
            return fn();
        } catch (const storage::DatabaseError &e) {
            return storageError(e);
        }
    }

    storage::Database &m_db;
    const Clock &m_clock;
};

} // namespace relief::services
