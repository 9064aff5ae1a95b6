#include "command_group.h"

#include "console.h"
#include "context.h"
#include "exit_code.h"
#include "text_table.h"

namespace relief::cli {

void CommandGroup::add(std::unique_ptr<Command> subcommand)
{
    subcommand->setParent(this);
    m_subcommands.push_back(std::move(subcommand));
}

Command *CommandGroup::findMutable(const QString &name) const
{
    for (const auto &c : m_subcommands)
        if (c->name() == name)
            return c.get();
    return nullptr;
}

const Command *CommandGroup::find(const QString &name) const
{
    return findMutable(name);
}

const Command *CommandGroup::resolve(const QStringList &args) const
{
    const Command *sub = args.isEmpty() ? nullptr : find(args.first());
    return sub ? sub->resolve(args.mid(1)) : this;
}

QString CommandGroup::helpText() const
{
    TextTable table;
    table.setIndent(2);
    for (const auto &c : m_subcommands)
        table.addRow({c->name(), c->summary()});
    return usageLine(tr("SUBCOMMAND [ARGS…]")) + QStringLiteral("\n\n") + summary() +
        QStringLiteral("\n\n") + tr("Subcommands:") + QLatin1Char('\n') + table.render() +
        QLatin1Char('\n') +
        tr("Run 'reliefdesk-cli %1 SUBCOMMAND --help' for a subcommand's arguments.").arg(path()) +
        QLatin1Char('\n');
}

int CommandGroup::run(Context &context, const QStringList &args)
{
    if (args.isEmpty())
        return context.usageError(tr("Name a subcommand of %1.").arg(path()), path());
    const QString &first = args.first();
    if (first == QLatin1String("--help") || first == QLatin1String("-h")) {
        context.console().out(helpText());
        return kExitSuccess;
    }
    Command *sub = findMutable(first);
    if (!sub)
        return context.usageError(tr("Unknown subcommand %1 %2.").arg(path(), first), path());
    return sub->run(context, args.mid(1));
}

int CommandGroup::execute(Context &, const OptionParser &)
{
    return kExitUsage; // run() dispatches to a subcommand and never comes here
}

} // namespace relief::cli
