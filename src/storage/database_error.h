#pragma once

#include <stdexcept>
#include <string>

namespace relief::storage {

// Thrown by the storage layer when SQLite reports a failure (disk full, constraint,
// corruption). Services catch it at the transaction boundary and return an Error;
// it never crosses into the GUI or CLI.
class DatabaseError : public std::runtime_error
{
public:
    DatabaseError(const std::string &what, int sqliteCode)
        : std::runtime_error(what)
        , m_code(sqliteCode)
    { }
    int sqliteCode() const { return m_code; }
    // SQLITE_CONSTRAINT and its extended codes.
    bool isConstraint() const { return (m_code & 0xff) == 19; }

private:
    int m_code;
};

} // namespace relief::storage
