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

// RAII read transaction: BEGIN DEFERRED on construction, so that several queries see one
// consistent snapshot (under WAL the snapshot is taken at the first read and other
// connections keep writing meanwhile); ends on destruction. Inside a transaction already
// open on the connection it does nothing (the outer one gives the snapshot).
class ReadTransaction
{
public:
    explicit ReadTransaction(Database &db);
    ~ReadTransaction();
    ReadTransaction(const ReadTransaction &) = delete;
    ReadTransaction &operator=(const ReadTransaction &) = delete;

private:
    Database &m_db;
    bool m_own = false;
};

} // namespace relief::storage
