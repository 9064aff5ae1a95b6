#include "support/temp_db.h"

#include "storage/accounts/user_repository.h"
#include "storage/audit_repository.h"
#include "storage/database_error.h"
#include "storage/settings_repository.h"

using namespace relief;
using namespace relief::storage;
using relief::test::TempDir;

TEST(UserRepository, InsertFindListAndUpdate)
{
    TempDir dir;
    auto db = test::openDb(dir.file("u.db"));
    ASSERT_TRUE(db);
    UserRepository users(*db);
    UserRecord u;
    u.username = "Zhang";
    u.displayName = "张三";
    u.passwordHash = "h";
    u.roles = {Role::Caseworker, Role::Supervisor};
    u.createdAt = "2025-01-01T00:00:00.000Z";
    const auto id = users.insert(u);
    EXPECT_EQ(users.count(), 1);
    auto found = users.findByName("zhang"); // names are case-insensitive
    ASSERT_TRUE(found);
    EXPECT_EQ(found->id, id);
    EXPECT_EQ(found->displayName, "张三");
    EXPECT_EQ(found->roles, u.roles);
    users.setLockout(id, 3, 1234);
    users.setActive(id, false);
    users.setRoles(id, {Role::Statistician});
    found = users.findById(id);
    EXPECT_EQ(found->failedAttempts, 3);
    EXPECT_EQ(found->lockedUntil, 1234);
    EXPECT_FALSE(found->active);
    EXPECT_EQ(found->roles, RoleSet {Role::Statistician});
    users.setPassword(id, "h2", true);
    found = users.findById(id);
    EXPECT_EQ(found->passwordHash, "h2");
    EXPECT_TRUE(found->mustChangePassword);
    EXPECT_EQ(found->failedAttempts, 0);
    EXPECT_EQ(users.list().size(), 1u);
    EXPECT_THROW(users.insert(u), DatabaseError); // duplicate name
}

TEST(SettingsRepository, SetOverwritesAndLists)
{
    TempDir dir;
    auto db = test::openDb(dir.file("s.db"));
    ASSERT_TRUE(db);
    SettingsRepository s(*db);
    EXPECT_FALSE(s.get("office_name"));
    s.set("office_name", "示例街道");
    s.set("office_name", "示例街道办事处");
    EXPECT_EQ(*s.get("office_name"), "示例街道办事处");
    EXPECT_EQ(s.all().size(), 1u);
}

TEST(AuditRepository, QueriesByFilterNewestFirst)
{
    TempDir dir;
    auto db = test::openDb(dir.file("a.db"));
    ASSERT_TRUE(db);
    AuditRepository repo(*db);
    for (int i = 1; i <= 5; ++i) {
        AuditRecord r;
        r.id = i;
        r.at = "2025-01-0" + std::to_string(i) + "T00:00:00.000Z";
        r.username = i % 2 ? "admin" : "clerk";
        r.action = "x";
        r.entity = i < 3 ? "user" : "office_settings";
        r.entityId = std::to_string(i);
        r.details = "{}";
        r.prevHash = "p";
        r.hash = "h";
        repo.append(r);
    }
    EXPECT_EQ(repo.last()->id, 5);
    AuditFilter f;
    f.username = "admin";
    auto rows = repo.query(f);
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows.front().id, 5);
    f = {};
    f.entity = "user";
    EXPECT_EQ(repo.count(f), 2);
    f = {};
    f.fromAt = "2025-01-02";
    f.toAt = "2025-01-04";
    EXPECT_EQ(repo.count(f), 2);
    f = {};
    f.limit = 2;
    f.offset = 2;
    rows = repo.query(f);
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0].id, 3);
    EXPECT_EQ(repo.entities().size(), 2u);
}
