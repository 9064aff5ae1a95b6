#include "user_list_command.h"

#include "cli/console.h"
#include "cli/context.h"
#include "cli/exit_code.h"
#include "cli/option_parser.h"
#include "cli/text_table.h"

#include "services/accounts/account_service.h"
#include "storage/database.h"

#include <nlohmann/json.hpp>

namespace relief::cli {

namespace {
nlohmann::json toJson(const std::vector<services::UserInfo> &users)
{
    nlohmann::json list = nlohmann::json::array();
    for (const auto &u : users) {
        nlohmann::json roles = nlohmann::json::array();
        for (Role r : u.roles)
            roles.push_back(std::string(roleKey(r)));
        list.push_back({{"username", u.username},
                        {"display_name", u.displayName},
                        {"roles", roles},
                        {"active", u.active},
                        {"locked", u.locked},
                        {"created_at", u.createdAt}});
    }
    return {{"users", list}};
}
} // namespace

QString UserListCommand::summary() const
{
    return tr("List the staff accounts.");
}

QString UserListCommand::description() const
{
    return tr("Needs the administrator role. Prints a table on standard output, or with --json "
              "one object {\"users\": [{\"username\", \"display_name\", \"roles\" (keys), "
              "\"active\", \"locked\", \"created_at\"}]}.");
}

void UserListCommand::defineOptions(OptionParser &parser) const
{
    parser.addFlag(QStringLiteral("--json"), tr("Print JSON instead of a table."));
}

int UserListCommand::execute(Context &context, const OptionParser &options)
{
    int exitCode = 0;
    auto in = context.signedIn<services::AccountService>(exitCode);
    if (!in)
        return exitCode;
    auto users = in->service->listUsers(in->session);
    if (!users.ok())
        return context.fail(users.error());

    if (options.isSet(QStringLiteral("--json"))) {
        context.console().outLine(QString::fromStdString(toJson(*users).dump(2)));
        return kExitSuccess;
    }
    TextTable table;
    table.setHeader({tr("User"), tr("Name"), tr("Roles"), tr("Status"), tr("Created")});
    for (const auto &u : *users) {
        const QString status = !u.active ? tr("disabled") : u.locked ? tr("locked") : tr("active");
        table.addRow({QString::fromStdString(u.username), QString::fromStdString(u.displayName),
                      context.rolesText(u.roles), status, QString::fromStdString(u.createdAt)});
    }
    context.console().out(table.render());
    return kExitSuccess;
}

} // namespace relief::cli
