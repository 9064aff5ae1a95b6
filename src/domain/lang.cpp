#include "lang.h"

namespace relief {

std::optional<Lang> parseLang(std::string_view text)
{
    if (text == "zh" || text == "zh_CN" || text == "zh-CN")
        return Lang::Zh;
    if (text == "en" || text == "en_US" || text == "en-US")
        return Lang::En;
    return std::nullopt;
}

} // namespace relief
