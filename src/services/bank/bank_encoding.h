#pragma once

// Text of a bank file in the template's encoding: UTF-8, UTF-8 with a BOM, or GB18030
// (through iconv, the twin of text_encoding.h's decoding), and the byte width a value
// takes in it (fixed-width fields count bytes of the file's encoding).

#include "domain/bank/bank_layout.h"
#include "domain/result.h"

#include <string>
#include <string_view>

namespace relief::services {

// Bytes of the UTF-8 text in the encoding (the BOM first for UTF-8-BOM). Fails only
// on text that is not valid UTF-8.
Result<std::string> encodeBankText(std::string_view utf8, bank::Encoding encoding);
// The byte-width measure for fixed-width fields in the encoding.
bank::ByteWidth bankByteWidth(bank::Encoding encoding);
// GB18030 bytes of one character (1, 2 or 4) given its code point.
std::size_t gb18030Bytes(char32_t codePoint);

} // namespace relief::services
