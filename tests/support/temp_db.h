#pragma once

// A real SQLite file in a fresh temporary folder, removed after the test.

#include "storage/database.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <random>
#include <string>

namespace relief::test {

class TempDir
{
public:
    TempDir()
    {
        std::random_device rd;
        m_path = std::filesystem::temp_directory_path() /
            ("reliefdesk-test-" + std::to_string(rd()) + std::to_string(rd()));
        std::filesystem::create_directories(m_path);
    }
    ~TempDir()
    {
        std::error_code ec;
        std::filesystem::remove_all(m_path, ec);
    }
    TempDir(const TempDir &) = delete;
    TempDir &operator=(const TempDir &) = delete;

    std::string file(const std::string &name) const { return (m_path / name).string(); }
    const std::filesystem::path &path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

inline std::unique_ptr<storage::Database> openDb(const std::string &path,
                                                 storage::OpenOptions options = {})
{
    auto db = storage::Database::open(path, options);
    if (!db.ok()) {
        ADD_FAILURE() << "cannot open " << path << ": " << db.error().message;
        return nullptr;
    }
    return std::move(db.value());
}

// The repository root: RELIEF_SOURCE_DIR when set (CTest sets it), else the
// folder the test was built from.
inline std::string sourceDir()
{
    if (const char *env = std::getenv("RELIEF_SOURCE_DIR"))
        return env;
#ifdef RELIEF_SOURCE_DIR_DEFAULT
    return RELIEF_SOURCE_DIR_DEFAULT;
#else
    return ".";
#endif
}

inline std::string readFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

inline void writeFile(const std::string &path, const std::string &content)
{
    std::ofstream out(path, std::ios::binary);
    out << content;
}

} // namespace relief::test
