#include "audit_command.h"

#include "audit_verify_command.h"

namespace relief::cli {

AuditCommand::AuditCommand()
{
    add(std::make_unique<AuditVerifyCommand>());
}

QString AuditCommand::summary() const
{
    return tr("Check the audit log.");
}

} // namespace relief::cli
