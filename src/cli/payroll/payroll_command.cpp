#include "payroll_command.h"

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
    add(std::make_unique<PayrollReconcileCommand>());
    add(std::make_unique<PayrollFailedCommand>());
    add(std::make_unique<PayrollConfirmAccountCommand>());
}

QString PayrollCommand::summary() const
{
    return tr("The monthly payroll (待遇发放): generate, submit, approve, lock, holds, show, "
              "lines, export, reconcile, failed payments.");
}

} // namespace relief::cli
