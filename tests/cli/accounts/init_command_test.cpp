// `init`: the only command that creates a database.

#include "cli/cli_runner.h"

#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

#include <gtest/gtest.h>

using namespace relief::cli::test;

namespace {

QStringList initArgs()
{
    return {QStringLiteral("init"), QStringLiteral("--office"), QStringLiteral("某某街道办事处"),
            QStringLiteral("--admin"), QStringLiteral("admin")};
}

TEST(InitCommand, CreatesTheDatabaseAndItsAdministrator)
{
    CliRunner cli;
    auto r = cli.runEn(initArgs() +
                           QStringList {QStringLiteral("--display-name"), QStringLiteral("王管理")},
                       "secret123\n");
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_TRUE(r.err.contains(QStringLiteral("is set up"))) << r.err.toStdString();
    EXPECT_TRUE(QFile::exists(cli.dbPath()));

    r = cli.runEn({QStringLiteral("--as"), QStringLiteral("admin"), QStringLiteral("user"),
                   QStringLiteral("list"), QStringLiteral("--json")},
                  "secret123\n");
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("\"display_name\": \"王管理\"")))
        << r.out.toStdString();
    for (const char *role : {"caseworker", "supervisor", "statistician", "admin"})
        EXPECT_TRUE(r.out.contains(QStringLiteral("\"%1\"").arg(QLatin1String(role))));
}

// Defect 10 (issue 10): a new database folder is 0700, the file and its WAL 0600, and
// the log folder and file are the owner's only, whatever the umask.
TEST(InitCommand, CreatesOwnerOnlyFilesAndFolders)
{
    CliRunner cli;
    const mode_t old = ::umask(022); // the child inherits it
    const QString db = cli.path(QStringLiteral("office/data/office.db"));
    auto r = cli.run(
        QStringList {QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en")} +
            initArgs(),
        "secret123\n");
    ::umask(old);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const auto modeOf = [](const QString &path) {
        struct stat st
        {
        };
        return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? (st.st_mode & 0777)
                                                                     : 0xFFFFu;
    };
    EXPECT_EQ(modeOf(db), 0600u);
    EXPECT_EQ(modeOf(cli.path(QStringLiteral("office/data"))), 0700u);
    EXPECT_EQ(modeOf(cli.path(QStringLiteral("office"))), 0700u);
    ASSERT_TRUE(QFile::exists(cli.logFile()));
    EXPECT_EQ(modeOf(cli.logFile()), 0600u);
    EXPECT_EQ(modeOf(QFileInfo(cli.logFile()).absolutePath()), 0700u);
}

TEST(InitCommand, StripsTheCarriageReturnOfWindowsLines)
{
    CliRunner cli;
    ASSERT_EQ(cli.runEn(initArgs(), "secret123\r\n").exitCode, 0);
    EXPECT_EQ(cli.runEn({QStringLiteral("--as"), QStringLiteral("admin"), QStringLiteral("user"),
                         QStringLiteral("list")},
                        "secret123\n")
                  .exitCode,
              0);
}

TEST(InitCommand, ShortPasswordIsBadInputAndCreatesNothing)
{
    CliRunner cli;
    auto r = cli.runEn(initArgs(), "short\n");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("at least 8"))) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(cli.dbPath()));
}

TEST(InitCommand, NoPasswordLineIsBadInput)
{
    CliRunner cli;
    EXPECT_EQ(cli.runEn(initArgs(), {}).exitCode, 2);
    EXPECT_FALSE(QFile::exists(cli.dbPath()));
}

TEST(InitCommand, BadAreaCodeLeavesNoHalfMadeDatabase)
{
    CliRunner cli;
    auto r =
        cli.runEn(initArgs() + QStringList {QStringLiteral("--area-code"), QStringLiteral("12")},
                  "secret123\n");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_FALSE(QFile::exists(cli.dbPath()));
}

TEST(InitCommand, SecondInitIsRefusedAndChangesNothing)
{
    CliRunner cli;
    cli.usePreparedDatabase();
    const QByteArray before = fileBytes(cli.dbPath());
    auto r =
        cli.runEn({QStringLiteral("init"), QStringLiteral("--office"), QStringLiteral("另一个"),
                   QStringLiteral("--admin"), QStringLiteral("other")},
                  "otherpass1\n");
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("already set up"))) << r.err.toStdString();
    EXPECT_EQ(fileBytes(cli.dbPath()), before);
}

TEST(InitCommand, MissingOptionsAreBadUsage)
{
    CliRunner cli;
    auto r = cli.runEn({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")},
                       "secret123\n");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--office"))) << r.err.toStdString();
    r = cli.runEn({QStringLiteral("init"), QStringLiteral("--office"), QStringLiteral("x")},
                  "secret123\n");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--admin"))) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(cli.dbPath()));
}

TEST(InitCommand, TakesNoSignIn)
{
    CliRunner cli;
    auto r = cli.runEn(QStringList {QStringLiteral("--as"), QStringLiteral("admin")} + initArgs(),
                       "secret123\n");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_FALSE(QFile::exists(cli.dbPath()));
}

TEST(InitCommand, CreatesTheDefaultDatabaseWithoutDb)
{
    CliRunner cli;
    auto r = cli.run(initArgs(), "secret123\n");
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(QFile::exists(cli.defaultDbPath()));
}

} // namespace
