#include "payroll_command.h"

#include "payroll_options.h"

#include "cli/console.h"
#include "cli/context.h"
#include "cli/exit_code.h"
#include "cli/option_parser.h"
#include "cli/text_table.h"

#include "services/payroll/payroll_service.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace relief::cli {

namespace {

// data-formats §6, exactly: the keys in this order, amounts as yuan with two decimals.
std::string reportJson(const services::RollReport &report)
{
    nlohmann::ordered_json byProgramme = nlohmann::ordered_json::array();
    for (const auto &p : report.totals.byProgramme)
        byProgramme.push_back({{"programme", std::string(payroll::lineProgrammeKey(p.programme))},
                               {"kind", std::string(payroll::lineKindKey(p.kind))},
                               {"cases", p.cases},
                               {"persons", p.persons},
                               {"amount", p.amount.toString()}});
    nlohmann::ordered_json problems = nlohmann::ordered_json::array();
    for (const auto &key : report.problemKeys)
        problems.push_back(key);
    nlohmann::ordered_json out;
    out["month"] = report.roll.month.toString();
    out["state"] = std::string(payroll::rollStateKey(report.roll.state));
    out["totals"] = {{"lines", report.totals.lines}, {"amount", report.totals.amount.toString()}};
    out["by_programme"] = std::move(byProgramme);
    out["problems"] = std::move(problems);
    return out.dump(2);
}

} // namespace

QString PayrollShowCommand::summary() const
{
    return tr("Show a month's roll: its state and totals by programme (no sign-in).");
}

QString PayrollShowCommand::description() const
{
    return tr("Needs no sign-in and shows no personal data. --json prints the format of "
              "data-formats §6: month, state, totals (lines, amount), by_programme (programme, "
              "kind, cases, persons, amount; amounts in yuan with two decimals) and problems "
              "(their keys, e.g. no_valid_account). A month without a roll: exit 1.");
}

void PayrollShowCommand::defineOptions(OptionParser &parser) const
{
    parser.addOption(QStringLiteral("--month"), QStringLiteral("YYYY-MM"),
                     tr("the roll's month, e.g. 2025-12"), true);
    parser.addFlag(QStringLiteral("--json"), tr("Print JSON instead of a table."));
}

int PayrollShowCommand::execute(Context &context, const OptionParser &options)
{
    int exitCode = 0;
    const auto month = PayrollOptions::month(context, options, path(), exitCode);
    if (!month)
        return exitCode;
    auto db = context.database();
    if (!db.ok())
        return context.fail(db.error());
    auto report = services::PayrollService(**db, context.clock()).report(*month);
    if (!report.ok())
        return PayrollOptions::fail(context, report.error());
    if (options.isSet(QStringLiteral("--json"))) {
        context.console().outLine(QString::fromStdString(reportJson(*report)));
        return kExitSuccess;
    }

    const services::RollSummary &roll = report->roll;
    const auto &text = PayrollOptions::text;
    Console &out = context.console();
    out.outLine(
        tr("Roll %1: %2").arg(text(roll.month.toString()), PayrollOptions::stateText(roll.state)));
    TextTable steps;
    steps.setIndent(2);
    const auto step = [&](const QString &label, const std::string &at, const std::string &by) {
        if (!at.empty())
            steps.addRow({label, text(at), text(by)});
    };
    step(tr("generated"), roll.generatedAt, roll.generatedBy);
    step(tr("submitted"), roll.submittedAt, roll.submittedBy);
    step(tr("approved"), roll.approvedAt, roll.approvedBy);
    step(tr("locked"), roll.lockedAt, roll.lockedBy);
    step(tr("reconciled"), roll.reconciledAt, {});
    out.out(steps.render());
    if (roll.auditHeadId)
        out.outLine(
            tr("Audit head at lock: %1 %2").arg(*roll.auditHeadId).arg(text(roll.auditHeadHash)));
    out.outLine(QString());

    TextTable table;
    table.setHeader({tr("Programme"), tr("Kind"), tr("Cases"), tr("Persons"), tr("Amount")});
    for (const auto &p : report->totals.byProgramme)
        table.addRow({PayrollOptions::key(payroll::lineProgrammeKey(p.programme)),
                      PayrollOptions::key(payroll::lineKindKey(p.kind)), QString::number(p.cases),
                      QString::number(p.persons), text(p.amount.toString())});
    table.addRow(
        {tr("Total"), QString(), QString(), QString(), text(report->totals.amount.toString())});
    out.out(table.render());
    out.outLine(tr("%n line(s), %1 yuan.", nullptr, report->totals.lines)
                    .arg(text(report->totals.amount.toString())));
    if (report->totals.heldLines > 0)
        out.outLine(
            tr("Held: %n line(s), %1 yuan (in the totals).", nullptr, report->totals.heldLines)
                .arg(text(report->totals.heldAmount.toString())));
    if (roll.priceSubsidyTriggered)
        out.outLine(tr("Price subsidies (临时价补) triggered this month."));
    if (report->problemKeys.empty()) {
        out.outLine(tr("Problems: none."));
    } else {
        // One line per kind of problem with its count; the lines say which.
        std::vector<std::pair<std::string, int>> counts;
        for (const auto &key : report->problemKeys) {
            auto it = std::find_if(counts.begin(), counts.end(),
                                   [&](const auto &c) { return c.first == key; });
            if (it == counts.end())
                counts.emplace_back(key, 1);
            else
                ++it->second;
        }
        out.outLine(tr("Problems (%n):", nullptr, static_cast<int>(report->problemKeys.size())));
        for (const auto &[key, n] : counts)
            out.outLine(QStringLiteral("  %1 × %2").arg(text(key)).arg(n));
    }
    return kExitSuccess;
}

} // namespace relief::cli
