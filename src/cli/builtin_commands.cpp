#include "builtin_commands.h"

#include "assess_command.h"
#include "audit_command.h"
#include "command_registry.h"
#include "community_command.h"
#include "demo_command.h"
#include "export_command.h"
#include "import_command.h"
#include "init_command.h"
#include "policy_command.h"
#include "user_command.h"
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
    registry.add(std::make_unique<AssessCommand>());
    registry.add(std::make_unique<AuditCommand>());
    registry.add(std::make_unique<VersionCommand>());
}

} // namespace relief::cli
