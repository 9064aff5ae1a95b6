#pragma once

// Bank results (回盘, data-formats §4, issue 12 §3): the table a bank sends back,
// read through a template's ResultMapping, and matched to the exported payments by
// account and amount. Pure: the service decodes the file into cells (CSV or xlsx)
// and hands them here; nothing is guessed — a row that names no payment, or a
// pair of account and amount that several payments share and the rows do not
// settle, is listed, not applied. docs/bank.md §3 has the readings.

#include "domain/bank/bank_template.h"
#include "domain/lang.h"
#include "domain/money.h"
#include "domain/result.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace relief::bank {

// Rows searched for the header line: a bank's summary lines above the table.
inline constexpr int kMaxResultHeaderRows = 50;
inline constexpr std::size_t kMaxResultRows = 1'000'000;
inline constexpr std::size_t kMaxResultErrorsShown = 200;

struct ResultRow
{
    int row = 0; // 1-based, as the spreadsheet numbers it
    std::string account; // digits only (spaces and a leading ' removed)
    Money amount;
    bool paid = false; // a success word; otherwise a failure word
    std::string result; // the word as written
    std::string reason; // the bank's reason, trimmed (empty when the file has no such column)
};

struct ResultRowError
{
    int row = 0;
    std::string column; // the column's title as in the file
    std::string message;
};

struct ResultTable
{
    int headerRow = 0; // 1-based
    bool hasReasonColumn = false;
    std::vector<ResultRow> rows; // in file order
    std::vector<ResultRowError> errors; // every bad row; the file is refused when any
    int skipped = 0; // empty and summary rows (no account and no result)
};

// Finds the header (the first of the first kMaxResultHeaderRows rows whose cells,
// trimmed, hold the mapping's account, amount and result titles; the reason column
// is optional) and reads every row below it; a row without a result and without a
// digit in the account column (empty, 合计) is a summary line and skipped. Refused (Error, field
// "file") when no header is found or a title appears twice in it; rows with problems are in errors.
Result<ResultTable> readResultTable(const std::vector<std::vector<std::string>> &cells,
                                    const ResultMapping &mapping, Lang lang);

// An amount as banks write it: "1234.5", "1,234.50", "¥12.00", "12" (yuan), or
// whole fen for AmountUnit::Fen. Nothing for a negative, empty or malformed amount.
std::optional<Money> parseResultAmount(std::string_view text, AmountUnit unit);

// What the office exported, as the matching sees it.
struct ExportedPayment
{
    std::int64_t id = 0;
    std::string account;
    Money amount;
};

enum class UnmatchedWhy {
    NoPayment, // no exported payment has this account and amount
    Ambiguous, // several payments share the account and amount and the rows do not settle them
    Conflicting, // the file gives the same payment different results
};
inline constexpr std::array<std::string_view, 3> kUnmatchedWhyKeys = {"no_payment", "ambiguous",
                                                                      "conflicting"};
std::string unmatchedWhyText(UnmatchedWhy why, Lang lang);

struct MatchedRow
{
    std::size_t row = 0; // index into ResultTable::rows
    std::int64_t paymentId = 0;
};

struct UnmatchedRow
{
    std::size_t row = 0; // index into ResultTable::rows
    UnmatchedWhy why = UnmatchedWhy::NoPayment;
};

struct MatchOutcome
{
    std::vector<MatchedRow> matched; // one per payment settled, in file order of its first row
    std::vector<UnmatchedRow> unmatched; // in file order
};

// Groups rows and payments by (account, amount). A pair with one payment is settled
// by its rows when they all agree (a row repeated is one result); a pair with n > 1
// payments only when exactly n rows name it and all agree — every payment of the
// pair then has the same outcome, so none is guessed. Anything else is unmatched.
MatchOutcome matchResults(const std::vector<ResultRow> &rows,
                          const std::vector<ExportedPayment> &payments);

} // namespace relief::bank
