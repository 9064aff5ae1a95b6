#include "services/review/visit_csv.h"

#include "services/csv_reader.h"
#include "services/ledger/ledger_cells.h"
#include "services/text_encoding.h"

#include "domain/mask.h"
#include "domain/registry/identity_checks.h"

#include <algorithm>
#include <array>

namespace relief::services {

using namespace ledger;

namespace {

enum class Col {
    HouseholdNo,
    IdNumber,
    VisitDate,
    Staff,
    Method,
    SeenInPerson,
    StaffSigned,
    FamilySigned,
    Purpose,
    Note,
    Count
};

struct ColumnName
{
    Col col;
    std::string_view key;
    std::string_view zh;
    bool required;
};

constexpr std::array<ColumnName, 10> kColumns = {{
    {Col::HouseholdNo, "household_no", "户编号", true},
    {Col::IdNumber, "id_number", "身份证号", false},
    {Col::VisitDate, "visit_date", "走访日期", true},
    {Col::Staff, "staff", "调查人员", true},
    {Col::Method, "method", "核查方式", false},
    {Col::SeenInPerson, "seen_in_person", "入户见人", false},
    {Col::StaffSigned, "staff_signed", "调查人签字", false},
    {Col::FamilySigned, "family_signed", "家庭签字", false},
    {Col::Purpose, "purpose", "走访类型", false},
    {Col::Note, "note", "情况记录", false},
}};

std::string columnName(Col c, Lang lang)
{
    for (const auto &n : kColumns)
        if (n.col == c)
            return std::string(lang == Lang::En ? n.key : n.zh);
    return {};
}

bool isBlank(const std::vector<std::string> &record)
{
    return std::all_of(record.begin(), record.end(),
                       [](const std::string &s) { return trimCell(s).empty(); });
}

template<std::size_t N>
std::optional<std::size_t> wordIndex(std::string_view cell,
                                     const std::array<std::string_view, N> &keys,
                                     const std::array<std::string_view, N> &names)
{
    for (std::size_t i = 0; i < N; ++i)
        if (cell == names[i] || equalsIgnoreCase(cell, keys[i]))
            return i;
    return std::nullopt;
}

int lineOfOffset(std::string_view bytes, std::size_t offset)
{
    int line = 1;
    for (std::size_t i = 0; i < offset && i < bytes.size(); ++i)
        if (bytes[i] == '\n')
            ++line;
    return line;
}

} // namespace

VisitFile readVisitCsv(std::string_view bytes, const Date &today, Lang lang)
{
    VisitFile file;
    const DecodedText decoded = decodeText(bytes);
    if (!decoded.ok()) {
        file.errors.push_back(
            {lineOfOffset(bytes, decoded.badOffset), "", "",
             std::string(decoded.utf16
                             ? tr(lang, "文件是UTF-16编码：请在Excel中另存为“CSV UTF-8”或“CSV”",
                                  "the file is UTF-16: save it from Excel as \"CSV UTF-8\" or "
                                  "\"CSV\"")
                             : tr(lang, "文件既不是UTF-8也不是GB18030编码",
                                  "the file is neither UTF-8 nor GB18030 text"))});
        return file;
    }
    file.encoding = decoded.encoding;
    CsvReader csv(decoded.text);
    std::vector<std::string> fields;
    // The header: the first non-blank row.
    bool found = false;
    while (csv.next(fields))
        if (!isBlank(fields)) {
            found = true;
            break;
        }
    if (!found) {
        file.errors.push_back({1, "", "",
                               std::string(tr(lang, "文件是空的：第一行应为表头",
                                              "the file is empty: the first row must be the "
                                              "header"))});
        return file;
    }
    std::array<int, static_cast<std::size_t>(Col::Count)> at;
    at.fill(-1);
    std::array<std::string, static_cast<std::size_t>(Col::Count)> written;
    const int headerLine = csv.row();
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const std::string cell = cleanCodedCell(trimCell(fields[i]));
        if (cell.empty())
            continue;
        bool known = false;
        for (const auto &n : kColumns)
            if (cell == n.zh || equalsIgnoreCase(cell, n.key)) {
                known = true;
                auto &slot = at[static_cast<std::size_t>(n.col)];
                if (slot >= 0)
                    file.errors.push_back(
                        {headerLine, cell, cell,
                         std::string(tr(lang, "列出现了两次", "the column appears twice"))});
                slot = static_cast<int>(i);
                written[static_cast<std::size_t>(n.col)] = cell;
            }
        if (!known)
            file.warnings.push_back(lang == Lang::En ? "the column \"" + cell + "\" is ignored"
                                                     : "列“" + cell + "”不是走访记录的列，已忽略");
    }
    for (const auto &n : kColumns)
        if (n.required && at[static_cast<std::size_t>(n.col)] < 0)
            file.errors.push_back({headerLine, columnName(n.col, lang), "",
                                   std::string(tr(lang, "缺少这一列", "the column is missing"))});
    if (!file.errors.empty())
        return file;

    auto cellOf = [&](const std::vector<std::string> &record, Col c) -> std::string {
        const int i = at[static_cast<std::size_t>(c)];
        if (i < 0 || static_cast<std::size_t>(i) >= record.size())
            return {};
        return std::string(trimCell(record[static_cast<std::size_t>(i)]));
    };
    std::size_t rows = 0;
    while (csv.next(fields)) {
        const int line = csv.row();
        if (isBlank(fields))
            continue;
        if (++rows > kMaxVisitRows) {
            file.errors.push_back({line, "", "",
                                   std::string(tr(lang, "文件超过 500,000 行",
                                                  "the file has more than 500,000 rows"))});
            break;
        }
        if (csv.unterminatedQuote()) {
            file.errors.push_back(
                {line, "", "",
                 std::string(tr(lang, "引号没有配对：从这一行到文件末尾被读成了一个单元格",
                                "a quote is never closed: the rest of the file from this row "
                                "was read as one cell"))});
            break;
        }
        const std::size_t before = file.errors.size();
        auto fail = [&](Col c, const std::string &value, std::string reason) {
            file.errors.push_back({line,
                                   written[static_cast<std::size_t>(c)].empty()
                                       ? columnName(c, lang)
                                       : written[static_cast<std::size_t>(c)],
                                   maskSensitiveText(value), maskSensitiveText(reason)});
        };
        VisitRow r;
        r.line = line;
        r.householdNo = cleanCodedCell(cellOf(fields, Col::HouseholdNo));
        if (r.householdNo.empty())
            fail(Col::HouseholdNo, "", std::string(tr(lang, "必填", "is required")));
        else if (r.householdNo.size() > 40 || !checkRegistryText(r.householdNo, lang).ok())
            fail(Col::HouseholdNo, r.householdNo,
                 std::string(tr(lang, "不是户编号", "is not a household number")));
        if (const std::string id = cleanCodedCell(cellOf(fields, Col::IdNumber)); !id.empty()) {
            auto parsed = parseLedgerIdNumber(id, lang, today);
            if (parsed.ok())
                r.idNumber = *parsed;
            else
                fail(Col::IdNumber, id, parsed.error().message);
        }
        const std::string dateCell = cleanCodedCell(cellOf(fields, Col::VisitDate));
        auto date = parseLedgerDate(dateCell, lang);
        if (!date.ok())
            fail(Col::VisitDate, dateCell, date.error().message);
        else if (!*date)
            fail(Col::VisitDate, "", std::string(tr(lang, "必填", "is required")));
        else if (**date > today)
            fail(Col::VisitDate, dateCell,
                 std::string(tr(lang, "走访日期在今天之后", "is after today")));
        else
            r.visitDate = **date;
        const std::string staffCell = cellOf(fields, Col::Staff);
        r.staff = splitStaffNames(staffCell);
        if (r.staff.empty())
            fail(Col::Staff, staffCell,
                 std::string(tr(lang, "必填：调查人员姓名，用“、”或“；”分隔",
                                "is required: the staff's names, separated by 、 or ；")));
        else if (r.staff.size() > 20 || staffCell.size() > 400 ||
                 !std::all_of(r.staff.begin(), r.staff.end(), [&](const std::string &s) {
                     return checkRegistryText(s, lang).ok();
                 }))
            fail(Col::Staff, staffCell,
                 std::string(tr(lang, "不是调查人员姓名的列表", "is not a list of staff names")));
        if (const std::string m = cleanCodedCell(cellOf(fields, Col::Method)); !m.empty()) {
            if (auto i = wordIndex(m, kVisitMethodKeys, kVisitMethodNames))
                r.method = static_cast<VisitMethod>(*i);
            else
                fail(Col::Method, m,
                     std::string(tr(lang, "应为入户调查、邻里访问、信函索证或信息核对",
                                    "must be home, neighbour, letter or data_check "
                                    "(入户调查/邻里访问/信函索证/信息核对)")));
        }
        const std::pair<Col, bool *> flags[] = {{Col::SeenInPerson, &r.seenInPerson},
                                                {Col::StaffSigned, &r.staffSigned},
                                                {Col::FamilySigned, &r.familySigned}};
        for (const auto &[c, target] : flags) {
            const std::string v = cleanCodedCell(cellOf(fields, c));
            auto yes = parseYesNo(v, lang);
            if (yes.ok())
                *target = *yes;
            else
                fail(c, v, yes.error().message);
        }
        if (const std::string p = cleanCodedCell(cellOf(fields, Col::Purpose)); !p.empty()) {
            if (auto i = wordIndex(p, kVisitPurposeKeys, kVisitPurposeNames))
                r.purpose = static_cast<VisitPurpose>(*i);
            else
                fail(Col::Purpose, p,
                     std::string(tr(lang, "应为复核、申请调查或回访",
                                    "must be review, application or follow_up "
                                    "(复核/申请调查/回访)")));
        }
        r.note = cellOf(fields, Col::Note);
        std::string flat = r.note; // a note may run over several lines
        std::replace(flat.begin(), flat.end(), '\n', ' ');
        std::replace(flat.begin(), flat.end(), '\r', ' ');
        if (auto ok = checkRegistryText(flat, lang); !ok.ok())
            fail(Col::Note, r.note.substr(0, 40), ok.error().message);
        else if (r.note.size() > 2000)
            fail(Col::Note, r.note.substr(0, 40),
                 std::string(tr(lang, "超过 2000 字节", "is longer than 2000 bytes")));
        if (file.errors.size() == before)
            file.rows.push_back(std::move(r));
    }
    if (!file.errors.empty())
        file.rows.clear();
    return file;
}

} // namespace relief::services
