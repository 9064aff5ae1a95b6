#include "user_reset_password_command.h"

#include "cli/console.h"
#include "cli/context.h"
#include "cli/exit_code.h"
#include "cli/option_parser.h"
#include "cli/password_input.h"

#include "services/accounts/account_service.h"
#include "storage/database.h"

namespace relief::cli {

QString UserResetPasswordCommand::summary() const
{
    return tr("Set a new password for an account.");
}

QString UserResetPasswordCommand::description() const
{
    return tr("Needs the administrator role. The second line of standard input is the new "
              "password (at least 8 characters; on a terminal it is asked for twice). The "
              "account must choose its own password at its next sign-in to the app.");
}

void UserResetPasswordCommand::defineOptions(OptionParser &parser) const
{
    parser.addPositional(QStringLiteral("NAME"), tr("The account's user name."));
}

int UserResetPasswordCommand::execute(Context &context, const OptionParser &options)
{
    auto session = context.signIn();
    if (!session.ok())
        return context.fail(session.error());
    const QString name = options.positional(0);
    auto password = context.passwords().readNewPassword(
        tr("New password for %1: ").arg(name),
        tr("Standard input has no second line with the new password."));
    if (!password.ok())
        return context.fail(password.error());
    auto db = context.database();
    if (!db.ok())
        return context.fail(db.error());
    auto done = services::AccountService(**db, context.clock())
                    .resetPassword(*session, name.toStdString(), *password);
    if (!done.ok())
        return context.fail(done.error());
    context.console().message(tr("The password of %1 is reset.").arg(name));
    return kExitSuccess;
}

} // namespace relief::cli
