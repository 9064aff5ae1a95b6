#include "community_command.h"

#include "cli/console.h"
#include "cli/context.h"
#include "cli/exit_code.h"
#include "cli/option_parser.h"
#include "cli/text_table.h"

#include "services/registry/registry_service.h"

namespace relief::cli {

CommunityCommand::CommunityCommand()
{
    add(std::make_unique<CommunityAddCommand>());
    add(std::make_unique<CommunityListCommand>());
}

QString CommunityCommand::summary() const
{
    return tr("Communities (社区): add, list.");
}

QString CommunityAddCommand::summary() const
{
    return tr("Add a community with the code that starts its household numbers "
              "(administrators).");
}

void CommunityAddCommand::defineOptions(OptionParser &parser) const
{
    parser.addOption(QStringLiteral("--code"), QStringLiteral("CODE"),
                     tr("1 to 8 letters or digits, e.g. XF: household numbers XF00001, …"), true);
    parser.addPositional(QStringLiteral("NAME"), tr("the community's name, e.g. 幸福社区"));
}

int CommunityAddCommand::execute(Context &context, const OptionParser &options)
{
    int exitCode = 0;
    auto in = context.signedIn<services::RegistryService>(exitCode);
    if (!in)
        return exitCode;
    services::CommunityInput input;
    input.code = options.value(QStringLiteral("--code")).toStdString();
    input.name = options.positional(0).toStdString();
    auto id = in->service->addCommunity(in->session, input);
    if (!id.ok()) {
        const Error &e = id.error();
        if (e.code == ErrorCode::InvalidInput)
            context.console().error(tr("%1: %2").arg(QString::fromStdString(e.field),
                                                     QString::fromStdString(e.message)));
        else
            context.console().error(QString::fromStdString(e.message));
        return e.code == ErrorCode::InvalidInput ? kExitUsage : kExitFailure;
    }
    context.console().message(tr("Community %1 added.").arg(options.positional(0)));
    return kExitSuccess;
}

QString CommunityListCommand::summary() const
{
    return tr("List the communities with their codes.");
}

int CommunityListCommand::execute(Context &context, const OptionParser &)
{
    int exitCode = 0;
    auto in = context.signedIn<services::RegistryService>(exitCode);
    if (!in)
        return exitCode;
    auto list = in->service->communities(in->session);
    if (!list.ok())
        return context.fail(list.error());
    TextTable table;
    table.setHeader({tr("Code"), tr("Name"), tr("Status")});
    for (const auto &c : *list)
        table.addRow({QString::fromStdString(c.code), QString::fromStdString(c.name),
                      c.active ? tr("in use") : tr("not in use")});
    context.console().out(table.render());
    return kExitSuccess;
}

} // namespace relief::cli
