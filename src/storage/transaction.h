#pragma once

// RAII write transaction: BEGIN IMMEDIATE on construction, ROLLBACK on
// destruction unless commit() was called. One per user action or batch.

namespace relief::storage {

class Database;

class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    Database &m_db;
    bool m_done = false;
};

} // namespace relief::storage
