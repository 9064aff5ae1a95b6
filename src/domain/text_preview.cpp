#include "text_preview.h"

namespace relief {

std::string_view utf8Prefix(std::string_view text, std::size_t maxChars)
{
    std::size_t chars = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        // A character starts at every byte that is not a continuation byte (10xxxxxx).
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 && chars++ == maxChars)
            return text.substr(0, i);
    }
    return text;
}

std::string textPreview(std::string_view text, Lang lang, std::size_t maxChars)
{
    const std::string_view head = utf8Prefix(text, maxChars);
    if (head.size() == text.size())
        return std::string(text);
    return std::string(head) + "…" + std::string(tr(lang, "（共 ", " (")) +
        std::to_string(text.size()) + std::string(tr(lang, " 字节）", " bytes)"));
}

} // namespace relief
