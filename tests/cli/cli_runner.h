#pragma once

// Runs the built reliefdesk-cli in a fresh temporary folder that is also its
// HOME and XDG data folder, so the default database and the log never touch
// the real user's files.

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace relief::cli::test {

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

class CliRunner
{
public:
    // The administrator of every prepared database.
    static constexpr const char *kAdmin = "admin";
    static constexpr const char *kAdminPassword = "secret123";
    // A caseworker in every prepared database.
    static constexpr const char *kCaseworker = "bob";
    static constexpr const char *kCaseworkerPassword = "bobpass12";

    CliRunner();

    QString dir() const { return m_dir.path(); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    // db.sqlite in the folder: the file --db points at unless a test says otherwise.
    QString dbPath() const { return path(QStringLiteral("db.sqlite")); }
    // Where the CLI writes its log (XDG data folder).
    QString logFile() const;
    // The default database path the CLI uses without --db and RELIEFDESK_DB.
    QString defaultDbPath() const;

    void setEnv(const QString &name, const QString &value) { m_env.insert(name, value); }

    // args as typed after the program name; stdinData is piped in (then closed).
    CliResult run(const QStringList &args, const QByteArray &stdinData = {}) const;
    // Shorthand: --db dbPath() --lang en, then args.
    CliResult runEn(const QStringList &args, const QByteArray &stdinData = {}) const;

    // Copies a database set up once per test run (admin + caseworker bob) to dbPath(),
    // since argon2id makes every init and sign-in cost a noticeable moment.
    void usePreparedDatabase() const;

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
};

// SQL behind the program's back (tampering, counting): the storage layer's connection.
void execSql(const QString &dbPath, const char *sql);
long long queryInt(const QString &dbPath, const char *sql);
QByteArray fileBytes(const QString &path);

} // namespace relief::cli::test
