#pragma once

// Money: an exact integer number of fen (0.01 yuan). Never floating point.
// In files money is a string of yuan with exactly two decimals ("1234.50").

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace relief {

class Money
{
public:
    // Largest magnitude accepted from text: 999,999,999,999.99 yuan. Keeping amounts
    // far below the int64 range lets sums over any household stay exact.
    static constexpr std::int64_t kMaxFen = 99'999'999'999'999;

    constexpr Money() = default;
    static constexpr Money fromFen(std::int64_t fen) { return Money(fen); }
    static constexpr Money fromYuan(std::int64_t yuan) { return Money(yuan * 100); }

    // Strict file format: optional '-', one or more digits, '.', exactly two digits.
    // "12.5", "12", "+1.00", " 1.00" and amounts above kMaxFen are nothing.
    static std::optional<Money> parse(std::string_view text);

    constexpr std::int64_t fen() const { return m_fen; }
    constexpr bool isNegative() const { return m_fen < 0; }
    constexpr bool isZero() const { return m_fen == 0; }

    // "1234.50", "-0.05".
    std::string toString() const;

    constexpr Money operator+(Money o) const { return Money(m_fen + o.m_fen); }
    constexpr Money operator-(Money o) const { return Money(m_fen - o.m_fen); }
    constexpr Money operator-() const { return Money(-m_fen); }
    constexpr Money operator*(std::int64_t k) const { return Money(m_fen * k); }
    constexpr Money &operator+=(Money o)
    {
        m_fen += o.m_fen;
        return *this;
    }
    constexpr Money &operator-=(Money o)
    {
        m_fen -= o.m_fen;
        return *this;
    }

    friend constexpr auto operator<=>(const Money &, const Money &) = default;

private:
    constexpr explicit Money(std::int64_t fen)
        : m_fen(fen)
    { }
    std::int64_t m_fen = 0;
};

constexpr Money max(Money a, Money b)
{
    return a < b ? b : a;
}
constexpr Money min(Money a, Money b)
{
    return a < b ? a : b;
}

} // namespace relief
