#include "user_repository.h"

#include "storage/database.h"
#include "storage/statement.h"

namespace relief::storage {

namespace {
constexpr const char *kColumns = "SELECT id, username, display_name, password_hash, active, "
                                 "failed_attempts, locked_until, must_change_password, "
                                 "created_at FROM users ";

UserRecord readUser(const Statement &st)
{
    UserRecord u;
    u.id = st.int64(0);
    u.username = st.text(1);
    u.displayName = st.text(2);
    u.passwordHash = st.text(3);
    u.active = st.int64(4) != 0;
    u.failedAttempts = st.int32(5);
    u.lockedUntil = st.int64(6);
    u.mustChangePassword = st.int64(7) != 0;
    u.createdAt = st.text(8);
    return u;
}
} // namespace

std::int64_t UserRepository::count()
{
    Statement st(m_db, "SELECT count(*) FROM users");
    st.step();
    return st.int64(0);
}

RoleSet UserRepository::loadRoles(std::int64_t id)
{
    RoleSet roles;
    Statement st(m_db, "SELECT role FROM user_roles WHERE user_id = ?1");
    st.bind(1, id);
    while (st.step())
        if (auto r = parseRole(st.text(0)))
            roles.insert(*r);
    return roles;
}

std::optional<UserRecord> UserRepository::findByName(const std::string &username)
{
    Statement st(m_db, std::string(kColumns) + "WHERE username = ?1");
    st.bind(1, username);
    if (!st.step())
        return std::nullopt;
    UserRecord u = readUser(st);
    u.roles = loadRoles(u.id);
    return u;
}

std::optional<UserRecord> UserRepository::findById(std::int64_t id)
{
    Statement st(m_db, std::string(kColumns) + "WHERE id = ?1");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    UserRecord u = readUser(st);
    u.roles = loadRoles(u.id);
    return u;
}

std::vector<UserRecord> UserRepository::list()
{
    std::vector<UserRecord> out;
    Statement st(m_db, std::string(kColumns) + "ORDER BY username");
    while (st.step())
        out.push_back(readUser(st));
    for (auto &u : out)
        u.roles = loadRoles(u.id);
    return out;
}

std::int64_t UserRepository::insert(const UserRecord &u)
{
    Statement st(m_db,
                 "INSERT INTO users(username, display_name, password_hash, active, "
                 "must_change_password, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    st.bind(1, u.username)
        .bind(2, u.displayName)
        .bind(3, u.passwordHash)
        .bind(4, u.active ? 1 : 0)
        .bind(5, u.mustChangePassword ? 1 : 0)
        .bind(6, u.createdAt)
        .exec();
    const std::int64_t id = m_db.lastInsertId();
    setRoles(id, u.roles);
    return id;
}

void UserRepository::setPassword(std::int64_t id, const std::string &hash, bool mustChange)
{
    Statement st(m_db,
                 "UPDATE users SET password_hash = ?2, must_change_password = ?3, "
                 "failed_attempts = 0, locked_until = 0 WHERE id = ?1");
    st.bind(1, id).bind(2, hash).bind(3, mustChange ? 1 : 0).exec();
}

void UserRepository::setRoles(std::int64_t id, const RoleSet &roles)
{
    Statement del(m_db, "DELETE FROM user_roles WHERE user_id = ?1");
    del.bind(1, id).exec();
    Statement ins(m_db, "INSERT INTO user_roles(user_id, role) VALUES (?1, ?2)");
    for (Role r : roles)
        ins.bind(1, id).bind(2, roleKey(r)).exec();
}

void UserRepository::setActive(std::int64_t id, bool active)
{
    Statement st(m_db, "UPDATE users SET active = ?2 WHERE id = ?1");
    st.bind(1, id).bind(2, active ? 1 : 0).exec();
}

void UserRepository::setDisplayName(std::int64_t id, const std::string &name)
{
    Statement st(m_db, "UPDATE users SET display_name = ?2 WHERE id = ?1");
    st.bind(1, id).bind(2, name).exec();
}

void UserRepository::setLockout(std::int64_t id, int failedAttempts, std::int64_t lockedUntil)
{
    Statement st(m_db, "UPDATE users SET failed_attempts = ?2, locked_until = ?3 WHERE id = ?1");
    st.bind(1, id).bind(2, failedAttempts).bind(3, lockedUntil).exec();
}

UserRepository::Lockout UserRepository::recordFailure(std::int64_t id, std::int64_t now,
                                                      int maxFailures, std::int64_t lockSeconds)
{
    Statement count(m_db,
                    "UPDATE users SET "
                    "failed_attempts = CASE WHEN locked_until > ?2 THEN failed_attempts "
                    "WHEN locked_until != 0 THEN 1 ELSE failed_attempts + 1 END, "
                    "locked_until = CASE WHEN locked_until > ?2 THEN locked_until ELSE 0 END "
                    "WHERE id = ?1");
    count.bind(1, id).bind(2, now).exec();
    Statement lock(m_db,
                   "UPDATE users SET failed_attempts = 0, locked_until = ?2 "
                   "WHERE id = ?1 AND locked_until = 0 AND failed_attempts >= ?3");
    lock.bind(1, id).bind(2, now + lockSeconds).bind(3, maxFailures).exec();
    Statement st(m_db, "SELECT failed_attempts, locked_until FROM users WHERE id = ?1");
    st.bind(1, id);
    Lockout out;
    if (st.step()) {
        out.failedAttempts = st.int32(0);
        out.lockedUntil = st.int64(1);
    }
    return out;
}

} // namespace relief::storage
