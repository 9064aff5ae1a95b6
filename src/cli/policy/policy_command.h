#pragma once

// `policy import|export|list`: the versioned policy parameter sets (data-formats §1).

#include "cli/command_group.h"

namespace relief::cli {

class PolicyCommand final : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(PolicyCommand)
public:
    PolicyCommand();
    QString name() const override { return QStringLiteral("policy"); }
    QString summary() const override;
};

} // namespace relief::cli
