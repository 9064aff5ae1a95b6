#pragma once

// One CLI command (`init`, `user add`, `audit verify`, …). A command declares
// its options once (defineOptions), and the base class parses them, answers
// --help from the same declaration and reports usage errors with exit code 2;
// execute() sees only a well-formed command line.
//
// Adding a command: derive from Command (or CommandGroup for a family of
// subcommands such as `policy import|export`), and add it in
// builtin_commands.cpp.

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace relief::cli {

class Context;
class OptionParser;

class Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)
public:
    virtual ~Command() = default;

    // The word that selects the command: "init", "add".
    virtual QString name() const = 0;
    // One line for the command lists, in the installed language.
    virtual QString summary() const = 0;
    // Further paragraphs for --help: what it reads from standard input, what it prints.
    virtual QString description() const { return {}; }
    // Whether the command signs in with --as USER (password: the first line of standard input).
    virtual bool signsIn() const { return false; }
    // Commands that render PDF need a QGuiApplication (offscreen); main() asks before
    // it creates the application object. Nothing needs it yet, so the CLI links no Gui.
    virtual bool needsGui() const { return false; }

    // The command `args` (the words after this command's name) finally selects:
    // a group passes the choice on to its subcommand.
    virtual const Command *resolve(const QStringList &args) const;

    // Parses args, answers --help on standard output, runs; returns the exit code.
    virtual int run(Context &context, const QStringList &args);
    virtual QString helpText() const;

    // "user add": the words that select this command after the global options.
    QString path() const;
    // The closing line every --help shares: the exit codes.
    static QString exitCodesHelp();
    void setParent(const Command *parent) { m_parent = parent; }

protected:
    virtual void defineOptions(OptionParser &parser) const;
    virtual int execute(Context &context, const OptionParser &options) = 0;

    // "Usage: reliefdesk-cli [--db FILE] [--lang zh|en] [--as USER] <path> <rest>"
    QString usageLine(const QString &rest) const;

private:
    const Command *m_parent = nullptr;
};

} // namespace relief::cli
