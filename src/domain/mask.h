#pragma once

// Display masks for personal data (policy-rules §9): ID numbers keep the first 6
// and last 4 characters, bank cards the last 4 digits.

#include <string>
#include <string_view>

namespace relief {

// "11010519491231002X" -> "110105********002X". Shorter input is masked whole.
std::string maskIdNumber(std::string_view id);
// "6222021234567890123" -> "***************0123".
std::string maskBankAccount(std::string_view account);
// A name on a public notice (公示): the first and last characters kept, those
// between masked — "张三明" -> "张*明", "欧阳小明" -> "欧**明", "张三" -> "张*".
// Characters are UTF-8 code points; a one-character name stays as it is.
std::string maskName(std::string_view name);
// Masks every run in free text that looks like an ID number (17 digits + digit/X)
// or a bank card (12-19 digits), so logs and audit details never carry one.
std::string maskSensitiveText(std::string_view text);

} // namespace relief
