#pragma once

// What a command runs with: the global options, the console, standard input for
// passwords, the clock, and the database (opened on first use, so that `version`
// and --help need none). Errors are printed here, in one style, with one mapping
// to exit codes.

#include "arguments.h"

#include "domain/result.h"
#include "services/session.h"

#include <QCoreApplication>

#include <memory>

namespace relief::storage {
class Database;
}
namespace relief::services {
class Clock;
}

namespace relief::cli {

class Console;
class PasswordInput;

class Context
{
    Q_DECLARE_TR_FUNCTIONS(Context)
public:
    Context(GlobalOptions options, Console &console, PasswordInput &passwords,
            const services::Clock &clock);
    ~Context();
    Context(const Context &) = delete;
    Context &operator=(const Context &) = delete;

    const GlobalOptions &options() const { return m_options; }
    // The database path as messages show it: absolute, so a relative --db is unambiguous.
    QString databaseDisplayPath() const;
    bool english() const { return m_options.language == QLatin1String("en"); }
    Console &console() { return m_console; }
    PasswordInput &passwords() { return m_passwords; }
    const services::Clock &clock() const { return m_clock; }
    // Roles for people: Chinese names in Chinese, the keys in English.
    QString rolesText(const RoleSet &roles) const;

    // The --db database, which must exist and be initialised: only `init` creates one.
    Result<storage::Database *> database();
    // `init` only: opens the --db file, creating it (and its folder) when missing.
    Result<storage::Database *> createDatabase();
    void closeDatabase();

    // Signs in --as USER with the first line of standard input. Missing --as or a
    // missing line is bad usage; a wrong password, a locked or disabled account is
    // a refusal (only the failed-attempt count is written).
    Result<services::Session> signIn();

    // Prints the error; returns 2 for bad input, 1 for everything else.
    int fail(const Error &error);
    // Prints a usage problem and where to find help; returns 2.
    int usageError(const QString &message, const QString &commandPath);

private:
    Result<storage::Database *> open(bool create);

    GlobalOptions m_options;
    Console &m_console;
    PasswordInput &m_passwords;
    const services::Clock &m_clock;
    std::unique_ptr<storage::Database> m_db;
};

} // namespace relief::cli
