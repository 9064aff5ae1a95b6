#include "support/service_fixture.h"

#include "storage/accounts/user_repository.h"

#include <sqlite3.h>

#include <atomic>
#include <thread>
#include <vector>

using namespace relief;
using namespace relief::services;
using namespace std::chrono_literals;

class AccountServiceTest : public test::ServiceFixture
{
};

TEST_F(AccountServiceTest, SetupCreatesAnAdministratorWithAllRoles)
{
    EXPECT_FALSE(accounts->needsSetup());
    EXPECT_EQ(admin.roles, allRoles());
    auto again = accounts->setupOffice({"x", "", "admin2", "", "another-pass"});
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::Conflict);
}

TEST(AccountSetup, ValidatesEachField)
{
    test::TempDir dir;
    auto db = test::openDb(dir.file("new.db"));
    ManualClock clock(test::fixedStart());
    AccountService accounts(*db, clock);
    EXPECT_TRUE(accounts.needsSetup());
    auto r = accounts.setupOffice({"", "", "admin", "", "long-enough"});
    EXPECT_EQ(r.error().field, "office");
    r = accounts.setupOffice({"街道", "12ab", "admin", "", "long-enough"});
    EXPECT_EQ(r.error().field, "area_code");
    r = accounts.setupOffice({"街道", "", "a b", "", "long-enough"});
    EXPECT_EQ(r.error().field, "username");
    r = accounts.setupOffice({"街道", "", "admin", "", "short"});
    EXPECT_EQ(r.error().field, "password");
    EXPECT_EQ(r.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(accounts.needsSetup()); // nothing was written
}

TEST_F(AccountServiceTest, WrongPasswordCountsDownThenLocksForFifteenMinutes)
{
    for (int i = 1; i <= 4; ++i) {
        auto r = accounts->login("admin", "wrong-password");
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().code, ErrorCode::AuthFailed);
    }
    auto fifth = accounts->login("admin", "wrong-password");
    ASSERT_FALSE(fifth.ok());
    // The sixth try is refused even with the right password.
    auto sixth = accounts->login("admin", kAdminPassword);
    ASSERT_FALSE(sixth.ok());
    EXPECT_EQ(sixth.error().code, ErrorCode::AuthFailed);

    // The lock lives in the database: a new connection still sees it.
    db.reset();
    db = test::openDb(dir.file("office.db"));
    AccountService reopened(*db, clock);
    EXPECT_FALSE(reopened.login("admin", kAdminPassword).ok());
    clock.advance(14min);
    EXPECT_FALSE(reopened.login("admin", kAdminPassword).ok());
    clock.advance(61s);
    EXPECT_TRUE(reopened.login("admin", kAdminPassword).ok());
}

TEST_F(AccountServiceTest, ASuccessfulLoginResetsTheCount)
{
    for (int i = 0; i < 4; ++i)
        EXPECT_FALSE(accounts->login("admin", "nope-nope").ok());
    EXPECT_TRUE(accounts->login("admin", kAdminPassword).ok());
    for (int i = 0; i < 4; ++i)
        EXPECT_FALSE(accounts->login("admin", "nope-nope").ok());
    EXPECT_TRUE(accounts->login("admin", kAdminPassword).ok());
    EXPECT_FALSE(accounts->login("nobody", kAdminPassword).ok());
}

TEST_F(AccountServiceTest, OnlyAdministratorsManageUsers)
{
    const Session clerk = addUser("clerk", {Role::Caseworker});
    auto refused = accounts->addUser(clerk, {"other", "", {Role::Caseworker}, "password-123"});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(accounts->listUsers(clerk).error().code, ErrorCode::PermissionDenied);
    EXPECT_FALSE(accounts->resetPassword(clerk, "admin", "password-123").ok());
    EXPECT_FALSE(accounts->setActive(clerk, "admin", false).ok());
    EXPECT_FALSE(accounts->setRoles(clerk, "clerk", allRoles()).ok());
    EXPECT_FALSE(accounts->login("other", "password-123").ok());

    // A session is only as good as the account now: a forged role set grants nothing.
    Session forged = clerk;
    forged.roles = allRoles();
    EXPECT_EQ(
        accounts->addUser(forged, {"x2", "", {Role::Caseworker}, "password-123"}).error().code,
        ErrorCode::PermissionDenied);
}

TEST_F(AccountServiceTest, AddUserValidatesAndRefusesDuplicates)
{
    EXPECT_EQ(accounts->addUser(admin, {"clerk", "", {}, "password-123"}).error().field, "roles");
    EXPECT_EQ(accounts->addUser(admin, {"clerk", "", {Role::Caseworker}, "short"}).error().field,
              "password");
    ASSERT_TRUE(accounts->addUser(admin, {"clerk", "", {Role::Caseworker}, "password-123"}).ok());
    auto dup = accounts->addUser(admin, {"CLERK", "", {Role::Caseworker}, "password-123"});
    ASSERT_FALSE(dup.ok());
    EXPECT_EQ(dup.error().code, ErrorCode::Conflict);
    auto users = accounts->listUsers(admin);
    ASSERT_TRUE(users.ok());
    EXPECT_EQ(users->size(), 2u);
}

TEST_F(AccountServiceTest, DisabledUsersCannotSignInAndAreNeverDeleted)
{
    addUser("clerk", {Role::Caseworker});
    ASSERT_TRUE(accounts->setActive(admin, "clerk", false).ok());
    auto r = accounts->login("clerk", kUserPassword);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().field, "username");
    EXPECT_EQ(accounts->listUsers(admin)->size(), 2u);
    ASSERT_TRUE(accounts->setActive(admin, "clerk", true).ok());
    EXPECT_TRUE(accounts->login("clerk", kUserPassword).ok());
}

TEST_F(AccountServiceTest, TheLastAdministratorStays)
{
    EXPECT_EQ(accounts->setActive(admin, "admin", false).error().code, ErrorCode::Conflict);
    EXPECT_EQ(accounts->setRoles(admin, "admin", {Role::Caseworker}).error().code,
              ErrorCode::Conflict);
    addUser("boss", {Role::Admin});
    EXPECT_TRUE(accounts->setRoles(admin, "admin", {Role::Caseworker}).ok());
}

TEST_F(AccountServiceTest, ResetAndChangePassword)
{
    const Session clerk = addUser("clerk", {Role::Caseworker});
    ASSERT_TRUE(accounts->resetPassword(admin, "clerk", "temporary-1").ok());
    auto s = accounts->login("clerk", "temporary-1");
    ASSERT_TRUE(s.ok());
    EXPECT_TRUE(s->mustChangePassword);
    EXPECT_EQ(accounts->changeOwnPassword(*s, "wrong-old-1", "brand-new-1").error().field,
              "old_password");
    EXPECT_EQ(accounts->changeOwnPassword(*s, "temporary-1", "short").error().field,
              "new_password");
    ASSERT_TRUE(accounts->changeOwnPassword(*s, "temporary-1", "brand-new-1").ok());
    auto again = accounts->login("clerk", "brand-new-1");
    ASSERT_TRUE(again.ok());
    EXPECT_FALSE(again->mustChangePassword);
    EXPECT_FALSE(accounts->login("clerk", "temporary-1").ok());
}

TEST_F(AccountServiceTest, PasswordsAreStoredAsArgon2id)
{
    const auto user = storage::UserRepository(*db).findByName("admin");
    ASSERT_TRUE(user);
    EXPECT_EQ(user->passwordHash.rfind("$argon2id$", 0), 0u);
    EXPECT_EQ(user->passwordHash.find(kAdminPassword), std::string::npos);
}

// Defect 2 (issue 10): wrong passwords sent in parallel, each on its own connection to
// the one file, are all counted: the account ends locked.
TEST_F(AccountServiceTest, ParallelWrongPasswordsStillLockTheAccount)
{
    constexpr int kThreads = 12;
    std::vector<std::thread> threads;
    std::atomic<int> refused {0};
    for (int i = 0; i < kThreads; ++i)
        threads.emplace_back([&] {
            auto conn = storage::Database::open(dir.file("office.db"));
            if (!conn.ok())
                return;
            AccountService service(**conn, clock);
            if (!service.login("admin", "wrong-password").ok())
                ++refused;
        });
    for (auto &t : threads)
        t.join();
    EXPECT_EQ(refused.load(), kThreads);
    const auto user = storage::UserRepository(*db).findByName("admin");
    ASSERT_TRUE(user);
    EXPECT_GT(user->lockedUntil, clock.unixSeconds());
    EXPECT_FALSE(accounts->login("admin", kAdminPassword).ok());
}

// Defect 13 (issue 10): a storage failure is an Error, never an exception out of the
// service; the audit names the account as stored, not what the caller's Session says.
TEST_F(AccountServiceTest, ChangeOwnPasswordLetsNoExceptionOut)
{
    const Session clerk = addUser("clerk", {Role::Caseworker});
    db->exec("ALTER TABLE users RENAME TO users_gone");
    Status r = okStatus();
    EXPECT_NO_THROW(r = accounts->changeOwnPassword(clerk, kUserPassword, "brand-new-1"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Storage);
}

TEST_F(AccountServiceTest, ChangeOwnPasswordAuditsTheStoredName)
{
    Session clerk = addUser("clerk", {Role::Caseworker});
    clerk.username = "admin"; // a stale or forged session
    ASSERT_TRUE(accounts->changeOwnPassword(clerk, kUserPassword, "brand-new-1").ok());
    const auto last = storage::AuditRepository(*db).last();
    ASSERT_TRUE(last);
    EXPECT_EQ(last->action, "user.change_password");
    EXPECT_EQ(last->username, "clerk");
}

// Defect 9 (issue 10): a temporary password allows reading and changing the password,
// nothing else, whatever the Session says.
TEST_F(AccountServiceTest, ATemporaryPasswordAllowsNoWriteButTheChange)
{
    addUser("boss", {Role::Admin});
    ASSERT_TRUE(accounts->resetPassword(admin, "boss", "temporary-1").ok());
    auto boss = accounts->login("boss", "temporary-1");
    ASSERT_TRUE(boss.ok());
    ASSERT_TRUE(boss->mustChangePassword);
    Session forged = *boss;
    forged.mustChangePassword = false;
    for (const Session &s : {*boss, forged}) {
        auto refused = accounts->addUser(s, {"clerk2", "", {Role::Caseworker}, "password-123"});
        ASSERT_FALSE(refused.ok());
        EXPECT_EQ(refused.error().code, ErrorCode::PermissionDenied);
        EXPECT_NE(refused.error().message.find("temporary password"), std::string::npos)
            << refused.error().message;
        EXPECT_FALSE(accounts->setActive(s, "admin", false).ok());
    }
    EXPECT_TRUE(accounts->listUsers(*boss).ok());
    ASSERT_TRUE(accounts->changeOwnPassword(*boss, "temporary-1", "boss-own-pass").ok());
    EXPECT_TRUE(accounts->addUser(*boss, {"clerk2", "", {Role::Caseworker}, "password-123"}).ok());
}

// Defect 8 (issue 10): an unknown user, a wrong password, a disabled and a locked account
// get one message at the same cost; the account's status is told only to someone who
// knows its password.
TEST_F(AccountServiceTest, SignInRefusalsDoNotTellWhetherTheAccountExists)
{
    addUser("gone", {Role::Caseworker});
    ASSERT_TRUE(accounts->setActive(admin, "gone", false).ok());
    addUser("locked", {Role::Caseworker});
    for (int i = 0; i < AccountService::kMaxFailures; ++i)
        EXPECT_FALSE(accounts->login("locked", "wrong-password").ok());
    addUser("clerk", {Role::Caseworker});

    const auto message = [&](const char *user, const char *password) {
        auto r = accounts->login(user, password);
        EXPECT_FALSE(r.ok()) << user;
        return r.ok() ? std::string() : r.error().message + "|" + r.error().field;
    };
    const std::string wrong = message("clerk", "wrong-password");
    EXPECT_FALSE(wrong.empty());
    EXPECT_EQ(message("nobody", "wrong-password"), wrong);
    EXPECT_EQ(message("gone", "wrong-password"), wrong);
    EXPECT_EQ(message("locked", "wrong-password"), wrong);
    EXPECT_EQ(message("clerk", "wrong-password"), wrong); // the count is not told either

    // With the right password the status may be told.
    EXPECT_NE(message("gone", kUserPassword), wrong);
    EXPECT_NE(message("locked", kUserPassword), wrong);

    // Same cost: an unknown user is checked against a dummy hash.
    using Clock = std::chrono::steady_clock;
    const auto timed = [&](const char *user) {
        const auto start = Clock::now();
        for (int i = 0; i < 3; ++i)
            (void)accounts->login(user, "wrong-password");
        return std::chrono::duration<double>(Clock::now() - start).count();
    };
    (void)timed("nobody"); // first use computes the dummy hash
    const double known = timed("admin");
    const double unknown = timed("nobody");
    EXPECT_GT(unknown, known * 0.4) << unknown << " s vs " << known << " s";
}

// Issue 10 §2: a service read runs in one read transaction, a consistent snapshot.
namespace {
class ReadProbe : public ServiceBase
{
public:
    ReadProbe(storage::Database &db, const Clock &clock)
        : ServiceBase(db, clock)
    { }
    template<class F> auto probe(const Session &s, F &&fn)
    {
        return read(s, Action::ManageUsers, fn);
    }
};
} // namespace

TEST_F(AccountServiceTest, ServiceReadsSeeOneSnapshot)
{
    ReadProbe probe(*db, clock);
    auto other = test::openDb(dir.file("office.db"));
    ASSERT_TRUE(other);
    auto counts = probe.probe(admin, [&]() -> Result<std::pair<std::int64_t, std::int64_t>> {
        EXPECT_EQ(sqlite3_get_autocommit(db->handle()), 0);
        const std::int64_t before = storage::UserRepository(*db).count();
        // Another connection commits a change between the read's two queries.
        storage::UserRecord u;
        u.username = "meanwhile";
        u.displayName = "x";
        u.passwordHash = "x";
        u.roles = {Role::Caseworker};
        u.createdAt = "2025-01-01T00:00:00.000Z";
        storage::UserRepository(*other).insert(u);
        return std::pair {before, storage::UserRepository(*db).count()};
    });
    ASSERT_TRUE(counts.ok());
    EXPECT_EQ(counts->first, counts->second);
    EXPECT_EQ(sqlite3_get_autocommit(db->handle()), 1); // ended
    EXPECT_EQ(storage::UserRepository(*db).count(), counts->first + 1);
}
