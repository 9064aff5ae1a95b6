// The one CSV writer and its formula guard (issue 10, defect 5; data-formats "CSV
// written by ReliefDesk").

#include "services/csv_writer.h"

#include <gtest/gtest.h>

using namespace relief::services;

TEST(CsvWriter, CellsThatExcelWouldRunAsFormulasAreNeutralised)
{
    EXPECT_EQ(csvFormulaGuarded("=XF1"), "'=XF1");
    EXPECT_EQ(csvFormulaGuarded("+cmd|' /C calc'!A0"), "'+cmd|' /C calc'!A0");
    EXPECT_EQ(csvFormulaGuarded("-2+3"), "'-2+3");
    EXPECT_EQ(csvFormulaGuarded("@SUM(A1)"), "'@SUM(A1)");
    EXPECT_EQ(csvFormulaGuarded("\t=1+1"), "'\t=1+1");
    EXPECT_EQ(csvFormulaGuarded("\r=1+1"), "'\r=1+1");
    // An apostrophe before a guarded start gets one more, so a reader that drops
    // one gives the text back exactly.
    EXPECT_EQ(csvFormulaGuarded("'=XF1"), "''=XF1");
    // Plain numbers are data, not formulas: negative amounts stay numbers.
    EXPECT_EQ(csvFormulaGuarded("-120.00"), "-120.00");
    EXPECT_EQ(csvFormulaGuarded("-5"), "-5");
    EXPECT_EQ(csvFormulaGuarded("+86 13800000000"), "'+86 13800000000");
    EXPECT_EQ(csvFormulaGuarded("-"), "'-");
    EXPECT_EQ(csvFormulaGuarded("王秀英"), "王秀英");
    EXPECT_EQ(csvFormulaGuarded("a=b"), "a=b");
    EXPECT_EQ(csvFormulaGuarded("'Brien"), "'Brien");
    EXPECT_EQ(csvFormulaGuarded(""), "");
}

TEST(CsvWriter, FieldsAreGuardedThenQuoted)
{
    std::string out;
    appendCsvField(out, "=HYPERLINK(\"http://x\",\"y\")");
    EXPECT_EQ(out, "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    EXPECT_EQ(csvLine({"1", "=XF1", "a,b", "-3.50"}), "1,'=XF1,\"a,b\",-3.50");
}

TEST(CsvWriter, TheReaderUndoesTheGuard)
{
    for (const std::string text : {"=XF1", "'=XF1", "''@x", "-2+3", "'Brien", "plain", "-1"})
        EXPECT_EQ(csvFormulaUnguarded(csvFormulaGuarded(text)), text) << text;
}
