#include "database.h"

#include "name_key.h"

#include "account_check.h"
#include "database_error.h"
#include "migrations.h"
#include "private_files.h"
#include "statement.h"

#include <spdlog/spdlog.h>
#include <sqlite3.h>

#include <filesystem>

namespace relief::storage {

namespace {
constexpr int kBusyTimeoutMs = 5000;

Error refuse(std::string message)
{
    return Error {ErrorCode::Storage, std::move(message), "db"};
}
// Schema 6's name keys depend on ICU's collation: when it changed since they were made
// (an operating-system upgrade), they are made again, so the sort stays right.
void rekeyNamesIfCollationChanged(Database &db)
{
    {
        Statement exists(db,
                         "SELECT 1 FROM sqlite_master WHERE type = 'table' AND "
                         "name = 'name_key_version'");
        if (!exists.step())
            return; // an older schema (opened at a target version)
    }
    const std::string current = nameSortKeyVersion();
    {
        Statement stored(db, "SELECT version FROM name_key_version WHERE id = 1");
        if (stored.step() && stored.text(0) == current)
            return;
    }
    spdlog::info("database: the name collation changed (now {}): re-keying head names", current);
    db.exec("BEGIN IMMEDIATE");
    try {
        db.exec("UPDATE households SET head_name_key = relief_name_key(head_name)");
        Statement set(db, "INSERT OR REPLACE INTO name_key_version(id, version) VALUES (1, ?1)");
        set.bind(1, current);
        set.step();
        db.exec("COMMIT");
    } catch (...) {
        db.exec("ROLLBACK");
        throw;
    }
}

} // namespace

Database::Database(sqlite3 *db, std::string path)
    : m_db(db)
    , m_path(std::move(path))
{ }

Database::~Database()
{
    sqlite3_close_v2(m_db);
}

int Database::latestSchemaVersion()
{
    return static_cast<int>(migrations().size());
}

Result<std::unique_ptr<Database>> Database::open(const std::string &path, OpenOptions options)
{
    std::error_code ec;
    const bool exists = std::filesystem::exists(path, ec);
    if (!exists && options.mode == OpenMode::ExistingOnly)
        return Error {ErrorCode::NotFound, "database file does not exist: " + path, "db"};
    if (exists && std::filesystem::is_directory(path, ec))
        return refuse("database path is a folder: " + path);

    // Owner only (issue 10, defect 10): a new file is made 0600 before SQLite opens it,
    // and SQLite gives the -wal and -shm files the database file's mode; an existing
    // file (of an older version) loses group and other permissions.
    if (!exists && options.mode == OpenMode::CreateIfMissing)
        createPrivateFile(path);
    for (const char *suffix : {"", "-wal", "-shm"})
        restrictToOwner(path + suffix);

    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX;
    if (options.mode == OpenMode::CreateIfMissing)
        flags |= SQLITE_OPEN_CREATE;
    sqlite3 *raw = nullptr;
    int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
    std::unique_ptr<Database> db(new Database(raw, path));
    if (rc != SQLITE_OK)
        return refuse("cannot open " + path + ": " + sqlite3_errstr(rc));
    sqlite3_busy_timeout(raw, kBusyTimeoutMs);
    sqlite3_extended_result_codes(raw, 1);
    // The pinyin keys of names (schema 6's triggers call it on every write).
    registerNameKeyFunction(raw);
    // PR-4's account check for the payroll's set-based lines.
    registerAccountCheckFunction(raw);

    // Identify the file before anything writes to it.
    std::int64_t tables = 0, appId = 0, version = 0;
    try {
        Statement count(*db, "SELECT count(*) FROM sqlite_master");
        count.step();
        tables = count.int64(0);
        appId = db->pragmaInt("application_id");
        version = db->pragmaInt("user_version");
    } catch (const DatabaseError &e) {
        if ((e.sqliteCode() & 0xff) == SQLITE_NOTADB)
            return refuse("not a ReliefDesk database (not an SQLite file): " + path);
        return refuse("cannot read " + path + ": " + e.what());
    }
    const bool fresh = tables == 0 && appId == 0 && version == 0;
    if (fresh && options.mode == OpenMode::ExistingOnly)
        return refuse("not an initialised ReliefDesk database (empty file): " + path);
    if (!fresh && appId != kApplicationId)
        return refuse("not a ReliefDesk database (an SQLite file of another program): " + path);
    const int latest = latestSchemaVersion();
    if (version > latest)
        return refuse("database schema version " + std::to_string(version) +
                      " is newer than this program knows (" + std::to_string(latest) +
                      "); use a newer ReliefDesk: " + path);

    try {
        db->exec("PRAGMA foreign_keys = ON");
        db->exec("PRAGMA journal_mode = WAL");
        db->exec("PRAGMA synchronous = NORMAL");
        // Statement journals (kept by a statement that fires triggers inside a
        // transaction) in memory: past 64 KiB they would go to a temporary file, a
        // write system call per page a bulk import touches. A 64 MiB page cache
        // (default 2 MiB) holds the registry tables the household list reads at
        // random (100,000 households: ~22 MB); pages are allocated as used.
        db->exec("PRAGMA temp_store = MEMORY");
        db->exec("PRAGMA cache_size = -65536");
        const int target = options.targetVersion < 0 ? latest : options.targetVersion;
        db->migrate(target);
        rekeyNamesIfCollationChanged(*db);
    } catch (const DatabaseError &e) {
        return refuse("cannot upgrade " + path + ": " + e.what());
    }
    return db;
}

std::int64_t Database::pragmaInt(const char *name)
{
    Statement st(*this, std::string("PRAGMA ") + name);
    return st.step() ? st.int64(0) : 0;
}

int Database::schemaVersion()
{
    return static_cast<int>(pragmaInt("user_version"));
}

void Database::migrate(int target)
{
    const auto &all = migrations();
    for (int v = schemaVersion(); v < target && v < static_cast<int>(all.size()); ++v) {
        const Migration &m = all[static_cast<size_t>(v)];
        spdlog::info("database: migrating to schema {} ({})", m.version, m.name);
        exec("BEGIN IMMEDIATE");
        try {
            exec(m.sql);
            if (m.after)
                m.after(*this);
            exec("PRAGMA application_id = " + std::to_string(kApplicationId));
            exec("PRAGMA user_version = " + std::to_string(m.version));
            exec("COMMIT");
        } catch (...) {
            exec("ROLLBACK");
            throw;
        }
    }
}

void Database::exec(std::string_view sql)
{
    std::string copy(sql);
    char *err = nullptr;
    const int rc = sqlite3_exec(m_db, copy.c_str(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        std::string msg = err ? err : sqlite3_errstr(rc);
        sqlite3_free(err);
        throw DatabaseError(msg, sqlite3_extended_errcode(m_db));
    }
}

std::int64_t Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

} // namespace relief::storage
