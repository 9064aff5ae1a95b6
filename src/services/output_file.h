#pragma once

// Where the product writes its files (exports, error reports): never over the open
// database or its companion files (issue 10, defect 6), and always atomically.

#include "domain/result.h"

#include <string>

namespace relief::services {

// Whether `outputPath` names the database at `databasePath` or one of its files
// (`-wal`, `-shm`, `-journal`): compared as canonical paths, so a relative path,
// `..`, a symbolic link (also one whose target does not exist yet) or a hard link
// are seen through.
bool isDatabaseFile(const std::string &databasePath, const std::string &outputPath);

// An error (invalid input, field "FILE") when isDatabaseFile, else ok.
Status refuseDatabaseFile(const std::string &databasePath, const std::string &outputPath);

// Writes `bytes` to `path` through QSaveFile (a failed write leaves the file that
// was there), refusing the database's own files first. The error names the path.
Status saveOutputFile(const std::string &databasePath, const std::string &path,
                      const std::string &bytes);

} // namespace relief::services
