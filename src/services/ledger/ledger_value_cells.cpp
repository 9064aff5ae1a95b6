#include "ledger_cells.h"

#include "domain/registry/identity_checks.h"

#include "domain/bank_account.h"
#include "domain/id_number.h"

#include <algorithm>
#include <array>

// The value cells of the ledger: money, months, dates, ID numbers, bank accounts.

namespace relief::services::ledger {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool allDigits(std::string_view s)
{
    for (char c : s)
        if (!isDigit(c))
            return false;
    return !s.empty();
}

int digitsValue(std::string_view s)
{
    int v = 0;
    for (char c : s)
        v = v * 10 + (c - '0');
    return v;
}

// Excel's scientific notation for a long number: 1.10105E+17, 6.22E+18.

// Excel's scientific notation for a long number: 1.10105E+17, 6.22E+18.
bool isScientific(std::string_view s)
{
    size_t i = 0;
    while (i < s.size() && (isDigit(s[i]) || s[i] == '.'))
        ++i;
    if (i == 0 || i >= s.size() || (s[i] != 'E' && s[i] != 'e'))
        return false;
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-'))
        ++i;
    return allDigits(s.substr(i));
}

// Year, month and (when present) day of "2025-03-05", "2025/3/5", "2025.3.5",
// "2025年3月5日", "20250305", or the month forms "2025-03", "2025年3月", "202503".
// A time after a space ("2025/3/5 0:00", as Excel writes dates) is ignored.
struct YmdParts
{
    int year = 0, month = 0, day = 0;
    bool hasDay = false;
};

std::optional<YmdParts> splitYmd(std::string_view s)
{
    if (const auto space = s.find(' '); space != std::string_view::npos) {
        const std::string_view time = trimCell(s.substr(space));
        for (char c : time)
            if (!isDigit(c) && c != ':')
                return std::nullopt;
        s = s.substr(0, space);
    }
    std::array<std::string_view, 3> groups;
    std::array<std::string_view, 3> seps; // the separator after each group
    size_t n = 0;
    size_t i = 0;
    while (i < s.size()) {
        if (n == 3)
            return std::nullopt;
        const size_t start = i;
        while (i < s.size() && isDigit(s[i]))
            ++i;
        if (i == start)
            return std::nullopt;
        groups[n] = s.substr(start, i - start);
        const size_t sepStart = i;
        while (i < s.size() && !isDigit(s[i]))
            ++i;
        seps[n++] = s.substr(sepStart, i - sepStart);
    }
    YmdParts p;
    if (n == 1) {
        if (!seps[0].empty() || (groups[0].size() != 8 && groups[0].size() != 6))
            return std::nullopt;
        p.year = digitsValue(groups[0].substr(0, 4));
        p.month = digitsValue(groups[0].substr(4, 2));
        p.hasDay = groups[0].size() == 8;
        if (p.hasDay)
            p.day = digitsValue(groups[0].substr(6, 2));
        return p;
    }
    if (n == 0 || groups[0].size() != 4)
        return std::nullopt;
    for (size_t g = 1; g < n; ++g)
        if (groups[g].size() > 2)
            return std::nullopt;
    const bool chinese = seps[0] == "年";
    if (chinese) {
        if (seps[1] != "月" || (n == 3 && !seps[2].empty() && seps[2] != "日"))
            return std::nullopt;
    } else {
        if (seps[0] != "-" && seps[0] != "/" && seps[0] != ".")
            return std::nullopt;
        if (!seps[n - 1].empty() || (n == 3 && seps[1] != seps[0]))
            return std::nullopt;
    }
    p.year = digitsValue(groups[0]);
    p.month = digitsValue(groups[1]);
    p.hasDay = n == 3;
    if (p.hasDay)
        p.day = digitsValue(groups[2]);
    return p;
}

} // namespace

Result<std::optional<Money>> parseLedgerMoney(std::string_view cell, bool allowNegative, Lang lang)
{
    if (cell.empty())
        return std::optional<Money>();
    std::string_view s = cell;
    if (s.starts_with("\xC2\xA5")) // ¥
        s.remove_prefix(2);
    else if (s.starts_with("\xEF\xBF\xA5")) // ￥
        s.remove_prefix(3);
    if (s.ends_with("元"))
        s.remove_suffix(3);
    s = trimCell(s);
    const bool negative = s.starts_with('-');
    if (negative)
        s.remove_prefix(1);
    const auto notAmount = [&] {
        return cellError(lang, "不是金额（应为元，如830或830.00）",
                         "is not an amount (yuan, such as 830 or 830.00)");
    };
    std::string_view whole = s;
    std::string_view fraction;
    if (const auto dot = s.find('.'); dot != std::string_view::npos) {
        whole = s.substr(0, dot);
        fraction = s.substr(dot + 1);
        if (!fraction.empty() && !allDigits(fraction))
            return notAmount();
        if (fraction.size() > 2)
            return cellError(lang, "金额最多两位小数（到分）",
                             "has more than two decimals (amounts are to the fen)");
    }
    // Thousands separators must group by three ("1,200"); "8,30" is a mistake.
    std::string digits;
    if (whole.find(',') != std::string_view::npos) {
        size_t start = 0;
        bool first = true;
        for (;;) {
            const size_t comma = whole.find(',', start);
            const auto group = whole.substr(
                start, comma == std::string_view::npos ? std::string_view::npos : comma - start);
            if (!allDigits(group) || (first ? group.size() > 3 : group.size() != 3))
                return notAmount();
            digits.append(group);
            first = false;
            if (comma == std::string_view::npos)
                break;
            start = comma + 1;
        }
    } else {
        if (!allDigits(whole))
            return notAmount();
        digits.assign(whole);
    }
    // Leading zeros would only count against Money's length limit.
    const size_t nonZero = std::min(digits.find_first_not_of('0'), digits.size() - 1);
    digits.erase(0, nonZero);
    if (negative && !allowNegative)
        return cellError(lang, "金额不能为负数", "must not be negative");
    std::string text;
    text.reserve(digits.size() + 4);
    if (negative)
        text.push_back('-');
    text.append(digits).push_back('.');
    text.append(fraction);
    text.append(2 - fraction.size(), '0');
    const auto money = Money::parse(text);
    if (!money)
        return cellError(lang, "金额过大", "is too large");
    return std::optional<Money>(*money);
}

Result<std::optional<YearMonth>> parseLedgerMonth(std::string_view cell, Lang lang)
{
    if (cell.empty())
        return std::optional<YearMonth>();
    const auto p = splitYmd(cell);
    if (p && (!p->hasDay || Date::fromYmd(p->year, p->month, p->day)))
        if (const auto ym = YearMonth::fromYm(p->year, p->month))
            return std::optional<YearMonth>(*ym);
    return cellError(lang, "不是有效的年月（应为2025-03或2025年3月）",
                     "is not a valid month (2025-03 or 2025年3月)");
}

Result<std::optional<Date>> parseLedgerDate(std::string_view cell, Lang lang)
{
    if (cell.empty())
        return std::optional<Date>();
    const auto p = splitYmd(cell);
    if (p && p->hasDay)
        if (const auto d = Date::fromYmd(p->year, p->month, p->day))
            return std::optional<Date>(*d);
    return cellError(lang, "不是有效的日期（应为2025-03-05、2025/3/5或2025年3月5日）",
                     "is not a valid date (2025-03-05, 2025/3/5 or 2025年3月5日)");
}

Result<std::string> parseLedgerIdNumber(std::string_view cell, Lang lang,
                                        const std::optional<Date> &today)
{
    if (cell.empty())
        return cellError(lang, "必填", "is required");
    const std::string id = withoutChars(cell, " ");
    if (id.find('*') != std::string::npos)
        return cellError(lang, "是打码的身份证号：打码导出的文件只供查看，不能导入",
                         "is a masked ID number: masked exports are for reading, not for import");
    if (isScientific(id))
        return cellError(lang,
                         "已被Excel改成科学计数法，后几位已丢失：请把该列设为“文本”后重新录入",
                         "was turned into scientific notation by Excel and its last digits are "
                         "lost: format the column as Text and enter it again");
    if (id.size() == 15 && allDigits(id))
        return cellError(lang, "是15位旧身份证号：请填写18位身份证号",
                         "is a 15-digit legacy ID number: enter the 18-digit number");
    if (id.size() != 18)
        return cellError(lang, "身份证号应为18位", "must be 18 characters");
    if (!allDigits(std::string_view(id).substr(0, 17)))
        return cellError(lang, "身份证号前17位应为数字", "the first 17 characters must be digits");
    const char last = id[17] == 'x' ? 'X' : id[17];
    if (!isDigit(last) && last != 'X')
        return cellError(lang, "身份证号第18位应为数字或X",
                         "the 18th character must be a digit or X");
    if (!Date::fromYmd(digitsValue(id.substr(6, 4)), digitsValue(id.substr(10, 2)),
                       digitsValue(id.substr(12, 2))))
        return cellError(lang, "身份证号中的出生日期不存在", "the birth date in it does not exist");
    if (IdNumber::checkCharacter(id) != last) {
        // Excel keeps 15 significant digits: a number-formatted ID ends in 000.
        if (id.ends_with("000"))
            return cellError(lang, "校验码错误：末三位为000，可能已被Excel截断，请核对原件",
                             "the check character is wrong; it ends in 000, so Excel may have "
                             "cut it off: check the original");
        return cellError(lang, "身份证号校验码错误，请核对", "the check character is wrong");
    }
    // The household form's check too (defect 11): region code, birth date not after today.
    auto parsed = checkPersonIdNumber(id, today, lang);
    if (!parsed)
        return parsed.error();
    return parsed->text();
}

Result<std::string> parseLedgerBankAccount(std::string_view cell, Lang lang)
{
    if (cell.empty())
        return std::string();
    const std::string account = withoutChars(cell, " -");
    if (account.find('*') != std::string::npos)
        return cellError(lang, "是打码的银行账号：打码导出的文件只供查看，不能导入",
                         "is a masked account number: masked exports are for reading, not for "
                         "import");
    if (isScientific(account))
        return cellError(lang,
                         "已被Excel改成科学计数法，后几位已丢失：请把该列设为“文本”后重新录入",
                         "was turned into scientific notation by Excel and its last digits are "
                         "lost: format the column as Text and enter it again");
    if (!allDigits(account))
        return cellError(lang, "银行账号只能包含数字", "must contain digits only");
    if (account.size() < 16 || account.size() > 19)
        return cellError(lang, "银行账号应为16至19位数字", "must be 16 to 19 digits");
    if (!BankAccount::luhnValid(account))
        return cellError(lang, "银行卡号校验位不正确（Luhn），请核对",
                         "the card number's check digit is wrong (Luhn): check it");
    auto parsed = BankAccount::parse(account, lang);
    if (!parsed)
        return parsed.error();
    return parsed->text();
}

} // namespace relief::services::ledger
