// round_fen and round_unit (policy-rules §1): half-up, exactly at .5 of each unit.

#include "domain/rounding.h"

#include <gtest/gtest.h>

using namespace relief;

namespace {

Rational fen(std::int64_t num, std::int64_t den = 1)
{
    return Rational(num, den);
}

} // namespace

TEST(Rounding, FenHalfUp)
{
    EXPECT_EQ(roundFen(fen(1245, 10)).fen(), 125); // 124.5 fen
    EXPECT_EQ(roundFen(fen(1244, 10)).fen(), 124);
    EXPECT_EQ(roundFen(fen(12449999, 100000)).fen(), 124);
    EXPECT_EQ(roundFen(fen(130000, 3)).fen(), 43333); // 1300.00 / 3 = 433.333…
    EXPECT_EQ(roundFen(fen(200000, 3)).fen(), 66667); // 666.666…
    EXPECT_EQ(roundFen(fen(1, 2)).fen(), 1);
    EXPECT_EQ(roundFen(fen(0)).fen(), 0);
}

TEST(Rounding, JiaoHalfUp)
{
    EXPECT_EQ(roundUnit(fen(12345), RoundUnit::Jiao).fen(), 12350); // 123.45 → 123.5
    EXPECT_EQ(roundUnit(fen(12344), RoundUnit::Jiao).fen(), 12340);
    EXPECT_EQ(roundUnit(fen(89, 2), RoundUnit::Jiao).fen(), 40); // 44.5 fen → 4 jiao
    EXPECT_EQ(roundUnit(fen(90, 2), RoundUnit::Jiao).fen(), 50); // 45 fen → 5 jiao
}

TEST(Rounding, YuanHalfUp)
{
    EXPECT_EQ(roundUnit(fen(199750), RoundUnit::Yuan).fen(), 199800); // 1997.50 → 1998
    EXPECT_EQ(roundUnit(fen(199749), RoundUnit::Yuan).fen(), 199700);
    EXPECT_EQ(roundUnit(fen(5395), RoundUnit::Yuan).fen(), 5400); // 53.95 → 54
    EXPECT_EQ(roundUnit(fen(5050), RoundUnit::Yuan).fen(), 5100);
    EXPECT_EQ(roundUnit(fen(5049), RoundUnit::Yuan).fen(), 5000);
    // Rounded once from the exact value: 49.495 yuan is 49, not 49.50 → 50.
    EXPECT_EQ(roundUnit(fen(98990, 20), RoundUnit::Yuan).fen(), 4900);
    EXPECT_EQ(roundUnit(Money::fromFen(4950), RoundUnit::Yuan).fen(), 5000);
}

TEST(Rounding, FenUnitKeepsFen)
{
    EXPECT_EQ(roundUnit(fen(12345), RoundUnit::Fen).fen(), 12345);
    EXPECT_EQ(roundUnit(fen(24901, 2), RoundUnit::Fen).fen(), 12451); // 12450.5
}

TEST(Rounding, UnitKeys)
{
    EXPECT_EQ(parseRoundUnit("jiao"), RoundUnit::Jiao);
    EXPECT_EQ(roundUnitKey(RoundUnit::Yuan), "yuan");
    EXPECT_FALSE(parseRoundUnit("Yuan"));
    EXPECT_FALSE(parseRoundUnit("cent"));
    EXPECT_EQ(roundUnitFen(RoundUnit::Jiao), 10);
}
