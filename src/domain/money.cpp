#include "money.h"

namespace relief {

std::optional<Money> Money::parse(std::string_view text)
{
    bool negative = false;
    if (!text.empty() && text.front() == '-') {
        negative = true;
        text.remove_prefix(1);
    }
    // At least "d.dd"; the integer part is bounded so the value fits kMaxFen.
    if (text.size() < 4 || text.size() > 15 + 3 || text[text.size() - 3] != '.')
        return std::nullopt;
    std::int64_t fen = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        if (i == text.size() - 3)
            continue;
        const char c = text[i];
        if (c < '0' || c > '9')
            return std::nullopt;
        fen = fen * 10 + (c - '0');
        if (fen > kMaxFen)
            return std::nullopt;
    }
    return Money(negative ? -fen : fen);
}

std::string Money::toString() const
{
    // Hand-rolled: amounts are formatted by the hundred thousand in bulk runs, and
    // snprintf dominated the profile.
    std::uint64_t magnitude =
        m_fen < 0 ? 0 - static_cast<std::uint64_t>(m_fen) : static_cast<std::uint64_t>(m_fen);
    char buf[32];
    char *p = buf + sizeof buf;
    *--p = static_cast<char>('0' + magnitude % 10);
    magnitude /= 10;
    *--p = static_cast<char>('0' + magnitude % 10);
    magnitude /= 10;
    *--p = '.';
    do {
        *--p = static_cast<char>('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0);
    if (m_fen < 0)
        *--p = '-';
    return std::string(p, static_cast<size_t>(buf + sizeof buf - p));
}

} // namespace relief
