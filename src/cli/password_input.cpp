#include "password_input.h"

#include "console.h"

#include <csignal>
#include <iostream>
#include <termios.h>
#include <unistd.h>

namespace relief::cli {

namespace {
// The terminal settings to put back if the user interrupts a prompt; a signal
// handler can only reach them through a static.
struct termios g_savedTerminal;
volatile std::sig_atomic_t g_echoOff = 0;

void restoreTerminalAndDie(int signal)
{
    if (g_echoOff)
        tcsetattr(STDIN_FILENO, TCSANOW, &g_savedTerminal);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

// Turns echo off for its lifetime; restores the terminal even on Ctrl-C. ECHONL
// keeps the newline visible, so the next message starts on its own line.
class EchoOff
{
public:
    EchoOff()
    {
        if (tcgetattr(STDIN_FILENO, &g_savedTerminal) != 0)
            return; // not a terminal after all: nothing to hide
        struct termios quiet = g_savedTerminal;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        quiet.c_lflag |= ECHONL;
        m_oldInt = std::signal(SIGINT, restoreTerminalAndDie);
        m_oldTerm = std::signal(SIGTERM, restoreTerminalAndDie);
        m_oldHup = std::signal(SIGHUP, restoreTerminalAndDie);
        m_active = true;
        g_echoOff = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
    }
    ~EchoOff()
    {
        if (!m_active)
            return;
        if (g_echoOff)
            tcsetattr(STDIN_FILENO, TCSANOW, &g_savedTerminal);
        g_echoOff = 0;
        std::signal(SIGINT, m_oldInt);
        std::signal(SIGTERM, m_oldTerm);
        std::signal(SIGHUP, m_oldHup);
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    bool m_active = false;
    void (*m_oldInt)(int) = nullptr;
    void (*m_oldTerm)(int) = nullptr;
    void (*m_oldHup)(int) = nullptr;
};
} // namespace

PasswordInput::PasswordInput(Console &console, std::istream &in, bool interactive)
    : m_console(console)
    , m_in(in)
    , m_interactive(interactive)
{ }

PasswordInput PasswordInput::forStdin(Console &console)
{
    return PasswordInput(console, std::cin, isatty(STDIN_FILENO) == 1);
}

std::optional<std::string> PasswordInput::readLine(const QString &prompt)
{
    std::string line;
    bool got = false;
    if (m_interactive) {
        m_console.prompt(prompt);
        EchoOff quiet;
        got = static_cast<bool>(std::getline(m_in, line));
    } else {
        got = static_cast<bool>(std::getline(m_in, line));
    }
    if (!got)
        return std::nullopt;
    // Files written on Windows end their lines with \r\n.
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return line;
}

Result<std::string> PasswordInput::readPassword(const QString &prompt, const QString &missing)
{
    auto line = readLine(prompt);
    if (!line)
        return Error::invalid("password", missing.toStdString());
    return std::move(*line);
}

Result<std::string> PasswordInput::readNewPassword(const QString &prompt, const QString &missing)
{
    auto first = readLine(prompt);
    if (!first)
        return Error::invalid("password", missing.toStdString());
    if (!m_interactive)
        return std::move(*first);
    // Nobody sees what they typed, so a typo would lock them out of the new account.
    auto second = readLine(tr("Type the password again: "));
    if (!second || *second != *first)
        return Error::invalid("password",
                              tr("The two passwords differ; nothing was changed.").toStdString());
    return std::move(*first);
}

} // namespace relief::cli
