#include "ledger_csv.h"

#include "ledger_cells.h"
#include "ledger_columns.h"
#include "services/csv_reader.h"
#include "services/csv_writer.h"
#include "services/text_encoding.h"

#include "domain/mask.h"
#include "domain/registry/identity_checks.h"

#include <algorithm>
#include <array>
#include <utility>

// Cells are handled as UTF-8 std::string throughout: a ledger of tens of thousands
// of rows must parse in well under 50 µs a row, and QString round trips per cell
// would dominate that.

namespace relief::services {

using namespace ledger;

namespace {

// Headers common in old ledgers that mean a §3 column.
constexpr std::array<std::pair<std::string_view, Col>, 14> kHeaderAliases = {{
    {"户号", Col::HouseholdNo},
    {"关系", Col::Relation},
    {"身份证号码", Col::IdNumber},
    {"公民身份号码", Col::IdNumber},
    {"电话", Col::Phone},
    {"手机号", Col::Phone},
    {"住址", Col::Address},
    {"家庭地址", Col::Address},
    {"社区", Col::Community},
    {"保障金额", Col::MonthlyAmount},
    {"开户行", Col::BankName},
    {"银行卡号", Col::BankAccount},
    {"账号", Col::BankAccount},
    {"复核日期", Col::LastReviewDate},
}};

constexpr std::array<Col, 3> kRequired = {Col::HouseholdNo, Col::Name, Col::IdNumber};

// A title row above the header is common ("某某街道低保台账"); the header is the first
// of the first rows naming at least this many ledger columns.
constexpr int kHeaderMinColumns = 3;
constexpr int kHeaderSearchRows = 10;

std::optional<Col> columnOf(std::string_view written)
{
    std::string name = cleanCodedCell(trimCell(written));
    while (!name.empty() && name.front() == '*')
        name.erase(0, 1);
    while (!name.empty() && name.back() == '*')
        name.pop_back();
    for (size_t i = 0; i < kColumnCount; ++i)
        if (name == kColumns[i].zh || equalsIgnoreCase(name, kColumns[i].key))
            return static_cast<Col>(i);
    for (const auto &[alias, col] : kHeaderAliases)
        if (name == alias)
            return col;
    return std::nullopt;
}

bool isBlank(const std::vector<std::string> &fields)
{
    for (const auto &f : fields)
        if (!trimCell(f).empty())
            return false;
    return true;
}

int knownColumns(const std::vector<std::string> &fields)
{
    int n = 0;
    for (const auto &f : fields)
        if (columnOf(f))
            ++n;
    return n;
}

std::string columnNumber(size_t zeroBased, Lang lang)
{
    const std::string n = std::to_string(zeroBased + 1);
    return lang == Lang::En ? "column " + n : "第" + n + "列";
}

struct Header
{
    std::array<int, kColumnCount> index; // the file's column per ledger column, or -1
    std::vector<std::string> written; // the header cells, trimmed

    bool has(Col c) const { return index[idx(c)] >= 0; }
    std::string name(Col c, Lang lang) const
    {
        const int i = index[idx(c)];
        if (i >= 0)
            return written[static_cast<size_t>(i)];
        return std::string(lang == Lang::En ? kColumns[idx(c)].key : kColumns[idx(c)].zh);
    }
};

Header readHeader(const std::vector<std::string> &fields, int line, Lang lang, LedgerFile &file)
{
    Header h;
    h.index.fill(-1);
    h.written.reserve(fields.size());
    for (const auto &f : fields)
        h.written.emplace_back(trimCell(f));
    for (size_t i = 0; i < fields.size(); ++i) {
        const std::string &text = h.written[i];
        if (text.empty())
            continue;
        const auto col = columnOf(text);
        if (!col) {
            file.warnings.push_back(lang == Lang::En ? columnNumber(i, lang) + " \"" + text +
                                            "\" is not a ledger column and was ignored"
                                                     : columnNumber(i, lang) + "“" + text +
                                            "”不是台账列，已忽略");
            continue;
        }
        int &slot = h.index[idx(*col)];
        if (slot >= 0) {
            file.errors.push_back({line, text, text,
                                   std::string(tr(lang, "与", "repeats ")) +
                                       h.written[static_cast<size_t>(slot)] +
                                       std::string(tr(lang, "是同一列，只能出现一次",
                                                      ": the same column may appear only once"))});
            continue;
        }
        slot = static_cast<int>(i);
    }
    for (Col c : kRequired)
        if (!h.has(c))
            file.errors.push_back(
                {line, h.name(c, lang), "",
                 std::string(tr(lang, "缺少必填列", "required column is missing"))});
    return h;
}

class RowReader
{
public:
    RowReader(const Header &header, Lang lang, const std::optional<Date> &today, LedgerFile &file)
        : m_header(header)
        , m_lang(lang)
        , m_today(today)
        , m_file(file)
        , m_warnedEmptyHeader(header.written.size(), false)
    { }

    void read(const std::vector<std::string> &fields, int line);

private:
    std::string_view raw(Col c) const
    {
        const int i = m_header.index[idx(c)];
        if (i < 0 || static_cast<size_t>(i) >= m_fields->size())
            return {};
        return trimCell((*m_fields)[static_cast<size_t>(i)]);
    }
    std::string coded(Col c) const { return cleanCodedCell(raw(c)); }
    // Free text: as written, without the apostrophe of the formula guard (defect 5).
    // A line break or a tab inside (Excel's Alt+Enter in an address) becomes one
    // space; any other control character is left for checkText to refuse (defect 11).
    std::string text(Col c) const
    {
        const std::string_view cell = csvFormulaUnguarded(raw(c));
        std::string out;
        out.reserve(cell.size());
        for (size_t i = 0; i < cell.size(); ++i) {
            const char ch = cell[i];
            if (ch == '\r' || ch == '\n' || ch == '\t') {
                if (ch == '\r' && i + 1 < cell.size() && cell[i + 1] == '\n')
                    ++i;
                out.push_back(' ');
            } else
                out.push_back(ch);
        }
        return out;
    }
    // The cell as written, but an ID or bank card number masked (defect 7): the
    // line and the column find the cell.
    std::string shown(Col c) const
    {
        const auto digits = [](std::string_view t) {
            return std::count_if(t.begin(), t.end(),
                                 [](char ch) { return ch >= '0' && ch <= '9'; });
        };
        // Fewer digits than any full number (e.g. Excel's 1.10105E+17) stay as written.
        if (c == Col::IdNumber && digits(raw(c)) >= 14)
            return maskIdNumber(withoutChars(raw(c), " "));
        if (c == Col::BankAccount && digits(raw(c)) >= 12)
            return maskBankAccount(withoutChars(raw(c), " -"));
        return std::string(raw(c));
    }
    void fail(Col c, std::string reason)
    {
        m_file.errors.push_back({m_line, m_header.name(c, m_lang), shown(c), std::move(reason)});
    }
    template<class T> void take(Col c, Result<T> parsed, T &out)
    {
        if (parsed)
            out = std::move(*parsed);
        else
            fail(c, parsed.error().message);
    }
    std::string required(Col c)
    {
        std::string text = c == Col::Name ? this->text(c) : coded(c);
        if (text.empty() && m_header.has(c))
            fail(c, std::string(tr(m_lang, "必填", "is required")));
        return text;
    }
    void checkExtraCells();

    // The form's text check (defect 11) on a text cell already read.
    void checkText(Col c, const std::string &value)
    {
        if (auto s = checkRegistryText(value, m_lang); !s.ok())
            fail(c, s.error().message);
    }

    const Header &m_header;
    Lang m_lang;
    std::optional<Date> m_today;
    LedgerFile &m_file;
    std::vector<bool> m_warnedEmptyHeader; // data under a blank header: warned once a column
    const std::vector<std::string> *m_fields = nullptr;
    int m_line = 0;
};

void RowReader::checkExtraCells()
{
    const auto &fields = *m_fields;
    std::string extra;
    for (size_t i = 0; i < fields.size(); ++i) {
        const std::string_view cell = trimCell(fields[i]);
        if (cell.empty())
            continue;
        if (i >= m_header.written.size()) {
            if (!extra.empty())
                extra.push_back(',');
            extra.append(cell);
        } else if (m_header.written[i].empty() && !m_warnedEmptyHeader[i]) {
            m_warnedEmptyHeader[i] = true;
            m_file.warnings.push_back(columnNumber(i, m_lang) +
                                      std::string(tr(m_lang, "没有表头，其内容已忽略",
                                                     " has no header; its cells were ignored")));
        }
    }
    if (!extra.empty())
        m_file.errors.push_back(
            {m_line, columnNumber(m_header.written.size(), m_lang), extra,
             std::string(tr(m_lang, "本行比表头多出单元格：可能有未加引号的逗号",
                            "the row has more cells than the header: perhaps an unquoted "
                            "comma"))});
}

void RowReader::read(const std::vector<std::string> &fields, int line)
{
    m_fields = &fields;
    m_line = line;
    LedgerRow row;
    row.line = line;
    row.householdNo = required(Col::HouseholdNo);
    take(Col::Relation, parseRelation(coded(Col::Relation), m_lang), row.relation);
    row.name = required(Col::Name);
    if (m_header.has(Col::IdNumber))
        take(Col::IdNumber, parseLedgerIdNumber(coded(Col::IdNumber), m_lang, m_today),
             row.idNumber);
    row.phone = coded(Col::Phone);
    row.address = text(Col::Address);
    row.community = text(Col::Community);
    take(Col::Area, parseArea(coded(Col::Area), m_lang), row.area);

    std::optional<DisabilityKind> kind;
    std::optional<int> grade;
    take(Col::DisabilityKind, parseDisabilityKind(coded(Col::DisabilityKind), m_lang), kind);
    take(Col::DisabilityGrade, parseDisabilityGrade(coded(Col::DisabilityGrade), m_lang), grade);
    if (kind && grade)
        row.disability = Disability {*kind, *grade};
    else if (kind && raw(Col::DisabilityGrade).empty())
        fail(Col::DisabilityGrade,
             std::string(tr(m_lang, "填写了残疾类别时必须填写残疾等级",
                            "is required when a disability kind is given")));
    else if (grade && raw(Col::DisabilityKind).empty())
        fail(Col::DisabilityKind,
             std::string(tr(m_lang, "填写了残疾等级时必须填写残疾类别",
                            "is required when a disability grade is given")));

    take(Col::SeriousIllness, parseYesNo(coded(Col::SeriousIllness), m_lang), row.seriousIllness);
    take(Col::InSchool, parseYesNo(coded(Col::InSchool), m_lang), row.inSchool);
    take(Col::SelfCareUnmet, parseSelfCare(coded(Col::SelfCareUnmet), m_lang), row.selfCareUnmet);

    for (size_t k = 0; k < kIncomeColumns; ++k) {
        const auto col = static_cast<Col>(idx(Col::WageIncome) + k);
        const auto kind = static_cast<IncomeKind>(k);
        // Net business and property income can be a loss, as in the assess format.
        const bool net = kind == IncomeKind::Business || kind == IncomeKind::Property;
        std::optional<Money> amount;
        take(col, parseLedgerMoney(coded(col), net, m_lang), amount);
        if (amount)
            row.incomes.emplace(kind, *amount);
    }

    take(Col::Programme, parseProgramme(coded(Col::Programme), m_lang), row.programme);
    take(Col::Status, parseStatus(coded(Col::Status), m_lang), row.active);
    const std::string month = coded(Col::StartMonth);
    take(Col::StartMonth, parseLedgerMonth(month, m_lang), row.startMonth);
    take(Col::MonthlyAmount, parseLedgerMoney(coded(Col::MonthlyAmount), false, m_lang),
         row.monthlyAmount);
    // v1.1: an empty amount on a 低保边缘 row is 0.00 (marginal households are
    // recorded, not paid).
    if (row.programme == LedgerProgramme::Marginal && !row.monthlyAmount &&
        raw(Col::MonthlyAmount).empty())
        row.monthlyAmount = Money();
    // An active case is granted from its start month: without one it cannot be imported.
    if (row.programme != LedgerProgramme::None && row.active && month.empty())
        fail(Col::StartMonth,
             std::string(tr(m_lang, "在保的救助类别必须填写起始年月",
                            "is required for an active programme")));

    row.bankName = text(Col::BankName);
    take(Col::BankAccount, parseLedgerBankAccount(coded(Col::BankAccount), m_lang),
         row.bankAccount);
    row.accountHolder = text(Col::AccountHolder);
    checkText(Col::HouseholdNo, row.householdNo);
    checkText(Col::Name, row.name);
    checkText(Col::Phone, row.phone);
    checkText(Col::Address, row.address);
    checkText(Col::Community, row.community);
    checkText(Col::BankName, row.bankName);
    checkText(Col::AccountHolder, row.accountHolder);
    take(Col::LastReviewDate, parseLedgerDate(coded(Col::LastReviewDate), m_lang),
         row.lastReviewDate);
    checkExtraCells();
    if (m_file.errors.empty())
        m_file.rows.push_back(std::move(row));
}

// The physical line of a byte offset, for an encoding error (no rows exist yet).
int lineOfOffset(std::string_view bytes, size_t offset)
{
    int line = 1;
    for (size_t i = 0; i < offset && i < bytes.size(); ++i)
        if (bytes[i] == '\n')
            ++line;
    return line;
}

} // namespace

namespace {
LedgerFile readUnmasked(std::string_view bytes, Lang lang, const std::optional<Date> &today);
} // namespace

LedgerFile readLedgerCsv(std::string_view bytes, Lang lang, const std::optional<Date> &today)
{
    LedgerFile file = readUnmasked(bytes, lang, today);
    // Whatever a cell or a reason quotes: no full personal number (defect 7).
    for (auto &e : file.errors) {
        e.value = maskSensitiveText(e.value);
        e.reason = maskSensitiveText(e.reason);
    }
    return file;
}

namespace {
LedgerFile readUnmasked(std::string_view bytes, Lang lang, const std::optional<Date> &today)
{
    LedgerFile file;
    DecodedText decoded = decodeText(bytes);
    if (!decoded.ok()) {
        const std::string reason = decoded.utf16
            ? std::string(tr(lang, "文件是UTF-16编码：请在Excel中另存为“CSV UTF-8”或“CSV”",
                             "the file is UTF-16: save it from Excel as \"CSV UTF-8\" or \"CSV\""))
            : std::string(tr(lang, "文件既不是UTF-8也不是GB18030编码",
                             "the file is neither UTF-8 nor GB18030 text"));
        file.errors.push_back({lineOfOffset(bytes, decoded.badOffset), "", "", reason});
        return file;
    }
    file.encoding = decoded.encoding;
    file.rows.reserve(
        static_cast<size_t>(std::count(decoded.text.begin(), decoded.text.end(), '\n')));

    CsvReader csv(decoded.text);
    std::vector<std::string> fields;
    // Find the header: the first row naming enough ledger columns, else the first
    // non-blank row (whose missing columns are then reported).
    std::vector<std::pair<int, std::vector<std::string>>> before;
    int headerAt = -1;
    while (static_cast<int>(before.size()) < kHeaderSearchRows && csv.next(fields)) {
        before.emplace_back(csv.row(), fields);
        if (knownColumns(fields) >= kHeaderMinColumns) {
            headerAt = static_cast<int>(before.size()) - 1;
            break;
        }
    }
    if (headerAt < 0)
        for (size_t i = 0; i < before.size(); ++i)
            if (!isBlank(before[i].second)) {
                headerAt = static_cast<int>(i);
                break;
            }
    if (headerAt < 0) {
        file.errors.push_back(
            {1, "", "",
             std::string(tr(lang, "文件是空的：第一行应为表头",
                            "the file is empty: the first row must be the header"))});
        return file;
    }
    for (int i = 0; i < headerAt; ++i)
        if (!isBlank(before[static_cast<size_t>(i)].second))
            file.warnings.push_back(
                lang == Lang::En ? "row " + std::to_string(before[static_cast<size_t>(i)].first) +
                        " is above the header and was skipped"
                                 : "第" + std::to_string(before[static_cast<size_t>(i)].first) +
                        "行在表头之前，已跳过");
    const Header header = readHeader(before[static_cast<size_t>(headerAt)].second,
                                     before[static_cast<size_t>(headerAt)].first, lang, file);
    RowReader reader(header, lang, today, file);
    const auto handle = [&](const std::vector<std::string> &record, int line, bool openQuote) {
        if (isBlank(record))
            return;
        if (openQuote) {
            file.errors.push_back(
                {line, "", "",
                 std::string(tr(lang, "引号没有配对：从这一行到文件末尾被读成了一个单元格",
                                "a quote is never closed: the rest of the file from this row "
                                "was read as one cell"))});
            return;
        }
        reader.read(record, line);
    };
    for (size_t i = static_cast<size_t>(headerAt) + 1; i < before.size(); ++i)
        handle(before[i].second, before[i].first, false);
    while (csv.next(fields))
        handle(fields, csv.row(), csv.unterminatedQuote());

    if (!file.errors.empty())
        file.rows.clear();
    else if (file.rows.empty())
        file.warnings.push_back(
            std::string(tr(lang, "表头下没有数据行", "there are no rows under the header")));
    return file;
}

} // namespace

} // namespace relief::services
