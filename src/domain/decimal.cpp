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
    std::string digits = std::to_string(magnitude);
    if (m_scale > 0) {
        if (digits.size() <= static_cast<size_t>(m_scale))
            digits.insert(0, static_cast<size_t>(m_scale) + 1 - digits.size(), '0');
        digits.insert(digits.size() - static_cast<size_t>(m_scale), ".");
    }
    return (m_units < 0 ? "-" : "") + digits;
}

} // namespace relief
