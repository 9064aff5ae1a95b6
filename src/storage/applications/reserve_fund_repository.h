#pragma once

// The reserve fund (备用金) ledger: rows appended with the balance after each;
// the schema refuses a balance that does not follow or goes below zero.

#include "application_records.h"
#include "storage/statement_cache.h"

#include <vector>

namespace relief::storage {

class ReserveFundRepository
{
public:
    explicit ReserveFundRepository(Database &db)
        : m_st(db)
    { }

    Money balance();
    // Sets balanceAfter from the current balance; returns the new row's id.
    std::int64_t append(ReserveEntryRecord &entry);
    // Newest first.
    std::vector<ReserveEntryRecord> entries(int limit, int offset);
    std::vector<ReserveEntryRecord> paymentsFor(std::int64_t applicationId);

private:
    StatementCache m_st;
};

} // namespace relief::storage
