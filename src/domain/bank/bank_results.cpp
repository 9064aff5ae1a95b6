#include "domain/bank/bank_results.h"

#include <algorithm>
#include <map>
#include <utility>

namespace relief::bank {

namespace {

// Spaces banks and Excel leave around cells: ASCII blanks, no-break space, the
// ideographic space and a BOM (on the first cell of a file read without decoding).
std::string_view trimmed(std::string_view s)
{
    for (bool again = true; again;) {
        again = false;
        while (!s.empty() &&
               (s.front() == ' ' || s.front() == '\t' || s.front() == '\r' || s.front() == '\n')) {
            s.remove_prefix(1);
            again = true;
        }
        while (!s.empty() &&
               (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n')) {
            s.remove_suffix(1);
            again = true;
        }
        for (std::string_view w : {std::string_view("\xC2\xA0"), std::string_view("\xE3\x80\x80"),
                                   std::string_view("\xEF\xBB\xBF")}) {
            if (s.substr(0, w.size()) == w) {
                s.remove_prefix(w.size());
                again = true;
            }
            if (s.size() >= w.size() && s.substr(s.size() - w.size()) == w) {
                s.remove_suffix(w.size());
                again = true;
            }
        }
    }
    return s;
}

std::string shown(std::string_view s)
{
    constexpr std::size_t kMax = 60;
    if (s.size() <= kMax)
        return std::string(s);
    std::size_t cut = kMax;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80)
        --cut; // not inside a UTF-8 sequence
    return std::string(s.substr(0, cut)) + "…";
}

std::string joined(const std::vector<std::string> &words)
{
    std::string out;
    for (const auto &w : words) {
        if (!out.empty())
            out += " / ";
        out += w;
    }
    return out;
}

// The account as the export wrote it: digits; spaces inside, Excel's text mark "'"
// and a "=\"…\"" formula wrapper are removed. Empty when anything else is left.
std::string accountDigits(std::string_view s)
{
    if (s.size() >= 3 && s.substr(0, 2) == "=\"" && s.back() == '"')
        s = s.substr(2, s.size() - 3);
    if (!s.empty() && s.front() == '\'')
        s.remove_prefix(1);
    std::string out;
    for (char c : s) {
        if (c == ' ' || c == '-')
            continue;
        if (c < '0' || c > '9')
            return {};
        out += c;
    }
    return out.size() > 40 ? std::string() : out;
}

} // namespace

std::optional<Money> parseResultAmount(std::string_view text, AmountUnit unit)
{
    text = trimmed(text);
    for (std::string_view sign : {std::string_view("\xC2\xA5"), std::string_view("\xEF\xBF\xA5")})
        if (text.substr(0, sign.size()) == sign)
            text = trimmed(text.substr(sign.size()));
    std::int64_t whole = 0;
    std::int64_t fraction = 0;
    int decimals = -1; // digits after '.', -1 before it
    int digits = 0;
    int group = 0; // digits since the last thousands separator
    bool grouped = false; // a ',' was seen: every group after the first has three digits
    for (char c : text) {
        if (c == ',') {
            if (decimals >= 0 || group == 0 || group > 3 || (grouped && group != 3))
                return std::nullopt;
            grouped = true;
            group = 0;
            continue;
        }
        if (c == '.') {
            if (decimals >= 0 || unit == AmountUnit::Fen || digits == 0 || (grouped && group != 3))
                return std::nullopt;
            decimals = 0;
            continue;
        }
        if (c < '0' || c > '9')
            return std::nullopt;
        if (decimals >= 0) {
            if (++decimals > 2)
                return std::nullopt;
            fraction = fraction * 10 + (c - '0');
        } else {
            if (++digits > 15)
                return std::nullopt;
            ++group;
            whole = whole * 10 + (c - '0');
        }
    }
    if (decimals < 0 && grouped && group != 3)
        return std::nullopt;
    if (digits == 0 || decimals == 0)
        return std::nullopt;
    std::int64_t fen = whole;
    if (unit == AmountUnit::Yuan) {
        if (decimals == 1)
            fraction *= 10;
        if (whole > Money::kMaxFen / 100)
            return std::nullopt;
        fen = whole * 100 + (decimals > 0 ? fraction : 0);
    }
    if (fen > Money::kMaxFen)
        return std::nullopt;
    return Money::fromFen(fen);
}

std::string unmatchedWhyText(UnmatchedWhy why, Lang lang)
{
    switch (why) {
    case UnmatchedWhy::NoPayment:
        return std::string(tr(lang, "本次导出中没有该账号和金额的付款",
                              "no exported payment has this account and amount"));
    case UnmatchedWhy::Ambiguous:
        return std::string(tr(lang, "多笔付款账号和金额相同，回盘行无法一一对应",
                              "several payments share this account and amount and the rows do "
                              "not settle them"));
    case UnmatchedWhy::Conflicting:
        return std::string(tr(lang, "同一笔付款在文件中结果不一致",
                              "the file gives this payment different results"));
    }
    return {};
}

Result<ResultTable> readResultTable(const std::vector<std::vector<std::string>> &cells,
                                    const ResultMapping &m, Lang lang)
{
    auto T = [lang](std::string_view zh, std::string_view en) {
        return std::string(tr(lang, zh, en));
    };
    ResultTable table;
    if (cells.size() > kMaxResultRows)
        return Error::invalid("file",
                              std::string(T("回盘文件超过 1,000,000 行",
                                            "the result file has more than "
                                            "1,000,000 rows")));
    int account = -1, amount = -1, result = -1, reason = -1;
    std::string duplicate;
    const std::size_t searched =
        std::min(cells.size(), static_cast<std::size_t>(kMaxResultHeaderRows));
    std::size_t headerIndex = 0;
    for (; headerIndex < searched; ++headerIndex) {
        account = amount = result = reason = -1;
        duplicate.clear();
        const auto &row = cells[headerIndex];
        for (std::size_t c = 0; c < row.size(); ++c) {
            const std::string_view cell = trimmed(row[c]);
            const std::pair<const std::string *, int *> columns[] = {{&m.accountColumn, &account},
                                                                     {&m.amountColumn, &amount},
                                                                     {&m.resultColumn, &result},
                                                                     {&m.reasonColumn, &reason}};
            for (const auto &[title, index] : columns) {
                if (title->empty() || cell != *title)
                    continue;
                if (*index >= 0)
                    duplicate = *title;
                *index = static_cast<int>(c);
            }
        }
        if (account >= 0 && amount >= 0 && result >= 0)
            break;
    }
    if (headerIndex == searched)
        return Error::invalid("file",
                              std::string(T("回盘文件的前 50 行中没有含列“",
                                            "none of the first 50 "
                                            "rows of the result file "
                                            "holds the columns \"")) +
                                  m.accountColumn + T("”“", "\", \"") + m.amountColumn +
                                  T("”“", "\" and \"") + m.resultColumn +
                                  std::string(T("”的表头行；请检查模板的回盘列名",
                                                "\"; check the template's result columns")));
    if (!duplicate.empty())
        return Error::invalid("file",
                              std::string(T("回盘文件表头中列“",
                                            "the header of the result file has the "
                                            "column \"")) +
                                  duplicate + std::string(T("”出现了两次", "\" twice")));
    table.headerRow = static_cast<int>(headerIndex) + 1;
    table.hasReasonColumn = reason >= 0;

    const std::string words = joined(m.successWords) + " / " + joined(m.failureWords);
    auto cellAt = [](const std::vector<std::string> &row, int c) -> std::string_view {
        return c >= 0 && static_cast<std::size_t>(c) < row.size() ? trimmed(row[c])
                                                                  : std::string_view();
    };
    for (std::size_t i = headerIndex + 1; i < cells.size(); ++i) {
        const auto &row = cells[i];
        const int number = static_cast<int>(i) + 1;
        const std::string_view accountCell = cellAt(row, account);
        const std::string_view resultCell = cellAt(row, result);
        // Empty, or a summary line (合计, 总笔数…): no result and no digit where the
        // account goes.
        if (resultCell.empty() && std::none_of(accountCell.begin(), accountCell.end(), [](char c) {
                return c >= '0' && c <= '9';
            })) {
            ++table.skipped;
            continue;
        }
        auto fail = [&](const std::string &column, std::string message) {
            table.errors.push_back({number, column, std::move(message)});
        };
        ResultRow r;
        r.row = number;
        const std::size_t before = table.errors.size();
        r.account = accountDigits(accountCell);
        if (r.account.empty())
            fail(m.accountColumn,
                 accountCell.empty() ? std::string(T("缺少账号", "the account is missing"))
                                     : std::string(T("账号“", "the account \"")) +
                         shown(accountCell) + std::string(T("”不是数字", "\" is not digits")));
        const std::string_view amountCell = cellAt(row, amount);
        if (auto a = parseResultAmount(amountCell, m.amountUnit); a && !a->isZero())
            r.amount = *a;
        else
            fail(m.amountColumn,
                 std::string(T("金额“", "the amount \"")) + shown(amountCell) +
                     std::string(m.amountUnit == AmountUnit::Yuan
                                     ? T("”不是以元为单位的正数金额（如 1234.50）",
                                         "\" is not a positive amount in yuan (like 1234.50)")
                                     : T("”不是以分为单位的正整数",
                                         "\" is not a positive whole number of fen")));
        r.result = std::string(resultCell);
        if (std::find(m.successWords.begin(), m.successWords.end(), r.result) !=
            m.successWords.end())
            r.paid = true;
        else if (std::find(m.failureWords.begin(), m.failureWords.end(), r.result) ==
                 m.failureWords.end())
            fail(m.resultColumn,
                 resultCell.empty()
                     ? std::string(T("缺少处理结果（应为 ", "the result is missing (")) + words +
                         T("）", ")")
                     : std::string(T("处理结果“", "the result \"")) + shown(resultCell) +
                         std::string(T("”不是模板的结果词（",
                                       "\" is not one of the "
                                       "template's words (")) +
                         words + T("）", ")"));
        r.reason = std::string(cellAt(row, reason));
        if (r.reason.size() > 400)
            r.reason = shown(r.reason);
        if (table.errors.size() == before)
            table.rows.push_back(std::move(r));
    }
    return table;
}

MatchOutcome matchResults(const std::vector<ResultRow> &rows,
                          const std::vector<ExportedPayment> &payments)
{
    using Key = std::pair<std::string_view, std::int64_t>;
    std::map<Key, std::vector<std::int64_t>> byPair;
    for (const auto &p : payments)
        byPair[{p.account, p.amount.fen()}].push_back(p.id);
    std::map<Key, std::vector<std::size_t>> rowsByPair;
    std::vector<Key> order; // pairs in file order of their first row
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Key key {rows[i].account, rows[i].amount.fen()};
        auto &list = rowsByPair[key];
        if (list.empty())
            order.push_back(key);
        list.push_back(i);
    }
    MatchOutcome out;
    std::vector<std::pair<std::size_t, UnmatchedWhy>> unmatched;
    for (const Key &key : order) {
        const auto &list = rowsByPair[key];
        const auto it = byPair.find(key);
        auto unmatch = [&](UnmatchedWhy why) {
            for (std::size_t r : list)
                unmatched.emplace_back(r, why);
        };
        if (it == byPair.end()) {
            unmatch(UnmatchedWhy::NoPayment);
            continue;
        }
        const ResultRow &first = rows[list.front()];
        const bool agree = std::all_of(list.begin(), list.end(), [&](std::size_t r) {
            return rows[r].paid == first.paid && rows[r].reason == first.reason;
        });
        const auto &ids = it->second;
        if (ids.size() == 1) {
            if (!agree) {
                unmatch(UnmatchedWhy::Conflicting);
                continue;
            }
            out.matched.push_back({list.front(), ids.front()});
            continue;
        }
        if (list.size() != ids.size() || !agree) {
            unmatch(UnmatchedWhy::Ambiguous);
            continue;
        }
        for (std::size_t k = 0; k < ids.size(); ++k)
            out.matched.push_back({list[k], ids[k]});
    }
    std::sort(unmatched.begin(), unmatched.end());
    for (const auto &[r, why] : unmatched)
        out.unmatched.push_back({r, why});
    return out;
}

} // namespace relief::bank
