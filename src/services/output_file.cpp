#include "output_file.h"

#include "service_base.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QString>

#include <array>
#include <filesystem>
#include <system_error>

namespace relief::services {

namespace fs = std::filesystem;

namespace {

class OutputFileMessages
{
    Q_DECLARE_TR_FUNCTIONS(OutputFileMessages)
public:
    static QString database(const QString &path)
    {
        return tr("%1 is a file of the open database; writing there would destroy it. Choose "
                  "another file.")
            .arg(path);
    }
    static QString cannotWrite(const QString &path, const QString &why)
    {
        return tr("Cannot write %1: %2").arg(path, why);
    }
};

// The path with every symbolic link along it followed, even one whose target does
// not exist yet, then made canonical as far as it exists.
fs::path resolved(const fs::path &path)
{
    std::error_code ec;
    fs::path p = fs::absolute(path, ec);
    if (ec)
        return path;
    for (int hops = 0; hops < 40; ++hops) {
        fs::path parent = fs::weakly_canonical(p.parent_path(), ec);
        if (ec)
            parent = p.parent_path();
        p = parent / p.filename();
        if (!fs::is_symlink(fs::symlink_status(p, ec)))
            break;
        const fs::path target = fs::read_symlink(p, ec);
        if (ec)
            break;
        p = target.is_absolute() ? target : p.parent_path() / target;
    }
    const fs::path canonical = fs::weakly_canonical(p, ec);
    return ec ? p.lexically_normal() : canonical;
}

} // namespace

bool isDatabaseFile(const std::string &databasePath, const std::string &outputPath)
{
    if (databasePath.empty() || outputPath.empty())
        return false;
    const fs::path output = resolved(outputPath);
    const fs::path database = resolved(databasePath);
    for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
        const fs::path file = fs::path(database.string() + suffix);
        if (output == file)
            return true;
        std::error_code ec;
        if (fs::exists(file, ec) && fs::exists(output, ec) && fs::equivalent(file, output, ec))
            return true;
    }
    return false;
}

Status refuseDatabaseFile(const std::string &databasePath, const std::string &outputPath)
{
    if (isDatabaseFile(databasePath, outputPath))
        return Error::invalid(
            "FILE", toStd(OutputFileMessages::database(QString::fromStdString(outputPath))));
    return okStatus();
}

Status saveOutputFile(const std::string &databasePath, const std::string &path,
                      const std::string &bytes)
{
    if (auto refused = refuseDatabaseFile(databasePath, path); !refused.ok())
        return refused;
    const QString name = QString::fromStdString(path);
    QSaveFile file(name);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(bytes.data(), static_cast<qint64>(bytes.size())) !=
            static_cast<qint64>(bytes.size()) ||
        !file.commit())
        return Error {ErrorCode::Internal,
                      toStd(OutputFileMessages::cannotWrite(name, file.errorString())), "FILE"};
    return okStatus();
}

} // namespace relief::services
