#pragma once

// Files and folders that hold personal data (the database, its -wal/-shm, the logs) are
// the owner's only: folders 0700, files 0600, whatever the process umask (issue 10,
// defect 10). POSIX permissions; a no-op where they do not apply.

#include <string>

namespace relief::storage {

// Creates `path` and any missing parent folders, each new one 0700 (folders that exist
// are left as they are). True when the folder exists afterwards.
bool createPrivateDirectories(const std::string &path);
// Creates `path` empty with mode 0600 unless it exists. True when it exists afterwards.
bool createPrivateFile(const std::string &path);
// Removes group and other permissions from an existing file (best effort).
void restrictToOwner(const std::string &path);

} // namespace relief::storage
