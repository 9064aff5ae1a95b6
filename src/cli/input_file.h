#pragma once

// Reads a command's input: a file path, or "-" for standard input.

#include "domain/result.h"

#include <QCoreApplication>
#include <QString>

#include <string>

namespace relief::cli {

class InputFile
{
    Q_DECLARE_TR_FUNCTIONS(InputFile)
public:
    // A missing or unreadable file is bad input (exit 2), named in the message.
    static Result<std::string> read(const QString &pathOrDash);
    // Writes text to a file (atomically, through QSaveFile) or, for "-", to standard
    // output. A file of the database at `databasePath` (itself, -wal, -shm, -journal,
    // however named) is refused as bad input: an output never replaces the database.
    static Status write(const QString &pathOrDash, const std::string &text,
                        const QString &databasePath);
};

} // namespace relief::cli
