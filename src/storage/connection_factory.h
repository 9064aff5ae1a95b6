#pragma once

// Where a new connection comes from. Work on another thread opens its own
// connection (a Database serves one thread); asking a factory instead of knowing
// the file's path keeps that work ignorant of where the data lives, so a server
// database can later come through another factory.

#include "storage/database.h"

#include <memory>
#include <string>

namespace relief::storage {

class ConnectionFactory
{
public:
    virtual ~ConnectionFactory() = default;
    // A new connection to the same data, migrated and checked like the first.
    virtual Result<std::unique_ptr<Database>> open() const = 0;
    // For messages and logs: the file (or server) the connections go to.
    virtual std::string describe() const = 0;
};

// Connections to one SQLite file that exists already.
class SqliteFileFactory final : public ConnectionFactory
{
public:
    explicit SqliteFileFactory(std::string path)
        : m_path(std::move(path))
    { }
    Result<std::unique_ptr<Database>> open() const override;
    std::string describe() const override { return m_path; }

private:
    std::string m_path;
};

} // namespace relief::storage
