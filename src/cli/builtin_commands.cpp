#include "builtin_commands.h"

#include "cli/accounts/init_command.h"
#include "cli/accounts/user_command.h"
#include "cli/audit/audit_command.h"
#include "cli/payroll/payroll_command.h"
#include "cli/payroll/prices_command.h"
#include "cli/policy/assess_command.h"
#include "cli/policy/policy_command.h"
#include "cli/registry/community_command.h"
#include "cli/registry/demo_command.h"
#include "cli/review/review_command.h"
#include "cli/registry/export_command.h"
#include "cli/registry/import_command.h"
#include "command_registry.h"
#include "version_command.h"

namespace relief::cli {

void addBuiltinCommands(CommandRegistry &registry)
{
    registry.add(std::make_unique<InitCommand>());
    registry.add(std::make_unique<UserCommand>());
    registry.add(std::make_unique<PolicyCommand>());
    registry.add(std::make_unique<CommunityCommand>());
    registry.add(std::make_unique<ImportCommand>());
    registry.add(std::make_unique<ExportCommand>());
    registry.add(std::make_unique<DemoCommand>());
    registry.add(std::make_unique<PayrollCommand>());
    registry.add(std::make_unique<ReviewCommand>());
    registry.add(std::make_unique<PricesCommand>());
    registry.add(std::make_unique<AssessCommand>());
    registry.add(std::make_unique<AuditCommand>());
    registry.add(std::make_unique<VersionCommand>());
}

} // namespace relief::cli
