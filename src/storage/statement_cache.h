#pragma once

// Prepared statements kept for the life of a repository object, so bulk work
// (ledger import, demo data) prepares each SQL text once. Every statement handed
// out is reset first, so a caller may stop reading rows at any point.

#include "statement.h"

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

namespace relief::storage {

class Database;

class StatementCache
{
public:
    explicit StatementCache(Database &db)
        : m_db(db)
    { }
    StatementCache(const StatementCache &) = delete;
    StatementCache &operator=(const StatementCache &) = delete;

    Statement &operator()(std::string_view sql)
    {
        auto it = m_statements.find(sql);
        if (it == m_statements.end())
            it = m_statements.emplace(std::string(sql), std::make_unique<Statement>(m_db, sql))
                     .first;
        it->second->reset();
        return *it->second;
    }

    Database &database() const { return m_db; }

private:
    struct Hash
    {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
    };
    Database &m_db;
    std::unordered_map<std::string, std::unique_ptr<Statement>, Hash, std::equal_to<>> m_statements;
};

} // namespace relief::storage
