#pragma once

// Decoding the text files people bring from Excel: UTF-8 (with or without a BOM)
// or, when the bytes are not valid UTF-8, GB18030 (Excel's "CSV" on Chinese
// Windows), always handed on as UTF-8.

#include <cstddef>
#include <string>
#include <string_view>

namespace relief::services {

struct DecodedText
{
    std::string text; // UTF-8, without the BOM
    std::string encoding; // "UTF-8", "UTF-8-BOM", "GB18030"; empty when decoding failed
    // When decoding failed: the byte offset of the first byte no encoding accepts,
    // and whether the file looked like UTF-16 (which is refused, not guessed at).
    std::size_t badOffset = 0;
    bool utf16 = false;

    bool ok() const { return !encoding.empty(); }
};

// The offset of the first byte that is not well-formed UTF-8, or npos.
std::size_t firstInvalidUtf8(std::string_view bytes);
inline bool isValidUtf8(std::string_view bytes)
{
    return firstInvalidUtf8(bytes) == std::string_view::npos;
}
DecodedText decodeText(std::string_view bytes);

} // namespace relief::services
