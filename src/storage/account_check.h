#pragma once

// relief_account_ok(text): 1 when the text is a valid bank account (16–19 digits passing
// the Luhn check, BankAccount::parse's rule), else 0. PR-4's check for the payroll's
// set-based lines (storage/payroll); Database::open registers it on every connection.

struct sqlite3;

namespace relief::storage {

void registerAccountCheckFunction(sqlite3 *db);

} // namespace relief::storage
