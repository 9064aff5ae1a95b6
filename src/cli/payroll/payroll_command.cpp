#include "payroll_command.h"

#include "cli/context.h"
#include "cli/exit_code.h"
#include "cli/option_parser.h"

namespace relief::cli {

PayrollCommand::PayrollCommand()
{
    add(std::make_unique<PayrollStepCommand>(payroll::RollStep::Generate));
    add(std::make_unique<PayrollStepCommand>(payroll::RollStep::Submit));
    add(std::make_unique<PayrollReturnCommand>());
    add(std::make_unique<PayrollStepCommand>(payroll::RollStep::Approve));
    add(std::make_unique<PayrollStepCommand>(payroll::RollStep::Lock));
    add(std::make_unique<PayrollHoldCommand>(false));
    add(std::make_unique<PayrollHoldCommand>(true));
    add(std::make_unique<PayrollShowCommand>());
    add(std::make_unique<PayrollLinesCommand>());
    add(std::make_unique<PayrollExportCommand>());
    add(std::make_unique<PayrollNotYetCommand>(true));
}

QString PayrollCommand::summary() const
{
    return tr("The monthly payroll (待遇发放): generate, submit, approve, lock, holds, show, "
              "lines, export.");
}

QString PayrollNotYetCommand::summary() const
{
    return m_reconcile ? tr("Import a bank result (回盘) for a locked roll: not yet available.")
                       : tr("Write a locked roll's bank files (代发): not yet available.");
}

void PayrollNotYetCommand::defineOptions(OptionParser &parser) const
{
    parser.addOption(QStringLiteral("--month"), QStringLiteral("YYYY-MM"), tr("the roll's month"));
    parser.addOption(QStringLiteral("--template"), QStringLiteral("NAME"), tr("the bank template"));
    if (m_reconcile)
        parser.addOption(QStringLiteral("--file"), QStringLiteral("FILE"), tr("the bank result"));
    else
        parser.addOption(QStringLiteral("--out"), QStringLiteral("DIR"),
                         tr("the folder for the files"));
}

int PayrollNotYetCommand::execute(Context &context, const OptionParser &)
{
    return context.usageError(
        m_reconcile ? tr("payroll reconcile is not yet available: bank results come with the "
                         "bank files in a later version.")
                    : tr("payroll export is not yet available: bank files come in a later "
                         "version."),
        path());
}

} // namespace relief::cli
