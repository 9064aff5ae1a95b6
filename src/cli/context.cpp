#include "context.h"

#include "console.h"
#include "exit_code.h"
#include "password_input.h"

#include "services/accounts/account_service.h"
#include "storage/database.h"
#include "storage/private_files.h"

#include <QDir>
#include <QFileInfo>

namespace relief::cli {

Context::Context(GlobalOptions options, Console &console, PasswordInput &passwords,
                 const services::Clock &clock)
    : m_options(std::move(options))
    , m_console(console)
    , m_passwords(passwords)
    , m_clock(clock)
{ }

Context::~Context() = default;

QString Context::rolesText(const RoleSet &roles) const
{
    if (english())
        return QString::fromStdString(roleKeys(roles));
    QStringList names;
    for (Role r : roles)
        names << QString::fromUtf8(roleChineseName(r).data(),
                                   static_cast<qsizetype>(roleChineseName(r).size()));
    return names.join(QStringLiteral("、"));
}

QString Context::databaseDisplayPath() const
{
    return QDir::toNativeSeparators(QFileInfo(m_options.databasePath).absoluteFilePath());
}

Result<storage::Database *> Context::database()
{
    return open(false);
}

Result<storage::Database *> Context::createDatabase()
{
    return open(true);
}

void Context::closeDatabase()
{
    m_db.reset();
}

Result<storage::Database *> Context::open(bool create)
{
    if (m_db)
        return m_db.get();
    const QString path = m_options.databasePath;
    const QFileInfo info(path);
    if (!create && !info.exists())
        return Error {ErrorCode::NotFound,
                      tr("There is no database at %1. Check --db or RELIEFDESK_DB, or create one "
                         "with: reliefdesk-cli --db %1 init --office NAME --admin USER")
                          .arg(databaseDisplayPath())
                          .toStdString(),
                      "db"};
    if (create && !info.exists())
        storage::createPrivateDirectories(info.absolutePath().toStdString());
    const storage::OpenMode mode =
        create ? storage::OpenMode::CreateIfMissing : storage::OpenMode::ExistingOnly;
    auto db = storage::Database::open(path.toStdString(), {mode});
    if (!db.ok())
        // The storage layer's reason is technical and untranslated; say in the
        // user's language that the file was refused and left alone.
        return Error {db.error().code == ErrorCode::NotFound ? ErrorCode::NotFound
                                                             : ErrorCode::Storage,
                      tr("The database %1 was refused and left untouched: %2")
                          .arg(databaseDisplayPath(), QString::fromStdString(db.error().message))
                          .toStdString(),
                      "db"};
    m_db = std::move(db.value());
    return m_db.get();
}

Result<services::Session> Context::signIn()
{
    const QString user = m_options.asUser;
    if (user.isEmpty())
        return Error::invalid("as",
                              tr("This command needs a signed-in user: give --as USER before the "
                                 "command and the password on the first line of standard input.")
                                  .toStdString());
    auto db = database();
    if (!db.ok())
        return db.error();
    auto password = m_passwords.readPassword(
        tr("Password of %1: ").arg(user),
        tr("Standard input has no line with the password of %1.").arg(user));
    if (!password.ok())
        return password.error();
    services::AccountService accounts(**db, m_clock);
    auto session = accounts.login(user.toStdString(), *password);
    if (session.ok() && session->mustChangePassword)
        m_console.message(tr("Note: an administrator reset the password of %1; until you choose "
                             "a new one in the app, commands that change data are refused.")
                              .arg(user));
    return session;
}

int Context::fail(const Error &error)
{
    m_console.error(QString::fromStdString(error.message));
    return error.code == ErrorCode::InvalidInput ? kExitUsage : kExitFailure;
}

int Context::usageError(const QString &message, const QString &commandPath)
{
    m_console.error(message);
    const QString help = commandPath.isEmpty()
        ? QStringLiteral("reliefdesk-cli --help")
        : QStringLiteral("reliefdesk-cli %1 --help").arg(commandPath);
    m_console.message(tr("Run '%1' for help.").arg(help));
    return kExitUsage;
}

} // namespace relief::cli
