// Money, Decimal, YearMonth, age, identity numbers and bank cards.

#include "domain/age.h"
#include "domain/bank_account.h"
#include "domain/decimal.h"
#include "domain/explanation.h"
#include "domain/id_number.h"
#include "domain/money.h"
#include "domain/year_month.h"
#include "domain_test_support.h"

#include <gtest/gtest.h>

using namespace relief;
using relief::test::day;

TEST(Money, ParsesExactlyTwoDecimals)
{
    EXPECT_EQ(Money::parse("1234.50")->fen(), 123450);
    EXPECT_EQ(Money::parse("0.00")->fen(), 0);
    EXPECT_EQ(Money::parse("0.05")->fen(), 5);
    EXPECT_EQ(Money::parse("-12.34")->fen(), -1234);
    EXPECT_EQ(Money::parse("999999999999.99")->fen(), Money::kMaxFen);
    for (const char *bad : {"12.5", "12", "12.345", "+1.00", " 1.00", "1.00 ", "1,000.00", ".50",
                            "-.50", "1.0a", "", "-", "1e3.00", "１.00", "1000000000000.00"})
        EXPECT_FALSE(Money::parse(bad)) << bad;
}

TEST(Money, FormatsAndComputes)
{
    EXPECT_EQ(Money::fromFen(123450).toString(), "1234.50");
    EXPECT_EQ(Money::fromFen(5).toString(), "0.05");
    EXPECT_EQ(Money::fromFen(-5).toString(), "-0.05");
    EXPECT_EQ(Money::fromFen(-123456).toString(), "-1234.56");
    EXPECT_EQ(Money().toString(), "0.00");
    EXPECT_EQ(Money::fromYuan(830).toString(), "830.00");
    const Money a = Money::fromYuan(830);
    EXPECT_EQ((a * 3 - Money::fromYuan(1300)).toString(), "1190.00");
    EXPECT_EQ(max(a, Money()), a);
    EXPECT_EQ(min(a, Money()), Money());
    EXPECT_EQ(Money::parse(Money::fromFen(-100).toString())->fen(), -100);
}

TEST(Decimal, ParsesAndKeepsItsText)
{
    EXPECT_EQ(Decimal::parse("3.6")->toString(), "3.6");
    EXPECT_EQ(Decimal::parse("6.0")->toString(), "6.0");
    EXPECT_EQ(Decimal::parse("1.50")->toString(), "1.50");
    EXPECT_EQ(Decimal::parse("0.05")->toString(), "0.05");
    EXPECT_EQ(Decimal::parse("2")->toString(), "2");
    EXPECT_EQ(*Decimal::parse("6.0"), *Decimal::parse("6"));
    EXPECT_LT(*Decimal::parse("3.49"), *Decimal::parse("3.5"));
    EXPECT_FALSE(Decimal::parse("-0.4"));
    EXPECT_EQ(Decimal::parse("-0.4", true)->toString(), "-0.4");
    EXPECT_LT(*Decimal::parse("-0.4", true), Decimal::fromInt(0));
    for (const char *bad : {"3.", ".5", "+1", "1e3", " 1", "1.2.3", "", "1.1234567", "abc"})
        EXPECT_FALSE(Decimal::parse(bad, true)) << bad;
}

TEST(Rational, ExactArithmeticAndComparison)
{
    const Rational third(1, 3);
    EXPECT_EQ(third * 3, Rational::fromInt(1));
    EXPECT_EQ(Rational(2, 4), Rational(1, 2));
    EXPECT_EQ(Rational(1, -2), Rational(-1, 2));
    EXPECT_LT(Rational(1, 3), Rational(34, 100));
    EXPECT_EQ((Rational(1, 2) + Rational(1, 3)), Rational(5, 6));
    EXPECT_EQ((Rational(1, 2) - Rational(1, 3)), Rational(1, 6));
    EXPECT_EQ(Rational(7, 2).floor(), 3);
    EXPECT_EQ(Rational(-7, 2).floor(), -4);
    // Half up is floor(x + 1/2): exactly .5 goes up, also for negatives.
    EXPECT_EQ(Rational(5, 2).roundHalfUp(), 3);
    EXPECT_EQ(Rational(-5, 2).roundHalfUp(), -2);
    EXPECT_EQ(Rational(249999, 100000).roundHalfUp(), 2);
}

TEST(YearMonth, ParsesFormatsAndSteps)
{
    EXPECT_EQ(YearMonth::parse("2025-09")->toString(), "2025-09");
    for (const char *bad : {"2025-13", "2025-00", "2025-9", "25-09", "2025/09", "2025-09-01"})
        EXPECT_FALSE(YearMonth::parse(bad)) << bad;
    const YearMonth m = *YearMonth::parse("2025-01");
    EXPECT_EQ(m.previous().toString(), "2024-12");
    EXPECT_EQ(m.addMonths(11).toString(), "2025-12");
    EXPECT_EQ(m.addMonths(12).toString(), "2026-01");
    EXPECT_EQ(m.addMonths(-13).toString(), "2023-12");
    EXPECT_EQ(m.monthsUntil(*YearMonth::parse("2025-03")), 2);
    EXPECT_EQ(YearMonth::of(day("2025-03-31")).next().toString(), "2025-04");
    EXPECT_EQ(YearMonth::parse("2024-02")->lastDay().toString(), "2024-02-29");
    EXPECT_EQ(YearMonth::parse("2025-02")->firstDay().toString(), "2025-02-01");
}

TEST(YearMonth, AddMonthsClampsToTheMonthsLastDay)
{
    EXPECT_EQ(addMonthsClamped(day("2025-08-31"), 6).toString(), "2026-02-28");
    EXPECT_EQ(addMonthsClamped(day("2023-08-31"), 6).toString(), "2024-02-29");
    EXPECT_EQ(addMonthsClamped(day("2025-01-31"), 1).toString(), "2025-02-28");
    EXPECT_EQ(addMonthsClamped(day("2025-03-15"), 12).toString(), "2026-03-15");
    EXPECT_EQ(addMonthsClamped(day("2024-02-29"), 12).toString(), "2025-02-28");
}

TEST(Age, CompletedYearsWithBirthdayAndLeapDay)
{
    EXPECT_EQ(ageInYears(day("1965-09-15"), day("2025-09-15")), 60); // birthday today
    EXPECT_EQ(ageInYears(day("1965-09-16"), day("2025-09-15")), 59); // tomorrow
    EXPECT_EQ(ageInYears(day("2008-02-29"), day("2026-02-28")), 17);
    EXPECT_EQ(ageInYears(day("2008-02-29"), day("2026-03-01")), 18);
    EXPECT_EQ(ageInYears(day("2008-02-29"), day("2028-02-29")), 20);
    EXPECT_EQ(ageInYears(day("2025-09-15"), day("2025-09-15")), 0);
}

TEST(IdNumber, ChecksGb11643)
{
    auto a = IdNumber::parse("11010519491231002X");
    ASSERT_TRUE(a.ok());
    EXPECT_EQ(a->birthDate().toString(), "1949-12-31");
    EXPECT_EQ(a->sex(), Sex::Female); // 17th digit 2
    EXPECT_EQ(a->masked(), "110105********002X");
    auto b = IdNumber::parse("440524188001010014");
    ASSERT_TRUE(b.ok());
    EXPECT_EQ(b->sex(), Sex::Male);
    EXPECT_EQ(b->birthDate().toString(), "1880-01-01");
    auto lower = IdNumber::parse("11010519491231002x");
    ASSERT_TRUE(lower.ok());
    EXPECT_EQ(lower->text(), "11010519491231002X");
    EXPECT_EQ(IdNumber::checkCharacter("11010519491231002"), 'X');
}

TEST(IdNumber, RejectsWithReasons)
{
    auto wrongCheck = IdNumber::parse("110105194912310021", Lang::En);
    ASSERT_FALSE(wrongCheck.ok());
    EXPECT_EQ(wrongCheck.error().message, "check character is wrong: 110105194912310021");
    EXPECT_EQ(wrongCheck.error().code, ErrorCode::InvalidInput);
    EXPECT_FALSE(IdNumber::parse("11010519491231002").ok()); // 17
    EXPECT_FALSE(IdNumber::parse("1101051949123100211").ok()); // 19
    EXPECT_FALSE(IdNumber::parse("1101051949123100A2").ok());
    EXPECT_FALSE(IdNumber::parse("11010519491231002Y").ok());
    // 2025-02-29 does not exist: rejected for the date whatever the check character.
    auto badDate = IdNumber::parse("110105202502290011", Lang::En);
    ASSERT_FALSE(badDate.ok());
    EXPECT_NE(badDate.error().message.find("birth date"), std::string::npos);
    EXPECT_NE(IdNumber::parse("110105194912310021").error().message.find("校验码"),
              std::string::npos);
}

TEST(BankAccount, LuhnAndLength)
{
    EXPECT_TRUE(BankAccount::luhnValid("4111111111111111"));
    EXPECT_FALSE(BankAccount::luhnValid("4111111111111112"));
    EXPECT_EQ(BankAccount::luhnCheckDigit("411111111111111"), '1');
    for (const std::string body : {"622848", "62284804025648910", "0", "999999999999999999"})
        EXPECT_TRUE(BankAccount::luhnValid(body + BankAccount::luhnCheckDigit(body))) << body;
    auto ok = BankAccount::parse("4111111111111111");
    ASSERT_TRUE(ok.ok());
    EXPECT_EQ(ok->masked(), "************1111");
    EXPECT_TRUE(BankAccount::parse("6222021234567890128").ok()); // 19 digits
    EXPECT_FALSE(BankAccount::parse("6222021234567890123").ok()); // Luhn fails
    EXPECT_FALSE(BankAccount::parse("411111111111116").ok()); // 15 digits
    EXPECT_FALSE(BankAccount::parse("41111111111111111115").ok()); // 20 digits, Luhn-valid
    // Issue 18: words for people, not the name of the algorithm.
    auto luhn = BankAccount::parse("6222021234567890123");
    ASSERT_FALSE(luhn.ok());
    EXPECT_EQ(luhn.error().message, "银行卡号校验位不正确，请核对卡号：***************0123");
    auto letters = BankAccount::parse("4111 1111 1111 1111", Lang::En);
    ASSERT_FALSE(letters.ok());
    // Messages never carry the full number.
    EXPECT_EQ(letters.error().message.find("1111 1111"), std::string::npos);
}

TEST(Explanation, RendersBothLanguagesWithTerms)
{
    const Explanation e {"DB-3", ReasonCode::DibaoAddon, {"王丽", "@serious_illness", "166.00"}, 1};
    EXPECT_EQ(e.render(Lang::Zh), "王丽：分类施保（重病）166.00 元");
    EXPECT_EQ(e.render(Lang::En), "王丽: add-on (serious illness) 166.00");
    EXPECT_EQ(e.outcome(), Outcome::Amount);
    const Explanation f {"TK-4", ReasonCode::TekunFailed, {"a", "@TK-4"}, 0};
    EXPECT_EQ(f.outcome(), Outcome::NotMet);
    EXPECT_EQ(f.render(Lang::En),
              "a: an obligor is able to support them, so not eligible for tekun "
              "support");
    EXPECT_EQ(f.render(Lang::Zh), "a：有具备赡养、抚养、扶养能力的义务人，不符合特困人员认定条件");
    // A literal figure is shown as it is, '@' and all.
    const Explanation g {"DB-3", ReasonCode::DibaoAddon, {literalFigure("@x"), "@minor", "1.00"}};
    EXPECT_EQ(g.render(Lang::En), "@x: add-on (minor) 1.00");
    EXPECT_EQ(renderTerm("no-such-term", Lang::Zh), "no-such-term");
}
