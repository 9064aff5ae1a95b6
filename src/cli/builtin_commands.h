#pragma once

namespace relief::cli {

class CommandRegistry;

// Every command the CLI offers, in the order --help lists them. A new command
// is one line here.
void addBuiltinCommands(CommandRegistry &registry);

} // namespace relief::cli
