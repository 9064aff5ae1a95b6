#include "policy_export_command.h"

#include "cli/console.h"
#include "cli/context.h"
#include "cli/exit_code.h"
#include "cli/input_file.h"
#include "cli/option_parser.h"

#include "services/policy/policy_service.h"

namespace relief::cli {

QString PolicyExportCommand::summary() const
{
    return tr("Write the parameter set effective from a date as JSON.");
}

void PolicyExportCommand::defineOptions(OptionParser &parser) const
{
    parser.addOption(QStringLiteral("--effective-from"), QStringLiteral("DATE"),
                     tr("the set's effective_from, YYYY-MM-DD"), true);
    parser.addPositional(QStringLiteral("FILE"), tr("where to write, or - for standard output"));
}

int PolicyExportCommand::execute(Context &context, const OptionParser &options)
{
    const QString dateText = options.value(QStringLiteral("--effective-from"));
    const auto date = Date::parse(dateText.toStdString());
    if (!date)
        return context.usageError(
            tr("--effective-from: %1 is not a date YYYY-MM-DD.").arg(dateText), path());
    auto db = context.database();
    if (!db.ok())
        return context.fail(db.error());
    auto json = services::PolicyService(**db, context.clock()).exportJson(*date);
    if (!json.ok())
        return context.fail(json.error());
    std::string text = *json;
    if (text.empty() || text.back() != '\n')
        text += '\n';
    auto written = InputFile::write(options.positional(0), text, context.options().databasePath);
    if (!written.ok())
        return context.fail(written.error());
    return kExitSuccess;
}

} // namespace relief::cli
