// Chinese capitals (大写金额) of the printed roll's grand total.

#include "domain/money_in_words.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <map>
#include <random>
#include <string>

using relief::chineseCapitalAmount;
using relief::Money;

namespace {

std::string words(std::int64_t fen)
{
    return chineseCapitalAmount(Money::fromFen(fen));
}

// Reads the capitals back (a reader of its own, not the writer's code), so that a
// sweep can check every figure round-trips; -1: not well formed.
std::int64_t readBack(const std::string &text)
{
    static const std::map<std::string, int> digits {{"零", 0}, {"壹", 1}, {"贰", 2}, {"叁", 3},
                                                    {"肆", 4}, {"伍", 5}, {"陆", 6}, {"柒", 7},
                                                    {"捌", 8}, {"玖", 9}};
    static const std::map<std::string, int> places {{"拾", 10}, {"佰", 100}, {"仟", 1000}};
    std::int64_t total = 0, section = 0, digit = 0, yuan = 0, sign = 1;
    int jiao = 0, fen = 0;
    for (std::size_t i = 0; i < text.size(); i += 3) {
        const std::string c = text.substr(i, 3);
        if (c == "负" && i == 0) {
            sign = -1;
        } else if (digits.count(c)) {
            digit = digits.at(c);
        } else if (places.count(c)) {
            section += digit * places.at(c);
            digit = 0;
        } else if (c == "万" || c == "亿") {
            total += (section + digit) * (c == "万" ? 10000 : 100000000);
            section = digit = 0;
        } else if (c == "元") {
            yuan = total + section + digit;
            digit = 0;
        } else if (c == "角") {
            jiao = static_cast<int>(digit);
            digit = 0;
        } else if (c == "分") {
            fen = static_cast<int>(digit);
            digit = 0;
        } else if (c == "整") {
            if (i + 3 != text.size())
                return -1;
        } else {
            return -1;
        }
    }
    return sign * (yuan * 100 + jiao * 10 + fen);
}

} // namespace

TEST(MoneyInWords, TheBriefsExamples)
{
    EXPECT_EQ(words(1234567), "壹万贰仟叁佰肆拾伍元陆角柒分");
    EXPECT_EQ(words(1234500), "壹万贰仟叁佰肆拾伍元整");
    EXPECT_EQ(words(100500), "壹仟零伍元整");
}

// The examples of the People's Bank's writing rules (支付结算办法 附一).
TEST(MoneyInWords, ThePaymentRulesExamples)
{
    EXPECT_EQ(words(168032), "壹仟陆佰捌拾元零叁角贰分");
    EXPECT_EQ(words(1640902), "壹万陆仟肆佰零玖元零贰分");
    EXPECT_EQ(words(10700053), "壹拾万柒仟元零伍角叁分");
    EXPECT_EQ(words(32504700), "叁拾贰万伍仟零肆拾柒元整");
}

TEST(MoneyInWords, ZerosInsideAGroupAreOneZero)
{
    EXPECT_EQ(words(100100), "壹仟零壹元整");
    EXPECT_EQ(words(101000), "壹仟零壹拾元整");
    EXPECT_EQ(words(110000), "壹仟壹佰元整");
    EXPECT_EQ(words(10500), "壹佰零伍元整");
    EXPECT_EQ(words(100000), "壹仟元整");
    EXPECT_EQ(words(1000), "壹拾元整");
    EXPECT_EQ(words(1500), "壹拾伍元整");
    EXPECT_EQ(words(100), "壹元整");
}

TEST(MoneyInWords, WanAndYiGroups)
{
    EXPECT_EQ(words(1000000), "壹万元整");
    EXPECT_EQ(words(1050000), "壹万零伍佰元整");
    EXPECT_EQ(words(1000500), "壹万零伍元整");
    EXPECT_EQ(words(100100000), "壹佰万壹仟元整");
    EXPECT_EQ(words(100010000), "壹佰万零壹佰元整");
    EXPECT_EQ(words(10000000000), "壹亿元整");
    EXPECT_EQ(words(10000000100), "壹亿零壹元整");
    EXPECT_EQ(words(10001000000), "壹亿零壹万元整");
    EXPECT_EQ(words(10010000000), "壹亿零壹拾万元整");
    EXPECT_EQ(words(11000000000), "壹亿壹仟万元整");
    EXPECT_EQ(words(100000000000), "壹拾亿元整");
    EXPECT_EQ(words(Money::kMaxFen), "玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分");
}

TEST(MoneyInWords, JiaoAndFen)
{
    EXPECT_EQ(words(150), "壹元伍角"); // 角 without 分: no 整
    EXPECT_EQ(words(155), "壹元伍角伍分");
    EXPECT_EQ(words(105), "壹元零伍分");
    EXPECT_EQ(words(2050), "贰拾元零伍角"); // the units of yuan are 0
    EXPECT_EQ(words(2005), "贰拾元零伍分");
    EXPECT_EQ(words(1000000050), "壹仟万元零伍角");
    EXPECT_EQ(words(50), "伍角");
    EXPECT_EQ(words(5), "伍分");
    EXPECT_EQ(words(53), "伍角叁分");
}

TEST(MoneyInWords, ZeroAndNegative)
{
    EXPECT_EQ(words(0), "零元整");
    EXPECT_EQ(words(-1000), "负壹拾元整");
    EXPECT_EQ(words(-5), "负伍分");
    EXPECT_EQ(words(-Money::kMaxFen).substr(0, 3), "负");
}

TEST(MoneyInWords, EveryFigureReadsBack)
{
    for (std::int64_t fen = 0; fen <= 200000; fen += 7)
        ASSERT_EQ(readBack(words(fen)), fen) << words(fen);
    std::mt19937_64 random(20251204);
    std::uniform_int_distribution<std::int64_t> any(-Money::kMaxFen, Money::kMaxFen);
    for (int i = 0; i < 20000; ++i) {
        const std::int64_t fen = any(random);
        const std::string text = words(fen);
        ASSERT_EQ(readBack(text), fen) << text;
        // Never two zeros in a row, never a zero before a group unit or 元.
        EXPECT_EQ(text.find("零零"), std::string::npos) << text;
        EXPECT_EQ(text.find("零万"), std::string::npos) << text;
        EXPECT_EQ(text.find("零亿"), std::string::npos) << text;
        EXPECT_EQ(text.find("零元"), std::string::npos) << text;
        EXPECT_EQ(text.find("亿万"), std::string::npos) << text;
    }
}
