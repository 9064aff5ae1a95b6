#include "import_command.h"

#include "cli/applications/import_checks_command.h"
#include "cli/review/review_command.h"

#include "cli/console.h"
#include "cli/context.h"
#include "cli/exit_code.h"
#include "cli/input_file.h"
#include "cli/option_parser.h"

#include "services/csv_writer.h"
#include "services/ledger/ledger_import_service.h"

#include <QFileInfo>

#include <algorithm>

namespace relief::cli {

namespace {
QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace

ImportCommand::ImportCommand()
{
    add(std::make_unique<ImportHouseholdsCommand>());
    add(std::make_unique<ImportChecksCommand>());
    add(std::make_unique<ImportVisitsCommand>());
}

QString ImportCommand::summary() const
{
    return tr("Import data from files: households from an old ledger, cross-department "
              "check results, re-verification visits.");
}

QString ImportHouseholdsCommand::summary() const
{
    return tr("Import households from a ledger CSV (caseworkers), all or nothing.");
}

QString ImportHouseholdsCommand::description() const
{
    return tr("The file is UTF-8 or GB18030 with Chinese or English headers (data-formats §3). "
              "Any bad row: nothing is imported, exit 2, every bad row (line, column, value, "
              "reason) on standard error and, with --errors, in a CSV to fix in Excel. "
              "Importing the same file again changes nothing; a changed file updates the "
              "households it names and the changes are listed on standard error. Active "
              "programmes new to the database become cases with a grant at their start month "
              "and ledger amount; where the rules give another amount, the difference is "
              "printed on standard output as CSV (line, household_no, name, programme, "
              "ledger_amount, rules_amount, difference, policy_effective_from), never applied.");
}

void ImportHouseholdsCommand::defineOptions(OptionParser &parser) const
{
    parser.addOption(QStringLiteral("--errors"), QStringLiteral("OUT.csv"),
                     tr("also write the bad rows to this CSV (UTF-8 with BOM)"));
    parser.addFlag(QStringLiteral("--create-communities"),
                   tr("create the communities the file names that are not on the list "
                      "(administrators), in the same transaction, audited"));
    parser.addPositional(QStringLiteral("FILE"), tr("the ledger (CSV)"));
}

int ImportHouseholdsCommand::reportErrors(Context &context, const OptionParser &options,
                                          const std::vector<services::LedgerIssue> &errors,
                                          const QString &file)
{
    Console &console = context.console();
    // Repeated errors grouped: one line per kind with its rows (v1.1); the
    // --errors CSV keeps one row per cell.
    const auto groups = services::groupLedgerIssues(errors);
    for (const auto &g : groups) {
        if (g.lines.size() == 1) {
            const auto it =
                std::find_if(errors.begin(), errors.end(), [&](const services::LedgerIssue &e) {
                    return e.column == g.column && e.reason == g.reason;
                });
            const auto &e = it != errors.end() ? *it : errors.front();
            console.error(tr("line %1, %2 \"%3\": %4")
                              .arg(e.line)
                              .arg(qs(e.column), qs(e.value), qs(e.reason)));
            continue;
        }
        QStringList lines;
        for (size_t i = 0; i < g.lines.size() && i < 10; ++i)
            lines << QString::number(g.lines[i]);
        if (g.lines.size() > 10)
            lines << QStringLiteral("…");
        console.error(tr("lines %1 (%2 rows), %3: %4")
                          .arg(lines.join(QStringLiteral(", ")))
                          .arg(g.lines.size())
                          .arg(qs(g.column), qs(g.reason)));
    }
    if (options.isSet(QStringLiteral("--errors"))) {
        const Lang lang = context.english() ? Lang::En : Lang::Zh;
        auto written = InputFile::write(options.value(QStringLiteral("--errors")),
                                        services::writeLedgerErrorsCsv(errors, lang),
                                        context.options().databasePath);
        if (!written.ok())
            console.error(qs(written.error().message));
    }
    console.error(tr("Nothing was imported: %1 problem(s) in %2.").arg(errors.size()).arg(file));
    return kExitUsage;
}

int ImportHouseholdsCommand::execute(Context &context, const OptionParser &options)
{
    const QString file = options.positional(0);
    int exitCode = 0;
    auto in = context.signedInWithFile<services::LedgerImportService>(
        file, tr("import households reads a file, not standard input (it carries the password)."),
        path(), exitCode);
    if (!in)
        return exitCode;
    auto report = in->service->importLedger(
        in->session, in->input, QFileInfo(file).fileName().toStdString(), false,
        services::noJobControl(), options.isSet(QStringLiteral("--create-communities")));
    if (!report.ok())
        return context.fail(report.error());
    Console &console = context.console();
    for (const auto &w : report->warnings)
        console.message(tr("Warning: %1").arg(qs(w)));
    if (!report->errors.empty())
        return reportErrors(context, options, report->errors, file);
    for (const auto &u : report->unknownCommunities)
        if (u.created)
            console.message(tr("Community %1 created with the code %2 (%3 rows).")
                                .arg(qs(u.name), qs(u.proposedCode))
                                .arg(u.lines.size()));
    for (const auto &c : report->changes)
        if (c.field != "household")
            console.message(tr("line %1, household %2: %3: %4 → %5")
                                .arg(c.line)
                                .arg(qs(c.householdNo), qs(c.field), qs(c.from), qs(c.to)));
    for (const auto &r : report->reviews)
        console.message(tr("line %1, household %2, for review: %3")
                            .arg(r.line)
                            .arg(qs(r.householdNo), qs(r.message)));
    console.message(tr("%1 rows, %2 households: %3 created, %4 updated, %5 unchanged; %6 new "
                       "persons, %7 new cases; %8 amounts differ from the rules.")
                        .arg(report->rows)
                        .arg(report->households)
                        .arg(report->householdsCreated)
                        .arg(report->householdsUpdated)
                        .arg(report->householdsUnchanged)
                        .arg(report->personsCreated)
                        .arg(report->casesCreated)
                        .arg(report->differences.size()));
    if (!report->differences.empty()) {
        console.outLine(QStringLiteral("line,household_no,name,programme,ledger_amount,"
                                       "rules_amount,difference,policy_effective_from"));
        for (const auto &d : report->differences)
            // The one CSV writer with its formula guard (defect 5).
            console.outLine(qs(services::csvLine(
                {std::to_string(d.line), d.householdNo, d.name,
                 std::string(caseProgrammeKey(d.programme)), d.ledgerAmount.toString(),
                 d.rulesAmount.toString(), (d.ledgerAmount - d.rulesAmount).toString(),
                 d.policyEffectiveFrom})));
    }
    return kExitSuccess;
}

} // namespace relief::cli
