#include "account_check.h"

#include "domain/bank_account.h"

#include <sqlite3.h>

#include <string_view>

namespace relief::storage {

namespace {
void accountOk(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    const unsigned char *text = sqlite3_value_text(argv[0]);
    if (!text) {
        sqlite3_result_int(ctx, 0);
        return;
    }
    const std::string_view s(reinterpret_cast<const char *>(text),
                             static_cast<size_t>(sqlite3_value_bytes(argv[0])));
    // BankAccount::parse's rule without building its message: 16–19 digits, Luhn.
    bool ok = s.size() >= 16 && s.size() <= 19;
    for (char c : s)
        ok = ok && c >= '0' && c <= '9';
    sqlite3_result_int(ctx, ok && BankAccount::luhnValid(s) ? 1 : 0);
}
} // namespace

void registerAccountCheckFunction(sqlite3 *db)
{
    sqlite3_create_function_v2(db, "relief_account_ok", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                               nullptr, accountOk, nullptr, nullptr, nullptr);
}

} // namespace relief::storage
