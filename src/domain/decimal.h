#pragma once

// An exact decimal from text ("3.6", "1.3", "6.0"): rates, thresholds, multipliers
// and price indices. Kept as an integer count of 10^-scale units so that the text
// form round-trips exactly ("6.0" stays "6.0").

#include "rational.h"

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace relief {

class Decimal
{
public:
    static constexpr int kMaxScale = 6; // at most six digits after the point
    static constexpr int kMaxIntegerDigits = 9;

    constexpr Decimal() = default;
    static Decimal fromInt(std::int64_t value) { return Decimal(value, 0); }

    // Digits, optionally '.' and 1–6 digits; a leading '-' only when allowNegative.
    // "3.", ".5", "+1", "1e3" and " 1" are nothing.
    static std::optional<Decimal> parse(std::string_view text, bool allowNegative = false);

    std::int64_t units() const { return m_units; }
    int scale() const { return m_scale; }
    bool isNegative() const { return m_units < 0; }
    Rational toRational() const;

    // The canonical text: as many decimals as it was written with.
    std::string toString() const;

    // Numeric comparison: "6.0" == "6".
    friend bool operator==(const Decimal &a, const Decimal &b)
    {
        return a.toRational() == b.toRational();
    }
    friend std::strong_ordering operator<=>(const Decimal &a, const Decimal &b)
    {
        return a.toRational() <=> b.toRational();
    }

private:
    Decimal(std::int64_t units, int scale)
        : m_units(units)
        , m_scale(scale)
    { }
    std::int64_t m_units = 0;
    int m_scale = 0;
};

} // namespace relief
