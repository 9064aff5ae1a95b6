#pragma once

// What a command runs with: the global options, the console, standard input for
// passwords, the clock, and the database (opened on first use, so that `version`
// and --help need none). Errors are printed here, in one style, with one mapping
// to exit codes.

#include "arguments.h"
#include "input_file.h"

#include "domain/result.h"
#include "services/session.h"

#include <QCoreApplication>

#include <memory>
#include <optional>
#include <string>

namespace relief::storage {
class Database;
}
namespace relief::services {
class Clock;
}

namespace relief::cli {

class Console;
class PasswordInput;

// One signed-in command context (issue 10 §2): who signed in, the open database,
// the command's service built on it, and the FILE it read (signedInWithFile).
template<class Service> struct SignedIn
{
    services::Session session;
    storage::Database *db = nullptr;
    std::unique_ptr<Service> service;
    std::string input;
};

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

    // Signs in (signIn), opens the database and builds Service(db, clock). On a
    // failure the error is printed, `exitCode` set (as fail() gives it) and
    // nothing returned.
    template<class Service> std::optional<SignedIn<Service>> signedIn(int &exitCode)
    {
        auto session = signIn();
        if (!session.ok()) {
            exitCode = fail(session.error());
            return std::nullopt;
        }
        auto db = database();
        if (!db.ok()) {
            exitCode = fail(db.error());
            return std::nullopt;
        }
        SignedIn<Service> out;
        out.session = std::move(*session);
        out.db = *db;
        out.service = std::make_unique<Service>(**db, m_clock);
        return out;
    }

    // The same for a command that reads FILE: "-" is refused first as a usage
    // error with `refusal` (standard input carries the password), then the file is
    // read, then signedIn.
    template<class Service>
    std::optional<SignedIn<Service>> signedInWithFile(const QString &file, const QString &refusal,
                                                      const QString &commandPath, int &exitCode)
    {
        if (file == QLatin1String("-")) {
            exitCode = usageError(refusal, commandPath);
            return std::nullopt;
        }
        auto bytes = InputFile::read(file);
        if (!bytes.ok()) {
            exitCode = fail(bytes.error());
            return std::nullopt;
        }
        auto out = signedIn<Service>(exitCode);
        if (out)
            out->input = std::move(*bytes);
        return out;
    }

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
