#pragma once

// Money: an exact integer number of fen (0.01 yuan). Never floating point.
// In files money is a string of yuan with exactly two decimals ("1234.50").

#include "arithmetic_overflow.h"

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace relief {

class Money
{
public:
    // Largest magnitude of any amount: 999,999,999,999.99 yuan, the most the file
    // format accepts. Arithmetic whose result leaves ±kMaxFen throws
    // ArithmeticOverflow, so every computed amount can be written and read back
    // and no figure ever wraps around.
    static constexpr std::int64_t kMaxFen = 99'999'999'999'999;

    constexpr Money() = default;
    // Unchecked: for values read back from storage, which only ever holds amounts
    // that were in range when written.
    static constexpr Money fromFen(std::int64_t fen) { return Money(fen); }
    static constexpr Money fromYuan(std::int64_t yuan) { return checked(yuan, 100); }

    // Strict file format: optional '-', one or more digits, '.', exactly two digits.
    // "12.5", "12", "+1.00", " 1.00" and amounts above kMaxFen are nothing.
    static std::optional<Money> parse(std::string_view text);

    constexpr std::int64_t fen() const { return m_fen; }
    constexpr bool isNegative() const { return m_fen < 0; }
    constexpr bool isZero() const { return m_fen == 0; }

    // "1234.50", "-0.05".
    std::string toString() const;

    // Checked: a result beyond ±kMaxFen throws ArithmeticOverflow.
    constexpr Money operator+(Money o) const
    {
        std::int64_t r = 0;
        if (__builtin_add_overflow(m_fen, o.m_fen, &r))
            throw ArithmeticOverflow();
        return inRange(r);
    }
    constexpr Money operator-(Money o) const
    {
        std::int64_t r = 0;
        if (__builtin_sub_overflow(m_fen, o.m_fen, &r))
            throw ArithmeticOverflow();
        return inRange(r);
    }
    constexpr Money operator-() const { return Money() - *this; }
    constexpr Money operator*(std::int64_t k) const { return checked(m_fen, k); }
    constexpr Money &operator+=(Money o) { return *this = *this + o; }
    constexpr Money &operator-=(Money o) { return *this = *this - o; }

    friend constexpr auto operator<=>(const Money &, const Money &) = default;

    // fen as Money when |fen| ≤ kMaxFen, else ArithmeticOverflow.
    static constexpr Money inRange(std::int64_t fen)
    {
        if (fen > kMaxFen || fen < -kMaxFen)
            throw ArithmeticOverflow();
        return Money(fen);
    }

private:
    constexpr explicit Money(std::int64_t fen)
        : m_fen(fen)
    { }
    static constexpr Money checked(std::int64_t a, std::int64_t b)
    {
        std::int64_t r = 0;
        if (__builtin_mul_overflow(a, b, &r))
            throw ArithmeticOverflow();
        return inRange(r);
    }
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
