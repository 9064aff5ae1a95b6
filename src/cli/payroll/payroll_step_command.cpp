#include "payroll_command.h"

#include "payroll_options.h"

#include "cli/console.h"
#include "cli/context.h"
#include "cli/exit_code.h"
#include "cli/option_parser.h"

#include "services/payroll/payroll_service.h"

namespace relief::cli {

namespace {

// The problems of a freshly generated roll, on standard error (at most a screenful).
void reportProblems(Context &context, const std::vector<services::RollProblemView> &problems)
{
    constexpr size_t kShown = 20;
    int blocking = 0;
    for (const auto &p : problems)
        blocking += p.blocking ? 1 : 0;
    if (problems.empty())
        return;
    context.console().message(PayrollStepCommand::tr("%n problem(s), %1 of them blocking approval:",
                                                     nullptr, static_cast<int>(problems.size()))
                                  .arg(blocking));
    for (size_t i = 0; i < problems.size() && i < kShown; ++i)
        context.console().message(QStringLiteral("  ") +
                                  QString::fromStdString(problems[i].message));
    if (problems.size() > kShown)
        context.console().message(
            PayrollStepCommand::tr("  … and %n more: 'payroll lines' lists the lines.", nullptr,
                                   static_cast<int>(problems.size() - kShown)));
}

} // namespace

QString PayrollStepCommand::name() const
{
    return PayrollOptions::key(payroll::rollStepKey(m_step));
}

QString PayrollStepCommand::summary() const
{
    switch (m_step) {
    case payroll::RollStep::Generate:
        return tr("Generate the month's draft roll from the cases' decisions (caseworkers).");
    case payroll::RollStep::Submit:
        return tr("Submit the draft roll for approval (caseworkers).");
    case payroll::RollStep::Approve:
        return tr("Approve a submitted roll (a supervisor who did not submit it).");
    case payroll::RollStep::Lock:
        return tr("Lock an approved roll: its totals and the audit log's head are recorded "
                  "(supervisors).");
    default:
        return {};
    }
}

QString PayrollStepCommand::description() const
{
    switch (m_step) {
    case payroll::RollStep::Generate:
        return tr("Replaces the month's draft, if there is one. A new month needs the previous "
                  "month's roll locked (the first roll needs nothing). A submitted, approved "
                  "or locked roll is refused. Prints the lines, the amount and the problems "
                  "found (an account missing or invalid blocks approval).");
    case payroll::RollStep::Approve:
        return tr("Four-eyes: the supervisor who approves must not be the one who submitted. "
                  "A roll with a blocking problem is refused.");
    case payroll::RollStep::Lock:
        return tr("A locked roll never changes. Prints 'head: ID HASH', the audit log's head "
                  "recorded with the roll, on standard output: it goes on the roll's papers.");
    default:
        return {};
    }
}

void PayrollStepCommand::defineOptions(OptionParser &parser) const
{
    parser.addOption(QStringLiteral("--month"), QStringLiteral("YYYY-MM"),
                     tr("the roll's month, e.g. 2025-12"), true);
}

int PayrollStepCommand::execute(Context &context, const OptionParser &options)
{
    int exitCode = 0;
    const auto month = PayrollOptions::month(context, options, path(), exitCode);
    if (!month)
        return exitCode;
    auto in = context.signedIn<services::PayrollService>(exitCode);
    if (!in)
        return exitCode;
    services::PayrollService &payroll = *in->service;
    const QString m = PayrollOptions::text(month->toString());
    Result<services::RollSummary> done = Error {};
    switch (m_step) {
    case payroll::RollStep::Generate:
        done = payroll.generate(in->session, *month);
        break;
    case payroll::RollStep::Submit:
        done = payroll.submit(in->session, *month);
        break;
    case payroll::RollStep::Approve:
        done = payroll.approve(in->session, *month);
        break;
    case payroll::RollStep::Lock:
        done = payroll.lock(in->session, *month);
        break;
    default:
        return kExitUsage;
    }
    if (!done.ok())
        return PayrollOptions::fail(context, done.error());
    const services::RollSummary &roll = *done;
    const QString amount = PayrollOptions::text(roll.amount.toString());
    switch (m_step) {
    case payroll::RollStep::Generate: {
        context.console().message(
            tr("The roll of %1 is generated as a draft: %n line(s), %2 yuan.", nullptr, roll.lines)
                .arg(m, amount));
        if (roll.priceSubsidyTriggered)
            context.console().message(
                tr("The price indices of %1 trigger price subsidies (临时价补): their lines are "
                   "in the roll.")
                    .arg(m));
        auto overview = payroll.overview(in->session, *month);
        if (overview.ok() && *overview)
            reportProblems(context, (*overview)->problems);
        break;
    }
    case payroll::RollStep::Submit:
        context.console().message(
            tr("The roll of %1 is submitted for approval: %n line(s), %2 yuan.", nullptr,
               roll.lines)
                .arg(m, amount));
        break;
    case payroll::RollStep::Approve:
        context.console().message(
            tr("The roll of %1 is approved by %2.").arg(m, PayrollOptions::text(roll.approvedBy)));
        break;
    case payroll::RollStep::Lock: {
        const int lines = roll.lockedLines.value_or(roll.lines);
        const QString lockedAmount =
            PayrollOptions::text(roll.lockedAmount.value_or(roll.amount).toString());
        context.console().message(
            tr("The roll of %1 is locked: %n line(s), %2 yuan. It can no longer change.", nullptr,
               lines)
                .arg(m, lockedAmount));
        if (roll.auditHeadId)
            context.console().outLine(QStringLiteral("head: %1 %2")
                                          .arg(*roll.auditHeadId)
                                          .arg(PayrollOptions::text(roll.auditHeadHash)));
        break;
    }
    default:
        break;
    }
    return kExitSuccess;
}

QString PayrollReturnCommand::summary() const
{
    return tr("Return a submitted roll to draft with the reason (supervisors).");
}

void PayrollReturnCommand::defineOptions(OptionParser &parser) const
{
    parser.addOption(QStringLiteral("--month"), QStringLiteral("YYYY-MM"),
                     tr("the roll's month, e.g. 2025-12"), true);
    parser.addOption(QStringLiteral("--reason"), QStringLiteral("TEXT"),
                     tr("why it goes back, for the caseworker and the audit log"), true);
}

int PayrollReturnCommand::execute(Context &context, const OptionParser &options)
{
    int exitCode = 0;
    const auto month = PayrollOptions::month(context, options, path(), exitCode);
    if (!month)
        return exitCode;
    const QString reason = options.value(QStringLiteral("--reason")).trimmed();
    if (reason.isEmpty())
        return context.usageError(tr("--reason: say why the roll goes back."), path());
    auto in = context.signedIn<services::PayrollService>(exitCode);
    if (!in)
        return exitCode;
    auto done = in->service->returnToDraft(in->session, *month, reason.toStdString());
    if (!done.ok())
        return PayrollOptions::fail(context, done.error());
    context.console().message(
        tr("The roll of %1 is back in draft.").arg(PayrollOptions::text(month->toString())));
    return kExitSuccess;
}

QString PayrollHoldCommand::summary() const
{
    return m_release ? tr("Release a held line of a draft roll (caseworkers).")
                     : tr("Hold a line of a draft roll with the reason (caseworkers).");
}

void PayrollHoldCommand::defineOptions(OptionParser &parser) const
{
    parser.addOption(QStringLiteral("--line"), QStringLiteral("ID"),
                     tr("the line's number, as 'payroll lines' shows it"), true);
    if (!m_release)
        parser.addOption(QStringLiteral("--reason"), QStringLiteral("TEXT"),
                         tr("why it is held, e.g. 待核实"), true);
}

int PayrollHoldCommand::execute(Context &context, const OptionParser &options)
{
    int exitCode = 0;
    const auto line = PayrollOptions::lineId(context, options, path(), exitCode);
    if (!line)
        return exitCode;
    const QString reason = options.value(QStringLiteral("--reason")).trimmed();
    if (!m_release && reason.isEmpty())
        return context.usageError(tr("--reason: say why the line is held."), path());
    auto in = context.signedIn<services::PayrollService>(exitCode);
    if (!in)
        return exitCode;
    const Status done = m_release ? in->service->release(in->session, *line)
                                  : in->service->hold(in->session, *line, reason.toStdString());
    if (!done.ok())
        return PayrollOptions::fail(context, done.error());
    context.console().message(m_release ? tr("Line %1 is released.").arg(*line)
                                        : tr("Line %1 is held.").arg(*line));
    return kExitSuccess;
}

} // namespace relief::cli
