// `audit verify`: detects a row changed or removed behind the program's back.

#include "cli/cli_runner.h"

#include <gtest/gtest.h>

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
    EXPECT_EQ(r.out, QStringLiteral("OK\n"));
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

} // namespace
