#include "rounding.h"

namespace relief {

std::string_view roundUnitKey(RoundUnit unit)
{
    switch (unit) {
    case RoundUnit::Fen:
        return "fen";
    case RoundUnit::Jiao:
        return "jiao";
    case RoundUnit::Yuan:
        return "yuan";
    }
    return "yuan";
}

std::optional<RoundUnit> parseRoundUnit(std::string_view key)
{
    for (RoundUnit u : {RoundUnit::Fen, RoundUnit::Jiao, RoundUnit::Yuan})
        if (roundUnitKey(u) == key)
            return u;
    return std::nullopt;
}

std::int64_t roundUnitFen(RoundUnit unit)
{
    switch (unit) {
    case RoundUnit::Fen:
        return 1;
    case RoundUnit::Jiao:
        return 10;
    case RoundUnit::Yuan:
        return 100;
    }
    return 1;
}

namespace {

// An exact integer number of fen as Money; beyond ±kMaxFen it is an overflow, not
// a value cut to 64 bits.
Money moneyOf(Int128 fen)
{
    if (fen > Money::kMaxFen || fen < -Money::kMaxFen)
        throw ArithmeticOverflow();
    return Money::fromFen(static_cast<std::int64_t>(fen));
}

} // namespace

Money roundFen(const Rational &fenAmount)
{
    return moneyOf(fenAmount.roundHalfUp());
}

Money roundUnit(const Rational &fenAmount, RoundUnit unit)
{
    // Rounding once, directly from the exact value: rounding to the fen first and
    // then to the yuan could turn 0.495 into 0.50 and then 1 (double rounding).
    const std::int64_t size = roundUnitFen(unit);
    const Int128 units = (fenAmount / size).roundHalfUp();
    if (units > Money::kMaxFen || units < -Money::kMaxFen)
        throw ArithmeticOverflow(); // and so units × size cannot wrap either
    return moneyOf(units * size);
}

Money roundUnit(Money amount, RoundUnit unit)
{
    return roundUnit(Rational::fen(amount), unit);
}

} // namespace relief
