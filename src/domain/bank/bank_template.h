#pragma once

// Bank templates (data-formats §4): how a locked roll becomes the files a bank
// accepts (代发) and how the bank's result file (回盘) is read back. A template is
// a value: read from and written as JSON (hostile input capped like the policy
// import: depth kMaxJsonDepth, size kMaxTemplateBytes, every list and text
// bounded; every error names the field path), validated as a whole. The three
// shipped templates (generic-csv, xlsx-daifa, pipe-gb18030) are the JSON files of
// resources/bank/, compiled into this library. docs/bank.md has the readings.

#include "domain/lang.h"
#include "domain/result.h"

#include <nlohmann/json.hpp>

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace relief::bank {

enum class FileFormat { Xlsx, Csv, Delimited, Fixed };
inline constexpr std::array<std::string_view, 4> kFileFormatKeys = {"xlsx", "csv", "delimited",
                                                                    "fixed"};
enum class Encoding { Utf8, Utf8Bom, Gb18030 };
inline constexpr std::array<std::string_view, 3> kEncodingKeys = {"UTF-8", "UTF-8-BOM", "GB18030"};
enum class LineEnding { Crlf, Lf };
inline constexpr std::array<std::string_view, 2> kLineEndingKeys = {"CRLF", "LF"};

enum class Source {
    Seq,
    Name,
    Account,
    IdNumber,
    Amount,
    Memo,
    BankName,
    BankCode,
    Month,
    Date,
    Count,
    Total,
    BatchNo,
    Office,
    Literal, // "literal:TEXT"
};
inline constexpr std::array<std::string_view, 14> kSourceKeys = {
    "seq",       "name",  "account", "id_number", "amount", "memo",     "bank_name",
    "bank_code", "month", "date",    "count",     "total",  "batch_no", "office"};
inline constexpr std::string_view kLiteralPrefix = "literal:";

enum class AmountUnit { Yuan, Fen };
inline constexpr std::array<std::string_view, 2> kAmountUnitKeys = {"yuan", "fen"};
// Dates: 20251231, 2025-12-31, 2025/12/31; months in the same style: 202512, 2025-12, 2025/12.
enum class DateStyle { Compact, Dashed, Slashed };
inline constexpr std::array<std::string_view, 3> kDateStyleKeys = {"YYYYMMDD", "YYYY-MM-DD",
                                                                   "YYYY/MM/DD"};
enum class Align { Left, Right };
inline constexpr std::array<std::string_view, 2> kAlignKeys = {"left", "right"};

struct Field
{
    Source source = Source::Literal;
    std::string literal; // Source::Literal: the text after "literal:"
    std::string title; // the column header (xlsx, csv, and column_titles)
    int width = 0; // fixed: bytes in the file's encoding (docs/bank.md)
    char pad = ' '; // fixed: one ASCII character
    Align align = Align::Left;
    AmountUnit unit = AmountUnit::Yuan; // amount, total
    DateStyle style = DateStyle::Compact; // date, month

    friend bool operator==(const Field &, const Field &) = default;
};

// How the bank's result file (回盘) maps onto payments: the column titles of the
// account, the amount, the result and the reason, and the words for success and
// failure. Read by the reconciliation (issue 12 §3).
struct ResultMapping
{
    std::string accountColumn = "银行账号";
    std::string amountColumn = "金额";
    std::string resultColumn = "处理结果";
    std::string reasonColumn = "失败原因";
    AmountUnit amountUnit = AmountUnit::Yuan;
    std::vector<std::string> successWords = {"成功"};
    std::vector<std::string> failureWords = {"失败"};

    friend bool operator==(const ResultMapping &, const ResultMapping &) = default;
};

struct BankTemplate
{
    std::string id; // ASCII: a–z, 0–9, '-' and '_', 1–40 characters (--template takes it)
    std::string name;
    FileFormat format = FileFormat::Csv;
    char separator = ','; // delimited (csv is always ',')
    Encoding encoding = Encoding::Utf8Bom;
    LineEnding lineEnding = LineEnding::Crlf;
    int maxRows = 5000; // detail rows per file, ≥ 1
    bool columnTitles = false; // a line of the details' titles before the details
    // xlsx: the first row; {office}, {year}, {month} (two digits), {programme} are replaced.
    std::string titleRow;
    std::vector<Field> header; // one optional line before the details
    std::vector<Field> details; // one line per payment (required)
    std::vector<Field> trailer; // one optional line after the details
    ResultMapping results;

    friend bool operator==(const BankTemplate &, const BankTemplate &) = default;
};

inline constexpr std::size_t kMaxTemplateBytes = 256 * 1024;
inline constexpr std::size_t kMaxFieldsPerLine = 64;
inline constexpr std::size_t kMaxTemplateText = 200; // bytes of a name, title, literal, word
inline constexpr std::size_t kMaxResultWords = 16;
inline constexpr int kMaxFieldWidth = 512;
inline constexpr int kMaxRowsLimit = 1'000'000;

std::string_view sourceKey(const Field &field); // "literal" for literals
std::string sourceText(const Field &field); // as in JSON: "amount", "literal:合计"

// Parses and validates (the error's field is the JSON path, e.g. "details[2].width").
Result<BankTemplate> templateFromJson(std::string_view text, Lang lang);
Result<BankTemplate> templateFromJsonValue(const nlohmann::json &doc, Lang lang);
nlohmann::json templateToJson(const BankTemplate &t);
// The rules across fields (known sources, widths for fixed, units, styles, separator,
// max_rows ≥ 1, the id's characters); templateFromJson runs it too.
Status validateTemplate(const BankTemplate &t, Lang lang);

// The shipped templates, in the order generic-csv, xlsx-daifa, pipe-gb18030.
const std::vector<BankTemplate> &shippedTemplates();
bool isShippedTemplateId(std::string_view id);

} // namespace relief::bank
