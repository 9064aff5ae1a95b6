#pragma once

// The bank file layout (data-formats §4): a programme's payments — one per payee
// account, summing that household's lines of the programme in the roll — laid
// out by a template into the rows and cells of each file, split at max_rows,
// with each file's count and total. Pure: the service writes the cells (CSV
// through services/csv_writer.h, xlsx through libxlsxwriter, text joined by the
// separator or by nothing for fixed width) and encodes the text.

#include "domain/bank/bank_template.h"
#include "domain/date.h"
#include "domain/lang.h"
#include "domain/money.h"
#include "domain/payroll/payroll_types.h"
#include "domain/result.h"
#include "domain/year_month.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace relief::bank {

struct Payment
{
    std::string name; // the account holder (户名)
    std::string account; // digits
    std::string idNumber; // the holder's ID number; empty for an institution
    Money amount;
    std::string memo;
    std::string bankName;
    std::string bankCode; // 行别, from bankCodeOf(bankName) unless known otherwise
    // Not written to the file: for messages and the bank_payments record.
    std::string householdNumber;
    std::vector<std::int64_t> lineIds;
};

struct LayoutInput
{
    YearMonth month;
    Date date; // the export's date
    std::string office;
    payroll::LineProgramme programme = payroll::LineProgramme::Dibao;
    std::vector<Payment> payments; // in file order
};

enum class RowKind { Title, ColumnTitles, Header, Detail, Trailer };
enum class CellType { Text, Number }; // Number: seq, count, amounts (xlsx number cells)

struct Cell
{
    std::string text; // UTF-8; for fixed formats already padded to its width
    CellType type = CellType::Text;

    friend bool operator==(const Cell &, const Cell &) = default;
};

struct Row
{
    RowKind kind = RowKind::Detail;
    std::vector<Cell> cells;
};

struct LaidOutFile
{
    int number = 1; // 1, 2, … within the programme
    int count = 0; // detail rows
    Money total; // their sum
    std::vector<Row> rows; // title, column titles, header, details, trailer
    std::size_t firstPayment = 0; // index into LayoutInput::payments
};

// How many bytes a UTF-8 text takes in the file's encoding (fixed-width fields count
// bytes of the file's encoding: GB18030 two bytes for a Chinese character, UTF-8
// three). The service passes the GB18030 measure; utf8Bytes is the UTF-8 one.
using ByteWidth = std::function<std::size_t(std::string_view utf8)>;
std::size_t utf8Bytes(std::string_view utf8);

// The programme's name in bank files, memos and titles: 低保金, 特困供养金, …
std::string_view programmeBankName(payroll::LineProgramme p);
// The memo of a payment from its lines' kinds and months: "2025年12月低保金"; back pay
// alone "补发2025年10月低保金" (several months: "补发2025年10月至2025年11月低保金");
// reissues alone "重发2025年10月低保金".
struct MemoLine
{
    payroll::LineKind kind = payroll::LineKind::Regular;
    std::optional<YearMonth> forMonth;
};
std::string paymentMemo(const YearMonth &rollMonth, payroll::LineProgramme p,
                        const std::vector<MemoLine> &lines);
// 行别 of the big banks by name (中国工商银行 102, 农业银行 103, 中国银行 104, 建设银行 105,
// 交通银行 301, 邮储 403, 农商/农信 402, …); empty when not known.
std::string bankCodeOf(std::string_view bankName);
// `batch_no`: YYYYMM, the programme's number (01…07) and the file's number (two digits).
std::string batchNumber(const YearMonth &month, payroll::LineProgramme p, int fileNumber);

// What keeps a payment out of a bank file (PR-4): no account, not 16–19 digits with a
// valid check digit, no account holder, no positive amount. Empty when it may be paid.
std::string paymentProblem(const Payment &payment, Lang lang);

// The files of one programme. An error (nothing laid out) when a value does not fit
// a fixed width (never cut), or holds the separator or a line break in a delimited or
// fixed file, naming the file row and field.
Result<std::vector<LaidOutFile>> layoutFiles(const BankTemplate &t, const LayoutInput &input,
                                             Lang lang, const ByteWidth &width = utf8Bytes);

// Number of the amount in the unit: "123.45" or "12345".
std::string amountText(Money amount, AmountUnit unit);

} // namespace relief::bank
