#pragma once

// The global options that come before the command (data-formats.md §0):
//   reliefdesk-cli [--db FILE] [--lang zh|en] [--as USER] COMMAND [ARGS…]
// Parsing happens before any translation is installed (the language is one of
// the options), so a problem is kept as data and worded later by message().

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace relief::cli {

struct GlobalOptions
{
    QString databasePath; // empty until resolved: --db, then RELIEFDESK_DB, then the default
    QString language = QStringLiteral("zh"); // "zh" or "en"
    QString asUser; // empty: no sign-in
};

class Arguments
{
    Q_DECLARE_TR_FUNCTIONS(Arguments)
public:
    enum class Problem { None, MissingValue, UnknownOption, BadLanguage };

    // args: the command line without the program name.
    static Arguments parse(const QStringList &args);

    const GlobalOptions &options() const { return m_options; }
    GlobalOptions &options() { return m_options; }
    bool helpRequested() const { return m_help; }
    bool versionRequested() const { return m_version; }
    // The command's words and arguments: "user", "add", "bob", "--roles", …
    const QStringList &command() const { return m_command; }

    Problem problem() const { return m_problem; }
    // The problem in the installed language.
    QString problemMessage() const;

    // --db, else RELIEFDESK_DB, else the app's default database (AppDataLocation).
    // Needs the application's organisation and name to be set.
    static QString defaultDatabasePath();
    void resolveDatabasePath();

private:
    GlobalOptions m_options;
    bool m_help = false;
    bool m_version = false;
    QStringList m_command;
    Problem m_problem = Problem::None;
    QString m_problemDetail;
};

} // namespace relief::cli
