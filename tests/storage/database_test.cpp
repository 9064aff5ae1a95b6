#include "support/temp_db.h"

#include "storage/database_error.h"
#include "storage/holiday_repository.h"
#include "storage/private_files.h"
#include "storage/statement.h"
#include "storage/transaction.h"

#include <sqlite3.h>
#include <sys/stat.h>

using namespace relief;
using namespace relief::storage;
using relief::test::TempDir;

namespace {
std::string pragmaText(Database &db, const char *pragma)
{
    Statement st(db, std::string("PRAGMA ") + pragma);
    return st.step() ? st.text(0) : std::string();
}

// Another program's database, made with the plain SQLite API.
void makeForeignDatabase(const std::string &path)
{
    sqlite3 *raw = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &raw), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(raw, "CREATE TABLE notes(x TEXT); INSERT INTO notes VALUES ('hi');",
                           nullptr, nullptr, nullptr),
              SQLITE_OK);
    sqlite3_close(raw);
}
} // namespace

TEST(Database, NewFileIsCreatedMigratedAndConfigured)
{
    TempDir dir;
    auto db = test::openDb(dir.file("new.db"));
    ASSERT_TRUE(db);
    EXPECT_EQ(db->schemaVersion(), Database::latestSchemaVersion());
    EXPECT_EQ(pragmaText(*db, "journal_mode"), "wal");
    EXPECT_EQ(pragmaText(*db, "foreign_keys"), "1");
    EXPECT_EQ(std::stol(pragmaText(*db, "application_id")), Database::kApplicationId);
    // The shipped holiday calendar is seeded.
    const auto cal = HolidayRepository(*db).load();
    EXPECT_TRUE(cal.holidays.count(*Date::parse("2025-10-01")));
    EXPECT_TRUE(cal.workdays.count(*Date::parse("2025-09-28")));
}

TEST(Database, ExistingOnlyNeverCreatesAFile)
{
    TempDir dir;
    const auto path = dir.file("missing.db");
    auto db = Database::open(path, {OpenMode::ExistingOnly});
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, ErrorCode::NotFound);
    EXPECT_FALSE(std::filesystem::exists(path));

    test::writeFile(path, "");
    auto empty = Database::open(path, {OpenMode::ExistingOnly});
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(std::filesystem::file_size(path), 0u);
}

TEST(Database, RefusesANonSqliteFileAndLeavesItUntouched)
{
    TempDir dir;
    const auto path = dir.file("notes.txt");
    const std::string content(4096, 'x');
    test::writeFile(path, content);
    auto db = Database::open(path);
    ASSERT_FALSE(db.ok());
    EXPECT_NE(db.error().message.find("not an SQLite file"), std::string::npos);
    EXPECT_EQ(test::readFile(path), content);
    EXPECT_FALSE(std::filesystem::exists(path + "-wal"));
}

TEST(Database, RefusesAnotherProgramsDatabaseUntouched)
{
    TempDir dir;
    const auto path = dir.file("other.db");
    makeForeignDatabase(path);
    const auto before = test::readFile(path);
    auto db = Database::open(path);
    ASSERT_FALSE(db.ok());
    EXPECT_NE(db.error().message.find("another program"), std::string::npos);
    EXPECT_EQ(test::readFile(path), before);
}

TEST(Database, RefusesANewerSchemaUntouched)
{
    TempDir dir;
    const auto path = dir.file("newer.db");
    {
        auto db = test::openDb(path);
        ASSERT_TRUE(db);
        db->exec("PRAGMA user_version = " + std::to_string(Database::latestSchemaVersion() + 1));
        db->exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    const auto before = test::readFile(path);
    auto db = Database::open(path);
    ASSERT_FALSE(db.ok());
    EXPECT_NE(db.error().message.find("newer"), std::string::npos);
    EXPECT_EQ(test::readFile(path), before);
}

TEST(Transaction, RollsBackUnlessCommitted)
{
    TempDir dir;
    auto db = test::openDb(dir.file("tx.db"));
    ASSERT_TRUE(db);
    {
        Transaction tx(*db);
        db->exec("INSERT INTO office_settings(key, value) VALUES ('a', '1')");
    }
    {
        Statement st(*db, "SELECT count(*) FROM office_settings WHERE key = 'a'");
        st.step();
        EXPECT_EQ(st.int64(0), 0);
    }
    {
        Transaction tx(*db);
        db->exec("INSERT INTO office_settings(key, value) VALUES ('a', '1')");
        tx.commit();
    }
    Statement st(*db, "SELECT value FROM office_settings WHERE key = ?1");
    st.bind(1, "a");
    ASSERT_TRUE(st.step());
    EXPECT_EQ(st.text(0), "1");
}

TEST(Statement, ConstraintViolationThrowsAndReusesCleanly)
{
    TempDir dir;
    auto db = test::openDb(dir.file("st.db"));
    ASSERT_TRUE(db);
    Statement ins(*db, "INSERT INTO office_settings(key, value) VALUES (?1, ?2)");
    ins.bind(1, "k").bind(2, "v").exec();
    try {
        ins.bind(1, "k").bind(2, "w").exec();
        FAIL() << "duplicate key accepted";
    } catch (const DatabaseError &e) {
        EXPECT_TRUE(e.isConstraint());
    }
    ins.bind(1, "k2").bind(2, "v").exec();
    EXPECT_THROW(Statement(*db, "SELEC nonsense"), DatabaseError);
}

TEST(AuditLogTable, IsAppendOnlyForTheProgram)
{
    TempDir dir;
    auto db = test::openDb(dir.file("audit.db"));
    ASSERT_TRUE(db);
    db->exec("INSERT INTO audit_log(id, at, username, action, entity, entity_id, details, "
             "prev_hash, hash) VALUES (1, 't', 'u', 'a', 'e', '1', '{}', 'p', 'h')");
    EXPECT_THROW(db->exec("UPDATE audit_log SET details = 'x'"), DatabaseError);
    EXPECT_THROW(db->exec("DELETE FROM audit_log"), DatabaseError);
}

// Defect 10 (issue 10): the database and its WAL and shared-memory files are the owner's
// only, whatever the umask; so is a folder made for them.
namespace {
unsigned modeOf(const std::string &path)
{
    struct stat st
    {
    };
    if (::stat(path.c_str(), &st) != 0)
        return 0xFFFF;
    return st.st_mode & 0777;
}
} // namespace

TEST(DatabaseFiles, AreCreatedOwnerOnly)
{
    TempDir dir;
    const mode_t old = ::umask(022);
    const std::string path = dir.file("office.db");
    {
        auto db = Database::open(path);
        ASSERT_TRUE(db.ok());
        (*db)->exec("CREATE TABLE t(x); INSERT INTO t VALUES (1);");
        EXPECT_EQ(modeOf(path), 0600u);
        EXPECT_EQ(modeOf(path + "-wal"), 0600u);
        EXPECT_EQ(modeOf(path + "-shm"), 0600u);
    }
    ::umask(old);
}

TEST(DatabaseFiles, AnExistingWorldReadableFileIsTightened)
{
    TempDir dir;
    const std::string path = dir.file("office.db");
    {
        auto db = Database::open(path);
        ASSERT_TRUE(db.ok());
    }
    ::chmod(path.c_str(), 0644);
    auto db = Database::open(path);
    ASSERT_TRUE(db.ok());
    EXPECT_EQ(modeOf(path), 0600u);
}

TEST(DatabaseFiles, PrivateFoldersAreOwnerOnly)
{
    TempDir dir;
    const mode_t old = ::umask(022);
    const std::string nested = (dir.path() / "a" / "b").string();
    EXPECT_TRUE(createPrivateDirectories(nested));
    EXPECT_EQ(modeOf(nested), 0700u);
    EXPECT_EQ(modeOf((dir.path() / "a").string()), 0700u);
    EXPECT_TRUE(createPrivateDirectories(nested)); // already there
    ::umask(old);
}
