#include "account_service.h"

#include "password_hasher.h"

#include "storage/settings_repository.h"

#include <QDateTime>
#include <spdlog/spdlog.h>

namespace relief::services {

using storage::UserRecord;
using storage::UserRepository;

namespace {
nlohmann::json rolesJson(const RoleSet &roles)
{
    nlohmann::json a = nlohmann::json::array();
    for (Role r : roles)
        a.push_back(std::string(roleKey(r)));
    return a;
}

bool isLocked(const UserRecord &u, std::int64_t now)
{
    return u.lockedUntil > now;
}
} // namespace

std::optional<Error> AccountService::checkPassword(const std::string &password, const char *field)
{
    if (PasswordHasher::length(password) < PasswordHasher::kMinLength)
        return Error::invalid(field,
                              toStd(tr("The password must have at least %1 characters.")
                                        .arg(PasswordHasher::kMinLength)));
    return std::nullopt;
}

std::optional<Error> AccountService::checkUsername(const std::string &username)
{
    const QString name = QString::fromStdString(username);
    if (name.size() < 2 || name.size() > 32)
        return Error::invalid("username", toStd(tr("The user name must have 2 to 32 characters.")));
    for (QChar c : name)
        if (c.isSpace() || c == u',' || c == u'，' || !c.isPrint())
            return Error::invalid("username",
                                  toStd(tr("The user name may not contain spaces or commas.")));
    return std::nullopt;
}

bool AccountService::needsSetup()
{
    return UserRepository(m_db).count() == 0;
}

Result<Session> AccountService::setupOffice(const OfficeSetup &setup)
{
    const QString office = QString::fromStdString(setup.officeName).trimmed();
    if (office.isEmpty())
        return Error::invalid("office", toStd(tr("Enter the office's name.")));
    const QString area = QString::fromStdString(setup.areaCode).trimmed();
    if (!area.isEmpty()) {
        bool digits = area.size() >= 6 && area.size() <= 12;
        for (QChar c : area)
            digits = digits && c.isDigit() && c.unicode() < 128;
        if (!digits)
            return Error::invalid("area_code",
                                  toStd(tr("The area code is the 6 to 12 digit administrative "
                                           "division code, e.g. 110105.")));
    }
    if (auto e = checkUsername(setup.adminUsername))
        return *e;
    if (auto e = checkPassword(setup.password))
        return *e;
    const std::string hash = PasswordHasher::hash(setup.password);
    try {
        storage::Transaction tx(m_db);
        UserRepository users(m_db);
        if (users.count() != 0)
            return Error {ErrorCode::Conflict,
                          toStd(tr("This database is already set up; sign in instead.")),
                          {}};
        UserRecord admin;
        admin.username = setup.adminUsername;
        admin.displayName =
            setup.adminDisplayName.empty() ? setup.adminUsername : setup.adminDisplayName;
        admin.passwordHash = hash;
        admin.roles = allRoles();
        admin.createdAt = m_clock.isoUtc();
        admin.id = users.insert(admin);
        storage::SettingsRepository settings(m_db);
        settings.set("office_name", toStd(office));
        settings.set("area_code", toStd(area));
        Session session {admin.id, admin.username, admin.displayName, admin.roles, false};
        AuditLog audit(m_db, m_clock);
        audit.append(session,
                     {AuditAction::OfficeSetup,
                      "office_settings",
                      "office",
                      {{"office_name", toStd(office)}, {"area_code", toStd(area)}}});
        audit.append(session,
                     {AuditAction::UserAdd,
                      "user",
                      std::to_string(admin.id),
                      {{"username", admin.username},
                       {"display_name", admin.displayName},
                       {"roles", rolesJson(admin.roles)}}});
        tx.commit();
        spdlog::info("office set up; administrator {}", admin.username);
        return session;
    } catch (const storage::DatabaseError &e) {
        return storageError(e);
    }
}

Result<Session> AccountService::login(const std::string &username, const std::string &password)
{
    // One refusal for an unknown user, a wrong password, a disabled and a locked account
    // (defect 8): the account's status is told only once the password checked.
    const Error wrong {ErrorCode::AuthFailed,
                       toStd(tr("The user name or password is not correct.")), "password"};
    try {
        UserRepository users(m_db);
        auto user = users.findByName(username);
        if (!user) {
            // The same argon2id work as for a real account, so the time tells nothing.
            (void)PasswordHasher::verify(PasswordHasher::dummyHash(), password);
            spdlog::warn("sign-in failed: unknown user");
            return wrong;
        }
        // Verify outside the write lock: argon2id takes a noticeable moment.
        const bool good = PasswordHasher::verify(user->passwordHash, password);
        const std::int64_t now = m_clock.unixSeconds();
        // The count and the lock are decided inside the write transaction, on the row
        // as stored now: parallel attempts (other connections, other instances) queue
        // on the lock and each one counts.
        storage::Transaction tx(m_db);
        auto current = users.findById(user->id);
        if (!current)
            return wrong;
        if (!good || current->passwordHash != user->passwordHash) {
            // A disabled account counts nothing; a locked one keeps its lock.
            if (current->active) {
                const auto state =
                    users.recordFailure(current->id, now, kMaxFailures, kLockSeconds);
                tx.commit();
                const bool lockedNow = state.lockedUntil > now;
                spdlog::warn("sign-in failed for {} ({}{})", current->username,
                             lockedNow ? std::string("locked")
                                       : std::to_string(state.failedAttempts) + " in a row",
                             lockedNow && !isLocked(*current, now) ? ", locked now" : "");
            } else {
                spdlog::warn("sign-in failed for {} (disabled)", current->username);
            }
            return wrong;
        }
        if (!current->active)
            return Error {ErrorCode::AuthFailed,
                          toStd(tr("The account %1 is disabled. Ask an administrator.")
                                    .arg(QString::fromStdString(current->username))),
                          "username"};
        if (isLocked(*current, now)) {
            const QString until = QDateTime::fromSecsSinceEpoch(current->lockedUntil)
                                      .toLocalTime()
                                      .toString(QStringLiteral("HH:mm"));
            return Error {ErrorCode::AuthFailed,
                          toStd(tr("The account is locked after %1 wrong passwords; try again "
                                   "after %2 or ask an administrator to reset the password.")
                                    .arg(kMaxFailures)
                                    .arg(until)),
                          "password"};
        }
        if (current->failedAttempts != 0 || current->lockedUntil != 0)
            users.setLockout(current->id, 0, 0);
        tx.commit();
        spdlog::info("signed in: {}", current->username);
        return Session {current->id, current->username, current->displayName, current->roles,
                        current->mustChangePassword};
    } catch (const storage::DatabaseError &e) {
        return storageError(e);
    }
}

Status AccountService::changeOwnPassword(const Session &session, const std::string &oldPassword,
                                         const std::string &newPassword)
{
    if (auto e = checkPassword(newPassword, "new_password"))
        return *e;
    if (oldPassword == newPassword)
        return Error::invalid("new_password",
                              toStd(tr("The new password must differ from the old one.")));
    try {
        UserRepository users(m_db);
        auto user = users.findById(session.userId);
        if (!user || !user->active)
            return Error {ErrorCode::AuthFailed, toStd(tr("The account is disabled.")), {}};
        // Verify and hash outside the write lock (argon2id takes a moment) …
        if (!PasswordHasher::verify(user->passwordHash, oldPassword))
            return Error::invalid("old_password",
                                  toStd(tr("The current password is not correct.")));
        const std::string hash = PasswordHasher::hash(newPassword);
        // … then re-read the account in the transaction: it must still be active and
        // still have the password just verified; the audit names it as stored.
        storage::Transaction tx(m_db);
        auto current = users.findById(session.userId);
        if (!current || !current->active)
            return Error {ErrorCode::AuthFailed, toStd(tr("The account is disabled.")), {}};
        if (current->passwordHash != user->passwordHash)
            return Error {ErrorCode::Conflict,
                          toStd(tr("The password was changed meanwhile; sign in again.")),
                          "old_password"};
        users.setPassword(current->id, hash, false);
        const Session actor {current->id, current->username, current->displayName, current->roles,
                             false};
        AuditLog(m_db, m_clock)
            .append(actor,
                    {AuditAction::UserChangePassword, "user", std::to_string(current->id), {}});
        tx.commit();
        return okStatus();
    } catch (const storage::DatabaseError &e) {
        return storageError(e);
    } catch (const std::exception &e) {
        spdlog::error("password change failed: {}", e.what());
        return Error {ErrorCode::Storage,
                      toStd(tr("The password could not be changed; nothing was changed.")),
                      {}};
    }
}

Result<std::vector<UserInfo>> AccountService::listUsers(const Session &session)
{
    return read(session, Action::ManageUsers, [&]() -> Result<std::vector<UserInfo>> {
        std::vector<UserInfo> out;
        const std::int64_t now = m_clock.unixSeconds();
        for (const UserRecord &u : UserRepository(m_db).list())
            out.push_back({u.id, u.username, u.displayName, u.roles, u.active, isLocked(u, now),
                           u.createdAt});
        return out;
    });
}

Result<UserRecord> AccountService::findTarget(const std::string &username)
{
    auto user = UserRepository(m_db).findByName(username);
    if (!user)
        return Error {
            ErrorCode::NotFound,
            toStd(tr("There is no account named %1.").arg(QString::fromStdString(username))),
            "username"};
    return *user;
}

Result<std::int64_t> AccountService::addUser(const Session &session, const NewUser &nu)
{
    if (auto e = checkUsername(nu.username))
        return *e;
    if (nu.roles.empty())
        return Error::invalid("roles", toStd(tr("Give the account at least one role.")));
    if (auto e = checkPassword(nu.password))
        return *e;
    const std::string hash = PasswordHasher::hash(nu.password);
    return write(session, Action::ManageUsers, [&](AuditLog &audit) -> Result<std::int64_t> {
        UserRepository users(m_db);
        if (users.findByName(nu.username))
            return Error {ErrorCode::Conflict,
                          toStd(tr("An account named %1 already exists.")
                                    .arg(QString::fromStdString(nu.username))),
                          "username"};
        UserRecord u;
        u.username = nu.username;
        u.displayName = nu.displayName.empty() ? nu.username : nu.displayName;
        u.passwordHash = hash;
        u.roles = nu.roles;
        u.createdAt = m_clock.isoUtc();
        const std::int64_t id = users.insert(u);
        audit.append(session,
                     {AuditAction::UserAdd,
                      "user",
                      std::to_string(id),
                      {{"username", u.username},
                       {"display_name", u.displayName},
                       {"roles", rolesJson(u.roles)}}});
        return id;
    });
}

Status AccountService::resetPassword(const Session &session, const std::string &username,
                                     const std::string &newPassword)
{
    if (auto e = checkPassword(newPassword))
        return *e;
    const std::string hash = PasswordHasher::hash(newPassword);
    return write(session, Action::ManageUsers, [&](AuditLog &audit) -> Status {
        auto target = findTarget(username);
        if (!target.ok())
            return target.error();
        // Someone else's reset password is temporary: they choose their own next time.
        const bool mustChange = target->id != session.userId;
        UserRepository(m_db).setPassword(target->id, hash, mustChange);
        audit.append(session,
                     {AuditAction::UserResetPassword,
                      "user",
                      std::to_string(target->id),
                      {{"username", target->username}}});
        return okStatus();
    });
}

std::optional<Error> AccountService::wouldLeaveNoAdmin(const UserRecord &target, bool active,
                                                       const RoleSet &roles)
{
    if (!target.active || !target.roles.count(Role::Admin))
        return std::nullopt;
    if (active && roles.count(Role::Admin))
        return std::nullopt;
    for (const UserRecord &u : UserRepository(m_db).list())
        if (u.id != target.id && u.active && u.roles.count(Role::Admin))
            return std::nullopt;
    return Error {ErrorCode::Conflict,
                  toStd(tr("%1 is the last active administrator; make another administrator "
                           "first.")
                            .arg(QString::fromStdString(target.username))),
                  "roles"};
}

Status AccountService::setActive(const Session &session, const std::string &username, bool active)
{
    return write(session, Action::ManageUsers, [&](AuditLog &audit) -> Status {
        auto target = findTarget(username);
        if (!target.ok())
            return target.error();
        if (!active && target->id == session.userId)
            return Error {ErrorCode::Conflict, toStd(tr("You cannot disable your own account.")),
                          "username"};
        if (auto e = wouldLeaveNoAdmin(*target, active, target->roles))
            return *e;
        if (target->active == active)
            return okStatus();
        UserRepository(m_db).setActive(target->id, active);
        audit.append(session,
                     {active ? AuditAction::UserEnable : AuditAction::UserDisable,
                      "user",
                      std::to_string(target->id),
                      {{"username", target->username}}});
        return okStatus();
    });
}

Status AccountService::setRoles(const Session &session, const std::string &username,
                                const RoleSet &roles)
{
    if (roles.empty())
        return Error::invalid("roles", toStd(tr("Give the account at least one role.")));
    return write(session, Action::ManageUsers, [&](AuditLog &audit) -> Status {
        auto target = findTarget(username);
        if (!target.ok())
            return target.error();
        if (auto e = wouldLeaveNoAdmin(*target, target->active, roles))
            return *e;
        if (target->roles == roles)
            return okStatus();
        UserRepository(m_db).setRoles(target->id, roles);
        audit.append(session,
                     {AuditAction::UserSetRoles,
                      "user",
                      std::to_string(target->id),
                      {{"username", target->username},
                       {"from", rolesJson(target->roles)},
                       {"to", rolesJson(roles)}}});
        return okStatus();
    });
}

} // namespace relief::services
