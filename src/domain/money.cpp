#include "money.h"

#include <cstdio>

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
    const std::int64_t magnitude = m_fen < 0 ? -m_fen : m_fen;
    char buf[32];
    std::snprintf(buf, sizeof buf, "%s%lld.%02lld", m_fen < 0 ? "-" : "",
                  static_cast<long long>(magnitude / 100), static_cast<long long>(magnitude % 100));
    return buf;
}

} // namespace relief
