// Bank files of a locked roll (issue 12 §1, §2, §6): the shipped templates against
// golden files on a small roll, totals equal details, splitting at max_rows, refusal
// of an unlocked roll and of a roll with an invalid account (nothing written), and
// template saving.

#include "services/payroll/payroll_fixture.h"

#include "domain/bank_account.h"
#include "services/bank/bank_encoding.h"
#include "services/bank/bank_service.h"
#include "services/text_encoding.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>

namespace relief::test {
namespace {

namespace fs = std::filesystem;

// A 19-digit account passing Luhn: prefix + n + check digit.
std::string account(int n)
{
    const std::string s = "622848040256489" + std::to_string(100 + n);
    return s + BankAccount::luhnCheckDigit(s);
}

std::string run(const std::string &cmd)
{
    std::string out;
    FILE *p = popen(cmd.c_str(), "r");
    if (!p)
        return out;
    char buf[4096];
    std::size_t n = 0;
    while ((n = fread(buf, 1, sizeof buf, p)) > 0)
        out.append(buf, n);
    pclose(p);
    return out;
}

std::string xmlUnescape(std::string s)
{
    const std::pair<const char *, const char *> entities[] = {
        {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}, {"&amp;", "&"}};
    for (const auto &[from, to] : entities)
        for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + 1))
            s.replace(at, std::strlen(from), to);
    return s;
}

// The xlsx's first sheet cell by cell: "A1\ts\ttext" (shared string, text format) or
// "E3\tn\t123.45" (a number), one line each, read back with unzip.
std::string xlsxCells(const std::string &path)
{
    const std::string shared = run("unzip -p '" + path + "' xl/sharedStrings.xml");
    const std::string sheet = run("unzip -p '" + path + "' xl/worksheets/sheet1.xml");
    std::vector<std::string> strings;
    const std::regex si("<si><t[^>]*>([^<]*)</t></si>");
    for (auto it = std::sregex_iterator(shared.begin(), shared.end(), si);
         it != std::sregex_iterator(); ++it)
        strings.push_back(xmlUnescape((*it)[1]));
    std::string out;
    const std::regex cell("<c r=\"([A-Z]+[0-9]+)\"([^>]*)>(?:<v>([^<]*)</v>)?</c>");
    for (auto it = std::sregex_iterator(sheet.begin(), sheet.end(), cell);
         it != std::sregex_iterator(); ++it) {
        const std::string ref = (*it)[1], attrs = (*it)[2], value = (*it)[3];
        if (attrs.find("t=\"s\"") != std::string::npos)
            out += ref + "\ts\t" + strings.at(static_cast<std::size_t>(std::stoi(value))) + "\n";
        else
            out += ref + "\tn\t" + value + "\n";
    }
    if (sheet.find("<mergeCell ref=\"A1:F1\"/>") != std::string::npos)
        out += "merge\tA1:F1\n";
    return out;
}

class BankExportTest : public PayrollFixture
{
protected:
    void SetUp() override
    {
        PayrollFixture::SetUp();
        bank = std::make_unique<services::BankService>(*db, clock);
        // dibao: 张101 (2 persons, 800.00), 张102 (450.50) + 特困 of its head (1,200.00),
        // 张103 (300.00, back pay for a month later: none here); accounts distinct.
        h1 = household(account(1));
        h2 = household(account(2));
        h3 = household(account(3));
        decide(addCase(h1, CaseProgramme::Dibao), DecisionKind::Grant, "2025-01", 80000, 2);
        decide(addCase(h2, CaseProgramme::Dibao), DecisionKind::Grant, "2025-01", 45050, 1);
        decide(addCase(h2, CaseProgramme::Tekun), DecisionKind::Grant, "2025-01", 120000, 1);
        decide(addCase(h3, CaseProgramme::Dibao), DecisionKind::Grant, "2025-01", 30000, 1);
        later();
    }

    std::string out() const { return (dir.path() / "bank").string(); }

    std::string golden(const std::string &name) { return sourceDir() + "/tests/data/bank/" + name; }

    // Compares the file with its golden copy; RELIEF_UPDATE_GOLDEN=1 rewrites the copy.
    void expectGolden(const std::string &path, const std::string &goldenName,
                      const std::string &content)
    {
        if (std::getenv("RELIEF_UPDATE_GOLDEN")) {
            std::ofstream(golden(goldenName), std::ios::binary) << content;
            return;
        }
        EXPECT_EQ(content, readFile(golden(goldenName))) << path << " vs " << goldenName;
    }

    std::unique_ptr<services::BankService> bank;
    std::int64_t h1 = 0, h2 = 0, h3 = 0;
};

TEST_F(BankExportTest, GenericCsvIsTheGoldenFileByteForByte)
{
    runMonth("2025-12"); // the first roll: 2025-12 only
    auto r = bank->exportRoll(caseworker(), ym("2025-12"), "generic-csv", out());
    ASSERT_TRUE(r.ok()) << r.error().message;
    ASSERT_EQ(r->files.size(), 2u); // dibao, tekun
    EXPECT_EQ(fs::path(r->files[0].path).filename(), "2025-12_dibao_1.csv");
    EXPECT_EQ(fs::path(r->files[1].path).filename(), "2025-12_tekun_1.csv");
    EXPECT_EQ(r->files[0].rows, 3);
    EXPECT_EQ(r->files[0].total, Money::fromFen(80000 + 45050 + 30000));
    EXPECT_EQ(r->payments, 4);
    EXPECT_EQ(r->amount, Money::fromFen(80000 + 45050 + 30000 + 120000));
    const std::string dibao = readFile(r->files[0].path);
    ASSERT_GE(dibao.size(), 3u);
    EXPECT_EQ(dibao.substr(0, 3), "\xEF\xBB\xBF");
    EXPECT_NE(dibao.find("序号,户名,银行账号,身份证号,金额,摘要\r\n"), std::string::npos);
    EXPECT_NE(dibao.find("\r\n合计,3,,,1550.50,\r\n"), std::string::npos);
    // accounts and ID numbers are plain digits: the formula guard leaves them alone
    EXPECT_NE(dibao.find("," + account(1) + ","), std::string::npos);
    EXPECT_EQ(dibao.find("'"), std::string::npos);
    expectGolden(r->files[0].path, "generic-csv/2025-12_dibao_1.csv", dibao);
    expectGolden(r->files[1].path, "generic-csv/2025-12_tekun_1.csv", readFile(r->files[1].path));

    // recorded: one bank payment per account and programme with the lines it sums
    EXPECT_EQ(count("SELECT count(*) FROM bank_payments"), 4);
    EXPECT_EQ(count("SELECT sum(amount) FROM bank_payments WHERE programme = 'dibao'"), 155050);
    EXPECT_EQ(count("SELECT count(*) FROM bank_exports"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM audit_log WHERE action = 'bank.export'"), 1);
    // the audit record holds no account
    storage::Statement st(*db, "SELECT details FROM audit_log WHERE action = 'bank.export'");
    ASSERT_TRUE(st.step());
    EXPECT_EQ(st.text(0).find(account(1)), std::string::npos);
}

TEST_F(BankExportTest, PipeGb18030IsTheGoldenFileByteForByte)
{
    runMonth("2025-12");
    auto r = bank->exportRoll(caseworker(), ym("2025-12"), "pipe-gb18030", out());
    ASSERT_TRUE(r.ok()) << r.error().message;
    ASSERT_EQ(r->files.size(), 2u);
    EXPECT_EQ(fs::path(r->files[0].path).filename(), "2025-12_dibao_1.txt");
    const std::string bytes = readFile(r->files[0].path);
    // GB18030, not UTF-8; decoded it is the layout of data-formats §4
    EXPECT_FALSE(services::isValidUtf8(bytes));
    const auto text = services::decodeText(bytes);
    ASSERT_EQ(text.encoding, "GB18030");
    const std::string date = "20250915"; // the export's date (the fixture's clock)
    EXPECT_EQ(text.text.substr(0, text.text.find("\r\n")), date + "|示例街道办事处|3|1550.50");
    EXPECT_NE(text.text.find("\r\n1|户主|800.00|" + account(1) + "|"), std::string::npos);
    EXPECT_EQ(text.text.find("|\r\n"), std::string::npos); // no trailing separator
    expectGolden(r->files[0].path, "pipe-gb18030/2025-12_dibao_1.txt", bytes);
    expectGolden(r->files[1].path, "pipe-gb18030/2025-12_tekun_1.txt", readFile(r->files[1].path));
}

TEST_F(BankExportTest, XlsxDaifaCellByCell)
{
    runMonth("2025-12");
    auto r = bank->exportRoll(caseworker(), ym("2025-12"), "xlsx-daifa", out());
    ASSERT_TRUE(r.ok()) << r.error().message;
    ASSERT_EQ(r->files.size(), 2u);
    EXPECT_EQ(fs::path(r->files[0].path).filename(), "2025-12_dibao_1.xlsx");
    const std::string cells = xlsxCells(r->files[0].path);
    EXPECT_NE(cells.find("A1\ts\t示例街道办事处2025年12月低保金发放明细\n"), std::string::npos)
        << cells;
    EXPECT_NE(cells.find("C3\ts\t" + account(1) + "\n"), std::string::npos); // account as text
    EXPECT_NE(cells.find("E6\tn\t1550.5\n"), std::string::npos); // the total row
    expectGolden(r->files[0].path, "xlsx-daifa/2025-12_dibao_1.cells", cells);
    // the account and ID cells carry the text number format "@" (numFmtId 49): Excel never
    // shows them in scientific notation
    const std::string sheet = run("unzip -p '" + r->files[0].path + "' xl/worksheets/sheet1.xml");
    const std::string styles = run("unzip -p '" + r->files[0].path + "' xl/styles.xml");
    std::smatch m;
    ASSERT_TRUE(std::regex_search(sheet, m, std::regex("<c r=\"C3\" s=\"([0-9]+)\"")));
    const int style = std::stoi(m[1]);
    const auto xfs = styles.find("<cellXfs");
    ASSERT_NE(xfs, std::string::npos);
    std::vector<std::string> xf;
    const std::string list = styles.substr(xfs, styles.find("</cellXfs>", xfs) - xfs);
    const std::regex one("<xf [^>]*numFmtId=\"([0-9]+)\"");
    for (auto it = std::sregex_iterator(list.begin(), list.end(), one);
         it != std::sregex_iterator(); ++it)
        xf.push_back((*it)[1]);
    ASSERT_LT(static_cast<std::size_t>(style), xf.size());
    EXPECT_EQ(xf[static_cast<std::size_t>(style)], "49");
    ASSERT_TRUE(std::regex_search(sheet, m, std::regex("<c r=\"D3\" s=\"([0-9]+)\"")));
    EXPECT_EQ(std::stoi(m[1]), style);
    expectGolden(r->files[1].path, "xlsx-daifa/2025-12_tekun_1.cells", xlsxCells(r->files[1].path));
}

TEST_F(BankExportTest, SplitsAtMaxRowsAndTotalsEqualDetails)
{
    runMonth("2025-12");
    auto shipped = bank->templateById(admin, "generic-csv");
    ASSERT_TRUE(shipped.ok()) << shipped.error().message;
    bank::BankTemplate t = shipped->tmpl;
    t.id = "two-rows";
    t.name = "两行一文件";
    t.maxRows = 2;
    auto saved = bank->saveTemplate(admin, t);
    ASSERT_TRUE(saved.ok()) << saved.error().message;
    auto r = bank->exportRoll(caseworker(), ym("2025-12"), "two-rows", out());
    ASSERT_TRUE(r.ok()) << r.error().message;
    ASSERT_EQ(r->files.size(), 3u); // dibao 2 + 1, tekun 1
    EXPECT_EQ(fs::path(r->files[1].path).filename(), "2025-12_dibao_2.csv");
    Money all;
    for (const auto &f : r->files) {
        const auto text = services::decodeText(readFile(f.path)).text;
        Money sum;
        int rows = 0;
        std::size_t pos = text.find("\r\n") + 2; // after the titles
        while (pos < text.size()) {
            const auto end = text.find("\r\n", pos);
            const std::string line = text.substr(pos, end - pos);
            pos = end + 2;
            std::vector<std::string> cells;
            std::size_t a = 0;
            for (std::size_t b; (b = line.find(',', a)) != std::string::npos; a = b + 1)
                cells.push_back(line.substr(a, b - a));
            cells.push_back(line.substr(a));
            ASSERT_EQ(cells.size(), 6u) << line;
            if (cells[0] == "合计") {
                EXPECT_EQ(cells[1], std::to_string(rows));
                EXPECT_EQ(cells[4], sum.toString());
            } else {
                ++rows;
                EXPECT_EQ(cells[0], std::to_string(rows));
                sum += *Money::parse(cells[4]);
            }
        }
        EXPECT_EQ(rows, f.rows);
        EXPECT_EQ(sum, f.total);
        all += sum;
    }
    EXPECT_EQ(all, r->amount);
    EXPECT_EQ(all, Money::fromFen(275050));
}

TEST_F(BankExportTest, RefusesARollThatIsNotLocked)
{
    auto g = payroll->generate(caseworker(), ym("2025-12"));
    ASSERT_TRUE(g.ok()) << g.error().message;
    auto r = bank->exportRoll(caseworker(), ym("2025-12"), "generic-csv", out());
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Conflict);
    EXPECT_FALSE(fs::exists(out()));
    auto none = bank->exportRoll(caseworker(), ym("2026-01"), "generic-csv", out());
    ASSERT_FALSE(none.ok());
    EXPECT_EQ(none.error().code, ErrorCode::NotFound);
    EXPECT_EQ(count("SELECT count(*) FROM bank_exports"), 0);
}

TEST_F(BankExportTest, RefusesARollWithAnInvalidAccountAndWritesNothing)
{
    runMonth("2025-12");
    // The frozen account of one household no longer passes (e.g. a database edited
    // outside the program): the export checks again and names the household.
    db->exec("DROP TRIGGER roll_lines_update_draft");
    storage::Statement st(*db,
                          "UPDATE roll_lines SET bank_account = '6228480402564890019' "
                          "WHERE household_id = ?1");
    st.bind(1, h2);
    st.step();
    storage::Statement no(*db, "SELECT household_no FROM households WHERE id = ?1");
    no.bind(1, h2);
    ASSERT_TRUE(no.step());
    const std::string number = no.text(0);
    auto r = bank->exportRoll(caseworker(), ym("2025-12"), "generic-csv", out());
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Conflict); // a refusal: exit 1 in the CLI
    EXPECT_NE(r.error().message.find(number), std::string::npos) << r.error().message;
    EXPECT_EQ(r.error().message.find("6228480402564890019"), std::string::npos); // masked
    EXPECT_FALSE(fs::exists(out()));
    EXPECT_EQ(count("SELECT count(*) FROM bank_payments"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM audit_log WHERE action = 'bank.export'"), 0);
}

TEST_F(BankExportTest, RolesAndTemplates)
{
    runMonth("2025-12");
    // a statistician may read the templates but not export; an admin manages templates
    auto stat = addUser("sun", {Role::Statistician});
    EXPECT_TRUE(bank->templates(stat).ok());
    auto r = bank->exportRoll(stat, ym("2025-12"), "generic-csv", out());
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::PermissionDenied);
    auto unknown = bank->exportRoll(caseworker(), ym("2025-12"), "nope", out());
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, ErrorCode::NotFound);

    auto list = bank->templates(caseworker());
    ASSERT_TRUE(list.ok());
    ASSERT_EQ(list->size(), 3u);
    EXPECT_FALSE((*list)[0].saved);

    bank::BankTemplate edited = (*list)[0].tmpl;
    edited.name = "通用 CSV（本办）";
    EXPECT_EQ(bank->saveTemplate(caseworker(), edited).error().code, ErrorCode::PermissionDenied);
    auto s = bank->saveTemplate(admin, edited);
    ASSERT_TRUE(s.ok()) << s.error().message;
    EXPECT_TRUE(s->shipped);
    list = bank->templates(caseworker());
    ASSERT_TRUE(list.ok());
    ASSERT_EQ(list->size(), 3u);
    EXPECT_TRUE((*list)[0].saved);
    EXPECT_EQ((*list)[0].tmpl.name, "通用 CSV（本办）");
    EXPECT_EQ(count("SELECT count(*) FROM audit_log WHERE action = 'bank.template_save'"), 1);

    auto bad = bank->importTemplate(admin,
                                    R"({"id":"x","name":"X","format":"fixed",)"
                                    R"("encoding":"UTF-8","max_rows":1,)"
                                    R"("details":[{"source":"seq"}]})");
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().field, "details[0].width");
    EXPECT_EQ(count("SELECT count(*) FROM bank_templates"), 1);
}

// A fixed-width GB18030 template of the office's own: widths count GB18030 bytes (two
// for each Chinese character), amounts in fen padded with zeros; the CSV formula guard
// quotes a name a spreadsheet would run, never an account or an ID number.
TEST_F(BankExportTest, FixedWidthInGb18030BytesAndTheFormulaGuard)
{
    runMonth("2025-12");
    auto fixed = bank->importTemplate(
        admin,
        R"({"id":"fixed-gb","name":"定长","format":"fixed","encoding":"GB18030",)"
        R"("line_ending":"LF","max_rows":100,)"
        R"("header":[{"source":"batch_no","width":10},{"source":"count","width":6,"pad":"0","align":"right"},)"
        R"({"source":"total","width":12,"pad":"0","align":"right","unit":"fen"}],)"
        R"("details":[{"source":"account","width":19},{"source":"name","width":10},)"
        R"({"source":"amount","width":12,"pad":"0","align":"right","unit":"fen"},)"
        R"({"source":"bank_code","width":3}]})");
    ASSERT_TRUE(fixed.ok()) << fixed.error().field << " " << fixed.error().message;
    auto r = bank->exportRoll(caseworker(), ym("2025-12"), "fixed-gb", out());
    ASSERT_TRUE(r.ok()) << r.error().message;
    const std::string bytes = readFile(r->files[0].path);
    EXPECT_EQ(fs::path(r->files[0].path).filename(), "2025-12_dibao_1.txt");
    std::vector<std::string> lines;
    for (std::size_t a = 0, b; (b = bytes.find('\n', a)) != std::string::npos; a = b + 1)
        lines.push_back(bytes.substr(a, b - a));
    ASSERT_EQ(lines.size(), 4u);
    EXPECT_EQ(lines[0], "2025120101000003000000155050");
    for (std::size_t i = 1; i < lines.size(); ++i)
        EXPECT_EQ(lines[i].size(), 19u + 10u + 12u + 3u) << i; // bytes, 户主 = 4 of them
    EXPECT_EQ(lines[1], account(1) + "\xBB\xA7\xD6\xF7      000000080000103");

    // a payee name starting with '=' is guarded in CSV; accounts stay plain digits
    db->exec("DROP TRIGGER roll_lines_update_draft");
    storage::Statement st(*db,
                          "UPDATE roll_lines SET payee_name = '=SUM(1)' WHERE household_id = ?1");
    st.bind(1, h3);
    st.step();
    auto csv = bank->exportRoll(caseworker(), ym("2025-12"), "generic-csv", out());
    ASSERT_TRUE(csv.ok()) << csv.error().message;
    const std::string text = readFile(csv->files[0].path);
    EXPECT_NE(text.find(",'=SUM(1)," + account(3) + ","), std::string::npos) << text;
}

// A cancel before the files are written: Cancelled, no file, nothing recorded.
TEST_F(BankExportTest, ACancelledExportWritesNothing)
{
    runMonth("2025-12");
    struct Cancelling final : services::JobControl
    {
        std::vector<std::string> stages;
        void stage(const std::string &text) override { stages.push_back(text); }
        void progress(std::int64_t, std::int64_t) override { }
        bool cancelRequested() const override { return !stages.empty(); }
    } job;
    auto r = bank->exportRoll(caseworker(), ym("2025-12"), "generic-csv", out(), job);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Cancelled);
    EXPECT_FALSE(job.stages.empty());
    EXPECT_FALSE(fs::exists(out()));
    EXPECT_EQ(count("SELECT count(*) FROM bank_exports"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM bank_payments"), 0);
}

TEST(BankEncoding, Gb18030Widths)
{
    EXPECT_EQ(services::gb18030Bytes(U'A'), 1u);
    EXPECT_EQ(services::gb18030Bytes(U'张'), 2u);
    EXPECT_EQ(services::gb18030Bytes(U'\U00020000'), 4u);
    EXPECT_EQ(services::bankByteWidth(bank::Encoding::Gb18030)("张三A"), 5u);
    EXPECT_EQ(services::bankByteWidth(bank::Encoding::Utf8)("张三A"), 7u);
    auto e = services::encodeBankText("张三", bank::Encoding::Gb18030);
    ASSERT_TRUE(e.ok());
    EXPECT_EQ(*e, "\xD5\xC5\xC8\xFD");
}

} // namespace
} // namespace relief::test
