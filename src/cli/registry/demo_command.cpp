#include "demo_command.h"

#include "cli/console.h"
#include "cli/context.h"
#include "cli/exit_code.h"
#include "cli/option_parser.h"

#include "services/registry/demo_service.h"

namespace relief::cli {

QString DemoCommand::summary() const
{
    return tr("Fill the database with demo data: a fictional street office (administrators).");
}

QString DemoCommand::description() const
{
    return tr("Five communities, two institutions and N households with Chinese names, valid ID "
              "numbers and bank cards, every programme and a realistic mix of cases; everything "
              "is marked as demo data. Only for a database without real households (use a new "
              "one: init, then demo). The same --seed gives the same office.");
}

void DemoCommand::defineOptions(OptionParser &parser) const
{
    parser.addOption(QStringLiteral("--households"), QStringLiteral("N"),
                     tr("how many households (1 to 1,000,000)"), true);
    parser.addOption(QStringLiteral("--seed"), QStringLiteral("S"),
                     tr("a number that selects the office (default 20250915)"));
}

int DemoCommand::execute(Context &context, const OptionParser &options)
{
    bool ok = false;
    const int households = options.value(QStringLiteral("--households")).toInt(&ok);
    if (!ok || households < 1 || households > services::DemoService::kMaxHouseholds)
        return context.usageError(tr("--households: give a number from 1 to 1000000."), path());
    std::uint64_t seed = 20250915;
    if (options.isSet(QStringLiteral("--seed"))) {
        seed = options.value(QStringLiteral("--seed")).toULongLong(&ok);
        if (!ok)
            return context.usageError(tr("--seed: give a whole number."), path());
    }
    int exitCode = 0;
    auto in = context.signedIn<services::DemoService>(exitCode);
    if (!in)
        return exitCode;
    auto report = in->service->generate(in->session, households, seed);
    if (!report.ok())
        return context.fail(report.error());
    context.console().message(tr("Demo data: %1 households, %2 persons, %3 cases.")
                                  .arg(report->households)
                                  .arg(report->persons)
                                  .arg(report->cases));
    return kExitSuccess;
}

} // namespace relief::cli
