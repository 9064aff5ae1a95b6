#include "policy_import_command.h"

#include "cli/console.h"
#include "cli/context.h"
#include "cli/exit_code.h"
#include "cli/input_file.h"
#include "cli/option_parser.h"

#include "services/policy/policy_service.h"

namespace relief::cli {

QString PolicyImportCommand::summary() const
{
    return tr("Add a parameter set from a JSON file (administrators).");
}

QString PolicyImportCommand::description() const
{
    return tr("The set is kept as a new version from its effective_from. A stored set is never "
              "changed: importing a different set with the same effective_from is refused "
              "(exit 1); importing an identical one changes nothing. An invalid file: exit 2 and "
              "the field named.");
}

void PolicyImportCommand::defineOptions(OptionParser &parser) const
{
    parser.addPositional(QStringLiteral("FILE"), tr("the parameter set (JSON)"));
}

int PolicyImportCommand::execute(Context &context, const OptionParser &options)
{
    // With --as, standard input carries the password, so the set comes from a file.
    int exitCode = 0;
    auto in = context.signedInWithFile<services::PolicyService>(
        options.positional(0),
        tr("policy import reads a file, not standard input (it carries the password)."), path(),
        exitCode);
    if (!in)
        return exitCode;
    auto added = in->service->importJson(in->session, in->input);
    if (!added.ok()) {
        const Error &e = added.error();
        if (e.code == ErrorCode::InvalidInput && !e.field.empty()) {
            context.console().error(tr("%1: %2").arg(QString::fromStdString(e.field),
                                                     QString::fromStdString(e.message)));
            return kExitUsage;
        }
        return context.fail(e);
    }
    context.console().message(tr("Parameter set effective from %1 is stored.")
                                  .arg(QString::fromStdString(added->toString())));
    return kExitSuccess;
}

} // namespace relief::cli
