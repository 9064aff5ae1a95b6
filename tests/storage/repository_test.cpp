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
    f.beforeId = 4;
    rows = repo.query(f);
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0].id, 3);
    EXPECT_EQ(repo.entities().size(), 2u);
}

namespace {
void appendAuditRecords(AuditRepository &repo, int n)
{
    const auto last = repo.lastLink();
    for (int i = 1; i <= n; ++i) {
        AuditRecord r;
        r.id = (last ? last->id : 0) + i;
        r.at = "2025-02-01T00:00:00.000Z";
        r.username = i % 3 ? "admin" : "clerk";
        r.action = "x";
        r.entity = "user";
        r.entityId = std::to_string(i);
        r.details = "{}";
        r.prevHash = "p";
        r.hash = "h";
        repo.append(r);
    }
}
} // namespace

// Keyset pages (issue 10 §2): each page continues below the last id read, newest first;
// together they are the whole (filtered) log once, and a record appended between two
// pages neither repeats a row nor hides one.
TEST(AuditRepository, PagesByKeysetAreContiguous)
{
    TempDir dir;
    auto db = test::openDb(dir.file("k.db"));
    ASSERT_TRUE(db);
    AuditRepository repo(*db);
    appendAuditRecords(repo, 25);

    AuditFilter f;
    f.limit = 10;
    std::vector<std::int64_t> ids;
    for (bool first = true;; first = false) {
        auto page = repo.query(f);
        if (page.empty())
            break;
        if (first)
            appendAuditRecords(repo, 1); // id 26, newer than every page still to come
        for (const auto &r : page)
            ids.push_back(r.id);
        f.beforeId = page.back().id;
    }
    ASSERT_EQ(ids.size(), 25u);
    for (std::size_t i = 0; i < ids.size(); ++i)
        EXPECT_EQ(ids[i], 25 - static_cast<std::int64_t>(i));

    // With a filter: only its records, still contiguous in its own order.
    f = {};
    f.username = "clerk";
    f.limit = 3;
    ids.clear();
    for (;;) {
        auto page = repo.query(f);
        if (page.empty())
            break;
        for (const auto &r : page) {
            EXPECT_EQ(r.username, "clerk");
            ids.push_back(r.id);
        }
        f.beforeId = page.back().id;
    }
    EXPECT_EQ(ids, (std::vector<std::int64_t> {24, 21, 18, 15, 12, 9, 6, 3}));
    f.beforeId = 0;
    EXPECT_EQ(repo.count(f), 8);
}
