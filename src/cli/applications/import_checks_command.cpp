#include "import_checks_command.h"

#include "cli/console.h"
#include "cli/context.h"
#include "cli/exit_code.h"
#include "cli/input_file.h"
#include "cli/option_parser.h"

#include "services/applications/application_service.h"

namespace relief::cli {

QString ImportChecksCommand::summary() const
{
    return tr("Import cross-department check results (caseworkers), all or nothing.");
}

QString ImportChecksCommand::description() const
{
    return tr("The file is UTF-8 or GB18030 CSV with the columns application_no (申请编号), "
              "department (部门), result (结果), note (说明) and checked_on (核对日期) "
              "(data-formats §A1). Any bad row: nothing is imported, exit 2, every bad row on "
              "standard error. Rows already on file are not written again.");
}

void ImportChecksCommand::defineOptions(OptionParser &parser) const
{
    parser.addPositional(QStringLiteral("FILE"), tr("the check results (CSV)"));
}

int ImportChecksCommand::execute(Context &context, const OptionParser &options)
{
    const QString file = options.positional(0);
    int exitCode = 0;
    auto in = context.signedInWithFile<services::ApplicationService>(
        file, tr("import checks reads a file, not standard input (it carries the password)."),
        path(), exitCode);
    if (!in)
        return exitCode;
    auto report = in->service->importCrossChecks(in->session, in->input);
    if (!report.ok())
        return context.fail(report.error());
    Console &console = context.console();
    if (!report->ok()) {
        for (const auto &e : report->errors)
            console.error(
                tr("line %1, %2: %3")
                    .arg(e.line)
                    .arg(QString::fromStdString(e.column), QString::fromStdString(e.message)));
        console.error(tr("Nothing was imported: %n problem(s) in %1.", nullptr,
                         static_cast<int>(report->errors.size()))
                          .arg(file));
        return kExitUsage;
    }
    console.message(tr("%1 rows: %2 check results recorded, %3 already on file.")
                        .arg(report->rows)
                        .arg(report->imported)
                        .arg(report->unchanged));
    return kExitSuccess;
}

} // namespace relief::cli
