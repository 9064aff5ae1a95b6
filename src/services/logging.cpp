#include "logging.h"

#include "domain/mask.h"
#include "storage/private_files.h"

#include <QString>
#include <QtGlobal>
#include <spdlog/sinks/base_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <sys/stat.h>

#include <cstdio>
#include <filesystem>
#include <mutex>
#include <vector>

namespace relief::services {

namespace {
// Masks ID numbers and bank accounts in each message before the real sinks see it.
class MaskingSink final : public spdlog::sinks::base_sink<std::mutex>
{
public:
    explicit MaskingSink(std::vector<spdlog::sink_ptr> sinks)
        : m_sinks(std::move(sinks))
    { }

protected:
    void sink_it_(const spdlog::details::log_msg &msg) override
    {
        const std::string masked =
            maskSensitiveText(std::string_view(msg.payload.data(), msg.payload.size()));
        spdlog::details::log_msg copy = msg;
        copy.payload = spdlog::string_view_t(masked.data(), masked.size());
        for (auto &sink : m_sinks)
            if (sink->should_log(copy.level))
                sink->log(copy);
    }
    void flush_() override
    {
        for (auto &sink : m_sinks)
            sink->flush();
    }

private:
    std::vector<spdlog::sink_ptr> m_sinks;
};

constexpr std::size_t kMaxFileBytes = 5 * 1024 * 1024;
constexpr std::size_t kMaxFiles = 5;

void qtHandler(QtMsgType type, const QMessageLogContext &, const QString &text)
{
    const std::string s = text.toStdString();
    switch (type) {
    case QtDebugMsg:
        spdlog::debug("qt: {}", s);
        break;
    case QtInfoMsg:
        spdlog::info("qt: {}", s);
        break;
    case QtWarningMsg:
        spdlog::warn("qt: {}", s);
        break;
    case QtCriticalMsg:
    case QtFatalMsg:
        spdlog::error("qt: {}", s);
        break;
    }
}
} // namespace

namespace {
// Log files are the owner's only (issue 10, defect 10), the rotated ones too: spdlog
// opens each new file with fopen (mode from the umask); this narrows it at once.
spdlog::sink_ptr ownerOnlyRotatingFile(const std::string &file)
{
    spdlog::file_event_handlers handlers;
    handlers.after_open = [](const spdlog::filename_t &, std::FILE *stream) {
        if (stream)
            ::fchmod(fileno(stream), 0600);
    };
    storage::createPrivateFile(file);
    return std::make_shared<spdlog::sinks::rotating_file_sink_mt>(file, kMaxFileBytes, kMaxFiles,
                                                                  false, handlers);
}
} // namespace

std::shared_ptr<spdlog::logger> makeMaskedLogger(const std::string &name, const std::string &file)
{
    std::vector<spdlog::sink_ptr> sinks;
    sinks.push_back(ownerOnlyRotatingFile(file));
    auto logger =
        std::make_shared<spdlog::logger>(name, std::make_shared<MaskingSink>(std::move(sinks)));
    logger->set_pattern("%Y-%m-%d %H:%M:%S.%e [%l] %v");
    return logger;
}

std::string setupLogging(const LogOptions &options)
{
    std::vector<spdlog::sink_ptr> sinks;
    std::string file;
    if (!options.directory.empty()) {
        storage::createPrivateDirectories(options.directory);
        file = (std::filesystem::path(options.directory) / "reliefdesk.log").string();
        try {
            sinks.push_back(ownerOnlyRotatingFile(file));
        } catch (const spdlog::spdlog_ex &) {
            file.clear(); // an unwritable folder must not stop the program
        }
    }
    if (options.console)
        sinks.push_back(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
    auto logger = std::make_shared<spdlog::logger>(options.loggerName,
                                                   std::make_shared<MaskingSink>(std::move(sinks)));
    logger->set_pattern("%Y-%m-%d %H:%M:%S.%e [%l] %v");
    logger->set_level(spdlog::level::from_str(options.level));
    logger->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(logger);
    return file;
}

void routeQtMessagesToLog()
{
    qInstallMessageHandler(qtHandler);
}

} // namespace relief::services
