#include "domain/bank/bank_layout.h"
#include "domain/bank/bank_template.h"

#include <gtest/gtest.h>

using namespace relief;
using namespace relief::bank;

namespace {

Payment payment(std::string name, std::string account, std::int64_t fen, std::string hh = "H1")
{
    Payment p;
    p.name = std::move(name);
    p.account = std::move(account);
    p.idNumber = "11010519491231002X";
    p.amount = Money::fromFen(fen);
    p.memo = "2025年12月低保金";
    p.bankName = "中国农业银行";
    p.bankCode = bankCodeOf(p.bankName);
    p.householdNumber = std::move(hh);
    return p;
}

LayoutInput input(int n)
{
    LayoutInput in;
    in.month = *YearMonth::parse("2025-12");
    in.date = *Date::fromYmd(2025, 12, 20);
    in.office = "东湖街道";
    in.programme = payroll::LineProgramme::Dibao;
    for (int i = 0; i < n; ++i)
        in.payments.push_back(payment("张" + std::to_string(i), "6228480402564890018",
                                      10000 + i * 101, "H" + std::to_string(i)));
    return in;
}

const BankTemplate &shipped(std::string_view id)
{
    for (const auto &t : shippedTemplates())
        if (t.id == id)
            return t;
    throw std::logic_error("no template");
}

} // namespace

TEST(BankLayout, SplitsAtMaxRowsWithCountAndTotalPerFile)
{
    BankTemplate t = shipped("generic-csv");
    t.maxRows = 2;
    auto files = layoutFiles(t, input(5), Lang::En);
    ASSERT_TRUE(files.ok());
    ASSERT_EQ(files->size(), 3u);
    Money all;
    int rows = 0;
    for (const auto &f : files.value()) {
        Money sum;
        int details = 0;
        for (const auto &r : f.rows)
            if (r.kind == RowKind::Detail) {
                ++details;
                sum += *Money::parse(r.cells[4].text);
                EXPECT_EQ(r.cells[0].text, std::to_string(details)); // seq per file
            }
        EXPECT_EQ(details, f.count);
        EXPECT_EQ(sum, f.total);
        // trailer: 合计,<count>,,,<total>,
        const Row &trailer = f.rows.back();
        ASSERT_EQ(trailer.kind, RowKind::Trailer);
        EXPECT_EQ(trailer.cells[0].text, "合计");
        EXPECT_EQ(trailer.cells[1].text, std::to_string(f.count));
        EXPECT_EQ(trailer.cells[4].text, f.total.toString());
        EXPECT_EQ(f.rows.front().kind, RowKind::ColumnTitles);
        all += f.total;
        rows += f.count;
    }
    EXPECT_EQ((*files)[0].count, 2);
    EXPECT_EQ((*files)[2].count, 1);
    EXPECT_EQ((*files)[2].number, 3);
    EXPECT_EQ(rows, 5);
    Money expected;
    for (const auto &p : input(5).payments)
        expected += p.amount;
    EXPECT_EQ(all, expected);
}

TEST(BankLayout, PipeHeaderAndXlsxTitle)
{
    auto files = layoutFiles(shipped("pipe-gb18030"), input(2), Lang::En);
    ASSERT_TRUE(files.ok());
    const auto &rows = (*files)[0].rows;
    ASSERT_EQ(rows.size(), 3u);
    ASSERT_EQ(rows[0].cells.size(), 4u);
    EXPECT_EQ(rows[0].cells[0].text, "20251220");
    EXPECT_EQ(rows[0].cells[1].text, "东湖街道");
    EXPECT_EQ(rows[0].cells[2].text, "2");
    EXPECT_EQ(rows[0].cells[3].text, "201.01");
    EXPECT_EQ(rows[1].cells[2].text, "100.00");
    EXPECT_EQ(rows[1].cells[3].text, "6228480402564890018");
    EXPECT_EQ(rows[2].cells[0].text, "2");

    auto x = layoutFiles(shipped("xlsx-daifa"), input(1), Lang::En);
    ASSERT_TRUE(x.ok());
    ASSERT_EQ((*x)[0].rows[0].kind, RowKind::Title);
    EXPECT_EQ((*x)[0].rows[0].cells[0].text, "东湖街道2025年12月低保金发放明细");
    EXPECT_EQ((*x)[0].rows[2].cells[2].type, CellType::Text); // the account
    EXPECT_EQ((*x)[0].rows[2].cells[4].type, CellType::Number); // the amount
}

TEST(BankLayout, FixedWidthPadsInBytesOfTheEncodingAndNeverCuts)
{
    auto t = templateFromJson(
        R"({"id":"fx","name":"F","format":"fixed","encoding":"GB18030","max_rows":9,)"
        R"("details":[{"source":"name","width":8},)"
        R"({"source":"amount","width":10,"pad":"0","align":"right","unit":"fen"},)"
        R"({"source":"bank_code","width":3}],)"
        R"("trailer":[{"source":"count","width":4,"pad":"0","align":"right"},{"source":"batch_no","width":10}]})",
        Lang::En);
    ASSERT_TRUE(t.ok()) << t.error().field << t.error().message;
    // a GB18030-like measure: two bytes for each non-ASCII character
    ByteWidth gbWidth = [](std::string_view s) {
        std::size_t n = 0;
        for (std::size_t i = 0; i < s.size(); ++i) {
            const auto c = static_cast<unsigned char>(s[i]);
            if (c < 0x80)
                n += 1;
            else if ((c & 0xC0) != 0x80)
                n += 2;
        }
        return n;
    };
    LayoutInput in = input(1);
    in.payments[0].name = "张三";
    auto files = layoutFiles(t.value(), in, Lang::En, gbWidth);
    ASSERT_TRUE(files.ok()) << files.error().message;
    const auto &d = (*files)[0].rows[0];
    EXPECT_EQ(d.cells[0].text, "张三    "); // 4 bytes + 4 spaces
    EXPECT_EQ(d.cells[1].text, "0000010000");
    EXPECT_EQ(d.cells[2].text, "103");
    EXPECT_EQ((*files)[0].rows[1].cells[0].text, "0001");
    EXPECT_EQ((*files)[0].rows[1].cells[1].text, "2025120101");

    in.payments[0].name = "欧阳娜娜娜"; // 10 bytes in GB18030: does not fit 8
    auto wide = layoutFiles(t.value(), in, Lang::En, gbWidth);
    ASSERT_FALSE(wide.ok());
    EXPECT_NE(wide.error().field.find("H0"), std::string::npos) << wide.error().field;
    EXPECT_NE(wide.error().field.find("details[0]"), std::string::npos);
}

TEST(BankLayout, DelimitedRefusesASeparatorInData)
{
    LayoutInput in = input(1);
    in.payments[0].name = "张|三";
    auto files = layoutFiles(shipped("pipe-gb18030"), in, Lang::En);
    ASSERT_FALSE(files.ok());
    EXPECT_NE(files.error().field.find("details[1]"), std::string::npos);
}

TEST(BankLayout, MemoAndProblems)
{
    const auto dec = *YearMonth::parse("2025-12");
    const auto oct = *YearMonth::parse("2025-10");
    const auto nov = *YearMonth::parse("2025-11");
    using payroll::LineKind;
    using payroll::LineProgramme;
    EXPECT_EQ(paymentMemo(dec, LineProgramme::Dibao, {{LineKind::Regular, {}}}),
              "2025年12月低保金");
    EXPECT_EQ(
        paymentMemo(dec, LineProgramme::Dibao, {{LineKind::Regular, {}}, {LineKind::BackPay, oct}}),
        "2025年12月低保金");
    EXPECT_EQ(paymentMemo(dec, LineProgramme::Dibao, {{LineKind::BackPay, oct}}),
              "补发2025年10月低保金");
    EXPECT_EQ(paymentMemo(dec, LineProgramme::Tekun,
                          {{LineKind::BackPay, nov}, {LineKind::BackPay, oct}}),
              "补发2025年10月至2025年11月特困供养金");
    EXPECT_EQ(paymentMemo(dec, LineProgramme::Dibao, {{LineKind::Reissue, oct}}),
              "重发2025年10月低保金");

    Payment p = payment("张三", "6228480402564890018", 100);
    EXPECT_EQ(paymentProblem(p, Lang::En), "");
    p.account = "";
    EXPECT_NE(paymentProblem(p, Lang::En).find("no bank account"), std::string::npos);
    p.account = "6228480402564890019"; // check digit wrong
    EXPECT_NE(paymentProblem(p, Lang::En).find("invalid"), std::string::npos);
    p.account = "6228480402564890018";
    p.name = "";
    EXPECT_NE(paymentProblem(p, Lang::En).find("holder"), std::string::npos);
    EXPECT_EQ(bankCodeOf("中国邮政储蓄银行"), "403");
    EXPECT_EQ(bankCodeOf("某某银行"), "");
}
