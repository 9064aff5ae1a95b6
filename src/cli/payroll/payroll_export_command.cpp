#include "payroll_command.h"

#include "payroll_options.h"

#include "cli/console.h"
#include "cli/context.h"
#include "cli/exit_code.h"
#include "cli/option_parser.h"

#include "domain/bank/bank_template.h"
#include "services/bank/bank_service.h"

#include <QDir>

namespace relief::cli {

QString PayrollExportCommand::summary() const
{
    return tr("Write a locked roll's bank files (代发) with a bank template (caseworkers and "
              "supervisors).");
}

QString PayrollExportCommand::description() const
{
    return tr("One file per programme, split at the template's row limit, named "
              "YYYY-MM_<programme>_<n>; one row per payee account and programme. Shipped "
              "templates: generic-csv, xlsx-daifa, pipe-gb18030. A roll that is not locked, or "
              "with a payment lacking a valid account, is refused and nothing is written (the "
              "message names each household to fix). Prints the files written on standard "
              "output: path, rows, total.");
}

void PayrollExportCommand::defineOptions(OptionParser &parser) const
{
    parser.addOption(QStringLiteral("--month"), QStringLiteral("YYYY-MM"),
                     tr("the roll's month, e.g. 2025-12"), true);
    parser.addOption(QStringLiteral("--template"), QStringLiteral("ID"),
                     tr("the bank template, e.g. generic-csv"), true);
    parser.addOption(QStringLiteral("--out"), QStringLiteral("DIR"),
                     tr("the folder for the files (created when missing)"), true);
}

int PayrollExportCommand::execute(Context &context, const OptionParser &options)
{
    int exitCode = 0;
    const auto month = PayrollOptions::month(context, options, path(), exitCode);
    if (!month)
        return exitCode;
    const QString templateId = options.value(QStringLiteral("--template")).trimmed();
    if (templateId.isEmpty())
        return context.usageError(tr("--template: name the bank template, e.g. generic-csv."),
                                  path());
    const QString out = options.value(QStringLiteral("--out"));
    if (out.trimmed().isEmpty())
        return context.usageError(tr("--out: name the folder for the bank files."), path());
    auto in = context.signedIn<services::BankService>(exitCode);
    if (!in)
        return exitCode;
    auto done = in->service->exportRoll(in->session, *month, templateId.toStdString(),
                                        QDir(out).absolutePath().toStdString());
    if (!done.ok()) {
        if (done.error().code == ErrorCode::NotFound && done.error().field == "template")
            return context.usageError(PayrollOptions::text(done.error().message), path());
        return PayrollOptions::fail(context, done.error());
    }
    for (const auto &f : done->files)
        context.console().outLine(QStringLiteral("%1\t%2\t%3")
                                      .arg(PayrollOptions::text(f.path))
                                      .arg(f.rows)
                                      .arg(PayrollOptions::text(f.total.toString())));
    context.console().message(tr("%n bank file(s) written for %1: %2 payment(s), %3 yuan.", nullptr,
                                 static_cast<int>(done->files.size()))
                                  .arg(PayrollOptions::text(month->toString()))
                                  .arg(done->payments)
                                  .arg(PayrollOptions::text(done->amount.toString())));
    return kExitSuccess;
}

} // namespace relief::cli
