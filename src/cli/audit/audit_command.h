#pragma once

// `audit …`: the audit log. Now only `verify`; later issues may add queries.

#include "cli/command_group.h"

namespace relief::cli {

class AuditCommand final : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)
public:
    AuditCommand();
    QString name() const override { return QStringLiteral("audit"); }
    QString summary() const override;
};

} // namespace relief::cli
