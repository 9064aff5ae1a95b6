#include "version_command.h"

#include "console.h"
#include "context.h"
#include "exit_code.h"

#include "storage/database.h"

namespace relief::cli {

QString VersionCommand::summary() const
{
    return tr("Show the program's version and the database schema version it knows.");
}

QString VersionCommand::description() const
{
    return tr("Prints two lines on standard output, 'reliefdesk-cli VERSION' and 'schema N'; "
              "needs no database.");
}

int VersionCommand::execute(Context &context, const OptionParser &)
{
    // Data for scripts: the same words in every language.
    context.console().outLine(QStringLiteral("reliefdesk-cli " RELIEF_VERSION));
    context.console().outLine(
        QStringLiteral("schema %1").arg(storage::Database::latestSchemaVersion()));
    return kExitSuccess;
}

} // namespace relief::cli
