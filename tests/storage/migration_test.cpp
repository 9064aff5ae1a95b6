#include "support/temp_db.h"

#include "storage/migrations.h"
#include "storage/statement.h"
#include "storage/user_repository.h"

using namespace relief;
using namespace relief::storage;
using relief::test::TempDir;

namespace {
bool hasTable(Database &db, const std::string &name)
{
    Statement st(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1");
    st.bind(1, name);
    return st.step();
}
} // namespace

TEST(Migrations, AreNumberedWithoutGaps)
{
    const auto &all = migrations();
    ASSERT_FALSE(all.empty());
    for (size_t i = 0; i < all.size(); ++i) {
        EXPECT_EQ(all[i].version, static_cast<int>(i) + 1);
        EXPECT_FALSE(all[i].sql.empty());
    }
}

// Builds a database as every earlier program version left it, with data in it,
// and checks that today's program upgrades it and keeps the data.
TEST(Migrations, UpgradeEveryEarlierSchemaVersion)
{
    const int latest = Database::latestSchemaVersion();
    for (int from = 1; from < latest + 1; ++from) {
        SCOPED_TRACE("from schema " + std::to_string(from));
        TempDir dir;
        const auto path = dir.file("old.db");
        {
            auto db = test::openDb(path, {OpenMode::CreateIfMissing, from});
            ASSERT_TRUE(db);
            ASSERT_EQ(db->schemaVersion(), from);
            UserRecord u;
            u.username = "old-admin";
            u.displayName = "Old";
            u.passwordHash = "x";
            u.roles = {Role::Admin};
            u.createdAt = "2025-01-01T00:00:00.000Z";
            UserRepository(*db).insert(u);
        }
        auto db = test::openDb(path);
        ASSERT_TRUE(db);
        EXPECT_EQ(db->schemaVersion(), latest);
        EXPECT_TRUE(hasTable(*db, "users"));
        EXPECT_TRUE(hasTable(*db, "audit_log"));
        EXPECT_TRUE(hasTable(*db, "households"));
        EXPECT_TRUE(hasTable(*db, "decisions"));
        const auto user = UserRepository(*db).findByName("old-admin");
        ASSERT_TRUE(user);
        EXPECT_EQ(user->roles, RoleSet {Role::Admin});
    }
}

TEST(Migrations, AFailedMigrationLeavesTheVersionUnchanged)
{
    TempDir dir;
    const auto path = dir.file("v1.db");
    auto db = test::openDb(path, {OpenMode::CreateIfMissing, 1});
    ASSERT_TRUE(db);
    // Running schema 1 again on top of itself fails (tables exist) and rolls back.
    db->exec("PRAGMA user_version = 0");
    auto again = Database::open(path);
    EXPECT_FALSE(again.ok());
    EXPECT_EQ(db->schemaVersion(), 0);
}
