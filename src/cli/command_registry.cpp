#include "command_registry.h"

#include "context.h"
#include "exit_code.h"
#include "text_table.h"

namespace relief::cli {

void CommandRegistry::add(std::unique_ptr<Command> command)
{
    m_commands.push_back(std::move(command));
}

Command *CommandRegistry::find(const QString &name) const
{
    for (const auto &c : m_commands)
        if (c->name() == name)
            return c.get();
    return nullptr;
}

const Command *CommandRegistry::resolve(const QStringList &words) const
{
    const Command *command = words.isEmpty() ? nullptr : find(words.first());
    return command ? command->resolve(words.mid(1)) : nullptr;
}

int CommandRegistry::run(Context &context, const QStringList &words) const
{
    if (words.isEmpty())
        return context.usageError(tr("Name a command."), {});
    Command *command = find(words.first());
    if (!command)
        return context.usageError(tr("Unknown command %1.").arg(words.first()), {});
    return command->run(context, words.mid(1));
}

QString CommandRegistry::helpText() const
{
    TextTable options;
    options.setIndent(2);
    options.addRow({QStringLiteral("--db FILE"),
                    tr("The database (default: $RELIEFDESK_DB, else the app's database in the "
                       "user's data folder).")});
    options.addRow({QStringLiteral("--lang zh|en"), tr("Language of messages (default: zh).")});
    options.addRow({QStringLiteral("--as USER"),
                    tr("Sign in as USER; the password is the first line of standard input.")});
    options.addRow({QStringLiteral("--help"), tr("Show this help.")});
    options.addRow({QStringLiteral("--version"), tr("Show the version.")});

    TextTable commands;
    commands.setIndent(2);
    for (const auto &c : m_commands)
        commands.addRow({c->name(), c->summary()});

    return tr("Usage: %1")
               .arg(QStringLiteral(
                   "reliefdesk-cli [--db FILE] [--lang zh|en] [--as USER] COMMAND [ARGS…]")) +
        QStringLiteral("\n\n") +
        tr("ReliefDesk (社会救助工作台) on the command line: scripted and bulk work on the "
           "same database as the app.") +
        QStringLiteral("\n\n") + tr("Global options (before the command):") + QLatin1Char('\n') +
        options.render() + QLatin1Char('\n') + tr("Commands:") + QLatin1Char('\n') +
        commands.render() + QLatin1Char('\n') +
        tr("Passwords are never given on the command line. A command that signs in reads the "
           "password of --as USER from the first line of standard input; a command that sets "
           "a password reads it from the next line. On a terminal they are asked for without "
           "echo.") +
        QStringLiteral("\n\n") +
        tr("Human messages go to standard error, data to standard "
           "output.") +
        QLatin1Char('\n') + Command::exitCodesHelp() + QStringLiteral("\n\n") +
        tr("Run 'reliefdesk-cli COMMAND --help' for a command's arguments.") + QLatin1Char('\n');
}

} // namespace relief::cli
