// `community`, `import households`, `export households|persons` and `demo`.

#include "cli/cli_runner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

using namespace relief::cli::test;

namespace {

QByteArray adminPassword()
{
    return QByteArray(CliRunner::kAdminPassword) + '\n';
}

QByteArray bobPassword()
{
    return QByteArray(CliRunner::kCaseworkerPassword) + '\n';
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

const QByteArray kLedger = "household_no,relation,name,id_number,address,community,area,"
                           "programme,status,start_month,monthly_amount\n"
                           "L001,head,王秀英,11010519491231002X,幸福路1号,幸福社区,urban,"
                           "dibao,在保,2025-03,830.00\n"
                           "L001,spouse,李建国,440524188001010014,,,,,,,\n";

void addCommunity(const CliRunner &cli)
{
    auto r =
        cli.runEn(as(CliRunner::kAdmin,
                     {QStringLiteral("community"), QStringLiteral("add"),
                      QStringLiteral("幸福社区"), QStringLiteral("--code"), QStringLiteral("XF")}),
                  adminPassword());
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
}

} // namespace

TEST(RegistryCommands, ImportReimportAndExport)
{
    CliRunner cli;
    cli.usePreparedDatabase();
    addCommunity(cli);
    const QString file = cli.path(QStringLiteral("ledger.csv"));
    writeText(file, kLedger);
    const QStringList import = {QStringLiteral("import"), QStringLiteral("households"), file};
    auto r = cli.runEn(as(CliRunner::kCaseworker, import), bobPassword());
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("1 created"))) << r.err.toStdString();
    EXPECT_EQ(queryInt(cli.dbPath(), "SELECT count(*) FROM persons"), 2);
    const long long audit = queryInt(cli.dbPath(), "SELECT count(*) FROM audit_log");
    r = cli.runEn(as(CliRunner::kCaseworker, import), bobPassword());
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("1 unchanged"))) << r.err.toStdString();
    EXPECT_EQ(queryInt(cli.dbPath(), "SELECT count(*) FROM audit_log"), audit);

    // Masked: no full numbers, and a sign-in too (defect 6).
    r = cli.runEn({QStringLiteral("export"), QStringLiteral("households"), QStringLiteral("-")});
    EXPECT_EQ(r.exitCode, 2) << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty());
    r = cli.runEn(as(CliRunner::kCaseworker,
                     {QStringLiteral("export"), QStringLiteral("households"), QStringLiteral("-")}),
                  bobPassword());
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("household_no,")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("110105********002X")));
    EXPECT_FALSE(r.out.contains(QStringLiteral("11010519491231002X")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("\r\n")));
    // Unmasked: needs --as and a role that may see the numbers; audited.
    r = cli.runEn({QStringLiteral("export"), QStringLiteral("persons"),
                   QStringLiteral("--unmasked"), QStringLiteral("-")});
    EXPECT_EQ(r.exitCode, 2);
    const QString out = cli.path(QStringLiteral("out.csv"));
    r = cli.runEn(as(CliRunner::kCaseworker,
                     {QStringLiteral("export"), QStringLiteral("households"),
                      QStringLiteral("--unmasked"), out}),
                  bobPassword());
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QByteArray bytes = fileBytes(out);
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF")); // a file: UTF-8 with BOM
    EXPECT_TRUE(bytes.contains("11010519491231002X"));
    EXPECT_EQ(queryInt(cli.dbPath(),
                       "SELECT count(*) FROM audit_log WHERE action = 'ledger.export_unmasked'"),
              1);
    // The export imports back: nothing changes.
    r = cli.runEn(
        as(CliRunner::kCaseworker, {QStringLiteral("import"), QStringLiteral("households"), out}),
        bobPassword());
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("1 unchanged"))) << r.err.toStdString();
}

TEST(RegistryCommands, ABadLedgerImportsNothingAndListsEveryBadRow)
{
    CliRunner cli;
    cli.usePreparedDatabase();
    addCommunity(cli);
    const QString file = cli.path(QStringLiteral("bad.csv"));
    writeText(file,
              kLedger +
                  "L002,head,赵六,1.10105E+17,和平街,幸福社区,urban,,,,\n"
                  "L003,head,钱七,11010519491231003X,钱路,幸福社区,urban,,,,\n");
    const QString errors = cli.path(QStringLiteral("errors.csv"));
    auto r = cli.runEn(as(CliRunner::kCaseworker,
                          {QStringLiteral("import"), QStringLiteral("households"), file,
                           QStringLiteral("--errors"), errors}),
                       bobPassword());
    EXPECT_EQ(r.exitCode, 2) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("line 4"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("line 5"))) << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty());
    const QByteArray report = fileBytes(errors);
    EXPECT_TRUE(report.startsWith("\xEF\xBB\xBF"));
    EXPECT_TRUE(report.contains("1.10105E+17"));
    EXPECT_EQ(queryInt(cli.dbPath(), "SELECT count(*) FROM households"), 0);

    // Unknown community: a cross-row problem, also exit 2.
    writeText(file, QByteArray(kLedger).replace("幸福社区", "不存在社区"));
    r = cli.runEn(
        as(CliRunner::kCaseworker, {QStringLiteral("import"), QStringLiteral("households"), file}),
        bobPassword());
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("line 2"))) << r.err.toStdString();
    // Only caseworkers import: the administrator of the prepared database is all four roles,
    // so a refusal is shown with a wrong password instead.
    r = cli.runEn(
        as(CliRunner::kCaseworker, {QStringLiteral("import"), QStringLiteral("households"), file}),
        QByteArray("wrong-password\n"));
    EXPECT_EQ(r.exitCode, 1);
}

TEST(RegistryCommands, DemoFillsAnOfficeForAdministratorsOnly)
{
    CliRunner cli;
    cli.usePreparedDatabase();
    const QStringList demo = {QStringLiteral("demo"), QStringLiteral("--households"),
                              QStringLiteral("200")};
    auto r = cli.runEn(as(CliRunner::kCaseworker, demo), bobPassword());
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
    r = cli.runEn(as(CliRunner::kAdmin, demo), adminPassword());
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(queryInt(cli.dbPath(), "SELECT count(*) FROM households WHERE is_demo = 1"), 200);
    r = cli.runEn(
        as(CliRunner::kAdmin,
           {QStringLiteral("demo"), QStringLiteral("--households"), QStringLiteral("zero")}),
        adminPassword());
    EXPECT_EQ(r.exitCode, 2);
    r = cli.runEn(as(CliRunner::kAdmin, {QStringLiteral("community"), QStringLiteral("list")}),
                  adminPassword());
    ASSERT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("幸福社区")));
}

// Defect 5: the differences CSV on standard output guards cells Excel would run.
TEST(RegistryCommands, TheDifferencesCsvGuardsFormulas)
{
    CliRunner cli;
    cli.usePreparedDatabase();
    addCommunity(cli);
    const QString file = cli.path(QStringLiteral("ledger.csv"));
    writeText(file, QByteArray(kLedger).replace("L001", "=XF1").replace("王秀英", "+cmd|x"));
    auto r = cli.runEn(
        as(CliRunner::kCaseworker, {QStringLiteral("import"), QStringLiteral("households"), file}),
        bobPassword());
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    ASSERT_TRUE(r.out.startsWith(QStringLiteral("line,household_no,"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral(",'=XF1,'+cmd|x,dibao,"))) << r.out.toStdString();
    EXPECT_FALSE(r.out.contains(QStringLiteral(",=XF1"))) << r.out.toStdString();
}

// Defect 6: an export never replaces the database or its companion files, however
// the path names them (relative, through a folder and .., through a symlink).
TEST(RegistryCommands, ExportRefusesTheDatabaseItsFiles)
{
    CliRunner cli;
    cli.usePreparedDatabase();
    addCommunity(cli);
    const QString db = cli.dbPath();
    const QByteArray before = fileBytes(db);
    ASSERT_FALSE(before.isEmpty());
    QFile::link(db + QStringLiteral("-wal"), cli.path(QStringLiteral("link.csv")));
    QDir(cli.dir()).mkdir(QStringLiteral("sub"));
    const QString relative = QStringLiteral("db.sqlite"); // the CLI runs in cli.dir()
    const QStringList targets = {
        db,
        db + QStringLiteral("-wal"),
        db + QStringLiteral("-shm"),
        db + QStringLiteral("-journal"),
        relative,
        cli.path(QStringLiteral("sub/../db.sqlite")),
        QStringLiteral("./sub/../db.sqlite-wal"),
        cli.path(QStringLiteral("link.csv")),
    };
    for (const QString &target : targets) {
        auto r = cli.runEn(as(CliRunner::kCaseworker,
                              {QStringLiteral("export"), QStringLiteral("households"), target}),
                           bobPassword());
        EXPECT_EQ(r.exitCode, 2) << target.toStdString() << ": " << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("database"))) << r.err.toStdString();
        EXPECT_EQ(queryInt(db, "SELECT count(*) FROM communities"), 1) << target.toStdString();
    }
    EXPECT_FALSE(QFileInfo::exists(db + QStringLiteral("-journal")));
    // Another file in the same folder is fine.
    auto r = cli.runEn(as(CliRunner::kCaseworker,
                          {QStringLiteral("export"), QStringLiteral("households"),
                           cli.path(QStringLiteral("db.sqlite.csv"))}),
                       bobPassword());
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
}
