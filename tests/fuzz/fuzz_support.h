#pragma once

// Shared by the libFuzzer targets: the checks that turn a silent wrong answer into
// a crash the fuzzer reports (and that becomes a regression test in the normal
// suite), and reading the shipped files the targets start from.

#include "domain/result.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

namespace relief::fuzz {

// Aborts with a message: libFuzzer records the input as a crash.
[[noreturn]] inline void violated(const char *what, const std::string &detail = {})
{
    std::fprintf(stderr, "fuzz invariant violated: %s %s\n", what, detail.c_str());
    std::abort();
}

inline void require(bool ok, const char *what, const std::string &detail = {})
{
    if (!ok)
        violated(what, detail);
}

// An error a person reads must stay short whatever the input (issue 10, defect 1).
inline void requireShortError(const Error &e)
{
    require(e.message.size() <= 600, "message too long", std::to_string(e.message.size()));
    require(e.field.size() <= 200, "field path too long", e.field.substr(0, 200));
    require(!e.message.empty(), "empty message", e.field);
}

inline std::string readSourceFile(const std::string &relative)
{
    std::ifstream in(std::string(RELIEF_SOURCE_DIR) + "/" + relative, std::ios::binary);
    if (!in)
        violated("cannot read", relative);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

} // namespace relief::fuzz
