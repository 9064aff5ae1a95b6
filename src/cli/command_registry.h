#pragma once

// The top-level commands, looked up by their first word. main() resolves the
// command before it creates the application object (see Command::needsGui()).

#include "command.h"

#include <memory>
#include <vector>

namespace relief::cli {

class CommandRegistry
{
    Q_DECLARE_TR_FUNCTIONS(CommandRegistry)
public:
    void add(std::unique_ptr<Command> command);
    Command *find(const QString &name) const;
    // The command the words select (a subcommand where there is one); null when unknown.
    const Command *resolve(const QStringList &words) const;

    // Runs words[0] with the rest; an unknown or missing command is a usage error.
    int run(Context &context, const QStringList &words) const;

    // `reliefdesk-cli --help`: global options, commands, standard input, exit codes.
    QString helpText() const;

private:
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace relief::cli
