#pragma once

// An exact rational number, used for every intermediate figure that is not yet
// rounded (S × 1.3, S × pct / 100, H / n …). 128-bit parts so that products of
// amounts, multipliers and counts never overflow in practice; every operation is
// checked all the same and throws ArithmeticOverflow rather than wrap.

#include "money.h"

#include <compare>
#include <cstdint>

namespace relief {

__extension__ typedef __int128 Int128;

class Rational
{
public:
    constexpr Rational() = default;
    // num / den; den must be non-zero (a negative den moves its sign to num).
    Rational(Int128 num, Int128 den);
    static Rational fromInt(std::int64_t value) { return Rational(value, 1); }
    // A money amount, as a number of fen.
    static Rational fen(Money m) { return Rational(m.fen(), 1); }

    Int128 numerator() const { return m_num; }
    Int128 denominator() const { return m_den; }

    // Largest integer ≤ the value.
    Int128 floor() const;
    // Round half up: the integer nearest the value, .5 going up (floor(x + 1/2)).
    Int128 roundHalfUp() const;
    bool isInteger() const { return m_den == 1; }

    Rational operator+(const Rational &o) const;
    Rational operator-(const Rational &o) const;
    Rational operator*(const Rational &o) const;
    Rational operator/(const Rational &o) const; // o must be non-zero
    Rational operator*(std::int64_t k) const { return *this * Rational(k, 1); }
    Rational operator/(std::int64_t k) const { return *this / Rational(k, 1); }

    friend bool operator==(const Rational &a, const Rational &b);
    friend std::strong_ordering operator<=>(const Rational &a, const Rational &b);

private:
    void normalize();
    Int128 m_num = 0;
    Int128 m_den = 1;
};

} // namespace relief
