#include "service_base.h"

#include "actions.h"

#include "domain/mask.h"

#include <QCoreApplication>
#include <spdlog/spdlog.h>

namespace relief::services {

namespace {
class ServiceMessages
{
    Q_DECLARE_TR_FUNCTIONS(ServiceMessages)
public:
    static QString denied(const QString &user, Action action)
    {
        return tr("%1 may not %2: none of the account's roles allows it.")
            .arg(user, permissionName(action));
    }
    static QString inactive(const QString &user)
    {
        return tr("The account %1 is disabled or no longer exists; sign in again.").arg(user);
    }
    static QString temporaryPassword(const QString &user)
    {
        return tr("%1 signed in with a temporary password: choose a new password before "
                  "making any change.")
            .arg(user);
    }
    static QString storage(const QString &detail)
    {
        return tr("The database could not complete the operation; nothing was changed (%1).")
            .arg(detail);
    }
};
} // namespace

std::string toStd(const QString &s)
{
    return s.toStdString();
}

Error storageError(const storage::DatabaseError &e)
{
    spdlog::error("database: {}", maskSensitiveText(e.what()));
    return Error {
        ErrorCode::Storage,
        toStd(ServiceMessages::storage(QString::fromStdString(maskSensitiveText(e.what())))),
        {}};
}

bool ServiceBase::allows(const Session &session, Action action)
{
    try {
        const auto user = storage::UserRepository(m_db).findById(session.userId);
        return user && user->active && rolesAllow(user->roles, action);
    } catch (const storage::DatabaseError &) {
        return false;
    }
}

Result<storage::UserRecord> ServiceBase::authorize(const Session &session, Action action,
                                                   Access access)
{
    const QString name = QString::fromStdString(session.username);
    auto user = storage::UserRepository(m_db).findById(session.userId);
    if (!user || !user->active)
        return Error {ErrorCode::PermissionDenied, toStd(ServiceMessages::inactive(name)), {}};
    if (!rolesAllow(user->roles, action)) {
        spdlog::warn("refused: {} may not {}", session.username, actionKey(action));
        return Error {
            ErrorCode::PermissionDenied, toStd(ServiceMessages::denied(name, action)), {}};
    }
    if (access == Access::Write && user->mustChangePassword) {
        spdlog::warn("refused: {} has a temporary password ({})", session.username,
                     actionKey(action));
        return Error {
            ErrorCode::PermissionDenied,
            toStd(ServiceMessages::temporaryPassword(QString::fromStdString(user->username))),
            "new_password"};
    }
    return *user;
}

} // namespace relief::services
