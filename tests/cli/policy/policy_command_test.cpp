// `policy import|export|list`.

#include "cli/cli_runner.h"

#include <QFile>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace relief::cli::test;

namespace {

QString samplePolicy(const char *name)
{
    return QStringLiteral(RELIEF_SOURCE_DIR_DEFAULT "/resources/policy/") + QString::fromUtf8(name);
}

QByteArray adminPassword()
{
    return QByteArray(CliRunner::kAdminPassword) + '\n';
}

TEST(PolicyCommand, ListShowsTheShippedSets)
{
    CliRunner cli;
    cli.usePreparedDatabase();
    auto r =
        cli.runEn({QStringLiteral("policy"), QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const auto doc = nlohmann::json::parse(r.out.toStdString());
    ASSERT_EQ(doc["sets"].size(), 2u);
    EXPECT_EQ(doc["sets"][1]["effective_from"], "2025-07-01");
    EXPECT_EQ(doc["sets"][1]["dibao_standard"]["urban"], "830.00");
}

TEST(PolicyCommand, ExportRoundTripsAndImportAddsAVersion)
{
    CliRunner cli;
    cli.usePreparedDatabase();
    auto r = cli.runEn({QStringLiteral("policy"), QStringLiteral("export"),
                        QStringLiteral("--effective-from"), QStringLiteral("2025-07-01"),
                        QStringLiteral("-")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    auto doc = nlohmann::json::parse(r.out.toStdString());
    EXPECT_EQ(doc,
              nlohmann::json::parse(fileBytes(samplePolicy("policy-2025-07.json")).toStdString()));

    doc["effective_from"] = "2026-01-01";
    doc["dibao_standard"]["urban"] = "880.00";
    const QString file = cli.path(QStringLiteral("new.json"));
    {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray::fromStdString(doc.dump(2)));
    }
    r = cli.runEn({QStringLiteral("--as"), QString::fromUtf8(CliRunner::kAdmin),
                   QStringLiteral("policy"), QStringLiteral("import"), file},
                  adminPassword());
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    // The same file again changes nothing; a changed one with the same date is refused.
    r = cli.runEn({QStringLiteral("--as"), QString::fromUtf8(CliRunner::kAdmin),
                   QStringLiteral("policy"), QStringLiteral("import"), file},
                  adminPassword());
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    doc["dibao_standard"]["urban"] = "890.00";
    {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray::fromStdString(doc.dump(2)));
    }
    r = cli.runEn({QStringLiteral("--as"), QString::fromUtf8(CliRunner::kAdmin),
                   QStringLiteral("policy"), QStringLiteral("import"), file},
                  adminPassword());
    EXPECT_EQ(r.exitCode, 1);
    r = cli.runEn({QStringLiteral("policy"), QStringLiteral("export"),
                   QStringLiteral("--effective-from"), QStringLiteral("2026-01-01"),
                   cli.path(QStringLiteral("out.json"))});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(nlohmann::json::parse(fileBytes(cli.path(QStringLiteral("out.json")))
                                        .toStdString())["dibao_standard"]["urban"],
              "880.00");
}

TEST(PolicyCommand, RefusalsAndBadInput)
{
    CliRunner cli;
    cli.usePreparedDatabase();
    const QString file = cli.path(QStringLiteral("bad.json"));
    auto doc = nlohmann::json::parse(fileBytes(samplePolicy("policy-2025-07.json")).toStdString());
    doc["effective_from"] = "2026-01-01";
    doc["round_unit"] = "cent";
    {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray::fromStdString(doc.dump()));
    }
    auto r = cli.runEn({QStringLiteral("--as"), QString::fromUtf8(CliRunner::kAdmin),
                        QStringLiteral("policy"), QStringLiteral("import"), file},
                       adminPassword());
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("round_unit"))) << r.err.toStdString();

    doc["round_unit"] = "yuan";
    {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray::fromStdString(doc.dump()));
    }
    // A caseworker may not add parameter sets.
    r = cli.runEn({QStringLiteral("--as"), QString::fromUtf8(CliRunner::kCaseworker),
                   QStringLiteral("policy"), QStringLiteral("import"), file},
                  QByteArray(CliRunner::kCaseworkerPassword) + '\n');
    EXPECT_EQ(r.exitCode, 1);
    // Import needs a sign-in.
    r = cli.runEn({QStringLiteral("policy"), QStringLiteral("import"), file});
    EXPECT_EQ(r.exitCode, 2);
    r = cli.runEn({QStringLiteral("policy"), QStringLiteral("export"),
                   QStringLiteral("--effective-from"), QStringLiteral("2025-13-01"),
                   QStringLiteral("-")});
    EXPECT_EQ(r.exitCode, 2);
    r = cli.runEn({QStringLiteral("policy"), QStringLiteral("export"),
                   QStringLiteral("--effective-from"), QStringLiteral("2025-03-01"),
                   QStringLiteral("-")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.out.isEmpty());
}

// Issue 10, defect 1: policy import of a file nested 50,000 levels deep.
TEST(PolicyCommand, ImportOfADeeplyNestedFileIsExitTwo)
{
    CliRunner cli;
    cli.usePreparedDatabase();
    const QString file = cli.path(QStringLiteral("deep.json"));
    {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(R"({"effective_from":"2026-01-01","tekun":)");
        for (int i = 0; i < 50'000; ++i)
            f.write(R"({"care":)");
        f.write("1");
        f.write(QByteArray(50'000, '}'));
        f.write("}");
    }
    auto r = cli.runEn({QStringLiteral("--as"), QString::fromUtf8(CliRunner::kAdmin),
                        QStringLiteral("policy"), QStringLiteral("import"), file},
                       adminPassword());
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral(": tekun.care.care")))
        << r.err.left(300).toStdString();
    EXPECT_LT(r.err.size(), 300) << r.err.left(300).toStdString();
    EXPECT_EQ(queryInt(cli.dbPath(),
                       "SELECT count(*) FROM policy_sets WHERE effective_from = "
                       "'2026-01-01'"),
              0);
}

} // namespace
