#include "user_set_active_command.h"

#include "cli/console.h"
#include "cli/context.h"
#include "cli/exit_code.h"
#include "cli/option_parser.h"

#include "services/accounts/account_service.h"
#include "storage/database.h"

namespace relief::cli {

QString UserSetActiveCommand::name() const
{
    return m_active ? QStringLiteral("enable") : QStringLiteral("disable");
}

QString UserSetActiveCommand::summary() const
{
    return m_active ? tr("Enable a disabled account again.")
                    : tr("Disable an account: it can no longer sign in.");
}

QString UserSetActiveCommand::description() const
{
    return m_active ? tr("Needs the administrator role.")
                    : tr("Needs the administrator role. Accounts are never deleted, since the "
                         "audit log refers to them; you cannot disable your own account or the "
                         "last active administrator.");
}

void UserSetActiveCommand::defineOptions(OptionParser &parser) const
{
    parser.addPositional(QStringLiteral("NAME"), tr("The account's user name."));
}

int UserSetActiveCommand::execute(Context &context, const OptionParser &options)
{
    int exitCode = 0;
    auto in = context.signedIn<services::AccountService>(exitCode);
    if (!in)
        return exitCode;
    const QString name = options.positional(0);
    auto done = in->service->setActive(in->session, name.toStdString(), m_active);
    if (!done.ok())
        return context.fail(done.error());
    context.console().message(m_active ? tr("The account %1 is enabled.").arg(name)
                                       : tr("The account %1 is disabled.").arg(name));
    return kExitSuccess;
}

} // namespace relief::cli
