#include "decimal.h"

namespace relief {

namespace {

std::int64_t pow10(int n)
{
    std::int64_t p = 1;
    while (n-- > 0)
        p *= 10;
    return p;
}

bool allDigits(std::string_view s)
{
    if (s.empty())
        return false;
    for (char c : s)
        if (c < '0' || c > '9')
            return false;
    return true;
}

} // namespace

std::optional<Decimal> Decimal::parse(std::string_view text, bool allowNegative)
{
    bool negative = false;
    if (!text.empty() && text.front() == '-') {
        if (!allowNegative)
            return std::nullopt;
        negative = true;
        text.remove_prefix(1);
    }
    std::string_view intPart = text;
    std::string_view fracPart;
    const auto dot = text.find('.');
    if (dot != std::string_view::npos) {
        intPart = text.substr(0, dot);
        fracPart = text.substr(dot + 1);
        if (!allDigits(fracPart) || fracPart.size() > kMaxScale)
            return std::nullopt;
    }
    if (!allDigits(intPart) || intPart.size() > kMaxIntegerDigits)
        return std::nullopt;
    std::int64_t units = 0;
    for (char c : intPart)
        units = units * 10 + (c - '0');
    for (char c : fracPart)
        units = units * 10 + (c - '0');
    return Decimal(negative ? -units : units, static_cast<int>(fracPart.size()));
}

Rational Decimal::toRational() const
{
    return Rational(m_units, pow10(m_scale));
}

std::string Decimal::toString() const
{
    const std::int64_t magnitude = m_units < 0 ? -m_units : m_units;
    const int scale = m_scale < 0 ? 0 : (m_scale > kMaxScale ? kMaxScale : m_scale);
    const std::int64_t unit = pow10(scale);
    std::string out = (m_units < 0 ? "-" : "") + std::to_string(magnitude / unit);
    if (scale == 0)
        return out;
    // The fraction zero-padded to the scale it was written with ("6.0", "0.05").
    char frac[kMaxScale + 2] = {'.'};
    std::int64_t rest = magnitude % unit;
    for (int i = scale; i >= 1; --i) {
        frac[i] = static_cast<char>('0' + rest % 10);
        rest /= 10;
    }
    frac[scale + 1] = '\0';
    return out + frac;
}

} // namespace relief
