#pragma once

// The language of user-facing text produced by the domain (error messages,
// rule explanations). Chinese is the office's working language and the default.

#include <optional>
#include <string_view>

namespace relief {

enum class Lang {
    Zh,
    En,
};

// Picks the text for the language; both are always written side by side so a
// missing translation is visible in review.
inline std::string_view tr(Lang lang, std::string_view zh, std::string_view en)
{
    return lang == Lang::En ? en : zh;
}

// "zh", "zh_CN", "zh-CN" or "en"; nothing for anything else.
std::optional<Lang> parseLang(std::string_view text);

} // namespace relief
