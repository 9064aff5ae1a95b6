#pragma once

// relief_storage: the one place SQL lives. A Database is one connection to the
// ReliefDesk SQLite file; use it from one thread (a worker opens its own).

#include "domain/result.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

struct sqlite3;

namespace relief::storage {

enum class OpenMode {
    CreateIfMissing, // the app, `init`: create and initialise a new file
    ExistingOnly, // the CLI: a missing or empty file is refused, never created
};

struct OpenOptions
{
    OpenMode mode = OpenMode::CreateIfMissing;
    // Migrate up to this schema version (tests build databases of earlier versions).
    int targetVersion = -1; // -1: the latest
};

class Database
{
public:
    // "RDK1": marks a file as ReliefDesk's (PRAGMA application_id).
    static constexpr std::int32_t kApplicationId = 0x52444B31;

    // Opens (and, with CreateIfMissing, creates) the file, checks that it is a
    // ReliefDesk database this program understands, and migrates it. A non-SQLite
    // file, another program's database or a newer schema is refused with the file
    // left untouched.
    static Result<std::unique_ptr<Database>> open(const std::string &path,
                                                  OpenOptions options = {});
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    static int latestSchemaVersion();
    int schemaVersion();
    const std::string &path() const { return m_path; }

    void exec(std::string_view sql);
    std::int64_t lastInsertId() const;
    int changes() const;
    sqlite3 *handle() const { return m_db; }

private:
    Database(sqlite3 *db, std::string path);
    std::int64_t pragmaInt(const char *name);
    void migrate(int target);

    sqlite3 *m_db;
    std::string m_path;
};

} // namespace relief::storage
