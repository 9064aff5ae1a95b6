#include "policy_command.h"

#include "policy_export_command.h"
#include "policy_import_command.h"
#include "policy_list_command.h"

namespace relief::cli {

PolicyCommand::PolicyCommand()
{
    add(std::make_unique<PolicyImportCommand>());
    add(std::make_unique<PolicyExportCommand>());
    add(std::make_unique<PolicyListCommand>());
}

QString PolicyCommand::summary() const
{
    return tr("Policy parameter sets: import, export, list.");
}

} // namespace relief::cli
