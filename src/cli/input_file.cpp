#include "input_file.h"

#include "services/output_file.h"

#include <QFile>

#include <cstdio>
#include <iostream>
#include <iterator>

namespace relief::cli {

Result<std::string> InputFile::read(const QString &pathOrDash)
{
    if (pathOrDash == QLatin1String("-"))
        return std::string(std::istreambuf_iterator<char>(std::cin), {});
    QFile file(pathOrDash);
    if (!file.open(QIODevice::ReadOnly))
        return Error::invalid(
            "FILE", tr("Cannot read %1: %2").arg(pathOrDash, file.errorString()).toStdString());
    const QByteArray bytes = file.readAll();
    return std::string(bytes.constData(), static_cast<size_t>(bytes.size()));
}

Status InputFile::write(const QString &pathOrDash, const std::string &text,
                        const QString &databasePath)
{
    if (pathOrDash == QLatin1String("-")) {
        std::fwrite(text.data(), 1, text.size(), stdout);
        std::fflush(stdout);
        return okStatus();
    }
    return services::saveOutputFile(databasePath.toStdString(), pathOrDash.toStdString(), text);
}

} // namespace relief::cli
