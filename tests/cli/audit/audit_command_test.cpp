// `audit verify`: detects a row changed or removed behind the program's back.

#include "cli/cli_runner.h"

#include "services/audit_log.h"
#include "storage/audit_repository.h"
#include "storage/database.h"

#include <gtest/gtest.h>

#include <vector>

using namespace relief::cli::test;

namespace {

const QStringList kVerify {QStringLiteral("audit"), QStringLiteral("verify")};

TEST(AuditCommand, IntactLogPrintsOk)
{
    CliRunner cli;
    cli.usePreparedDatabase();
    // No --as and no standard input: verifying needs no sign-in.
    auto r = cli.runEn(kVerify);
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3) << r.out.toStdString();
    EXPECT_EQ(lines[0], QStringLiteral("OK"));
    EXPECT_EQ(lines[1], QStringLiteral("records: 3"));
    EXPECT_TRUE(lines[2].startsWith(QStringLiteral("head: 3 "))) << lines[2].toStdString();
    EXPECT_EQ(lines[2].size(), QStringLiteral("head: 3 ").size() + 64) << lines[2].toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("3 audit record"))) << r.err.toStdString();
}

TEST(AuditCommand, ChangedRowIsReported)
{
    CliRunner cli;
    cli.usePreparedDatabase();
    execSql(cli.dbPath(),
            "DROP TRIGGER audit_log_no_update;"
            "UPDATE audit_log SET details = '{\"username\":\"mallory\"}' "
            "WHERE id = 2;");
    auto r = cli.runEn(kVerify);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("BROKEN 2: "))) << r.out.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("record 2"))) << r.err.toStdString();
}

TEST(AuditCommand, RemovedRowIsReported)
{
    CliRunner cli;
    cli.usePreparedDatabase();
    execSql(cli.dbPath(), "DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id = 2;");
    auto r = cli.runEn(kVerify);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("BROKEN 3: "))) << r.out.toStdString();
}

// Defect 3 (issue 10): truncation and a recomputed chain fail (exit 1).
TEST(AuditCommand, RemovedLastRecordsAreReported)
{
    CliRunner cli;
    cli.usePreparedDatabase();
    execSql(cli.dbPath(), "DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id >= 2;");
    auto r = cli.runEn(kVerify);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("BROKEN 2: "))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("records: 3\nhead: 3 "))) << r.out.toStdString();
}

TEST(AuditCommand, AnEmptiedLogIsReported)
{
    CliRunner cli;
    cli.usePreparedDatabase();
    execSql(cli.dbPath(), "DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log;");
    auto r = cli.runEn(kVerify);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("BROKEN 1: all 3 records are missing")))
        << r.out.toStdString();
}

TEST(AuditCommand, ARecomputedChainIsReportedAgainstTheHead)
{
    CliRunner cli;
    cli.usePreparedDatabase();
    {
        // Whoever holds the file forges record 1 and recomputes every hash after it.
        auto db = relief::storage::Database::open(cli.dbPath().toStdString());
        ASSERT_TRUE(db.ok());
        std::vector<relief::storage::AuditRecord> records;
        relief::storage::AuditRepository(**db).forEach([&](const auto &r) {
            records.push_back(r);
            return true;
        });
        (*db)->exec("DROP TRIGGER audit_log_no_update");
        std::string prev = relief::services::AuditLog::kGenesisHash;
        for (auto &r : records) {
            if (r.id == 1)
                r.details = R"({"office_name":"forged"})";
            r.prevHash = prev;
            r.hash = relief::services::AuditLog::chainHash(prev, r);
            prev = r.hash;
            (*db)->exec("UPDATE audit_log SET details = '" + r.details + "', prev_hash = '" +
                        r.prevHash + "', hash = '" + r.hash +
                        "' WHERE id = " + std::to_string(r.id));
        }
    }
    auto r = cli.runEn(kVerify);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("BROKEN 3: "))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("head"))) << r.out.toStdString();
}

} // namespace
