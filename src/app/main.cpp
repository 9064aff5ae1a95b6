// reliefdesk: the desktop application. Arguments, logging, language and the
// database file are settled here; the flow itself is ApplicationController's.

#include "gui/applications/application_controller.h"
#include "gui/shell/app_context.h"

#include "services/clock.h"
#include "services/logging.h"
#include "services/translations.h"
#include "storage/database.h"
#include "storage/private_files.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QFont>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

#include <spdlog/spdlog.h>

namespace {

// --db PATH, else RELIEFDESK_DB, else the shared default in the data folder.
QString databasePath(const QCommandLineParser &parser, const QString &dataDir)
{
    if (parser.isSet(QStringLiteral("db")))
        return parser.value(QStringLiteral("db"));
    const QString fromEnv = qEnvironmentVariable("RELIEFDESK_DB");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return dataDir + QStringLiteral("/reliefdesk.db");
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication::setOrganizationName(QStringLiteral("ReliefDesk"));
    QApplication::setApplicationName(QStringLiteral("reliefdesk"));
    QApplication::setApplicationVersion(QStringLiteral(RELIEF_VERSION));
    QApplication app(argc, argv);

    QSettings settings;
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    relief::storage::createPrivateDirectories(dataDir.toStdString());

    relief::services::LogOptions log;
    log.directory = (dataDir + QStringLiteral("/logs")).toStdString();
    log.level = settings.value(QStringLiteral("log/level"), QStringLiteral("info"))
                    .toString()
                    .toStdString();
#ifndef NDEBUG
    log.console = true;
#endif
    const QString logFile = QString::fromStdString(relief::services::setupLogging(log));
    relief::services::routeQtMessagesToLog();

    const QString language =
        settings.value(QStringLiteral("ui/language"), QStringLiteral("zh")).toString();
    if (relief::services::installTranslations(app, language).startsWith(u"zh")) {
        QFont font(QStringLiteral("Noto Sans CJK SC"));
        font.setPointSizeF(QApplication::font().pointSizeF());
        QApplication::setFont(font);
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "ReliefDesk: social-assistance case management."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("db"),
                      QCoreApplication::translate("main", "Use the database file <path>."),
                      QStringLiteral("path")});
    parser.process(app);

    const QString path = databasePath(parser, dataDir);
    relief::storage::createPrivateDirectories(QFileInfo(path).absolutePath().toStdString());
    spdlog::info("ReliefDesk {} starting; database {}", RELIEF_VERSION, path.toStdString());
    auto db = relief::storage::Database::open(path.toStdString(),
                                              {relief::storage::OpenMode::CreateIfMissing});
    if (!db.ok()) {
        spdlog::error("database refused: {}", db.error().message);
        QMessageBox::critical(
            nullptr, QCoreApplication::translate("main", "ReliefDesk cannot start"),
            QCoreApplication::translate("main", "The database %1 cannot be opened.\n\n%2")
                .arg(path, QString::fromStdString(db.error().message)));
        return 1;
    }

    relief::services::SystemClock clock;
    relief::gui::AppContext context(**db, clock, logFile);
    relief::gui::ApplicationController controller(context);
    // The controller decides when the program ends: closing the sign-in dialog
    // between two users must not quit.
    QApplication::setQuitOnLastWindowClosed(false);
    QObject::connect(&controller, &relief::gui::ApplicationController::quitRequested, &app,
                     &QCoreApplication::quit, Qt::QueuedConnection);
    controller.start();
    const int rc = QApplication::exec();
    spdlog::info("ReliefDesk stopped");
    return rc;
}
