#pragma once

// Standard output carries data, standard error carries messages for people;
// every byte the CLI writes goes through here, as UTF-8.

#include <QString>

#include <cstdio>

namespace relief::cli {

class Console
{
public:
    explicit Console(std::FILE *out = stdout, std::FILE *err = stderr)
        : m_out(out)
        , m_err(err)
    { }

    // Data: written as given.
    void out(const QString &text);
    void outLine(const QString &line) { out(line + QLatin1Char('\n')); }

    // Messages for people: one line each.
    void message(const QString &line);
    // A refusal or failure, prefixed with the program's name like other Unix tools.
    void error(const QString &line);
    // A prompt on a terminal: no newline, flushed at once.
    void prompt(const QString &text);

private:
    static void write(std::FILE *stream, const QString &text);

    std::FILE *m_out;
    std::FILE *m_err;
};

} // namespace relief::cli
