#include "policy_list_command.h"

#include "cli/console.h"
#include "cli/context.h"
#include "cli/exit_code.h"
#include "cli/option_parser.h"
#include "cli/text_table.h"

#include "services/policy/policy_service.h"

#include <nlohmann/json.hpp>

namespace relief::cli {

QString PolicyListCommand::summary() const
{
    return tr("List the stored parameter sets.");
}

void PolicyListCommand::defineOptions(OptionParser &parser) const
{
    parser.addFlag(QStringLiteral("--json"), tr("Print JSON instead of a table."));
}

int PolicyListCommand::execute(Context &context, const OptionParser &options)
{
    auto db = context.database();
    if (!db.ok())
        return context.fail(db.error());
    auto list = services::PolicyService(**db, context.clock()).list();
    if (!list.ok())
        return context.fail(list.error());
    if (options.isSet(QStringLiteral("--json"))) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto &v : *list)
            out.push_back({{"effective_from", v.parameters.effectiveFrom.toString()},
                           {"dibao_standard",
                            {{"urban", v.parameters.standardUrban.toString()},
                             {"rural", v.parameters.standardRural.toString()}}},
                           {"created_by", v.createdBy},
                           {"created_at", v.createdAt}});
        context.console().outLine(QString::fromStdString(nlohmann::json {{"sets", out}}.dump(2)));
        return kExitSuccess;
    }
    TextTable table;
    table.setHeader({tr("Effective from"), tr("Urban standard"), tr("Rural standard"),
                     tr("Added by"), tr("Added at")});
    for (const auto &v : *list)
        table.addRow({QString::fromStdString(v.parameters.effectiveFrom.toString()),
                      QString::fromStdString(v.parameters.standardUrban.toString()),
                      QString::fromStdString(v.parameters.standardRural.toString()),
                      QString::fromStdString(v.createdBy), QString::fromStdString(v.createdAt)});
    context.console().out(table.render());
    return kExitSuccess;
}

} // namespace relief::cli
