#include "payroll_command.h"

#include "payroll_options.h"

#include "cli/console.h"
#include "cli/context.h"
#include "cli/exit_code.h"
#include "cli/option_parser.h"

#include "services/bank/bank_service.h"

#include <QFileInfo>

namespace relief::cli {

namespace {

QString rowLine(const services::ReconcileRowView &r)
{
    return QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
        .arg(r.row)
        .arg(PayrollOptions::text(r.account), PayrollOptions::text(r.amount.toString()),
             PayrollOptions::text(r.result), PayrollOptions::text(r.reason),
             PayrollOptions::text(r.why));
}

} // namespace

QString PayrollReconcileCommand::summary() const
{
    return tr("Read the bank's result file (回盘) of a locked roll (caseworkers and supervisors).");
}

QString PayrollReconcileCommand::description() const
{
    return tr("The file (CSV in UTF-8 or GB18030, or xlsx) is read through the template's result "
              "columns; the header may stand below summary lines and the columns in any order. "
              "Each row is matched to the roll's latest export by account and amount; matched "
              "payments are marked paid or failed with the bank's reason, and the roll becomes "
              "reconciled when no payment is pending. Rows that match nothing are printed on "
              "standard output (row, account, amount, result, reason, why) and never guessed. A "
              "file with a bad row is refused as a whole. Reading the same file again changes "
              "nothing; a corrected file changes only the rows it names. --dry-run reads and "
              "matches without writing.");
}

void PayrollReconcileCommand::defineOptions(OptionParser &parser) const
{
    parser.addOption(QStringLiteral("--month"), QStringLiteral("YYYY-MM"),
                     tr("the roll's month, e.g. 2025-12"), true);
    parser.addOption(QStringLiteral("--template"), QStringLiteral("ID"),
                     tr("the bank template whose result columns read the file"), true);
    parser.addOption(QStringLiteral("--file"), QStringLiteral("FILE"),
                     tr("the bank's result file (.csv or .xlsx)"), true);
    parser.addOption(QStringLiteral("--programme"), QStringLiteral("KEY"),
                     tr("match only this programme's payments, e.g. dibao"));
    parser.addFlag(QStringLiteral("--dry-run"), tr("read and match, change nothing"));
}

int PayrollReconcileCommand::execute(Context &context, const OptionParser &options)
{
    int exitCode = 0;
    const auto month = PayrollOptions::month(context, options, path(), exitCode);
    if (!month)
        return exitCode;
    const QString templateId = options.value(QStringLiteral("--template")).trimmed();
    if (templateId.isEmpty())
        return context.usageError(tr("--template: name the bank template, e.g. generic-csv."),
                                  path());
    const QString file = options.value(QStringLiteral("--file"));
    auto in = context.signedInWithFile<services::BankService>(
        file, tr("--file: standard input carries the password; name the result file."), path(),
        exitCode);
    if (!in)
        return exitCode;
    services::ReconcileOptions o;
    o.fileName = QFileInfo(file).fileName().toStdString();
    o.dryRun = options.isSet(QStringLiteral("--dry-run"));
    const QString programme = options.value(QStringLiteral("--programme")).trimmed();
    if (!programme.isEmpty())
        o.programme = programme.toStdString();
    auto done = in->service->reconcile(in->session, *month, templateId.toStdString(), in->input, o);
    if (!done.ok()) {
        if (done.error().code == ErrorCode::NotFound && done.error().field == "template")
            return context.usageError(PayrollOptions::text(done.error().message), path());
        return PayrollOptions::fail(context, done.error());
    }
    const services::ReconcileReport &r = *done;
    if (!r.errors.empty()) {
        for (const auto &e : r.errors)
            context.console().error(
                tr("row %1, %2: %3")
                    .arg(e.row)
                    .arg(PayrollOptions::text(e.column), PayrollOptions::text(e.message)));
        context.console().error(tr("%n row(s) of the result file are not valid; nothing was "
                                   "recorded. Correct the file and read it again.",
                                   nullptr, static_cast<int>(r.errors.size())));
        return kExitUsage;
    }
    for (const auto &u : r.unmatched)
        context.console().outLine(rowLine(u));
    for (const auto &u : r.refused)
        context.console().outLine(rowLine(u));
    QString summary =
        tr("%1: %2 row(s) read (header on row %3, %4); %5 paid, %6 failed; %7 changed, %8 "
           "already recorded; %9 unmatched.")
            .arg(PayrollOptions::text(month->toString()))
            .arg(r.rows)
            .arg(r.headerRow)
            .arg(PayrollOptions::text(r.encoding))
            .arg(r.paid)
            .arg(r.failed)
            .arg(r.changed)
            .arg(r.unchanged)
            .arg(r.unmatched.size() + r.refused.size());
    context.console().message(summary);
    if (o.dryRun)
        context.console().message(tr("Dry run: nothing was recorded."));
    else if (r.changed == 0)
        context.console().message(tr("Nothing changed: every matched payment already had this "
                                     "result."));
    if (r.reconciled)
        context.console().message(tr("Every payment has a result: the roll is reconciled."));
    else
        context.console().message(tr("%n payment(s) still without a result.", nullptr, r.pending));
    return kExitSuccess;
}

QString PayrollFailedCommand::summary() const
{
    return tr("List failed payments and what their reissue waits for (PR-7).");
}

void PayrollFailedCommand::defineOptions(OptionParser &) const { }

int PayrollFailedCommand::execute(Context &context, const OptionParser &)
{
    int exitCode = 0;
    auto in = context.signedIn<services::BankService>(exitCode);
    if (!in)
        return exitCode;
    auto list = in->service->failedPayments(in->session);
    if (!list.ok())
        return PayrollOptions::fail(context, list.error());
    context.console().outLine(
        QStringLiteral("payment\tmonth\tprogramme\thousehold\tpayee\tamount\treason\tstatus"));
    for (const auto &f : *list)
        context.console().outLine(
            QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7\t%8")
                .arg(f.paymentId)
                .arg(PayrollOptions::text(f.month), PayrollOptions::text(f.programme),
                     PayrollOptions::text(f.householdNumber), PayrollOptions::text(f.payeeName),
                     PayrollOptions::text(f.amount.toString()), PayrollOptions::text(f.reason),
                     PayrollOptions::text(f.status)));
    return kExitSuccess;
}

QString PayrollConfirmAccountCommand::summary() const
{
    return tr("Confirm that a failed payment's unchanged account may be paid again (PR-7).");
}

void PayrollConfirmAccountCommand::defineOptions(OptionParser &parser) const
{
    parser.addOption(QStringLiteral("--payment"), QStringLiteral("ID"),
                     tr("the failed payment (see payroll failed)"), true);
    parser.addOption(QStringLiteral("--note"), QStringLiteral("TEXT"),
                     tr("why, e.g. the bank lifted the freeze"), true);
}

int PayrollConfirmAccountCommand::execute(Context &context, const OptionParser &options)
{
    bool ok = false;
    const qlonglong id = options.value(QStringLiteral("--payment")).trimmed().toLongLong(&ok);
    if (!ok || id <= 0)
        return context.usageError(tr("--payment: give the payment's number (a whole number above "
                                     "0), as payroll failed lists it."),
                                  path());
    int exitCode = 0;
    auto in = context.signedIn<services::BankService>(exitCode);
    if (!in)
        return exitCode;
    auto done = in->service->confirmAccount(in->session, id,
                                            options.value(QStringLiteral("--note")).toStdString());
    if (!done.ok())
        return PayrollOptions::fail(context, done.error());
    context.console().message(tr("Payment %1 of household %2: the account is confirmed; the "
                                 "next roll reissues it.")
                                  .arg(id)
                                  .arg(PayrollOptions::text(done->householdNumber)));
    return kExitSuccess;
}

} // namespace relief::cli
