#include "review_command.h"

#include "cli/console.h"
#include "cli/context.h"
#include "cli/exit_code.h"
#include "cli/input_file.h"
#include "cli/option_parser.h"
#include "cli/registry/import_command.h"
#include "cli/text_table.h"

#include "services/ledger/ledger_import_service.h"
#include "services/review/review_service.h"

#include <QFileInfo>

#include <nlohmann/json.hpp>

namespace relief::cli {

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

nlohmann::ordered_json figures(const services::CoverageFigures &f)
{
    return {{"dibao_households", f.dibaoHouseholds},
            {"single_person", f.singlePerson},
            {"tekun_persons", f.tekunPersons}};
}

} // namespace

ReviewCommand::ReviewCommand()
{
    add(std::make_unique<ReviewCoverageCommand>());
    add(std::make_unique<ReviewDueCommand>());
}

QString ReviewCommand::summary() const
{
    return tr("Re-verification (复核): the year's coverage, what is due.");
}

QString ReviewCoverageCommand::summary() const
{
    return tr("The year's re-verification coverage (no sign-in).");
}

QString ReviewCoverageCommand::description() const
{
    return tr("The population is every dibao or single-person household case and every 特困 "
              "person case active on 31 December of the year (today for the current year); a "
              "member is covered by a visit dated in the year that meets RV-2 (a home visit by "
              "two or more staff, the beneficiary seen, both signatures). --json prints "
              "data-formats §7.");
}

void ReviewCoverageCommand::defineOptions(OptionParser &parser) const
{
    parser.addOption(QStringLiteral("--year"), QStringLiteral("YYYY"), tr("the year"), true);
    parser.addFlag(QStringLiteral("--json"), tr("print JSON (data-formats §7)"));
}

int ReviewCoverageCommand::execute(Context &context, const OptionParser &options)
{
    bool ok = false;
    const int year = options.value(QStringLiteral("--year")).trimmed().toInt(&ok);
    if (!ok || options.value(QStringLiteral("--year")).trimmed().size() != 4)
        return context.usageError(tr("--year: give a year such as 2025."), path());
    auto db = context.database();
    if (!db.ok())
        return context.fail(db.error());
    auto report = services::ReviewService(**db, context.clock()).coverage(year);
    if (!report.ok())
        return context.fail(report.error());
    const auto &r = *report;
    if (options.isSet(QStringLiteral("--json"))) {
        nlohmann::ordered_json doc;
        doc["year"] = r.year;
        doc["population"] = figures(r.population);
        doc["covered"] = figures(r.covered);
        doc["coverage_pct"] = r.coveragePct;
        doc["by_community"] = nlohmann::ordered_json::array();
        for (const auto &c : r.byCommunity)
            doc["by_community"].push_back(
                {{"community", c.community}, {"due", c.due}, {"covered", c.covered}});
        doc["not_covered"] = r.notCovered;
        context.console().outLine(qs(doc.dump()));
        return kExitSuccess;
    }
    Console &out = context.console();
    out.outLine(tr("Re-verification %1 (as of %2): %3 %")
                    .arg(r.year)
                    .arg(qs(r.asOf.toString()), qs(r.coveragePct)));
    TextTable table;
    table.setHeader({tr("Community"), tr("Due"), tr("Covered")});
    for (const auto &c : r.byCommunity)
        table.addRow({qs(c.community), QString::number(c.due), QString::number(c.covered)});
    out.out(table.render());
    out.outLine(tr("dibao households %1/%2, single-person %3/%4, 特困 persons %5/%6")
                    .arg(r.covered.dibaoHouseholds)
                    .arg(r.population.dibaoHouseholds)
                    .arg(r.covered.singlePerson)
                    .arg(r.population.singlePerson)
                    .arg(r.covered.tekunPersons)
                    .arg(r.population.tekunPersons));
    if (!r.notCovered.empty()) {
        QStringList list;
        for (const auto &n : r.notCovered)
            list << qs(n);
        out.outLine(tr("Not covered: %1").arg(list.join(QStringLiteral(", "))));
    }
    return kExitSuccess;
}

QString ReviewDueCommand::summary() const
{
    return tr("What RV-1 makes due by a date, overdue first (no sign-in).");
}

void ReviewDueCommand::defineOptions(OptionParser &parser) const
{
    parser.addOption(QStringLiteral("--as-of"), QStringLiteral("YYYY-MM-DD"), tr("the date"), true);
    parser.addOption(QStringLiteral("--community"), QStringLiteral("NAME"),
                     tr("only this community (name or code)"));
    parser.addFlag(QStringLiteral("--json"), tr("print JSON"));
}

int ReviewDueCommand::execute(Context &context, const OptionParser &options)
{
    const auto asOf = Date::parse(options.value(QStringLiteral("--as-of")).trimmed().toStdString());
    if (!asOf)
        return context.usageError(tr("--as-of: give a date such as 2025-12-31."), path());
    std::optional<std::string> community;
    if (options.isSet(QStringLiteral("--community")))
        community = options.value(QStringLiteral("--community")).trimmed().toStdString();
    auto db = context.database();
    if (!db.ok())
        return context.fail(db.error());
    auto list = services::ReviewService(**db, context.clock()).due(*asOf, community);
    if (!list.ok()) {
        if (list.error().code == ErrorCode::InvalidInput)
            return context.usageError(
                tr("--%1: %2").arg(qs(list.error().field), qs(list.error().message)), path());
        return context.fail(list.error());
    }
    if (options.isSet(QStringLiteral("--json"))) {
        nlohmann::ordered_json doc;
        doc["as_of"] = asOf->toString();
        doc["due"] = nlohmann::ordered_json::array();
        for (const auto &d : *list)
            doc["due"].push_back({{"household_no", d.householdNo},
                                  {"community", d.community},
                                  {"programme", d.programme},
                                  {"id_number", d.idNumber},
                                  {"name", d.name},
                                  {"last_review", d.lastReview ? d.lastReview->toString() : ""},
                                  {"cadence_months", d.cadenceMonths},
                                  {"due_date", d.dueDate.toString()},
                                  {"overdue", d.overdue},
                                  {"days_overdue", d.daysOverdue}});
        context.console().outLine(qs(doc.dump()));
        return kExitSuccess;
    }
    TextTable table;
    table.setHeader({tr("Household"), tr("Community"), tr("Programme"), tr("Name"),
                     tr("Last review"), tr("Due"), tr("Overdue (days)")});
    for (const auto &d : *list)
        table.addRow({qs(d.householdNo), qs(d.community), qs(d.programme), qs(d.name),
                      d.lastReview ? qs(d.lastReview->toString()) : QStringLiteral("—"),
                      qs(d.dueDate.toString()),
                      d.overdue ? QString::number(d.daysOverdue) : QString()});
    context.console().out(table.render());
    context.console().message(tr("%n case(s) due by %1.", nullptr, static_cast<int>(list->size()))
                                  .arg(qs(asOf->toString())));
    return kExitSuccess;
}

QString ImportVisitsCommand::summary() const
{
    return tr("Import re-verification visits from a CSV (caseworkers), all or nothing.");
}

QString ImportVisitsCommand::description() const
{
    return tr(
        "Columns (Chinese or English header, data-formats §7): 户编号, 身份证号 (a "
        "personal case's person), 走访日期, 调查人员 (names separated by 、 or ；), "
        "核查方式, 入户见人, 调查人签字, 家庭签字, 走访类型, 情况记录. Any bad row and nothing "
        "is imported: the rows are listed (line, column, value, reason) on standard "
        "error and, with --errors, in a CSV. A visit counts for the re-verification "
        "only as a home visit by two or more staff, the beneficiary seen and both "
        "signatures; other rows are stored and shown. The same file again adds nothing.");
}

void ImportVisitsCommand::defineOptions(OptionParser &parser) const
{
    parser.addOption(QStringLiteral("--errors"), QStringLiteral("OUT.csv"),
                     tr("also write the bad rows to this CSV (UTF-8 with BOM)"));
    parser.addPositional(QStringLiteral("FILE"), tr("the visits (CSV)"));
}

int ImportVisitsCommand::execute(Context &context, const OptionParser &options)
{
    const QString file = options.positional(0);
    int exitCode = 0;
    auto in = context.signedInWithFile<services::ReviewService>(
        file, tr("import visits reads a file, not standard input (it carries the password)."),
        path(), exitCode);
    if (!in)
        return exitCode;
    auto report =
        in->service->importVisits(in->session, in->input, QFileInfo(file).fileName().toStdString());
    if (!report.ok())
        return context.fail(report.error());
    Console &console = context.console();
    for (const auto &w : report->warnings)
        console.message(tr("Warning: %1").arg(qs(w)));
    if (!report->errors.empty())
        return ImportHouseholdsCommand::reportErrors(context, options, report->errors, file);
    console.message(tr("%1 rows: %2 visits imported (%3 meet RV-2), %4 already recorded.")
                        .arg(report->rows)
                        .arg(report->imported)
                        .arg(report->qualifying)
                        .arg(report->unchanged));
    return kExitSuccess;
}

} // namespace relief::cli
