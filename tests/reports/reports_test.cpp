// The printed forms as PDFs: written with the TrueType CJK faces, read back with
// pdftotext (poppler-utils), so what a clerk searches for in the PDF is there —
// 示 stays 示, not the Kangxi radical ⽰ that Noto's CFF glyphs extract as.

#include "reports/applications/application_forms.h"
#include "reports/applications/notice_list_report.h"
#include "reports/paged_document.h"
#include "reports/payroll/change_table_report.h"

#include "support/temp_db.h"

#include <QGuiApplication>
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
