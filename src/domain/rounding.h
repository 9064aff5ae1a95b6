#pragma once

// The two roundings of policy-rules §1, on exact amounts in fen:
//   round_unit(x): half-up to the parameter set's round_unit (fen, jiao or yuan),
//                  used for final amounts;
//   round_fen(x):  half-up to the fen, used for intermediate figures (add-ons,
//                  per-capita income).
// Half-up means floor(x + ½), so exactly .5 of the unit always goes up.

#include "money.h"
#include "rational.h"

#include <optional>
#include <string_view>

namespace relief {

enum class RoundUnit {
    Fen,
    Jiao,
    Yuan,
};

std::string_view roundUnitKey(RoundUnit unit); // "fen", "jiao", "yuan"
std::optional<RoundUnit> parseRoundUnit(std::string_view key);
// The unit's size in fen: 1, 10, 100.
std::int64_t roundUnitFen(RoundUnit unit);

// x is an amount in fen.
Money roundFen(const Rational &fenAmount);
Money roundUnit(const Rational &fenAmount, RoundUnit unit);
Money roundUnit(Money amount, RoundUnit unit);

} // namespace relief
