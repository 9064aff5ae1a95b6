#pragma once

// spdlog set-up shared by the app and the CLI: a rotating file in the data
// folder, the console in debug builds, Qt's own messages routed in, and every
// message passed through the personal-data mask first.

#include <memory>
#include <string>

namespace spdlog {
class logger;
}

namespace relief::services {

struct LogOptions
{
    std::string directory; // the log file goes to directory/reliefdesk.log
    std::string level = "info"; // trace, debug, info, warn, error, off
    bool console = false;
    std::string loggerName = "reliefdesk";
};

// Installs the default logger; returns the log file's path (empty when none).
std::string setupLogging(const LogOptions &options);
// Routes qDebug/qWarning/… into spdlog.
void routeQtMessagesToLog();
// A logger whose sinks see masked text; tests use it to check the masking.
std::shared_ptr<spdlog::logger> makeMaskedLogger(const std::string &name, const std::string &file);

} // namespace relief::services
