#include "cli_runner.h"

#include "storage/database.h"
#include "storage/statement.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>

#include <gtest/gtest.h>

namespace relief::cli::test {

namespace {
void ensureApplication()
{
    // QProcess wants an application object; gtest_main does not make one.
    static int argc = 1;
    static char name[] = "test_cli";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app =
        QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    (void)app;
}

QString preparedDatabase()
{
    static QTemporaryDir dir;
    static QString path;
    if (!path.isEmpty())
        return path;
    CliRunner runner;
    const QString db = runner.dbPath();
    auto r = runner.runEn({QStringLiteral("init"), QStringLiteral("--office"),
                           QStringLiteral("某某街道办事处"), QStringLiteral("--admin"),
                           QLatin1String(CliRunner::kAdmin), QStringLiteral("--area-code"),
                           QStringLiteral("110105")},
                          QByteArray(CliRunner::kAdminPassword) + '\n');
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = runner.run(
        {QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en"),
         QStringLiteral("--as"), QLatin1String(CliRunner::kAdmin), QStringLiteral("user"),
         QStringLiteral("add"), QLatin1String(CliRunner::kCaseworker), QStringLiteral("--roles"),
         QStringLiteral("caseworker")},
        QByteArray(CliRunner::kAdminPassword) + '\n' + CliRunner::kCaseworkerPassword + '\n');
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    path = dir.filePath(QStringLiteral("prepared.sqlite"));
    EXPECT_TRUE(QFile::copy(db, path));
    return path;
}
} // namespace

CliRunner::CliRunner()
    : m_env(QProcessEnvironment::systemEnvironment())
{
    ensureApplication();
    m_env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
    m_env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    m_env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.filePath(QStringLiteral("cache")));
    m_env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    m_env.remove(QStringLiteral("RELIEFDESK_DB"));
}

QString CliRunner::logFile() const
{
    return m_dir.filePath(QStringLiteral("data/ReliefDesk/reliefdesk/logs/reliefdesk.log"));
}

QString CliRunner::defaultDbPath() const
{
    return m_dir.filePath(QStringLiteral("data/ReliefDesk/reliefdesk/reliefdesk.db"));
}

CliResult CliRunner::run(const QStringList &args, const QByteArray &stdinData) const
{
    QProcess process;
    process.setProcessEnvironment(m_env);
    process.setWorkingDirectory(m_dir.path());
    process.start(QStringLiteral(RELIEF_CLI_PATH), args);
    CliResult result;
    if (!process.waitForStarted(10000)) {
        ADD_FAILURE() << "cannot start " << RELIEF_CLI_PATH;
        return result;
    }
    process.write(stdinData);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        ADD_FAILURE() << "reliefdesk-cli timed out: " << args.join(QLatin1Char(' ')).toStdString();
        return result;
    }
    result.exitCode =
        process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

CliResult CliRunner::runEn(const QStringList &args, const QByteArray &stdinData) const
{
    return run(QStringList {QStringLiteral("--db"), dbPath(), QStringLiteral("--lang"),
                            QStringLiteral("en")} +
                   args,
               stdinData);
}

void CliRunner::usePreparedDatabase() const
{
    const QString source = preparedDatabase();
    ASSERT_TRUE(QFile::copy(source, dbPath()));
    QFile(dbPath()).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
}

void execSql(const QString &dbPath, const char *sql)
{
    auto db = storage::Database::open(dbPath.toStdString(), {storage::OpenMode::ExistingOnly});
    ASSERT_TRUE(db.ok()) << db.error().message;
    (*db)->exec(sql);
}

long long queryInt(const QString &dbPath, const char *sql)
{
    auto db = storage::Database::open(dbPath.toStdString(), {storage::OpenMode::ExistingOnly});
    EXPECT_TRUE(db.ok()) << db.error().message;
    if (!db.ok())
        return -1;
    storage::Statement st(**db, sql);
    return st.step() ? st.int64(0) : -1;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace relief::cli::test
