// The bank result table (回盘) and its matching (issue 12 §3): amounts as banks write
// them, the header found below summary lines, rows with problems named by row and
// column, and matching that never guesses.

#include "domain/bank/bank_results.h"

#include <gtest/gtest.h>

namespace relief::bank {
namespace {

using Cells = std::vector<std::vector<std::string>>;

TEST(BankResultAmount, YuanAndFenAsBanksWriteThem)
{
    EXPECT_EQ(parseResultAmount("1234.50", AmountUnit::Yuan), Money::fromFen(123450));
    EXPECT_EQ(parseResultAmount("1,234.5", AmountUnit::Yuan), Money::fromFen(123450));
    EXPECT_EQ(parseResultAmount(" ¥12 ", AmountUnit::Yuan), Money::fromFen(1200));
    EXPECT_EQ(parseResultAmount("￥0.05", AmountUnit::Yuan), Money::fromFen(5));
    EXPECT_EQ(parseResultAmount("123450", AmountUnit::Fen), Money::fromFen(123450));
    EXPECT_EQ(parseResultAmount("1,234,567.89", AmountUnit::Yuan), Money::fromFen(123456789));
    EXPECT_EQ(parseResultAmount("12,345", AmountUnit::Fen), Money::fromFen(12345));
    for (const char *bad :
         {"", "-1.00", "1.234", "1.", ".5", "1,,000", "1,000,", "12a", "1,23", "83,0",
          "1234,567.00", "1,2345.00", ",100", "1e3", "9999999999999999", "1 000"})
        EXPECT_FALSE(parseResultAmount(bad, AmountUnit::Yuan)) << bad;
    EXPECT_FALSE(parseResultAmount("12.00", AmountUnit::Fen));
    EXPECT_EQ(parseResultAmount("999999999999.99", AmountUnit::Yuan),
              Money::fromFen(99'999'999'999'999));
    EXPECT_FALSE(parseResultAmount("1000000000000.00", AmountUnit::Yuan));
}

TEST(BankResultTable, FindsTheHeaderBelowSummaryLinesInAnyColumnOrder)
{
    const ResultMapping m;
    const Cells cells = {
        {"回盘文件", "批次 1"},
        {},
        {" 失败原因", "处理结果\xE3\x80\x80", "户名", "金额", "\xEF\xBB\xBF银行账号"},
        {"", "成功", "张三", "100.00", "6222 0212 3456 7890 128"},
        {"卡号不存在", "失败", "李四", "50", "'6222021234567890128"},
        {"", "", "合计", "150.00", ""}};
    auto t = readResultTable(cells, m, Lang::En);
    ASSERT_TRUE(t.ok()) << t.error().message;
    EXPECT_EQ(t->headerRow, 3);
    EXPECT_TRUE(t->hasReasonColumn);
    ASSERT_EQ(t->rows.size(), 2u);
    EXPECT_TRUE(t->errors.empty());
    EXPECT_EQ(t->skipped, 1);
    EXPECT_EQ(t->rows[0].account, "6222021234567890128");
    EXPECT_TRUE(t->rows[0].paid);
    EXPECT_EQ(t->rows[1].row, 5);
    EXPECT_FALSE(t->rows[1].paid);
    EXPECT_EQ(t->rows[1].reason, "卡号不存在");
    EXPECT_EQ(t->rows[1].amount, Money::fromFen(5000));
}

TEST(BankResultTable, ProblemsAreNamedByRowAndColumn)
{
    ResultMapping m;
    m.successWords = {"成功", "S"};
    const Cells cells = {{"银行账号", "金额", "处理结果"},
                         {"6222021234567890128", "abc", "S"},
                         {"6.22202E+18", "1.00", "成功"},
                         {"6222021234567890128", "1.00", ""},
                         {"", "1.00", "成功"},
                         {"6222021234567890128", "1.00", "处理中"}};
    auto t = readResultTable(cells, m, Lang::En);
    ASSERT_TRUE(t.ok()) << t.error().message;
    EXPECT_FALSE(t->hasReasonColumn);
    ASSERT_EQ(t->errors.size(), 5u);
    EXPECT_EQ(t->errors[0].row, 2);
    EXPECT_EQ(t->errors[0].column, "金额");
    EXPECT_EQ(t->errors[1].column, "银行账号");
    EXPECT_EQ(t->errors[2].column, "处理结果");
    EXPECT_EQ(t->errors[3].row, 5);
    EXPECT_EQ(t->errors[3].column, "银行账号");
    EXPECT_NE(t->errors[4].message.find("处理中"), std::string::npos);
    EXPECT_TRUE(t->rows.empty());
}

TEST(BankResultTable, NoHeaderOrATitleTwiceIsRefused)
{
    const ResultMapping m;
    auto none = readResultTable({{"账号", "钱"}}, m, Lang::Zh);
    ASSERT_FALSE(none.ok());
    EXPECT_EQ(none.error().field, "file");
    EXPECT_NE(none.error().message.find("银行账号"), std::string::npos);
    auto twice = readResultTable({{"银行账号", "金额", "处理结果", "金额"}}, m, Lang::En);
    ASSERT_FALSE(twice.ok());
    EXPECT_NE(twice.error().message.find("twice"), std::string::npos);
    // beyond the first 50 rows nobody looks
    Cells late(60, std::vector<std::string> {"x"});
    late.push_back({"银行账号", "金额", "处理结果"});
    EXPECT_FALSE(readResultTable(late, m, Lang::En).ok());
}

ResultRow row(std::string account, std::int64_t fen, bool paid, std::string reason = {})
{
    ResultRow r;
    r.account = std::move(account);
    r.amount = Money::fromFen(fen);
    r.paid = paid;
    r.reason = std::move(reason);
    return r;
}

TEST(BankResultMatch, NeverGuesses)
{
    const std::vector<ExportedPayment> payments = {{1, "A", Money::fromFen(100)},
                                                   {2, "B", Money::fromFen(200)},
                                                   {3, "B", Money::fromFen(200)},
                                                   {4, "C", Money::fromFen(300)}};
    // A once, A repeated agreeing; B once (two payments): ambiguous; D: none.
    auto m = matchResults(
        {row("A", 100, true), row("B", 200, false, "x"), row("D", 1, true), row("A", 100, true)},
        payments);
    ASSERT_EQ(m.matched.size(), 1u);
    EXPECT_EQ(m.matched[0].paymentId, 1);
    ASSERT_EQ(m.unmatched.size(), 2u);
    EXPECT_EQ(m.unmatched[0].row, 1u);
    EXPECT_EQ(m.unmatched[0].why, UnmatchedWhy::Ambiguous);
    EXPECT_EQ(m.unmatched[1].why, UnmatchedWhy::NoPayment);

    // B twice, agreeing: both payments; C twice disagreeing: conflicting.
    auto b = matchResults({row("B", 200, false, "x"), row("C", 300, true),
                           row("B", 200, false, "x"), row("C", 300, false, "y")},
                          payments);
    ASSERT_EQ(b.matched.size(), 2u);
    EXPECT_EQ(b.matched[0].paymentId, 2);
    EXPECT_EQ(b.matched[1].paymentId, 3);
    ASSERT_EQ(b.unmatched.size(), 2u);
    EXPECT_EQ(b.unmatched[0].why, UnmatchedWhy::Conflicting);
    // The same amount to the same account, one payment: a different amount is not it.
    auto c = matchResults({row("A", 101, true)}, payments);
    EXPECT_TRUE(c.matched.empty());
    EXPECT_FALSE(unmatchedWhyText(UnmatchedWhy::Ambiguous, Lang::Zh).empty());
}

} // namespace
} // namespace relief::bank
