#include "init_command.h"

#include "cli/console.h"
#include "cli/context.h"
#include "cli/exit_code.h"
#include "cli/option_parser.h"
#include "cli/password_input.h"

#include "services/accounts/account_service.h"
#include "storage/database.h"

#include <QFile>
#include <QFileInfo>

namespace relief::cli {

namespace {
// A failed init leaves no half-made database behind for other commands to trip over.
void removeDatabaseFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}
} // namespace

QString InitCommand::summary() const
{
    return tr("Create the database, the office and its first administrator.");
}

QString InitCommand::description() const
{
    return tr("Takes no --as: the first line of standard input is the new administrator's "
              "password (at least 8 characters; on a terminal it is asked for twice). The "
              "administrator holds all four roles so that the office can start; add the other "
              "staff with 'user add'. A database that is already set up is left unchanged "
              "(exit 1).");
}

void InitCommand::defineOptions(OptionParser &parser) const
{
    parser.addOption(QStringLiteral("--office"), QStringLiteral("NAME"),
                     tr("The office's name, as it appears on notices."), true);
    parser.addOption(QStringLiteral("--admin"), QStringLiteral("USER"),
                     tr("The administrator's user name."), true);
    parser.addOption(QStringLiteral("--area-code"), QStringLiteral("CODE"),
                     tr("The 6 to 12 digit administrative division code, e.g. 110105."));
    parser.addOption(QStringLiteral("--display-name"), QStringLiteral("NAME"),
                     tr("The administrator's full name (default: the user name)."));
}

int InitCommand::execute(Context &context, const OptionParser &options)
{
    if (!context.options().asUser.isEmpty())
        return context.usageError(tr("init takes no --as: nobody can sign in before the office "
                                     "is set up."),
                                  path());

    services::OfficeSetup setup;
    setup.officeName = options.value(QStringLiteral("--office")).toStdString();
    setup.adminUsername = options.value(QStringLiteral("--admin")).toStdString();
    setup.areaCode = options.value(QStringLiteral("--area-code")).toStdString();
    setup.adminDisplayName = options.value(QStringLiteral("--display-name")).toStdString();
    if (auto e = services::AccountService::checkUsername(setup.adminUsername))
        return context.fail(*e);

    // An existing file is checked before the password is asked for, and a missing
    // one is created only after the password has passed.
    const QString file = context.options().databasePath;
    const bool existed = QFileInfo::exists(file);
    if (existed) {
        auto db = context.database();
        if (!db.ok()) {
            // An empty file is an uninitialised database, not a refusal.
            if (QFileInfo(file).size() != 0)
                return context.fail(db.error());
        } else if (!services::AccountService(**db, context.clock()).needsSetup()) {
            return context.fail({ErrorCode::Conflict,
                                 tr("The database %1 is already set up; nothing was changed.")
                                     .arg(context.databaseDisplayPath())
                                     .toStdString(),
                                 "db"});
        }
    }

    auto password = context.passwords().readNewPassword(
        tr("Password for the administrator %1: ").arg(QString::fromStdString(setup.adminUsername)),
        tr("Standard input has no line with the administrator's password."));
    if (!password.ok())
        return context.fail(password.error());
    setup.password = std::move(*password);
    if (auto e = services::AccountService::checkPassword(setup.password))
        return context.fail(*e);

    auto db = context.createDatabase();
    if (!db.ok()) {
        if (!existed)
            removeDatabaseFiles(file);
        return context.fail(db.error());
    }
    auto session = services::AccountService(**db, context.clock()).setupOffice(setup);
    if (!session.ok()) {
        if (!existed) {
            context.closeDatabase();
            removeDatabaseFiles(file);
        }
        return context.fail(session.error());
    }
    context.console().message(tr("The office %1 is set up in %2. The administrator %3 holds all "
                                 "four roles.")
                                  .arg(QString::fromStdString(setup.officeName),
                                       context.databaseDisplayPath(),
                                       QString::fromStdString(setup.adminUsername)));
    return kExitSuccess;
}

} // namespace relief::cli
