#pragma once

// Parsing JSON that comes from a user (an assess input, a policy file, a holiday
// calendar): the nesting is capped so that a hostile file nested 50,000 levels
// deep is a short error naming where it got too deep, and values shown in
// messages are cut to a preview.

#include "lang.h"
#include "result.h"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace relief {

// Levels of arrays and objects, the root value counting as level 1. Our formats
// need five; 64 leaves room for any reasonable extension.
inline constexpr int kMaxJsonDepth = 64;

// The document, or an InvalidInput error: not JSON (the message says at which
// byte; field empty) or nested deeper than kMaxJsonDepth (field = the path of the
// value that is too deep, abbreviated when long).
Result<nlohmann::json> parseJsonDocument(std::string_view text, Lang lang);

// The value as compact JSON for a message, at most about 80 characters
// ("[\"0\",\"1\",…"); strings longer than that are cut at a character boundary.
std::string jsonPreview(const nlohmann::json &value);

} // namespace relief
