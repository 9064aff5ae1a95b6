#include "support/temp_db.h"

#include "storage/accounts/user_repository.h"
#include "storage/audit_repository.h"
#include "storage/migrations.h"
#include "storage/name_key.h"
#include "storage/policy/policy_repository.h"
#include "storage/statement.h"

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

TEST(Migrations, ShippedPolicySetsSayWhenTheyWereAdded)
{
    TempDir dir;
    auto db = test::openDb(dir.file("new.db"));
    ASSERT_TRUE(db);
    const auto sets = PolicyRepository(*db).list();
    ASSERT_FALSE(sets.empty());
    for (const auto &s : sets) {
        EXPECT_EQ(s.createdBy, "system");
        EXPECT_EQ(s.createdAt.size(), 24u) << s.createdAt; // 2025-09-15T02:00:00.000Z
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
        EXPECT_TRUE(hasTable(*db, "payroll_rolls"));
        EXPECT_TRUE(hasTable(*db, "roll_lines"));
        EXPECT_TRUE(hasTable(*db, "recoveries"));
        const auto user = UserRepository(*db).findByName("old-admin");
        ASSERT_TRUE(user);
        EXPECT_EQ(user->roles, RoleSet {Role::Admin});
    }
}

// The pinyin-key migration (issue 18) keys the heads already on file, and a change of
// ICU's collation version re-keys them at open. Its number is looked up, not assumed.
TEST(Migrations, PinyinKeysFillTheHouseholdsOnFile)
{
    int pinyin = 0;
    for (const Migration &m : migrations())
        if (m.name == "pinyin_keys")
            pinyin = m.version;
    ASSERT_GT(pinyin, 1);
    TempDir dir;
    const auto path = dir.file("old.db");
    {
        auto db = test::openDb(path, {OpenMode::CreateIfMissing, pinyin - 1});
        ASSERT_TRUE(db);
        db->exec(
            "INSERT INTO communities(id, code, name, created_at) VALUES (1, 'XF', '幸福社区', 't');"
            "INSERT INTO households(id, household_no, community_id, area, head_name, created_at,"
            " updated_at) VALUES (1, 'XF00001', 1, 'urban', '张三', 't', 't'),"
            " (2, 'XF00002', 1, 'urban', '陈一', 't', 't'), (3, 'XF00003', 1, 'urban', '', 't', "
            "'t');");
    }
    auto keys = [&](Database &db) {
        std::vector<std::string> out;
        Statement st(db, "SELECT head_name_key FROM households ORDER BY id");
        while (st.step())
            out.push_back(st.text(0));
        return out;
    };
    const std::vector<std::string> expected = {nameSortKey("张三"), nameSortKey("陈一"), ""};
    {
        auto db = test::openDb(path);
        ASSERT_TRUE(db);
        EXPECT_EQ(keys(*db), expected);
        EXPECT_LT(expected[1], expected[0]); // chen before zhang
        // As if the keys were made by another ICU.
        db->exec("UPDATE households SET head_name_key = 'stale';"
                 "UPDATE name_key_version SET version = '0.0.0.0'");
    }
    auto db = test::openDb(path);
    ASSERT_TRUE(db);
    EXPECT_EQ(keys(*db), expected);
    Statement version(*db, "SELECT version FROM name_key_version");
    ASSERT_TRUE(version.step());
    EXPECT_EQ(version.text(0), nameSortKeyVersion());
}

// Schema 4 fills the households' programme and status summary from the cases
// already on file.
TEST(Migrations, Schema4SummarisesTheCasesOnFile)
{
    TempDir dir;
    const auto path = dir.file("v3.db");
    {
        auto db = test::openDb(path, {OpenMode::CreateIfMissing, 3});
        ASSERT_TRUE(db);
        db->exec(
            "INSERT INTO communities(id, code, name, created_at) VALUES (1, 'XF', '幸福社区', 't');"
            "INSERT INTO households(id, household_no, community_id, area, created_at, updated_at)"
            " VALUES (1, 'XF00001', 1, 'urban', 't', 't'), (2, 'XF00002', 1, 'urban', 't', 't'),"
            " (3, 'XF00003', 1, 'rural', 't', 't'), (4, 'XF00004', 1, 'rural', 't', 't');"
            "INSERT INTO persons(id, id_number, id_reversed, name, birth_date, sex, created_at,"
            " updated_at) VALUES (1, '11010519491231002X', 'X20013219491501011', '王秀英',"
            " '1949-12-31', 'female', 't', 't');"
            "INSERT INTO cases(household_id, person_id, programme, source, status, created_at,"
            " created_by) VALUES"
            " (1, NULL, 'dibao', 'ledger', 'active', 't', 'w'),"
            " (1, 1, 'tekun', 'ledger', 'active', 't', 'w'),"
            " (2, NULL, 'dibao', 'ledger', 'stopped', 't', 'w'),"
            " (3, NULL, 'dibao', 'ledger', 'stopped', 't', 'w'),"
            " (3, NULL, 'marginal', 'ledger', 'active', 't', 'w');");
    }
    auto db = test::openDb(path);
    ASSERT_TRUE(db);
    ASSERT_GE(db->schemaVersion(), 4);
    Statement st(*db,
                 "SELECT id, active_programmes, case_programmes, status FROM households "
                 "ORDER BY id");
    std::vector<std::string> rows;
    while (st.step())
        rows.push_back(std::to_string(st.int64(0)) + " " + std::to_string(st.int64(1)) + " " +
                       std::to_string(st.int64(2)) + " " + st.text(3));
    EXPECT_EQ(rows,
              (std::vector<std::string> {"1 5 5 in_care", "2 0 1 stopped", "3 64 65 in_care",
                                         "4 0 0 none"}));
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

// The audit_head migration anchors the head of a log written before it.
TEST(Migrations, TheAuditHeadStartsAtTheExistingLogsEnd)
{
    int before = 0;
    for (const auto &m : migrations())
        if (m.name == "audit_head")
            before = m.version - 1;
    ASSERT_GT(before, 0);
    TempDir dir;
    const auto path = dir.file("old.db");
    {
        auto db = test::openDb(path, {OpenMode::CreateIfMissing, before});
        ASSERT_TRUE(db);
        db->exec("INSERT INTO audit_log(id, at, username, action, entity, entity_id, details, "
                 "prev_hash, hash) VALUES (1, 't', 'u', 'a', 'e', '1', '{}', 'p', 'h1'), "
                 "(2, 't', 'u', 'a', 'e', '2', '{}', 'h1', 'h2')");
    }
    auto db = test::openDb(path);
    ASSERT_TRUE(db);
    auto head = AuditRepository(*db).head();
    EXPECT_EQ(head.id, 2);
    EXPECT_EQ(head.hash, "h2");
    EXPECT_EQ(head.count, 2);
}
