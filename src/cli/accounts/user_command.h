#pragma once

// `user …`: staff accounts. Every subcommand signs in with --as; the services
// check that the signed-in user holds the administrator role.

#include "cli/command_group.h"

namespace relief::cli {

class UserCommand final : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(UserCommand)
public:
    UserCommand();
    QString name() const override { return QStringLiteral("user"); }
    QString summary() const override;
};

} // namespace relief::cli
