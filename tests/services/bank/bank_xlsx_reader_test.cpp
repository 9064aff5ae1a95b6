// The xlsx result reader (回盘, issue 12 §3): stored and deflated parts, shared strings
// with rich-text runs, inline strings, rows that skip numbers; damaged archives and
// zip bombs refused with a reason naming the file; what libxlsxwriter writes reads back.

#include "support/temp_db.h"

#include "services/bank/bank_xlsx.h"
#include "services/bank/bank_xlsx_reader.h"
#include "services/bank/zip_reader.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace relief::test {
namespace {

std::string seed(const std::string &name)
{
    std::ifstream in(sourceDir() + "/tests/fuzz/seeds/bank_xlsx/" + name, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

TEST(BankXlsxReader, StoredAndDeflatedSheetsReadTheSame)
{
    for (const char *name : {"stored.xlsx", "deflated.xlsx"}) {
        const std::string bytes = seed(name);
        ASSERT_FALSE(bytes.empty()) << name;
        EXPECT_TRUE(services::looksLikeXlsx(bytes));
        auto cells = services::readXlsxCells(bytes);
        ASSERT_TRUE(cells.ok()) << name << ": " << cells.error().message;
        ASSERT_EQ(cells->size(), 3u) << name; // row 2 is missing in the file: empty
        EXPECT_EQ((*cells)[0],
                  (std::vector<std::string> {"银行账号", "金额", "处理结果", "失败原因"}));
        EXPECT_TRUE((*cells)[1].empty());
        EXPECT_EQ((*cells)[2], (std::vector<std::string> {"6222021234567890128", "830.5", "成功"}));
    }
}

TEST(BankXlsxReader, ASheetWithoutSharedStringsIsRead)
{
    // xl/sharedStrings.xml is optional: streaming writers use inline strings only.
    auto cells = services::readXlsxCells(seed("inline-only.xlsx"));
    ASSERT_TRUE(cells.ok()) << cells.error().message;
    ASSERT_EQ(cells->size(), 2u);
    EXPECT_EQ((*cells)[1], (std::vector<std::string> {"6222021234567890128", "12.5"}));
}

TEST(BankXlsxReader, WhatTheExportWritesReadsBack)
{
    bank::LaidOutFile f;
    bank::Row title;
    title.kind = bank::RowKind::Title;
    title.cells = {{"示例街道办事处2025年12月低保金发放明细", bank::CellType::Text}};
    bank::Row row;
    row.cells = {{"1", bank::CellType::Number},
                 {"6222021234567890128", bank::CellType::Text},
                 {"830.00", bank::CellType::Number}};
    f.rows = {title, row};
    auto bytes = services::xlsxFileBytes(f);
    ASSERT_TRUE(bytes.ok()) << bytes.error().message;
    auto cells = services::readXlsxCells(*bytes);
    ASSERT_TRUE(cells.ok()) << cells.error().message;
    ASSERT_EQ(cells->size(), 2u);
    EXPECT_EQ((*cells)[0][0], "示例街道办事处2025年12月低保金发放明细");
    ASSERT_EQ((*cells)[1].size(), 3u);
    EXPECT_EQ((*cells)[1][1], "6222021234567890128"); // a text cell: every digit kept
    EXPECT_EQ((*cells)[1][2], "830"); // a number as Excel stores it
}

TEST(BankXlsxReader, DamageIsRefusedWithAReason)
{
    const std::string good = seed("deflated.xlsx");
    ASSERT_FALSE(good.empty());
    for (const std::string &bad : {good.substr(0, good.size() / 2), std::string("PK\x03\x04"),
                                   std::string("not a zip at all, just text")}) {
        auto cells = services::readXlsxCells(bad);
        ASSERT_FALSE(cells.ok());
        EXPECT_EQ(cells.error().field, "file");
        EXPECT_FALSE(cells.error().message.empty());
    }
    // A flipped byte inside a compressed part: the checksum catches it.
    std::string flipped = good;
    const auto at = flipped.find("xl/worksheets/sheet1.xml");
    ASSERT_NE(at, std::string::npos);
    flipped[at + 40] = static_cast<char>(flipped[at + 40] ^ 0x55);
    EXPECT_FALSE(services::readXlsxCells(flipped).ok());
}

TEST(ZipReader, AnEntryBeyondTheLimitIsNotInflated)
{
    const std::string good = seed("deflated.xlsx");
    services::ZipReader zip(good);
    ASSERT_TRUE(zip.ok()) << zip.error();
    EXPECT_FALSE(zip.names().empty());
    EXPECT_TRUE(zip.read("XL/WORKBOOK.XML", 1 << 20).has_value()); // names without case
    EXPECT_FALSE(zip.read("no/such/part", 1 << 20).has_value());
    EXPECT_TRUE(zip.ok());
    EXPECT_FALSE(zip.read("xl/worksheets/sheet1.xml", 10).has_value());
    EXPECT_FALSE(zip.ok());
    EXPECT_NE(zip.error().find("too large"), std::string::npos) << zip.error();
}

} // namespace
} // namespace relief::test
