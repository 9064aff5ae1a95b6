// The printed forms as PDFs: written with the TrueType CJK faces, read back with
// pdftotext (poppler-utils), so what a clerk searches for in the PDF is there —
// 示 stays 示, not the Kangxi radical ⽰ that Noto's CFF glyphs extract as.

#include "reports/applications/application_forms.h"
#include "reports/applications/notice_list_report.h"
#include "reports/paged_document.h"
#include "reports/payroll/change_table_report.h"
#include "reports/payroll/roll_register_report.h"

#include "services/payroll/payroll_fixture.h"
#include "services/registry/demo_service.h"

#include "support/temp_db.h"

#include "domain/mask.h"
#include "domain/money_in_words.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>

#include <gtest/gtest.h>

using namespace relief;
using namespace relief::reports;
using namespace relief::services;

namespace {

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString pdfFonts(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdffonts"), {path});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pdfPages(const QString &text)
{
    return static_cast<int>(text.count(QLatin1Char('\f')));
}

const OfficeHeading kOffice {QStringLiteral("示例街道办事处"), QStringLiteral("2025-09-22")};

NoticeRow row(const char *community, const char *name, int size, bool related)
{
    NoticeRow r;
    r.applicationNo = "SQ2025-00001";
    r.communityName = community;
    r.maskedName = name;
    r.householdSize = size;
    r.programme = ApplicationProgramme::Dibao;
    r.amount = Money::fromFen(123450);
    r.staffRelated = related;
    r.firstDay = *Date::parse("2025-09-15");
    r.lastDay = *Date::parse("2025-09-21");
    return r;
}

ApplicationView refusedView()
{
    ApplicationView v;
    v.record.applicationNo = "SQ2025-00007";
    v.record.programme = ApplicationProgramme::Dibao;
    v.record.receivedOn = *Date::parse("2025-09-01");
    v.record.state = ApplicationState::Refused;
    v.record.decidedOn = *Date::parse("2025-09-20");
    v.record.decisionReasons = "家庭人均收入高于低保标准";
    v.headName = "张三明";
    v.householdNo = "XF00012";
    v.communityName = "幸福社区";
    v.address = "幸福路8号";
    v.materials = {{Material::IdCard, true}, {Material::IncomeProof, false}};
    return v;
}

class ReportsTest : public ::testing::Test
{
protected:
    QString file(const char *name) { return QString::fromStdString(dir.file(name)); }
    test::TempDir dir;
};

} // namespace

TEST_F(ReportsTest, NoticeListIsSearchableAndMasked)
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    const std::vector<NoticeRow> rows {row("幸福社区", "张*明", 3, false),
                                       row("幸福社区", "欧**明", 1, true),
                                       row("和平社区", "李*", 2, false)};
    const QString path = qEnvironmentVariableIsSet("RELIEF_KEEP_PDF")
        ? qEnvironmentVariable("RELIEF_KEEP_PDF")
        : file("notice.pdf");
    QString error;
    ASSERT_TRUE(PagedDocument(NoticeListReport::html(rows, kOffice, QStringLiteral("12345678")),
                              kOffice.date)
                    .writePdf(path, false, &error))
        << error.toStdString();
    const QString text = pdfText(path);
    ASSERT_FALSE(text.isEmpty());
    EXPECT_TRUE(text.contains(QStringLiteral("示例街道办事处"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QChar(0x2F70))) << "Kangxi radical instead of 示";
    EXPECT_TRUE(text.contains(QStringLiteral("张*明")));
    EXPECT_TRUE(text.contains(QStringLiteral("欧**明")));
    EXPECT_TRUE(text.contains(QStringLiteral("幸福社区")));
    EXPECT_TRUE(text.contains(QStringLiteral("和平社区")));
    EXPECT_TRUE(text.contains(QStringLiteral("1234.50")));
    EXPECT_TRUE(text.contains(QStringLiteral("Related")));
    // One page per community, numbered.
    EXPECT_EQ(pdfPages(text), 2);
    EXPECT_TRUE(text.contains(QStringLiteral("Page 2 of 2")));
    // The fonts are the TrueType faces of the design brief, embedded.
    const QString fonts = pdfFonts(path);
    EXPECT_TRUE(fonts.contains(QStringLiteral("UMing"))) << fonts.toStdString();
    EXPECT_FALSE(fonts.contains(QStringLiteral("Noto"))) << fonts.toStdString();
}

TEST_F(ReportsTest, FormsCarryTheirContent)
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    ApplicationView v = refusedView();

    const QString refusal = file("refusal.pdf");
    ASSERT_TRUE(
        PagedDocument(ApplicationForms::refusalNotice(v, kOffice), kOffice.date).writePdf(refusal));
    QString text = pdfText(refusal);
    EXPECT_TRUE(text.contains(QStringLiteral("家庭人均收入高于低保标准")));
    EXPECT_TRUE(text.contains(QStringLiteral("SQ2025-00007")));
    EXPECT_TRUE(text.contains(QStringLiteral("60 days")));
    EXPECT_TRUE(text.contains(QStringLiteral("张三明")));

    const QString missing = file("missing.pdf");
    ASSERT_TRUE(PagedDocument(ApplicationForms::missingMaterialsNotice(v, kOffice), kOffice.date)
                    .writePdf(missing));
    text = pdfText(missing);
    EXPECT_TRUE(text.contains(QStringLiteral("Proof of income")));
    EXPECT_FALSE(text.contains(QStringLiteral("Resident identity card"))); // provided

    v.record.state = ApplicationState::Approved;
    v.record.approvedAmount = Money::fromFen(98000);
    v.record.firstMonth = YearMonth::parse("2025-10");
    const QString approval = file("approval.pdf");
    ASSERT_TRUE(PagedDocument(ApplicationForms::approvalNotice(v, kOffice), kOffice.date)
                    .writePdf(approval));
    text = pdfText(approval);
    EXPECT_TRUE(text.contains(QStringLiteral("980.00")));
    EXPECT_TRUE(text.contains(QStringLiteral("2025-10")));

    VisitView visit;
    visit.record.kind = storage::VisitKind::Home;
    visit.record.visitedOn = *Date::parse("2025-09-05");
    visit.record.beneficiarySeen = true;
    visit.record.livingConditions = "两居室，陈设简陋";
    visit.staffNames = {"王经办", "李经办"};
    v.visits.push_back(visit);
    const QString record = file("visit.pdf");
    ASSERT_TRUE(PagedDocument(ApplicationForms::homeVisitRecord(v, kOffice), kOffice.date)
                    .writePdf(record));
    text = pdfText(record);
    EXPECT_TRUE(text.contains(QStringLiteral("两居室，陈设简陋")));
    EXPECT_TRUE(text.contains(QStringLiteral("王经办")));
    EXPECT_TRUE(text.contains(QStringLiteral("Family member")));
}

// PR-8's printed change table: per community and programme the four groups, the
// check line M−1 + Σ = M, the cases with their reasons, the signature lines and the
// roll's lock record (in the text and every page's footer), searchable in the PDF.
TEST_F(ReportsTest, ChangeTableIsSearchableWithItsCheckLineAndLockRecord)
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    using namespace relief::payroll;
    ChangeTableView view;
    ChangeTable &t = view.table;
    t.month = *YearMonth::parse("2025-12");
    auto change = [](std::int64_t caseId, std::int64_t household, std::int64_t community,
                     LineProgramme p, ChangeKind kind, std::int64_t before, std::int64_t after,
                     DecisionKind d, const char *reason) {
        CaseChange c;
        c.caseId = caseId;
        c.householdId = household;
        c.communityId = community;
        c.programme = p;
        c.kind = kind;
        c.before = Money::fromFen(before);
        c.after = Money::fromFen(after);
        c.decisionKind = d;
        c.reason = reason;
        return c;
    };
    t.cases = {change(1, 11, 1, LineProgramme::Dibao, ChangeKind::New, 0, 30000,
                      DecisionKind::Grant, "新申请批准"),
               change(2, 12, 1, LineProgramme::Dibao, ChangeKind::Stopped, 20000, 0,
                      DecisionKind::Stop, "收入超过标准"),
               change(3, 13, 1, LineProgramme::Dibao, ChangeKind::Increased, 40000, 45000,
                      DecisionKind::Increase, "家庭成员患病"),
               change(4, 21, 2, LineProgramme::Tekun, ChangeKind::New, 0, 150000,
                      DecisionKind::Grant, "特困人员认定")};
    auto group = [](std::int64_t community, LineProgramme p, ChangeKind kind, int persons,
                    std::int64_t before, std::int64_t after) {
        ChangeGroup g;
        g.communityId = community;
        g.programme = p;
        g.kind = kind;
        g.households = 1;
        g.cases = 1;
        g.persons = persons;
        g.before = Money::fromFen(before);
        g.after = Money::fromFen(after);
        g.difference = Money::fromFen(after - before);
        return g;
    };
    t.groups = {group(1, LineProgramme::Dibao, ChangeKind::New, 2, 0, 30000),
                group(1, LineProgramme::Dibao, ChangeKind::Stopped, 1, 20000, 0),
                group(1, LineProgramme::Dibao, ChangeKind::Increased, 3, 40000, 45000),
                group(2, LineProgramme::Tekun, ChangeKind::New, 1, 0, 150000)};
    ChangeBalance dibao;
    dibao.communityId = 1;
    dibao.programme = LineProgramme::Dibao;
    dibao.casesBefore = 5;
    dibao.casesAfter = 5;
    dibao.before = Money::fromFen(100000);
    dibao.after = Money::fromFen(115000); // 1000.00 + 300.00 − 200.00 + 50.00
    ChangeBalance tekun;
    tekun.communityId = 2;
    tekun.programme = LineProgramme::Tekun;
    tekun.casesAfter = 1;
    tekun.after = Money::fromFen(150000);
    t.balances = {dibao, tekun};
    view.communityNames = {{1, "幸福社区"}, {2, "和平社区"}};
    view.householdNumbers = {{11, "XF00011"}, {12, "XF00012"}, {13, "XF00013"}, {21, "HP00021"}};
    view.headNames = {{11, "张三明"}, {12, "李四"}, {13, "王五"}, {21, "赵六"}};
    view.current.month = t.month;
    view.current.state = RollState::Locked;
    view.current.lockedAt = "2025-12-20T08:30:00.000Z";
    view.current.lockedBy = "zhao";
    view.current.lines = 6;
    view.current.amount = Money::fromFen(265000);
    view.current.lockedLines = 6;
    view.current.lockedAmount = Money::fromFen(265000);
    view.current.auditHeadId = 57;
    view.current.auditHeadHash = "ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12";
    view.previous = RollSummary {};
    view.previous->month = *YearMonth::parse("2025-11");
    view.previous->state = RollState::Locked;

    const QString html = ChangeTableReport::html(view, kOffice);
    PagedDocument document(html, QStringLiteral("2025-12-21"));
    document.setFooterNote(ChangeTableReport::footerNote(view));
    const QString path = qEnvironmentVariableIsSet("RELIEF_KEEP_CHANGE_PDF")
        ? qEnvironmentVariable("RELIEF_KEEP_CHANGE_PDF")
        : file("changes.pdf");
    QString error;
    ASSERT_TRUE(document.writePdf(path, true, &error)) << error.toStdString();
    const QString text = pdfText(path);
    for (const char *expected :
         {"示例街道办事处", "Change table of social assistance recipients, 2025-12", "幸福社区",
          "和平社区", "XF00012", "李四", "收入超过标准", "特困人员认定", "Prepared by",
          "Checked by", "✓ balances", "1000.00", "1150.00", "locked by zhao",
          "audit head #57 ab12cd34ef56ab12", "Roll 2025-11"}) {
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected << "\n"
                                                                << text.toStdString();
    }
    EXPECT_FALSE(text.contains(QStringLiteral("does not balance"))) << text.toStdString();
    EXPECT_EQ(pdfPages(text), 2); // a page per community
    EXPECT_EQ(ChangeTableReport::fileName(t.month), QStringLiteral("增减表-2025-12.pdf"));
}

// The printed roll (发放花名册): a community's 30 lines on two pages of 25 rows, each
// page with its subtotal, the community's total on its last page, a summary page
// with the grand total in capitals, the lock record in every footer.
namespace {

RollLineView rollLine(std::int64_t id, std::int64_t community, const char *communityName,
                      std::int64_t fen)
{
    RollLineView l;
    l.id = id;
    l.communityId = community;
    l.communityName = communityName;
    char number[32];
    std::snprintf(number, sizeof number, "HH%05lld", static_cast<long long>(id));
    l.householdNumber = number;
    l.headName = "户主" + std::to_string(id);
    l.programme = community == 1 ? payroll::LineProgramme::Dibao : payroll::LineProgramme::Tekun;
    l.amount = Money::fromFen(fen);
    l.persons = 2;
    l.bankAccount = "***************" + std::to_string(1000 + id);
    return l;
}

// Serves `all` as PayrollService::lines does: the filter's community, id order, keyset.
RollLinePager fakePager(const std::vector<RollLineView> &all, int *calls = nullptr)
{
    return [&all, calls](const RollLineFilter &f, std::int64_t afterId, int limit) {
        if (calls)
            ++*calls;
        std::vector<RollLineView> out;
        for (const auto &l : all)
            if (l.id > afterId && (!f.communityId || *f.communityId == l.communityId) &&
                static_cast<int>(out.size()) < limit)
                out.push_back(l);
        return Result<std::vector<RollLineView>>(out);
    };
}

RollSummary lockedRoll(int lines, std::int64_t fen)
{
    RollSummary r;
    r.month = *YearMonth::parse("2025-12");
    r.state = payroll::RollState::Locked;
    r.generatedBy = "wang";
    r.submittedBy = "wang";
    r.approvedBy = "qian";
    r.lockedBy = "qian";
    r.lockedAt = "2025-12-20T08:30:00.000Z";
    r.lines = lines;
    r.amount = Money::fromFen(fen);
    r.lockedLines = lines;
    r.lockedAmount = Money::fromFen(fen);
    r.auditHeadId = 57;
    r.auditHeadHash = "ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12";
    return r;
}

} // namespace

TEST_F(ReportsTest, RollRegisterPagesSubtotalsTotalsAndLockRecord)
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    std::vector<RollLineView> all;
    for (int i = 1; i <= 30; ++i) // 幸福社区: 300.01 … 300.30 yuan
        all.push_back(rollLine(i, 1, "幸福社区", 30000 + i));
    for (int i = 31; i <= 33; ++i) // 和平社区: 3 × 500.00
        all.push_back(rollLine(i, 2, "和平社区", 50000));
    all[4].held = true;
    all[4].holdReason = "待核实";
    // 30 × 300.00 + 0.01 × (1 + … + 30) = 9004.65; 1500.00; together 10504.65.
    int calls = 0;
    RollRegisterOptions options;
    options.officeName = kOffice.officeName;
    options.printedDate = QStringLiteral("2025-12-21");
    options.fetchSize = 7; // several reads per community
    const RollRegisterReport report(lockedRoll(33, 1050465), fakePager(all, &calls), options);
    const QString path = qEnvironmentVariableIsSet("RELIEF_KEEP_ROLL_PDF")
        ? qEnvironmentVariable("RELIEF_KEEP_ROLL_PDF")
        : file("roll.pdf");
    const auto result = report.writePdf(path);
    ASSERT_TRUE(result.ok()) << result.error().message;
    EXPECT_EQ(result->pages, 4); // 25 + 5 rows, 3 rows, the summary
    EXPECT_EQ(result->lines, 33);
    EXPECT_EQ(result->amount, Money::fromFen(1050465));
    EXPECT_GE(calls, 2 * (33 / 7));

    const QString text = pdfText(path);
    ASSERT_FALSE(text.isEmpty());
    const QStringList pages = text.split(QLatin1Char('\f'));
    ASSERT_GE(pages.size(), 4) << text.toStdString();
    auto has = [&](int page, const char *what) {
        return pages[page].contains(QString::fromUtf8(what));
    };
    for (int p = 0; p < 4; ++p) {
        EXPECT_TRUE(has(p, "示例街道办事处")) << p;
        EXPECT_TRUE(has(p, "2025-12")) << p;
        EXPECT_TRUE(pages[p].contains(QStringLiteral("Page %1 of 4").arg(p + 1)))
            << pages[p].toStdString();
        EXPECT_TRUE(has(p, "Prepared by: wang")) << p;
        EXPECT_TRUE(has(p, "Approved by: qian")) << p;
        EXPECT_TRUE(has(p, "Locked 2025-12-20 08:30 UTC by qian: 33 lines, 10504.65 yuan"))
            << pages[p].toStdString();
        EXPECT_TRUE(has(p, "audit head #57 ab12cd34ef56ab12")) << p;
        EXPECT_FALSE(has(p, "NOT LOCKED")) << p;
        EXPECT_FALSE(pages[p].contains(QChar(0x2F70))) << "Kangxi radical instead of 示";
    }
    // Page 1: 幸福社区's rows 1–25 and their subtotal 7503.25 (25 × 300 + 0.01 × 325).
    EXPECT_TRUE(has(0, "幸福社区"));
    EXPECT_TRUE(has(0, "HH00001"));
    EXPECT_TRUE(has(0, "户主1"));
    EXPECT_TRUE(has(0, "HH00025"));
    EXPECT_FALSE(has(0, "HH00026"));
    EXPECT_TRUE(has(0, "***************1001"));
    EXPECT_TRUE(has(0, "Held: 待核实"));
    EXPECT_TRUE(has(0, "Page subtotal"));
    EXPECT_TRUE(has(0, "7503.25"));
    EXPECT_FALSE(has(0, "Community total"));
    // Page 2: rows 26–30, subtotal 1501.40, the community's total 9004.65.
    EXPECT_TRUE(has(1, "HH00026"));
    EXPECT_TRUE(has(1, "HH00030"));
    EXPECT_FALSE(has(1, "HH00031"));
    EXPECT_TRUE(has(1, "1501.40"));
    EXPECT_TRUE(has(1, "Community total"));
    EXPECT_TRUE(has(1, "9004.65"));
    EXPECT_TRUE(has(1, "30 lines"));
    // Page 3: 和平社区 on a page of its own.
    EXPECT_TRUE(has(2, "和平社区"));
    EXPECT_FALSE(has(2, "幸福社区"));
    EXPECT_TRUE(has(2, "HH00031"));
    EXPECT_TRUE(has(2, "1500.00"));
    // Page 4: the summary.
    EXPECT_TRUE(has(3, "Summary"));
    EXPECT_TRUE(has(3, "Grand total"));
    EXPECT_TRUE(has(3, "10504.65"));
    EXPECT_TRUE(has(3, "壹万零伍佰零肆元陆角伍分")) << pages[3].toStdString();
    EXPECT_TRUE(has(3, "300.05")) << "the held line's amount";
    EXPECT_TRUE(has(3, "The printed lines equal the lock record"));

    const QString fonts = pdfFonts(path);
    EXPECT_TRUE(fonts.contains(QStringLiteral("UMing"))) << fonts.toStdString();
    EXPECT_FALSE(fonts.contains(QStringLiteral("Noto"))) << fonts.toStdString();
    EXPECT_EQ(RollRegisterReport::fileName(*YearMonth::parse("2025-12")),
              QStringLiteral("2025年12月发放花名册.pdf"));
}

TEST_F(ReportsTest, RollRegisterRowsPerPageAndDraftMark)
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    std::vector<RollLineView> all;
    for (int i = 1; i <= 30; ++i)
        all.push_back(rollLine(i, 1, "幸福社区", 10000));
    RollSummary draft;
    draft.month = *YearMonth::parse("2025-12");
    draft.generatedBy = "wang";
    draft.lines = 30;
    draft.amount = Money::fromFen(300000);
    RollRegisterOptions options;
    options.officeName = kOffice.officeName;
    options.rowsPerPage = 22;
    const QString draftPath = qEnvironmentVariableIsSet("RELIEF_KEEP_DRAFT_PDF")
        ? qEnvironmentVariable("RELIEF_KEEP_DRAFT_PDF")
        : file("draft.pdf");
    const auto result = RollRegisterReport(draft, fakePager(all), options).writePdf(draftPath);
    ASSERT_TRUE(result.ok()) << result.error().message;
    EXPECT_EQ(result->pages, 3); // 22 + 8 rows, the summary
    const QStringList pages = pdfText(draftPath).split(QLatin1Char('\f'));
    ASSERT_GE(pages.size(), 3);
    EXPECT_TRUE(pages[0].contains(QStringLiteral("HH00022")));
    EXPECT_FALSE(pages[0].contains(QStringLiteral("HH00023")));
    for (int p = 0; p < 3; ++p) {
        EXPECT_TRUE(pages[p].contains(QStringLiteral("NOT LOCKED (DRAFT)"))) << p;
        EXPECT_TRUE(pages[p].contains(QStringLiteral("DRAFT — NOT LOCKED, NOT FOR PAYMENT"))) << p;
        EXPECT_TRUE(pages[p].contains(QStringLiteral("Prepared by: wang"))) << p;
        EXPECT_TRUE(pages[p].contains(QStringLiteral("Approved by: —"))) << p;
    }
    EXPECT_TRUE(pages[2].contains(QStringLiteral("叁仟元整"))) << pages[2].toStdString();

    // A portrait page (chosen in the print dialog): the columns shrink to fit it.
    {
        QPdfWriter portrait(file("portrait.pdf"));
        portrait.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                           QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
        portrait.setResolution(300);
        const auto printed = RollRegisterReport(draft, fakePager(all), options).print(&portrait);
        ASSERT_TRUE(printed.ok()) << printed.error().message;
        EXPECT_EQ(printed->pages, 3);
    }
    const QString portraitText = pdfText(file("portrait.pdf"));
    EXPECT_TRUE(portraitText.contains(QStringLiteral("HH00001"))) << portraitText.toStdString();
    EXPECT_TRUE(portraitText.contains(QStringLiteral("Page 3 of 3")));
    // Every column on the page (pdftotext leaves out what lies beyond it).
    for (const char *head : {"Bank account", "Memo", "Signature"})
        EXPECT_TRUE(portraitText.contains(QString::fromLatin1(head))) << head;

    // Out of range: 22–25 rows.
    options.rowsPerPage = 40;
    auto wide = RollRegisterReport(draft, fakePager(all), options).writePdf(file("wide.pdf"));
    ASSERT_TRUE(wide.ok());
    EXPECT_EQ(wide->pages, 3); // 25 + 5, the summary
}

TEST_F(ReportsTest, RollRegisterRefusesARollThatChangesWhilePrinting)
{
    std::vector<RollLineView> all;
    for (int i = 1; i <= 5; ++i)
        all.push_back(rollLine(i, 1, "幸福社区", 10000));
    int calls = 0;
    RollLinePager changing = [&](const RollLineFilter &f, std::int64_t afterId, int limit) {
        if (++calls == 2)
            all.push_back(rollLine(6, 1, "幸福社区", 10000)); // after the first pass
        return fakePager(all)(f, afterId, limit);
    };
    RollRegisterOptions options;
    const QString path = file("changed.pdf");
    const auto result = RollRegisterReport(RollSummary {}, changing, options).writePdf(path);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::Conflict);
    EXPECT_FALSE(QFile::exists(path)) << "nothing left behind";
}

namespace {
class CancelAfter final : public JobControl
{
public:
    explicit CancelAfter(int reads)
        : m_reads(reads)
    { }
    void stage(const std::string &) override { }
    void progress(std::int64_t, std::int64_t) override { --m_reads; }
    bool cancelRequested() const override { return m_reads <= 0; }

private:
    int m_reads;
};

// A locked roll of the payroll service (two communities), read as a user may see it.
class RollRegisterServiceTest : public test::PayrollFixture
{
};
} // namespace

TEST_F(ReportsTest, RollRegisterCanBeCancelled)
{
    std::vector<RollLineView> all;
    for (int i = 1; i <= 50; ++i)
        all.push_back(rollLine(i, 1, "幸福社区", 10000));
    RollRegisterOptions options;
    options.fetchSize = 5;
    CancelAfter job(3);
    const auto result =
        RollRegisterReport(RollSummary {}, fakePager(all), options).writePdf(file("c.pdf"), job);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::Cancelled);
}

TEST_F(RollRegisterServiceTest, PrintsTheLockedRollAsTheUserMaySeeIt)
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    const auto a = household();
    const auto b = household(kAccount, Area::Urban, heping);
    decide(addCase(a, CaseProgramme::Dibao), DecisionKind::Grant, "2025-12", 45000, 2);
    decide(addCase(b, CaseProgramme::Dibao), DecisionKind::Grant, "2025-12", 30000, 1);
    runMonth("2025-12");
    auto overview = payroll->overview(zhao, ym("2025-12"));
    ASSERT_TRUE(overview.ok() && overview->has_value());
    const RollSummary roll = (*overview)->roll;
    ASSERT_TRUE(roll.lockedLines.has_value());
    const auto lines = allLines("2025-12");
    ASSERT_EQ(lines.size(), 2u);

    test::TempDir out;
    auto print = [&](const Session &who, const char *name) {
        RollRegisterOptions options;
        options.officeName = QStringLiteral("示例街道办事处");
        const QString path = QString::fromStdString(out.file(name));
        auto r = RollRegisterReport(
                     roll, RollRegisterReport::servicePager(*payroll, who, roll.month), options)
                     .writePdf(path);
        EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message);
        return pdfText(path);
    };
    const QString full = print(zhao, "supervisor.pdf");
    for (const auto &l : lines) {
        EXPECT_TRUE(full.contains(QString::fromStdString(l.householdNumber)))
            << l.householdNumber << full.toStdString();
        EXPECT_TRUE(full.contains(QString::fromStdString(l.headName)));
    }
    EXPECT_TRUE(full.contains(QStringLiteral("和平社区")));
    EXPECT_TRUE(full.contains(QStringLiteral("幸福社区")));
    EXPECT_TRUE(full.contains(QString::fromLatin1(kAccount)));
    EXPECT_TRUE(full.contains(QStringLiteral("Approved by: qian")));
    EXPECT_TRUE(full.contains(QStringLiteral("audit head #%1").arg(*roll.auditHeadId)));
    EXPECT_TRUE(full.contains(QString::fromStdString(roll.auditHeadHash.substr(0, 16))));
    EXPECT_TRUE(full.contains(QStringLiteral("The printed lines equal the lock record")));
    EXPECT_TRUE(full.contains(QString::fromStdString(chineseCapitalAmount(*roll.lockedAmount))))
        << full.toStdString();

    // A statistician sees the roll with the accounts masked: the PDF shows the same.
    const Session statistician = addUser("sun", {Role::Statistician});
    const QString masked = print(statistician, "statistician.pdf");
    EXPECT_FALSE(masked.contains(QString::fromLatin1(kAccount))) << masked.toStdString();
    EXPECT_TRUE(masked.contains(QString::fromStdString(maskBankAccount(kAccount))));
}

// A 100,000-line roll (RELIEF_LARGE_ROLL=1; seconds): painted page by page from keyset
// reads, the memory stays flat (the process grows by far less than the lines would take
// in one document) and every page is numbered.
TEST_F(ReportsTest, RollRegisterOfALargeRollKeepsMemoryFlat)
{
    if (!qEnvironmentVariableIsSet("RELIEF_LARGE_ROLL"))
        GTEST_SKIP() << "set RELIEF_LARGE_ROLL=1 to print a 100,000-line roll";
    const int n = 100000;
    // Lines made on demand: the pager holds none of them.
    RollLinePager pager = [](const RollLineFilter &f, std::int64_t afterId, int limit) {
        std::vector<RollLineView> out;
        for (std::int64_t id = afterId + 1; id <= n && static_cast<int>(out.size()) < limit; ++id) {
            const std::int64_t community = 1 + id % 8;
            if (f.communityId && *f.communityId != community)
                continue;
            out.push_back(rollLine(id, community, "幸福社区", 30000 + id % 1000));
        }
        return Result<std::vector<RollLineView>>(out);
    };
    auto rssKb = [] {
        QFile status(QStringLiteral("/proc/self/status"));
        if (!status.open(QIODevice::ReadOnly))
            return 0LL;
        for (const QByteArray &line : status.readAll().split('\n'))
            if (line.startsWith("VmRSS:"))
                return line.mid(6).trimmed().split(' ').value(0).toLongLong();
        return 0LL;
    };
    const long long before = rssKb();
    QElapsedTimer timer;
    timer.start();
    RollRegisterOptions options;
    options.officeName = kOffice.officeName;
    const auto result =
        RollRegisterReport(lockedRoll(n, 0), pager, options).writePdf(file("large.pdf"));
    ASSERT_TRUE(result.ok()) << result.error().message;
    const long long grown = rssKb() - before;
    std::printf("100,000 lines: %d pages in %lld ms, RSS grew %lld kB, PDF %lld kB\n",
                result->pages, static_cast<long long>(timer.elapsed()), grown,
                static_cast<long long>(QFileInfo(file("large.pdf")).size() / 1024));
    EXPECT_EQ(result->lines, n);
    EXPECT_EQ(result->pages, 8 * (12500 / 25) + 1);
    EXPECT_LT(grown, 200 * 1024) << "kB";
}

// The printed roll of a large office through the real service (RELIEF_ROLL_PRINT_LARGE=
// <households>; skipped otherwise): demo households, the month's roll generated, then the
// PDF from PayrollService::lines pages (per community, by key), timed.
TEST_F(RollRegisterServiceTest, LargeOfficePrintsThroughTheService)
{
    const int households = qEnvironmentVariableIntValue("RELIEF_ROLL_PRINT_LARGE");
    if (households <= 0)
        GTEST_SKIP() << "set RELIEF_ROLL_PRINT_LARGE=<households> to run";
    services::DemoService demo(*db, clock);
    ASSERT_TRUE(demo.generate(admin, households).ok());
    const YearMonth month = YearMonth::of(clock.today());
    auto generated = payroll->generate(caseworker(), month);
    ASSERT_TRUE(generated.ok()) << generated.error().message;
    QElapsedTimer timer;
    timer.start();
    test::TempDir out;
    RollRegisterOptions options;
    options.officeName = QStringLiteral("示例街道办事处");
    const auto printed =
        RollRegisterReport(*generated, RollRegisterReport::servicePager(*payroll, zhao, month),
                           options)
            .writePdf(QString::fromStdString(out.file("large.pdf")));
    ASSERT_TRUE(printed.ok()) << printed.error().message;
    std::printf("%d households: %d lines, %d pages in %lld ms\n", households, printed->lines,
                printed->pages, static_cast<long long>(timer.elapsed()));
    EXPECT_EQ(printed->lines, generated->lines);
    EXPECT_EQ(printed->amount, generated->amount);
}

TEST_F(ReportsTest, MissingFolderIsAClearError)
{
    QString error;
    EXPECT_FALSE(PagedDocument(QStringLiteral("<p>x</p>"), kOffice.date)
                     .writePdf(file("no/such/folder/x.pdf"), false, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("does not exist")));
}

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
