#include "transaction.h"

#include "database.h"

#include <sqlite3.h>

namespace relief::storage {

Transaction::Transaction(Database &db)
    : m_db(db)
{
    m_db.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (!m_done) {
        try {
            m_db.exec("ROLLBACK");
        } catch (...) {
            // SQLite may already have rolled back (e.g. after SQLITE_FULL).
        }
    }
}

void Transaction::commit()
{
    m_db.exec("COMMIT");
    m_done = true;
}

ReadTransaction::ReadTransaction(Database &db)
    : m_db(db)
{
    if (sqlite3_get_autocommit(m_db.handle()) != 0) {
        m_db.exec("BEGIN DEFERRED");
        m_own = true;
    }
}

ReadTransaction::~ReadTransaction()
{
    if (m_own) {
        try {
            // Nothing was written: COMMIT and ROLLBACK only end the snapshot.
            m_db.exec("COMMIT");
        } catch (...) {
            try {
                m_db.exec("ROLLBACK");
            } catch (...) { }
        }
    }
}

} // namespace relief::storage
