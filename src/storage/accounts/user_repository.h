#pragma once

#include "domain/accounts/role.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace relief::storage {

class Database;

struct UserRecord
{
    std::int64_t id = 0;
    std::string username;
    std::string displayName;
    std::string passwordHash;
    RoleSet roles;
    bool active = true;
    int failedAttempts = 0;
    std::int64_t lockedUntil = 0; // Unix seconds; 0 = not locked
    bool mustChangePassword = false;
    std::string createdAt;
};

class UserRepository
{
public:
    explicit UserRepository(Database &db)
        : m_db(db)
    { }

    std::int64_t count();
    std::optional<UserRecord> findByName(const std::string &username);
    std::optional<UserRecord> findById(std::int64_t id);
    std::vector<UserRecord> list();

    std::int64_t insert(const UserRecord &user); // returns the new id
    void setPassword(std::int64_t id, const std::string &hash, bool mustChange);
    void setRoles(std::int64_t id, const RoleSet &roles);
    void setActive(std::int64_t id, bool active);
    void setDisplayName(std::int64_t id, const std::string &name);
    void setLockout(std::int64_t id, int failedAttempts, std::int64_t lockedUntil);

    struct Lockout
    {
        int failedAttempts = 0;
        std::int64_t lockedUntil = 0;
    };
    // One more wrong password, counted in the database (call inside the write
    // transaction): an expired lock starts a fresh count; while a lock holds the
    // count stays; the `maxFailures`th failure in a row locks until now + lockSeconds
    // and restarts the count. Returns the state as stored.
    Lockout recordFailure(std::int64_t id, std::int64_t now, int maxFailures,
                          std::int64_t lockSeconds);

private:
    RoleSet loadRoles(std::int64_t id);
    Database &m_db;
};

} // namespace relief::storage
