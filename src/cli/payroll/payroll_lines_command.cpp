#include "payroll_command.h"

#include "payroll_options.h"

#include "cli/console.h"
#include "cli/context.h"
#include "cli/exit_code.h"
#include "cli/option_parser.h"
#include "cli/text_table.h"

#include "services/payroll/payroll_service.h"
#include "services/registry/registry_service.h"

#include <QStringList>

namespace relief::cli {

QString PayrollLinesCommand::summary() const
{
    return tr("List a month's roll lines, filtered by community and programme.");
}

QString PayrollLinesCommand::description() const
{
    return tr("One row per line: its number (for hold and release), household, community, "
              "programme, kind, month made good (back pay, reissue), persons, amount, held, "
              "payee and account. Accounts are masked unless your role may see personal "
              "numbers (caseworkers, supervisors). A line marked '!' has no valid account.");
}

void PayrollLinesCommand::defineOptions(OptionParser &parser) const
{
    parser.addOption(QStringLiteral("--month"), QStringLiteral("YYYY-MM"),
                     tr("the roll's month, e.g. 2025-12"), true);
    parser.addOption(QStringLiteral("--community"), QStringLiteral("NAME"),
                     tr("only this community's lines, e.g. 幸福社区"));
    parser.addOption(QStringLiteral("--programme"), QStringLiteral("KEY"),
                     tr("only this programme: dibao, single_person, tekun, child_allowance, "
                        "disability_living, disability_care or price_subsidy"));
    parser.addFlag(QStringLiteral("--held"), tr("only held lines"));
    parser.addFlag(QStringLiteral("--problems"), tr("only lines without a valid account"));
}

int PayrollLinesCommand::execute(Context &context, const OptionParser &options)
{
    int exitCode = 0;
    const auto month = PayrollOptions::month(context, options, path(), exitCode);
    if (!month)
        return exitCode;
    services::RollLineFilter filter;
    if (options.isSet(QStringLiteral("--programme"))) {
        const QString key = options.value(QStringLiteral("--programme"));
        filter.programme = payroll::parseLineProgramme(key.toStdString());
        if (!filter.programme) {
            QStringList keys;
            for (auto k : payroll::kLineProgrammeKeys)
                keys << PayrollOptions::key(k);
            return context.usageError(tr("--programme: '%1' is not a programme; give one of %2.")
                                          .arg(key, keys.join(QStringLiteral(", "))),
                                      path());
        }
    }
    filter.heldOnly = options.isSet(QStringLiteral("--held"));
    filter.problemsOnly = options.isSet(QStringLiteral("--problems"));
    auto in = context.signedIn<services::PayrollService>(exitCode);
    if (!in)
        return exitCode;
    if (options.isSet(QStringLiteral("--community"))) {
        const QString name = options.value(QStringLiteral("--community")).trimmed();
        auto communities =
            services::RegistryService(*in->db, context.clock()).communities(in->session);
        if (!communities.ok())
            return context.fail(communities.error());
        for (const auto &c : *communities)
            if (QString::fromStdString(c.name) == name || QString::fromStdString(c.code) == name)
                filter.communityId = c.id;
        if (!filter.communityId)
            return context.usageError(
                tr("--community: there is no community %1; 'community list' shows them.").arg(name),
                path());
    }

    TextTable table;
    table.setHeader({tr("Line"), tr("Household"), tr("Community"), tr("Programme"), tr("Kind"),
                     tr("For"), tr("Persons"), tr("Amount"), tr("Held"), tr("Payee"),
                     tr("Account")});
    const auto &text = PayrollOptions::text;
    constexpr int kPage = 1000;
    std::int64_t after = 0;
    long long count = 0;
    Money total;
    for (;;) {
        auto page = in->service->lines(in->session, *month, filter, after, kPage);
        if (!page.ok())
            return PayrollOptions::fail(context, page.error());
        for (const auto &l : *page) {
            const QString household = text(l.householdNumber) + QLatin1Char(' ') +
                text(l.personName.empty() ? l.headName : l.personName);
            table.addRow(
                {QString::number(l.id), household, text(l.communityName),
                 PayrollOptions::key(payroll::lineProgrammeKey(l.programme)),
                 PayrollOptions::key(payroll::lineKindKey(l.kind)),
                 l.forMonth ? text(l.forMonth->toString()) : QString(), QString::number(l.persons),
                 text(l.amount.toString()),
                 l.held ? tr("held: %1").arg(text(l.holdReason)) : QString(), text(l.payeeName),
                 (l.accountValid ? QString() : QStringLiteral("! ")) + text(l.bankAccount)});
            after = l.id;
            ++count;
            total += l.amount;
        }
        // Until an empty page: a service that returns fewer than asked loses nothing.
        if (page->empty())
            break;
    }
    context.console().out(table.render());
    context.console().message(
        tr("%n line(s), %1 yuan.", nullptr, static_cast<int>(count)).arg(text(total.toString())));
    return kExitSuccess;
}

} // namespace relief::cli
