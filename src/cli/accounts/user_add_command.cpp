#include "user_add_command.h"

#include "cli/console.h"
#include "cli/context.h"
#include "cli/exit_code.h"
#include "cli/option_parser.h"
#include "cli/password_input.h"

#include "services/accounts/account_service.h"
#include "storage/database.h"

namespace relief::cli {

QString UserAddCommand::summary() const
{
    return tr("Add a staff account with its roles.");
}

QString UserAddCommand::description() const
{
    return tr("The second line of standard input is the new account's password (at least 8 "
              "characters; on a terminal it is asked for twice). Roles: caseworker (经办人), "
              "supervisor (审核审批人), statistician (统计员), admin (系统管理员), separated by "
              "commas; the Chinese names are accepted too.");
}

void UserAddCommand::defineOptions(OptionParser &parser) const
{
    parser.addPositional(QStringLiteral("NAME"), tr("The new account's user name."));
    parser.addOption(QStringLiteral("--roles"), QStringLiteral("ROLES"),
                     tr("Comma-separated roles, e.g. caseworker,supervisor."), true);
    parser.addOption(QStringLiteral("--display-name"), QStringLiteral("TEXT"),
                     tr("The person's full name (default: the user name)."));
}

int UserAddCommand::execute(Context &context, const OptionParser &options)
{
    services::NewUser user;
    user.username = options.positional(0).toStdString();
    user.displayName = options.value(QStringLiteral("--display-name")).toStdString();
    // Bad arguments are found before anything is read or anyone signs in.
    const QString rolesText = options.value(QStringLiteral("--roles"));
    const auto roles = parseRoleList(rolesText.toStdString());
    if (!roles || roles->empty())
        return context.usageError(tr("Unknown or missing role in '%1': use caseworker, "
                                     "supervisor, statistician or admin.")
                                      .arg(rolesText),
                                  path());
    user.roles = *roles;
    if (auto e = services::AccountService::checkUsername(user.username))
        return context.fail(*e);

    auto session = context.signIn();
    if (!session.ok())
        return context.fail(session.error());
    const QString name = QString::fromStdString(user.username);
    auto password = context.passwords().readNewPassword(
        tr("Password for the new account %1: ").arg(name),
        tr("Standard input has no second line with the new account's password."));
    if (!password.ok())
        return context.fail(password.error());
    user.password = std::move(*password);

    auto db = context.database();
    if (!db.ok())
        return context.fail(db.error());
    auto id = services::AccountService(**db, context.clock()).addUser(*session, user);
    if (!id.ok())
        return context.fail(id.error());
    context.console().message(
        tr("Added the account %1 (%2).").arg(name, context.rolesText(user.roles)));
    return kExitSuccess;
}

} // namespace relief::cli
