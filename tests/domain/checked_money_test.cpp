// Issue 10, defect 4: Money arithmetic was unchecked int64, and an inline policy
// with a huge standard gave temporary assistance of −64,467,440,737,096,716.00
// marked eligible. Arithmetic is now checked (an overflow is an error, never a
// wrapped value) and every parameter has a documented ceiling.

#include "domain/domain_test_support.h"
#include "domain/rounding.h"
#include "domain/rules/assess.h"
#include "domain/rules/policy_parameters.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdint>

using namespace relief;
using namespace relief::test;
using nlohmann::json;

namespace {

const Money kMax = Money::fromFen(Money::kMaxFen);

json samplePolicy()
{
    return json::parse(readRepoFile("resources/policy/policy-2025-07.json"));
}

json sampleInput()
{
    return json::parse(readRepoFile("tests/data/assess/01-dibao-family.input.json"));
}

Result<PolicyParameters> policyWith(const std::string &pointer, const json &value)
{
    json doc = samplePolicy();
    doc[json::json_pointer(pointer)] = value;
    return PolicyParameters::fromJson(doc.dump(), Lang::En);
}

} // namespace

TEST(CheckedMoney, ArithmeticBeyondTheRangeThrowsInsteadOfWrapping)
{
    EXPECT_EQ((kMax - Money::fromFen(1)) + Money::fromFen(1), kMax);
    EXPECT_THROW((void)(kMax + Money::fromFen(1)), ArithmeticOverflow);
    EXPECT_THROW((void)(-kMax - Money::fromFen(1)), ArithmeticOverflow);
    EXPECT_THROW((void)(kMax * 2), ArithmeticOverflow);
    EXPECT_THROW((void)(Money::fromFen(3) * INT64_MAX), ArithmeticOverflow);
    EXPECT_THROW((void)Money::fromYuan(INT64_MAX / 50), ArithmeticOverflow);
    EXPECT_THROW((void)(-Money::fromFen(INT64_MIN)), ArithmeticOverflow);
    Money m = kMax;
    EXPECT_THROW(m += Money::fromFen(1), ArithmeticOverflow);
    Money n = -kMax;
    EXPECT_THROW(n -= Money::fromFen(1), ArithmeticOverflow);
    EXPECT_EQ(Money::fromFen(-5) * -3, Money::fromFen(15));
}

TEST(CheckedMoney, RationalAndRoundingAreCheckedToo)
{
    const Rational huge(Int128(1) << 100, 1);
    EXPECT_THROW((void)(huge * huge), ArithmeticOverflow);
    EXPECT_THROW((void)(huge + Rational(Int128(1), Int128(3)) * huge * huge), ArithmeticOverflow);
    EXPECT_THROW((void)roundFen(huge), ArithmeticOverflow);
    EXPECT_THROW((void)roundUnit(huge, RoundUnit::Yuan), ArithmeticOverflow);
    // One fen above the range is not silently cut to 64 bits either.
    EXPECT_THROW((void)roundFen(Rational(Int128(Money::kMaxFen) + 1, 1)), ArithmeticOverflow);
    EXPECT_EQ(roundFen(Rational(Int128(Money::kMaxFen), 1)), kMax);
}

TEST(CheckedMoney, TheReportedInlinePolicyIsRefusedNamingTheField)
{
    // The report: a huge standard and an emergency request gave a wrapped,
    // negative amount marked eligible.
    json input = sampleInput();
    input["policy"] = samplePolicy();
    input["policy"]["dibao_standard"]["urban"] = "999999999999.99";
    input["temporary"] = {{"type", "emergency"}, {"months", 120}};
    auto r = assessJson(input.dump(), nullptr, Lang::En);
    ASSERT_FALSE(r.ok()) << *r;
    EXPECT_EQ(r.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(r.error().field, "policy.dibao_standard.urban");
    EXPECT_NE(r.error().message.find("1000000.00"), std::string::npos) << r.error().message;
}

TEST(CheckedMoney, AnOverflowInsideTheRulesIsAnErrorNamingTheInput)
{
    // Within every bound, but 200 maximal incomes cannot be added up exactly.
    json input = sampleInput();
    json incomes = json::array();
    for (int i = 0; i < 200; ++i)
        incomes.push_back({{"kind", "pension"}, {"monthly", "999999999999.99"}});
    input["members"][0]["incomes"] = incomes;
    const PolicyParameters set = policy();
    auto r = assessJson(input.dump(), &set, Lang::En);
    ASSERT_FALSE(r.ok()) << *r;
    EXPECT_EQ(r.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(r.error().field, "members[0].incomes");
    EXPECT_NE(r.error().message.find("too large"), std::string::npos) << r.error().message;

    // TA-1 with the largest standard, 120 months and 10,000 members: m × S × N is
    // beyond the range.
    json crowd = sampleInput();
    crowd["policy"] = samplePolicy();
    crowd["policy"]["dibao_standard"]["urban"] = "1000000.00";
    crowd["temporary"] = {{"type", "emergency"}, {"months", 120}};
    json members = json::array();
    for (int i = 0; i < 10'000; ++i)
        members.push_back({{"name", "m"}, {"birth_date", "1980-01-01"}});
    crowd["members"] = members;
    auto t = assessJson(crowd.dump(), nullptr, Lang::Zh);
    ASSERT_FALSE(t.ok());
    EXPECT_EQ(t.error().field, "temporary");
}

TEST(CheckedMoney, ParameterCeilingsAreAcceptedAndOneStepAboveIsRefused)
{
    struct Case
    {
        const char *pointer;
        json atCeiling;
        json above;
    };
    const Case cases[] = {
        {"/dibao_standard/urban", "1000000.00", "1000000.01"},
        {"/dibao_standard/rural", "1000000.00", "1000000.01"},
        {"/dibao_floor_per_person", "1000000.00", "1000000.01"},
        {"/employment_cost_deduction", "1000000.00", "1000000.01"},
        {"/tekun/care/total", "1000000.00", "1000000.01"},
        {"/disability_subsidy/care_grade1", "1000000.00", "1000000.01"},
        {"/child_allowance/home", "1000000.00", "1000000.01"},
        {"/price_subsidy/floor", "1000000.00", "1000000.01"},
        {"/disposable_income_prev_year", "12000000.00", "12000000.01"},
        {"/assets/vehicle_value_limit", "100000000.00", "100000000.01"},
        {"/assets/business_capital_limit", "100000000.00", "100000000.01"},
        {"/assets/financial_months", 120, 121},
        {"/assets/homes_limit", 100, 101},
        {"/marginal_multiplier", "10", "10.000001"},
        {"/tekun/basic_multiplier", "10.0", "11"},
        {"/price_subsidy/cpi_threshold", "1000", "1000.1"},
        {"/temporary/max_months", 120, 121},
        {"/review_months/tekun", 120, 121},
        {"/gradual_exit_months", 120, 121},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.pointer);
        auto ok = policyWith(c.pointer, c.atCeiling);
        EXPECT_TRUE(ok.ok()) << ok.error().field << ": " << ok.error().message;
        auto bad = policyWith(c.pointer, c.above);
        ASSERT_FALSE(bad.ok());
        std::string dotted = std::string(c.pointer).substr(1);
        for (char &ch : dotted)
            if (ch == '/')
                ch = '.';
        EXPECT_EQ(bad.error().field, dotted);
        EXPECT_EQ(bad.error().code, ErrorCode::InvalidInput);
    }
    // Inline in an assess input the path carries the prefix.
    json input = sampleInput();
    input["policy"] = samplePolicy();
    input["policy"]["tekun"]["basic_multiplier"] = "130";
    auto r = parseAssessInput(input.dump(), Lang::Zh);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().field, "policy.tekun.basic_multiplier");
}

TEST(CheckedMoney, AssessInputBoundsOnMonthsAndIndices)
{
    json input = sampleInput();
    input["temporary"] = {{"type", "emergency"}, {"months", 121}};
    auto months = parseAssessInput(input.dump(), Lang::En);
    ASSERT_FALSE(months.ok());
    EXPECT_EQ(months.error().field, "temporary.months");
    input.erase("temporary");
    input["cpi"] = {{"cpi_yoy", "1000.5"}, {"food_yoy", "3.0"}};
    auto cpi = parseAssessInput(input.dump(), Lang::En);
    ASSERT_FALSE(cpi.ok());
    EXPECT_EQ(cpi.error().field, "cpi.cpi_yoy");
    input["cpi"] = {{"cpi_yoy", "3.0"}, {"food_yoy", "-100.5"}};
    auto food = parseAssessInput(input.dump(), Lang::En);
    ASSERT_FALSE(food.ok());
    EXPECT_EQ(food.error().field, "cpi.food_yoy");
    input["cpi"] = {{"cpi_yoy", "-100"}, {"food_yoy", "1000"}};
    EXPECT_TRUE(parseAssessInput(input.dump(), Lang::En).ok());
}
