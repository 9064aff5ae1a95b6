#include "user_command.h"

#include "user_add_command.h"
#include "user_list_command.h"
#include "user_reset_password_command.h"
#include "user_set_active_command.h"

namespace relief::cli {

UserCommand::UserCommand()
{
    add(std::make_unique<UserAddCommand>());
    add(std::make_unique<UserListCommand>());
    add(std::make_unique<UserSetActiveCommand>(false));
    add(std::make_unique<UserSetActiveCommand>(true));
    add(std::make_unique<UserResetPasswordCommand>());
}

QString UserCommand::summary() const
{
    return tr("Manage staff accounts (administrators).");
}

} // namespace relief::cli
