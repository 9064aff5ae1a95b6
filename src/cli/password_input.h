#pragma once

// Passwords come from standard input, one per line, never from the command line
// (where `ps` and shell history would show them). On a terminal each line is
// prompted for on standard error with echo off.

#include "domain/result.h"

#include <QCoreApplication>

#include <iosfwd>
#include <optional>
#include <string>

namespace relief::cli {

class Console;

class PasswordInput
{
    Q_DECLARE_TR_FUNCTIONS(PasswordInput)
public:
    // interactive: whether `in` is a terminal (prompts, no echo, new passwords asked twice).
    PasswordInput(Console &console, std::istream &in, bool interactive);
    // Standard input, interactive when it is a terminal.
    static PasswordInput forStdin(Console &console);

    bool interactive() const { return m_interactive; }

    // The next line without its line ending; nothing when the input has ended.
    std::optional<std::string> readLine(const QString &prompt);

    // An existing password; `missing` is the message when the input has ended.
    Result<std::string> readPassword(const QString &prompt, const QString &missing);
    // A password being set: on a terminal it is asked twice and must match.
    Result<std::string> readNewPassword(const QString &prompt, const QString &missing);

private:
    Console &m_console;
    std::istream &m_in;
    bool m_interactive;
};

} // namespace relief::cli
