#include "prices_command.h"

#include "payroll_options.h"

#include "cli/console.h"
#include "cli/context.h"
#include "cli/exit_code.h"
#include "cli/option_parser.h"
#include "cli/text_table.h"

#include "services/payroll/payroll_service.h"

#include <nlohmann/json.hpp>

namespace relief::cli {

PricesCommand::PricesCommand()
{
    add(std::make_unique<PricesSetCommand>());
    add(std::make_unique<PricesListCommand>());
}

QString PricesCommand::summary() const
{
    return tr("Price indices (CPI and food, % year on year) for the price subsidies: set, list.");
}

QString PricesSetCommand::summary() const
{
    return tr("Enter a month's price indices (supervisors).");
}

QString PricesSetCommand::description() const
{
    return tr("Percentages year on year with at most one decimal, e.g. --cpi 3.6 --food 6.5. "
              "Entering a month again replaces its figures while its roll is not locked. "
              "Says whether the month triggers price subsidies (临时价补): its roll, generated "
              "afterwards, then adds them.");
}

void PricesSetCommand::defineOptions(OptionParser &parser) const
{
    parser.addOption(QStringLiteral("--month"), QStringLiteral("YYYY-MM"),
                     tr("the month the figures are for, e.g. 2025-12"), true);
    parser.addOption(QStringLiteral("--cpi"), QStringLiteral("PERCENT"),
                     tr("consumer price index, % year on year, e.g. 3.6"), true);
    parser.addOption(QStringLiteral("--food"), QStringLiteral("PERCENT"),
                     tr("food price index, % year on year, e.g. 6.5"), true);
}

int PricesSetCommand::execute(Context &context, const OptionParser &options)
{
    int exitCode = 0;
    const auto month = PayrollOptions::month(context, options, path(), exitCode);
    if (!month)
        return exitCode;
    auto in = context.signedIn<services::PriceIndexService>(exitCode);
    if (!in)
        return exitCode;
    auto set = in->service->set(in->session, *month,
                                options.value(QStringLiteral("--cpi")).trimmed().toStdString(),
                                options.value(QStringLiteral("--food")).trimmed().toStdString());
    if (!set.ok())
        return PayrollOptions::fail(context, set.error());
    const auto &text = PayrollOptions::text;
    context.console().message(
        (set->triggers
             ? tr("Price indices of %1 recorded: CPI %2%, food %3%. They trigger price "
                  "subsidies (临时价补) in the month's roll.")
             : tr("Price indices of %1 recorded: CPI %2%, food %3%. They do not trigger price "
                  "subsidies."))
            .arg(text(set->month.toString()), text(set->cpi), text(set->food)));
    return kExitSuccess;
}

QString PricesListCommand::summary() const
{
    return tr("List the months' price indices, newest first.");
}

void PricesListCommand::defineOptions(OptionParser &parser) const
{
    parser.addFlag(QStringLiteral("--json"), tr("Print JSON instead of a table."));
}

int PricesListCommand::execute(Context &context, const OptionParser &options)
{
    int exitCode = 0;
    auto in = context.signedIn<services::PriceIndexService>(exitCode);
    if (!in)
        return exitCode;
    auto list = in->service->list(in->session);
    if (!list.ok())
        return PayrollOptions::fail(context, list.error());
    const auto &text = PayrollOptions::text;
    if (options.isSet(QStringLiteral("--json"))) {
        nlohmann::ordered_json out = nlohmann::ordered_json::array();
        for (const auto &p : *list)
            out.push_back({{"month", p.month.toString()},
                           {"cpi", p.cpi},
                           {"food", p.food},
                           {"triggers", p.triggers},
                           {"entered_by", p.enteredBy},
                           {"entered_at", p.enteredAt}});
        context.console().outLine(
            QString::fromStdString(nlohmann::ordered_json {{"prices", out}}.dump(2)));
        return kExitSuccess;
    }
    TextTable table;
    table.setHeader({tr("Month"), tr("CPI %"), tr("Food %"), tr("Price subsidy"), tr("Entered by"),
                     tr("Entered at")});
    for (const auto &p : *list)
        table.addRow({text(p.month.toString()), text(p.cpi), text(p.food),
                      p.triggers ? tr("triggered") : tr("no"), text(p.enteredBy),
                      text(p.enteredAt)});
    context.console().out(table.render());
    return kExitSuccess;
}

} // namespace relief::cli
