// libFuzzer: a household ledger CSV (data-formats §3) in UTF-8 or GB18030, decoded,
// split into records and checked cell by cell as the import does before it writes
// anything (no database). Checks: every accepted row carries a valid ID number
// and only known encodings are reported.

#include "fuzz_support.h"

#include "domain/bank_account.h"
#include "domain/id_number.h"
#include "services/ledger/ledger_csv.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

using namespace relief;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char *>(data), size);
    const services::LedgerFile f = services::readLedgerCsv(bytes, size % 2 ? Lang::En : Lang::Zh);
    fuzz::require(f.encoding.empty() || f.encoding == "UTF-8" || f.encoding == "UTF-8-BOM" ||
                      f.encoding == "GB18030",
                  "unknown encoding", f.encoding);
    if (!f.errors.empty()) {
        fuzz::require(f.rows.empty(), "rows returned with errors");
        return 0;
    }
    for (const services::LedgerRow &row : f.rows) {
        fuzz::require(IdNumber::parse(row.idNumber).ok(), "accepted row with a bad ID number");
        fuzz::require(row.bankAccount.empty() || BankAccount::parse(row.bankAccount).ok(),
                      "accepted row with a bad bank account");
        fuzz::require(row.line >= 2, "row line before the header", std::to_string(row.line));
    }
    return 0;
}
