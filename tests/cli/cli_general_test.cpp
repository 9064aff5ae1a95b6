// What every command shares: help, version, global options, language, the
// database rules (never created, never touched when refused) and a clean
// standard error.

#include "cli_runner.h"

#include "storage/database.h"

#include <QFile>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace relief::cli::test;

namespace {

TEST(CliGeneral, HelpForEveryCommand)
{
    CliRunner cli;
    const QList<QStringList> commands {
        {},
        {QStringLiteral("init")},
        {QStringLiteral("user")},
        {QStringLiteral("user"), QStringLiteral("add")},
        {QStringLiteral("user"), QStringLiteral("list")},
        {QStringLiteral("user"), QStringLiteral("disable")},
        {QStringLiteral("user"), QStringLiteral("enable")},
        {QStringLiteral("user"), QStringLiteral("reset-password")},
        {QStringLiteral("audit")},
        {QStringLiteral("audit"), QStringLiteral("verify")},
        {QStringLiteral("version")},
    };
    for (const QStringList &command : commands) {
        const std::string name = command.join(QLatin1Char(' ')).toStdString();
        for (const QString &lang : {QStringLiteral("en"), QStringLiteral("zh")}) {
            auto r = cli.run(QStringList {QStringLiteral("--lang"), lang} + command +
                             QStringList {QStringLiteral("--help")});
            EXPECT_EQ(r.exitCode, 0) << name << ": " << r.err.toStdString();
            EXPECT_TRUE(r.out.contains(QStringLiteral("reliefdesk-cli"))) << name;
            EXPECT_TRUE(r.err.isEmpty()) << name << ": " << r.err.toStdString();
        }
    }
    // --help before the command means the same; help needs no database.
    auto r = cli.run({QStringLiteral("--help"), QStringLiteral("user"), QStringLiteral("add")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("--roles")));
    EXPECT_FALSE(QFile::exists(cli.defaultDbPath()));
}

TEST(CliGeneral, VersionNamesProgramAndSchema)
{
    CliRunner cli;
    const QString expected = QStringLiteral("reliefdesk-cli " RELIEF_VERSION "\nschema %1\n")
                                 .arg(relief::storage::Database::latestSchemaVersion());
    for (const QString &arg : {QStringLiteral("version"), QStringLiteral("--version")}) {
        auto r = cli.run({arg});
        EXPECT_EQ(r.exitCode, 0);
        EXPECT_EQ(r.out, expected);
        EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
    }
}

TEST(CliGeneral, BadUsageIsExitTwo)
{
    CliRunner cli;
    const QList<QStringList> bad {
        {},
        {QStringLiteral("frobnicate")},
        {QStringLiteral("--bogus"), QStringLiteral("version")},
        {QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("version")},
        {QStringLiteral("--db")},
        {QStringLiteral("user")},
        {QStringLiteral("user"), QStringLiteral("frob")},
        {QStringLiteral("version"), QStringLiteral("--bogus")},
        {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("extra")},
    };
    for (const QStringList &args : bad) {
        auto r = cli.run(QStringList {QStringLiteral("--lang"), QStringLiteral("en")} + args);
        EXPECT_EQ(r.exitCode, 2) << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("--help")))
            << args.join(QLatin1Char(' ')).toStdString() << ": " << r.err.toStdString();
        EXPECT_TRUE(r.out.isEmpty());
    }
}

TEST(CliGeneral, MissingDatabaseIsRefusedAndNotCreated)
{
    CliRunner cli;
    auto r = cli.runEn({QStringLiteral("audit"), QStringLiteral("verify")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("There is no database"))) << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty());
    r = cli.runEn({QStringLiteral("--as"), QStringLiteral("admin"), QStringLiteral("user"),
                   QStringLiteral("list")},
                  "secret123\n");
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_FALSE(QFile::exists(cli.dbPath()));
    // Nor the default database when neither --db nor RELIEFDESK_DB is given.
    r = cli.run({QStringLiteral("audit"), QStringLiteral("verify")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_FALSE(QFile::exists(cli.defaultDbPath()));
}

TEST(CliGeneral, DatabaseFromEnvironment)
{
    CliRunner cli;
    cli.usePreparedDatabase();
    cli.setEnv(QStringLiteral("RELIEFDESK_DB"), cli.dbPath());
    auto r = cli.run({QStringLiteral("audit"), QStringLiteral("verify")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("OK\n"))) << r.out.toStdString();
}

TEST(CliGeneral, NonSqliteFileIsRefusedAndLeftUntouched)
{
    CliRunner cli;
    const QByteArray bytes("家庭档案,not an SQLite database\n");
    {
        QFile f(cli.dbPath());
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    auto r = cli.runEn({QStringLiteral("audit"), QStringLiteral("verify")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("refused"))) << r.err.toStdString();
    r = cli.runEn({QStringLiteral("--as"), QStringLiteral("admin"), QStringLiteral("user"),
                   QStringLiteral("list")},
                  "secret123\n");
    EXPECT_EQ(r.exitCode, 1);
    r = cli.runEn({QStringLiteral("init"), QStringLiteral("--office"), QStringLiteral("x"),
                   QStringLiteral("--admin"), QStringLiteral("admin")},
                  "secret123\n");
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(fileBytes(cli.dbPath()), bytes);
    EXPECT_FALSE(QFile::exists(cli.dbPath() + QStringLiteral("-wal")));
}

TEST(CliGeneral, EnglishOnRequestChineseByDefault)
{
    CliRunner cli;
    cli.usePreparedDatabase();
    const QStringList list {QStringLiteral("--db"), cli.dbPath(),
                            QStringLiteral("--as"), QStringLiteral("admin"),
                            QStringLiteral("user"), QStringLiteral("list")};
    // Role names are Chinese in Chinese (from the domain, needing no translation file)…
    auto zh = cli.run(list, "secret123\n");
    ASSERT_EQ(zh.exitCode, 0) << zh.err.toStdString();
    EXPECT_TRUE(zh.out.contains(QStringLiteral("系统管理员"))) << zh.out.toStdString();
    EXPECT_TRUE(zh.out.contains(QStringLiteral("经办人")));
    // …and keys in English.
    auto en =
        cli.run(QStringList {QStringLiteral("--lang"), QStringLiteral("en")} + list, "secret123\n");
    ASSERT_EQ(en.exitCode, 0);
    EXPECT_TRUE(en.out.contains(QStringLiteral("caseworker,supervisor,statistician,admin")));
    EXPECT_FALSE(en.out.contains(QStringLiteral("经办人")));

    const QStringList missing {QStringLiteral("--db"), cli.path(QStringLiteral("none.db")),
                               QStringLiteral("audit"), QStringLiteral("verify")};
    auto enMissing =
        cli.run(QStringList {QStringLiteral("--lang"), QStringLiteral("en")} + missing);
    EXPECT_TRUE(enMissing.err.contains(QStringLiteral("There is no database")));
    auto zhMissing = cli.run(missing);
    EXPECT_EQ(zhMissing.exitCode, 1);
    // NEEDS THE TRANSLATION: once reliefdesk_zh_CN.ts translates this message, the
    // default output must be Chinese. Until then the check is skipped rather than
    // asserting the English fallback.
    QFile ts(qEnvironmentVariable("RELIEF_SOURCE_DIR") +
             QStringLiteral("/resources/translations/reliefdesk_zh_CN.ts"));
    const bool translated = ts.open(QIODevice::ReadOnly) &&
        QString::fromUtf8(ts.readAll())
            .contains(QRegularExpression(
                QStringLiteral("<source>There is no database at %1[^<]*</source>\\s*"
                               "<translation>[^<]+</translation>")));
    if (!translated)
        GTEST_SKIP() << "the Chinese message awaits reliefdesk_zh_CN.ts";
    EXPECT_FALSE(zhMissing.err.contains(QStringLiteral("There is no database")))
        << zhMissing.err.toStdString();
    EXPECT_TRUE(zhMissing.err.contains(QStringLiteral("数据库"))) << zhMissing.err.toStdString();
}

TEST(CliGeneral, StandardErrorHoldsOnlyTheCliMessages)
{
    CliRunner cli;
    cli.usePreparedDatabase();
    auto ok = cli.runEn({QStringLiteral("--as"), QStringLiteral("admin"), QStringLiteral("user"),
                         QStringLiteral("list")},
                        "secret123\n");
    ASSERT_EQ(ok.exitCode, 0);
    EXPECT_TRUE(ok.err.isEmpty()) << ok.err.toStdString();
    auto refused = cli.runEn({QStringLiteral("--as"), QStringLiteral("admin"),
                              QStringLiteral("user"), QStringLiteral("list")},
                             "wrongpass\n");
    ASSERT_EQ(refused.exitCode, 1);
    EXPECT_EQ(refused.err.count(QLatin1Char('\n')), 1) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.startsWith(QStringLiteral("reliefdesk-cli: ")));
    // The log went to its file, in the temporary data folder, without the password.
    const QByteArray log = fileBytes(cli.logFile());
    EXPECT_TRUE(log.contains("sign-in failed")) << log.toStdString();
    EXPECT_FALSE(log.contains("secret123"));
    EXPECT_FALSE(log.contains("wrongpass"));
}

} // namespace
