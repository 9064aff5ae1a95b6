#include "console.h"

namespace relief::cli {

void Console::write(std::FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stream);
    std::fflush(stream);
}

void Console::out(const QString &text)
{
    write(m_out, text);
}

void Console::message(const QString &line)
{
    write(m_err, line + QLatin1Char('\n'));
}

void Console::error(const QString &line)
{
    write(m_err, QStringLiteral("reliefdesk-cli: ") + line + QLatin1Char('\n'));
}

void Console::prompt(const QString &text)
{
    write(m_err, text);
}

} // namespace relief::cli
