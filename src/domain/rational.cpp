#include "rational.h"

#include <cassert>
#include <cstdint>
#include <numeric>

namespace relief {

namespace {

Int128 gcd(Int128 a, Int128 b)
{
    if (a < 0)
        a = -a;
    if (b < 0)
        b = -b;
    while (b != 0) {
        const Int128 t = a % b;
        a = b;
        b = t;
    }
    return a;
}

// Checked 128-bit arithmetic: a product of hostile figures must not wrap.
Int128 mul(Int128 a, Int128 b)
{
    Int128 r = 0;
    if (__builtin_mul_overflow(a, b, &r))
        throw ArithmeticOverflow();
    return r;
}

Int128 add(Int128 a, Int128 b)
{
    Int128 r = 0;
    if (__builtin_add_overflow(a, b, &r))
        throw ArithmeticOverflow();
    return r;
}

Int128 sub(Int128 a, Int128 b)
{
    Int128 r = 0;
    if (__builtin_sub_overflow(a, b, &r))
        throw ArithmeticOverflow();
    return r;
}

// C++ division truncates toward zero; rounding needs floor.
Int128 floorDiv(Int128 a, Int128 b)
{
    Int128 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

} // namespace

Rational::Rational(Int128 num, Int128 den)
    : m_num(num)
    , m_den(den)
{
    assert(den != 0);
    normalize();
}

void Rational::normalize()
{
    if (m_den < 0) {
        m_den = -m_den;
        m_num = -m_num;
    }
    if (m_den == 1)
        return;
    // Reducing keeps the parts small through chains of products. Values that fit
    // 64 bits (nearly all) take the much faster 64-bit gcd.
    constexpr Int128 kMax64 = INT64_MAX;
    const Int128 g = (m_num <= kMax64 && m_num >= -kMax64 && m_den <= kMax64)
        ? Int128(std::gcd(static_cast<std::int64_t>(m_num), static_cast<std::int64_t>(m_den)))
        : gcd(m_num, m_den);
    if (g > 1) {
        m_num /= g;
        m_den /= g;
    }
}

Int128 Rational::floor() const
{
    return floorDiv(m_num, m_den);
}

Int128 Rational::roundHalfUp() const
{
    // floor((2·num + den) / (2·den)) = floor(x + 1/2)
    return floorDiv(add(mul(2, m_num), m_den), mul(2, m_den));
}

Rational Rational::operator+(const Rational &o) const
{
    return Rational(add(mul(m_num, o.m_den), mul(o.m_num, m_den)), mul(m_den, o.m_den));
}

Rational Rational::operator-(const Rational &o) const
{
    return Rational(sub(mul(m_num, o.m_den), mul(o.m_num, m_den)), mul(m_den, o.m_den));
}

Rational Rational::operator*(const Rational &o) const
{
    return Rational(mul(m_num, o.m_num), mul(m_den, o.m_den));
}

Rational Rational::operator/(const Rational &o) const
{
    assert(o.m_num != 0);
    return Rational(mul(m_num, o.m_den), mul(m_den, o.m_num));
}

bool operator==(const Rational &a, const Rational &b)
{
    return a.m_num == b.m_num && a.m_den == b.m_den; // both reduced
}

std::strong_ordering operator<=>(const Rational &a, const Rational &b)
{
    // Denominators are positive, so cross-multiplying keeps the order.
    const Int128 l = mul(a.m_num, b.m_den);
    const Int128 r = mul(b.m_num, a.m_den);
    if (l < r)
        return std::strong_ordering::less;
    if (l > r)
        return std::strong_ordering::greater;
    return std::strong_ordering::equal;
}

} // namespace relief
