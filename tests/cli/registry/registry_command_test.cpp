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

namespace {

QByteArray idNumber(const char *region, int year, int month, int day, int sequence)
{
    char first17[32];
    std::snprintf(first17, sizeof first17, "%s%04d%02d%02d%03d", region, year, month, day,
                  sequence);
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17[i] - '0') * weights[i];
    return QByteArray(first17) + "10X98765432"[sum % 11];
}

// A seed-shaped ledger as an office meets it: Chinese headers, 382 households in four
// communities of which three are not on the list, dibao households with amounts and
// marginal ones (低保边缘) without.
QByteArray seedLedger()
{
    QByteArray out = "户编号,与户主关系,姓名,身份证号,家庭住址,所属社区,城乡类别,救助类别,状态,"
                     "起始年月,月保障金额\r\n";
    const char *communities[] = {"幸福社区", "青年路社区", "光明社区", "新华社区"};
    int sequence = 0;
    for (int h = 0; h < 382; ++h) {
        const QByteArray no = "T" + QByteArray::number(1000 + h);
        const char *community = communities[h % 4];
        const int day = 1 + sequence / 400 % 28;
        QByteArray programme = ",,,";
        if (h % 3 == 0)
            programme = "低保,在保,2024-06,900.00";
        else if (h % 5 == 0)
            programme = "低保边缘,在保,2024-06,";
        out += no + ",户主,户主" + QByteArray::number(h) + "," +
            idNumber("110105", 1950 + h % 40, 1 + h % 12, day, sequence++ % 400 * 2 + 1) +
            ",青年路" + QByteArray::number(h) + "号," + community + ",城市," + programme + "\r\n";
        if (h % 2 == 0)
            out += no + ",配偶,配偶" + QByteArray::number(h) + "," +
                idNumber("110105", 1952 + h % 40, 1 + h % 12, day, sequence++ % 400 * 2) +
                ",,,,,,,\r\n";
    }
    return out;
}

} // namespace

// v1.1 §4: the seed-shaped ledger reports each unknown community once (grouped, not
// a line per row) and imports with --create-communities.
TEST(RegistryCommands, ASeedShapedLedgerImportsWithCreateCommunities)
{
    CliRunner cli;
    cli.usePreparedDatabase();
    addCommunity(cli);
    const QString file = cli.path(QStringLiteral("ledger-2024.csv"));
    writeText(file, seedLedger());
    const QString errors = cli.path(QStringLiteral("errors.csv"));
    auto r = cli.runEn(as(CliRunner::kAdmin,
                          {QStringLiteral("import"), QStringLiteral("households"), file,
                           QStringLiteral("--errors"), errors}),
                       adminPassword());
    ASSERT_EQ(r.exitCode, 2) << r.err.toStdString();
    // One line per unknown community (and the summary), not one per row.
    EXPECT_LT(r.err.count(QLatin1Char('\n')), 10) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("光明社区"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("rows)"))) << r.err.toStdString();
    // The --errors CSV keeps one row per cell: 3 × 95/96 households.
    EXPECT_EQ(fileBytes(errors).count("\r\n"), 1 + 382 - 96);
    EXPECT_EQ(queryInt(cli.dbPath(), "SELECT count(*) FROM households"), 0);

    r = cli.runEn(as(CliRunner::kAdmin,
                     {QStringLiteral("import"), QStringLiteral("households"), file,
                      QStringLiteral("--create-communities")}),
                  adminPassword());
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("382 created"))) << r.err.toStdString();
    EXPECT_EQ(queryInt(cli.dbPath(), "SELECT count(*) FROM households"), 382);
    EXPECT_EQ(queryInt(cli.dbPath(), "SELECT count(*) FROM communities"), 4);
    EXPECT_EQ(queryInt(cli.dbPath(), "SELECT count(*) FROM cases WHERE programme = 'marginal'"),
              queryInt(cli.dbPath(),
                       "SELECT count(*) FROM decisions d JOIN cases c ON c.id = "
                       "d.case_id WHERE c.programme = 'marginal' AND d.amount = 0"));
    EXPECT_GT(queryInt(cli.dbPath(), "SELECT count(*) FROM cases WHERE programme = 'marginal'"), 0);
    EXPECT_EQ(
        queryInt(cli.dbPath(), "SELECT count(*) FROM audit_log WHERE action = 'community.add'"), 4);
}
