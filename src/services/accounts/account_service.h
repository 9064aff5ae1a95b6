#pragma once

// Staff accounts: first-run setup, sign-in with lockout, passwords, roles.

#include "services/service_base.h"

#include <QCoreApplication>

#include <optional>
#include <string>
#include <vector>

namespace relief::services {

struct OfficeSetup
{
    std::string officeName;
    std::string areaCode;
    std::string adminUsername;
    std::string adminDisplayName;
    std::string password;
};

struct NewUser
{
    std::string username;
    std::string displayName;
    RoleSet roles;
    std::string password;
};

struct UserInfo
{
    std::int64_t id = 0;
    std::string username;
    std::string displayName;
    RoleSet roles;
    bool active = true;
    bool locked = false;
    std::string createdAt;
};

class AccountService : public ServiceBase
{
    Q_DECLARE_TR_FUNCTIONS(AccountService)
public:
    static constexpr int kMaxFailures = 5;
    static constexpr int kLockSeconds = 15 * 60;

    AccountService(storage::Database &db, const Clock &clock)
        : ServiceBase(db, clock)
    { }

    // True while the database has no account: the first-run wizard is due.
    bool needsSetup();
    // Creates the office and its first administrator (all four roles).
    Result<Session> setupOffice(const OfficeSetup &setup);

    // Five wrong passwords in a row lock the account for 15 minutes; the count is
    // kept in the database, so restarting does not reset it.
    Result<Session> login(const std::string &username, const std::string &password);

    Status changeOwnPassword(const Session &session, const std::string &oldPassword,
                             const std::string &newPassword);

    // Administrator only.
    Result<std::vector<UserInfo>> listUsers(const Session &session);
    Result<std::int64_t> addUser(const Session &session, const NewUser &user);
    Status resetPassword(const Session &session, const std::string &username,
                         const std::string &newPassword);
    Status setActive(const Session &session, const std::string &username, bool active);
    Status setRoles(const Session &session, const std::string &username, const RoleSet &roles);

    // Validation shared with the forms, so they can show the same message early.
    static std::optional<Error> checkPassword(const std::string &password,
                                              const char *field = "password");
    static std::optional<Error> checkUsername(const std::string &username);

private:
    Result<storage::UserRecord> findTarget(const std::string &username);
    std::optional<Error> wouldLeaveNoAdmin(const storage::UserRecord &target, bool active,
                                           const RoleSet &roles);
};

} // namespace relief::services
