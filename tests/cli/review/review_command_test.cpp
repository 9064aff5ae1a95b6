// `import visits`, `review coverage` and `review due` end to end through the built
// reliefdesk-cli (issue 13 §4, §5; data-formats §7): the seed-shaped ledger imported, a
// year of paper visits of which some must not count (one staff, not seen, unsigned, a
// neighbour visit, the year before), the coverage with the households not covered, the
// missing visits imported, 100.0.

#include "cli/cli_runner.h"
#include "cli/seed_ledger.h"

#include <QFile>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <set>

using namespace relief::cli::test;

namespace {

QByteArray adminPassword()
{
    return QByteArray(CliRunner::kAdminPassword) + '\n';
}

QStringList as(const char *user, const QStringList &args)
{
    return QStringList {QStringLiteral("--as"), QString::fromUtf8(user)} + args;
}

void writeText(const QString &path, const QByteArray &text)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(text);
}

nlohmann::json coverage(const CliRunner &cli, const char *year)
{
    auto r =
        cli.runEn({QStringLiteral("review"), QStringLiteral("coverage"), QStringLiteral("--year"),
                   QString::fromUtf8(year), QStringLiteral("--json")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    return nlohmann::json::parse(r.out.toStdString(), nullptr, false);
}

const char *kHeader =
    "户编号,身份证号,走访日期,调查人员,核查方式,入户见人,调查人签字,家庭签字,走访类型,"
    "情况记录\r\n";

std::string good(const std::string &household, const std::string &id = {})
{
    return household + "," + id + ",2025-06-1" + std::to_string(household.size() % 10) +
        ",张三、李四,入户调查,是,是,是,复核,\r\n";
}

} // namespace

TEST(ReviewCommands, CoverageCountsOnlyVisitsMeetingRv2)
{
    CliRunner cli;
    cli.usePreparedDatabase();
    const SeedLedger ledger = seedShapedLedger();
    {
        const QString file = cli.path(QStringLiteral("seed-ledger.csv"));
        writeText(file, ledger.csv());
        auto r = cli.runEn(as(CliRunner::kAdmin,
                              {QStringLiteral("import"), QStringLiteral("households"), file,
                               QStringLiteral("--create-communities")}),
                           adminPassword());
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }
    std::vector<std::string> dibao;
    std::vector<std::pair<std::string, std::string>> tekun;
    for (const auto &row : ledger.rows) {
        if (row.status != "在保")
            continue;
        if (row.programme == "低保")
            dibao.push_back(row.householdNo);
        else if (row.programme == "特困")
            tekun.emplace_back(row.householdNo, row.idNumber);
    }
    ASSERT_EQ(dibao.size(), 196u);
    ASSERT_EQ(tekun.size(), 118u);

    // Five dibao households whose only visit does not count, one 特困 person likewise.
    const std::vector<std::string> failing = {
        dibao[0] + ",,2025-03-01,张三,入户调查,是,是,是,复核,一人走访\r\n",
        dibao[1] + ",,2025-03-01,张三、李四,入户调查,否,是,是,复核,未见本人\r\n",
        dibao[2] + ",,2025-03-01,张三；李四,入户调查,是,是,否,复核,家庭未签字\r\n",
        dibao[3] + ",,2025-03-01,张三、李四,邻里访问,是,是,是,复核,\r\n",
        dibao[4] + ",,2024-12-20,张三、李四,入户调查,是,是,是,复核,上一年\r\n",
        tekun[0].first + "," + tekun[0].second +
            ",2025-04-01,张三、张三,入户调查,是,是,是,复核,\r\n"};
    std::string year = kHeader;
    for (const auto &f : failing)
        year += f;
    for (std::size_t i = 5; i < dibao.size(); ++i)
        year += good(dibao[i]);
    for (std::size_t i = 1; i < tekun.size(); ++i)
        year += good(tekun[i].first, tekun[i].second);
    const QString file = cli.path(QStringLiteral("visits-2025.csv"));
    writeText(file, QByteArray::fromStdString(year));
    auto r =
        cli.runEn(as(CliRunner::kAdmin, {QStringLiteral("import"), QStringLiteral("visits"), file}),
                  adminPassword());
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    // the visit of 2024 meets RV-2 but is of another year
    EXPECT_TRUE(r.err.contains(QStringLiteral("309 meet RV-2"))) << r.err.toStdString();

    auto doc = coverage(cli, "2025");
    ASSERT_TRUE(doc.is_object());
    EXPECT_EQ(doc["year"], 2025);
    EXPECT_EQ(doc["population"]["dibao_households"], 196);
    EXPECT_EQ(doc["population"]["tekun_persons"], 118);
    EXPECT_EQ(doc["population"]["single_person"], 0);
    EXPECT_EQ(doc["covered"]["dibao_households"], 191);
    EXPECT_EQ(doc["covered"]["tekun_persons"], 117);
    EXPECT_EQ(doc["coverage_pct"], "98.1"); // 308 / 314 = 98.09…
    std::set<std::string> notCovered;
    for (const auto &n : doc["not_covered"])
        notCovered.insert(n.get<std::string>());
    EXPECT_EQ(notCovered.size(), 6u);
    for (int i = 0; i < 5; ++i)
        EXPECT_TRUE(notCovered.count(dibao[static_cast<std::size_t>(i)]))
            << dibao[static_cast<std::size_t>(i)];
    // the 特困 person by masked ID number, never in full
    EXPECT_FALSE(notCovered.count(tekun[0].second));
    EXPECT_EQ(doc.dump().find(tekun[0].second), std::string::npos);
    long long due = 0, covered = 0;
    for (const auto &c : doc["by_community"]) {
        due += c["due"].get<long long>();
        covered += c["covered"].get<long long>();
    }
    EXPECT_EQ(due, 314);
    EXPECT_EQ(covered, 308);

    // The same file again adds nothing; a file naming an unknown household imports
    // nothing at all (exit 2, the row named).
    r = cli.runEn(as(CliRunner::kAdmin, {QStringLiteral("import"), QStringLiteral("visits"), file}),
                  adminPassword());
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("0 visits imported"))) << r.err.toStdString();
    const QString bad = cli.path(QStringLiteral("bad.csv"));
    writeText(bad,
              QByteArray::fromStdString(std::string(kHeader) + good(dibao[0]) + good("ZZ99999") +
                                        "," + ",2999-01-01,张三、李四,,,,,,\r\n"));
    r = cli.runEn(as(CliRunner::kAdmin, {QStringLiteral("import"), QStringLiteral("visits"), bad}),
                  adminPassword());
    EXPECT_EQ(r.exitCode, 2) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("line 4"))) << r.err.toStdString();
    EXPECT_EQ(coverage(cli, "2025")["covered"]["dibao_households"], 191);

    // The missing visits: 100.0.
    std::string missing = kHeader;
    for (int i = 0; i < 5; ++i)
        missing += good(dibao[static_cast<std::size_t>(i)]);
    missing += good(tekun[0].first, tekun[0].second);
    const QString fix = cli.path(QStringLiteral("visits-missing.csv"));
    writeText(fix, QByteArray::fromStdString(missing));
    r = cli.runEn(as(CliRunner::kAdmin, {QStringLiteral("import"), QStringLiteral("visits"), fix}),
                  adminPassword());
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    doc = coverage(cli, "2025");
    EXPECT_EQ(doc["coverage_pct"], "100.0");
    EXPECT_TRUE(doc["not_covered"].empty());

    // A year to come is bad input; the due list reads without a sign-in.
    r = cli.runEn({QStringLiteral("review"), QStringLiteral("coverage"), QStringLiteral("--year"),
                   QStringLiteral("2999"), QStringLiteral("--json")});
    EXPECT_EQ(r.exitCode, 2) << r.err.toStdString();
    r = cli.runEn({QStringLiteral("review"), QStringLiteral("due"), QStringLiteral("--as-of"),
                   QStringLiteral("2026-12-31"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const auto dueDoc = nlohmann::json::parse(r.out.toStdString(), nullptr, false);
    ASSERT_TRUE(dueDoc.is_object());
    EXPECT_GT(dueDoc["due"].size(), 0u);
    for (const auto &d : dueDoc["due"])
        EXPECT_LE(d["due_date"].get<std::string>(), std::string("2026-12-31"));
    r = cli.runEn({QStringLiteral("review"), QStringLiteral("due"), QStringLiteral("--as-of"),
                   QStringLiteral("2026-12-31"), QStringLiteral("--community"),
                   QStringLiteral("没有这个社区")});
    EXPECT_EQ(r.exitCode, 2) << r.err.toStdString();
}
