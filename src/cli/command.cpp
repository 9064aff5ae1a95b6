#include "command.h"

#include "console.h"
#include "context.h"
#include "exit_code.h"
#include "option_parser.h"

namespace relief::cli {

const Command *Command::resolve(const QStringList &) const
{
    return this;
}

void Command::defineOptions(OptionParser &) const { }

QString Command::path() const
{
    return m_parent ? m_parent->path() + QLatin1Char(' ') + name() : name();
}

QString Command::usageLine(const QString &rest) const
{
    QString line = QStringLiteral("reliefdesk-cli [--db FILE] [--lang zh|en] ");
    line += signsIn() ? QStringLiteral("--as USER ") : QString();
    line += path();
    if (!rest.isEmpty())
        line += QLatin1Char(' ') + rest;
    return tr("Usage: %1").arg(line);
}

QString Command::exitCodesHelp()
{
    return tr("Exit codes: 0 success; 1 failure or refused (wrong password, missing role, "
              "missing or refused database); 2 bad usage or bad input.");
}

QString Command::helpText() const
{
    OptionParser parser;
    defineOptions(parser);
    QString text =
        usageLine(parser.synopsis()) + QStringLiteral("\n\n") + summary() + QStringLiteral("\n");
    if (signsIn())
        text += QLatin1Char('\n') +
            tr("Signs in as USER (--as, before the command): the first line of standard "
               "input is that user's password; on a terminal it is asked for without echo. "
               "The audit log records USER for everything the command does.") +
            QLatin1Char('\n');
    if (const QString more = description(); !more.isEmpty())
        text += QLatin1Char('\n') + more + QLatin1Char('\n');
    text +=
        QLatin1Char('\n') + tr("Arguments and options:") + QLatin1Char('\n') + parser.optionsHelp();
    text += QLatin1Char('\n') + exitCodesHelp() + QLatin1Char('\n');
    return text;
}

int Command::run(Context &context, const QStringList &args)
{
    OptionParser parser;
    defineOptions(parser);
    if (!parser.parse(args))
        return context.usageError(parser.errorText(), path());
    if (parser.helpRequested()) {
        context.console().out(helpText());
        return kExitSuccess;
    }
    return execute(context, parser);
}

} // namespace relief::cli
