// reliefdesk-cli: ReliefDesk's command line (data-formats.md §0). Scripted and
// bulk work on the app's database; nothing but its own messages reaches
// standard error, so the log goes to a file only.

#include "arguments.h"
#include "builtin_commands.h"
#include "command_registry.h"
#include "console.h"
#include "context.h"
#include "exit_code.h"
#include "password_input.h"

#include "services/clock.h"
#include "services/logging.h"
#include "services/translations.h"

#include <QCoreApplication>
#include <QStandardPaths>
#include <spdlog/spdlog.h>

#include <cstdio>
#include <exception>
#include <memory>

using namespace relief;
using namespace relief::cli;

namespace {

// The application object must exist before anything is translated, and its
// kind depends on the command: PDF-rendering commands need a QGuiApplication.
// That is why the command is resolved before this runs. When the first such
// command arrives, link Qt6::Gui into this target, set QT_QPA_PLATFORM=offscreen
// unless the caller chose a platform, and return a QGuiApplication here.
std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv, bool needsGui)
{
    if (needsGui)
        return nullptr; // no command needs it yet, so the CLI does not link Qt Gui
    return std::make_unique<QCoreApplication>(argc, argv);
}

void setUpLogging()
{
    services::LogOptions log;
    log.directory = (QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                     QStringLiteral("/logs"))
                        .toStdString();
    log.console = false; // standard error belongs to the CLI's own messages
    log.loggerName = "reliefdesk-cli";
    services::setupLogging(log);
    services::routeQtMessagesToLog();
}

int runCommandLine(const Arguments &arguments, const CommandRegistry &registry, Context &context)
{
    if (arguments.problem() != Arguments::Problem::None)
        return context.usageError(arguments.problemMessage(), {});
    QStringList words = arguments.command();
    if (arguments.versionRequested())
        words = {QStringLiteral("version")};
    if (arguments.helpRequested()) {
        if (words.isEmpty()) {
            context.console().out(registry.helpText());
            return kExitSuccess;
        }
        words << QStringLiteral("--help"); // `--help user add` is `user add --help`
    }
    if (const Command *command = registry.resolve(words))
        spdlog::info("cli: {}{}", command->path().toStdString(),
                     context.options().asUser.isEmpty()
                         ? std::string()
                         : " as " + context.options().asUser.toStdString());
    return registry.run(context, words);
}

} // namespace

int main(int argc, char **argv)
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    Arguments arguments = Arguments::parse(args);

    CommandRegistry registry;
    addBuiltinCommands(registry);
    const Command *selected = registry.resolve(arguments.command());

    auto app = createApplication(argc, argv, selected && selected->needsGui());
    if (!app) {
        std::fputs("reliefdesk-cli: this build cannot run a command that needs Qt Gui\n", stderr);
        return kExitFailure;
    }
    QCoreApplication::setOrganizationName(QStringLiteral("ReliefDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("reliefdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RELIEF_VERSION));
    setUpLogging();
    services::installTranslations(*app, arguments.options().language);

    arguments.resolveDatabasePath();
    Console console;
    PasswordInput passwords = PasswordInput::forStdin(console);
    services::SystemClock clock;
    Context context(arguments.options(), console, passwords, clock);
    try {
        const int code = runCommandLine(arguments, registry, context);
        spdlog::info("cli: exit {}", code);
        return code;
    } catch (const std::exception &e) {
        // A programming error; the services report expected failures as Results.
        spdlog::critical("cli: unexpected exception: {}", e.what());
        console.error(QCoreApplication::translate("main", "Unexpected error: %1")
                          .arg(QString::fromLocal8Bit(e.what())));
        return kExitFailure;
    }
}
