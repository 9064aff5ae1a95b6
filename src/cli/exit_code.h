#pragma once

// The CLI's exit codes (data-formats.md §0). Scripts branch on them, so they
// never change meaning.

namespace relief::cli {

enum ExitCode : int {
    kExitSuccess = 0,
    kExitFailure = 1, // refused or failed: wrong password, missing role, missing database, …
    kExitUsage = 2, // bad usage or bad input: unknown option, missing argument, short password
};

} // namespace relief::cli
