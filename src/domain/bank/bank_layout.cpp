#include "domain/bank/bank_layout.h"

#include "domain/bank_account.h"

#include <algorithm>
#include <cstdio>

namespace relief::bank {

namespace {

std::string msg(Lang l, std::string_view zh, std::string_view en)
{
    return std::string(tr(l, zh, en));
}

std::string twoDigits(int v)
{
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02d", v);
    return buf;
}

std::string ymText(const YearMonth &m)
{
    return std::to_string(m.year()) + "年" + twoDigits(m.month()) + "月";
}

std::string dateText(const Date &d, DateStyle style)
{
    const std::string y = std::to_string(d.year());
    switch (style) {
    case DateStyle::Compact:
        return y + twoDigits(d.month()) + twoDigits(d.day());
    case DateStyle::Dashed:
        return y + "-" + twoDigits(d.month()) + "-" + twoDigits(d.day());
    case DateStyle::Slashed:
        return y + "/" + twoDigits(d.month()) + "/" + twoDigits(d.day());
    }
    return {};
}

std::string monthText(const YearMonth &m, DateStyle style)
{
    const std::string y = std::to_string(m.year());
    switch (style) {
    case DateStyle::Compact:
        return y + twoDigits(m.month());
    case DateStyle::Dashed:
        return y + "-" + twoDigits(m.month());
    case DateStyle::Slashed:
        return y + "/" + twoDigits(m.month());
    }
    return {};
}

void replaceAll(std::string &s, std::string_view from, std::string_view to)
{
    for (std::size_t pos = 0; (pos = s.find(from, pos)) != std::string::npos; pos += to.size())
        s.replace(pos, from.size(), to);
}

struct FileFacts
{
    const LayoutInput *input = nullptr;
    int number = 1;
    int count = 0;
    Money total;
};

Cell fieldCell(const Field &f, const FileFacts &facts, const Payment *p, int seq)
{
    const LayoutInput &in = *facts.input;
    switch (f.source) {
    case Source::Seq:
        return {std::to_string(seq), CellType::Number};
    case Source::Name:
        return {p->name, CellType::Text};
    case Source::Account:
        return {p->account, CellType::Text};
    case Source::IdNumber:
        return {p->idNumber, CellType::Text};
    case Source::Amount:
        return {amountText(p->amount, f.unit), CellType::Number};
    case Source::Memo:
        return {p->memo, CellType::Text};
    case Source::BankName:
        return {p->bankName, CellType::Text};
    case Source::BankCode:
        return {p->bankCode, CellType::Text};
    case Source::Month:
        return {monthText(in.month, f.style), CellType::Text};
    case Source::Date:
        return {dateText(in.date, f.style), CellType::Text};
    case Source::Count:
        return {std::to_string(facts.count), CellType::Number};
    case Source::Total:
        return {amountText(facts.total, f.unit), CellType::Number};
    case Source::BatchNo:
        return {batchNumber(in.month, in.programme, facts.number), CellType::Text};
    case Source::Office:
        return {in.office, CellType::Text};
    case Source::Literal:
        return {f.literal, CellType::Text};
    }
    return {};
}

// Fixed width: pads to the width in bytes of the file's encoding; never cuts.
Status fitCell(const BankTemplate &t, const Field &f, Cell &cell, const ByteWidth &width,
               const std::string &where, Lang l)
{
    const bool text = t.format == FileFormat::Delimited || t.format == FileFormat::Fixed;
    if (text) {
        const bool badChar = cell.text.find_first_of("\r\n") != std::string::npos ||
            (t.format == FileFormat::Delimited && cell.text.find(t.separator) != std::string::npos);
        if (badChar)
            return Error::invalid(where,
                                  msg(l, "内容含有分隔符或换行，无法写入：",
                                      "holds the separator or a line break: ") +
                                      std::string(sourceKey(f)));
    }
    if (t.format != FileFormat::Fixed)
        return okStatus();
    const std::size_t used = width(cell.text);
    const auto w = static_cast<std::size_t>(f.width);
    if (used > w)
        return Error::invalid(where,
                              msg(l, "内容超出定长宽度（", "does not fit its fixed width (") +
                                  std::to_string(used) + " > " + std::to_string(w) +
                                  msg(l, " 字节）：", " bytes): ") + std::string(sourceKey(f)));
    const std::string padding(w - used, f.pad);
    cell.text = f.align == Align::Left ? cell.text + padding : padding + cell.text;
    return okStatus();
}

Result<Row> lineRow(const BankTemplate &t, RowKind kind, const std::vector<Field> &line,
                    const FileFacts &facts, const Payment *p, int seq, const ByteWidth &width,
                    const std::string &where, Lang l)
{
    Row row {kind, {}};
    row.cells.reserve(line.size());
    for (std::size_t i = 0; i < line.size(); ++i) {
        Cell c = fieldCell(line[i], facts, p, seq);
        const std::string fieldWhere = where + "[" + std::to_string(i) + "]";
        if (auto s = fitCell(t, line[i], c, width, fieldWhere, l); !s.ok())
            return s.error();
        row.cells.push_back(std::move(c));
    }
    return row;
}

} // namespace

std::size_t utf8Bytes(std::string_view utf8)
{
    return utf8.size();
}

std::string amountText(Money amount, AmountUnit unit)
{
    return unit == AmountUnit::Yuan ? amount.toString() : std::to_string(amount.fen());
}

std::string_view programmeBankName(payroll::LineProgramme p)
{
    switch (p) {
    case payroll::LineProgramme::Dibao:
        return "低保金";
    case payroll::LineProgramme::SinglePerson:
        return "单人保金";
    case payroll::LineProgramme::Tekun:
        return "特困供养金";
    case payroll::LineProgramme::ChildAllowance:
        return "儿童基本生活费";
    case payroll::LineProgramme::DisabilityLiving:
        return "残疾人生活补贴";
    case payroll::LineProgramme::DisabilityCare:
        return "残疾人护理补贴";
    case payroll::LineProgramme::PriceSubsidy:
        return "价格临时补贴";
    }
    return {};
}

std::string paymentMemo(const YearMonth &rollMonth, payroll::LineProgramme p,
                        const std::vector<MemoLine> &lines)
{
    const std::string name(programmeBankName(p));
    const bool regular = lines.empty() ||
        std::any_of(lines.begin(), lines.end(),
                    [](const MemoLine &m) { return m.kind == payroll::LineKind::Regular; });
    if (regular)
        return ymText(rollMonth) + name;
    const bool backPay = std::any_of(lines.begin(), lines.end(), [](const MemoLine &m) {
        return m.kind == payroll::LineKind::BackPay;
    });
    std::optional<YearMonth> first, last;
    for (const auto &m : lines) {
        if (!m.forMonth)
            continue;
        if (!first || *m.forMonth < *first)
            first = m.forMonth;
        if (!last || *m.forMonth > *last)
            last = m.forMonth;
    }
    std::string text = backPay ? "补发" : "重发";
    if (!first)
        return text + ymText(rollMonth) + name;
    text += ymText(*first);
    if (*last != *first)
        text += "至" + ymText(*last);
    return text + name;
}

std::string bankCodeOf(std::string_view bankName)
{
    struct Known
    {
        std::string_view part;
        std::string_view code;
    };
    // The first match wins: the longer names first.
    static constexpr Known kKnown[] = {
        {"工商银行", "102"}, {"农业银行", "103"}, {"农行", "103"},     {"中国银行", "104"},
        {"建设银行", "105"}, {"交通银行", "301"}, {"中信银行", "302"}, {"光大银行", "303"},
        {"华夏银行", "304"}, {"民生银行", "305"}, {"招商银行", "308"}, {"兴业银行", "309"},
        {"浦发银行", "310"}, {"邮储", "403"},     {"邮政储蓄", "403"}, {"农商", "402"},
        {"农村商业", "402"}, {"农信", "402"},     {"信用社", "402"},
    };
    for (const auto &k : kKnown)
        if (bankName.find(k.part) != std::string_view::npos)
            return std::string(k.code);
    return {};
}

std::string batchNumber(const YearMonth &month, payroll::LineProgramme p, int fileNumber)
{
    return monthText(month, DateStyle::Compact) + twoDigits(static_cast<int>(p) + 1) +
        twoDigits(fileNumber);
}

std::string paymentProblem(const Payment &payment, Lang l)
{
    if (payment.account.empty())
        return msg(l, "没有银行账号，请在户信息中填写",
                   "has no bank account: enter it on the household");
    if (!BankAccount::parse(payment.account, l).ok())
        return msg(l, "银行账号无效（应为 16 至 19 位数字且校验位正确），请更正",
                   "has an invalid bank account (16 to 19 digits with a valid check digit): "
                   "correct it");
    if (payment.name.empty())
        return msg(l, "没有户名（开户人），请在户信息中填写",
                   "has no account holder: enter it on the household");
    if (payment.amount.fen() <= 0)
        return msg(l, "金额不是正数", "has an amount that is not positive");
    return {};
}

Result<std::vector<LaidOutFile>> layoutFiles(const BankTemplate &t, const LayoutInput &input,
                                             Lang l, const ByteWidth &width)
{
    std::vector<LaidOutFile> files;
    const std::size_t n = input.payments.size();
    const auto perFile = static_cast<std::size_t>(std::max(1, t.maxRows));
    for (std::size_t start = 0, number = 1; start < n || (n == 0 && number == 1);
         start += perFile, ++number) {
        const std::size_t end = std::min(n, start + perFile);
        LaidOutFile file;
        file.number = static_cast<int>(number);
        file.firstPayment = start;
        file.count = static_cast<int>(end - start);
        for (std::size_t i = start; i < end; ++i)
            file.total += input.payments[i].amount;
        FileFacts facts {&input, file.number, file.count, file.total};
        const std::string fileWhere = "file " + std::to_string(number) + " ";

        if (t.format == FileFormat::Xlsx && !t.titleRow.empty()) {
            std::string title = t.titleRow;
            replaceAll(title, "{office}", input.office);
            replaceAll(title, "{year}", std::to_string(input.month.year()));
            replaceAll(title, "{month}", twoDigits(input.month.month()));
            replaceAll(title, "{programme}", programmeBankName(input.programme));
            file.rows.push_back({RowKind::Title, {{title, CellType::Text}}});
        }
        if (t.columnTitles) {
            Row titles {RowKind::ColumnTitles, {}};
            for (std::size_t i = 0; i < t.details.size(); ++i) {
                const Field &f = t.details[i];
                Cell c {f.title.empty() ? std::string(sourceKey(f)) : f.title, CellType::Text};
                if (auto s = fitCell(t, f, c, width,
                                     fileWhere + "details[" + std::to_string(i) + "].title", l);
                    !s.ok())
                    return s.error();
                titles.cells.push_back(std::move(c));
            }
            file.rows.push_back(std::move(titles));
        }
        if (!t.header.empty()) {
            auto row = lineRow(t, RowKind::Header, t.header, facts, nullptr, 0, width,
                               fileWhere + "header", l);
            if (!row.ok())
                return row.error();
            file.rows.push_back(std::move(row.value()));
        }
        for (std::size_t i = start; i < end; ++i) {
            const Payment &p = input.payments[i];
            const int seq = static_cast<int>(i - start + 1);
            auto row = lineRow(t, RowKind::Detail, t.details, facts, &p, seq, width,
                               fileWhere + msg(l, "第 ", "row ") + std::to_string(seq) +
                                   msg(l, " 行（户 ", " (household ") + p.householdNumber +
                                   msg(l, "）details", ") details"),
                               l);
            if (!row.ok())
                return row.error();
            file.rows.push_back(std::move(row.value()));
        }
        if (!t.trailer.empty()) {
            auto row = lineRow(t, RowKind::Trailer, t.trailer, facts, nullptr, 0, width,
                               fileWhere + "trailer", l);
            if (!row.ok())
                return row.error();
            file.rows.push_back(std::move(row.value()));
        }
        files.push_back(std::move(file));
        if (n == 0)
            break;
    }
    return files;
}

} // namespace relief::bank
