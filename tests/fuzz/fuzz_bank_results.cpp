// libFuzzer: a bank's result file (回盘, issue 12 §3) as `payroll reconcile` reads it:
// decoded (UTF-8 or GB18030), split into CSV cells, read through the default result
// mapping and matched to a few payments. Checks: a refusal is short; every row is
// either a result or an error naming its row; a match never names a payment whose
// account or amount differs from its row, and no payment is matched twice.

#include "fuzz_support.h"

#include "domain/bank/bank_results.h"
#include "services/csv_reader.h"
#include "services/text_encoding.h"

#include <cstddef>
#include <cstdint>
#include <set>
#include <string_view>

using namespace relief;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char *>(data), size);
    const auto decoded = services::decodeText(bytes);
    if (!decoded.ok())
        return 0;
    std::vector<std::vector<std::string>> cells;
    services::CsvReader reader(decoded.text);
    std::vector<std::string> fields;
    while (reader.next(fields))
        cells.push_back(fields);
    bank::ResultMapping mapping;
    if (size % 3 == 0)
        mapping.amountUnit = bank::AmountUnit::Fen;
    auto table = bank::readResultTable(cells, mapping, size % 2 ? Lang::En : Lang::Zh);
    if (!table.ok()) {
        fuzz::requireShortError(table.error());
        return 0;
    }
    for (const auto &e : table->errors) {
        fuzz::require(e.row > table->headerRow, "an error above the header");
        fuzz::require(!e.message.empty() && e.message.size() <= 600, "bad row message");
    }
    for (const auto &r : table->rows) {
        fuzz::require(!r.account.empty(), "a result without an account");
        fuzz::require(r.amount > Money(), "a result without a positive amount");
    }
    const std::vector<bank::ExportedPayment> payments = {
        {1, "6222021234567890128", Money::fromFen(83000)},
        {2, "6222021234567890128", Money::fromFen(83000)},
        {3, "6228480402564890019", Money::fromFen(100)}};
    const auto outcome = bank::matchResults(table->rows, payments);
    std::set<std::int64_t> seen;
    for (const auto &m : outcome.matched) {
        fuzz::require(m.row < table->rows.size(), "a match beyond the rows");
        const auto &row = table->rows[m.row];
        const auto &p = payments[static_cast<std::size_t>(m.paymentId - 1)];
        fuzz::require(row.account == p.account && row.amount == p.amount, "a guessed match");
        fuzz::require(seen.insert(m.paymentId).second, "a payment matched twice");
    }
    fuzz::require(outcome.matched.size() + outcome.unmatched.size() <= table->rows.size(),
                  "more outcomes than rows");
    return 0;
}
