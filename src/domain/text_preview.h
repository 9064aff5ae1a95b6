#pragma once

// Previews of user text for messages: a message never echoes more than about 80
// characters of what the user gave, so a 50 MB value still gives a short message.

#include "lang.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace relief {

inline constexpr std::size_t kPreviewChars = 80;

// text itself when it has at most maxChars characters (UTF-8 code points); else
// its first maxChars characters, "…" and the length in bytes.
std::string textPreview(std::string_view text, Lang lang, std::size_t maxChars = kPreviewChars);

// The first maxChars characters of text (no marker); never splits a character.
std::string_view utf8Prefix(std::string_view text, std::size_t maxChars);

} // namespace relief
