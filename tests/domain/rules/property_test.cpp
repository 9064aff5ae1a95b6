// Properties over generated households: no negative amount, the total is the sum
// of its parts (checked on the JSON output), and more income never raises the
// dibao amount while the groups T and C stay as they were.

#include "domain/domain_test_support.h"
#include "domain/household_generator.h"
#include "domain/rules/assess.h"
#include "domain/rules/assessment_json.h"
#include "domain/rules/household_assessor.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace relief;
using namespace relief::test;
using nlohmann::json;

namespace {

const PolicyParameters kPolicy = policy("policy-2025-07.json");

std::vector<int> tekunMembers(const Assessment &a)
{
    std::vector<int> out;
    for (const auto &t : a.tekun)
        if (t.eligible)
            out.push_back(t.member);
    return out;
}

Money fen(const json &v)
{
    return *Money::parse(v.get<std::string>());
}

// A random amount in [0, ceiling] that is often one of the ends.
Money extremeAmount(HouseholdGenerator &gen, std::int64_t ceilingFen)
{
    switch (gen.pick(4)) {
    case 0:
        return Money();
    case 1:
        return Money::fromFen(ceilingFen);
    default:
        return Money::fromFen(
            static_cast<std::int64_t>(static_cast<double>(gen.pick(1'000'001)) / 1'000'000.0 *
                                      static_cast<double>(ceilingFen)));
    }
}

int extremeInt(HouseholdGenerator &gen, int low, int high)
{
    const int r = gen.pick(4);
    return r == 0 ? low : r == 1 ? high : low + gen.pick(high - low + 1);
}

// A parameter set anywhere within the documented ceilings, read through fromJson
// so that it is exactly what an import or an inline policy may hold.
PolicyParameters extremePolicy(HouseholdGenerator &gen)
{
    json doc = json::parse(kPolicy.toJson());
    const std::int64_t monthly = kMaxMonthlyParameter.fen();
    for (const char *pointer :
         {"/dibao_standard/urban", "/dibao_standard/rural", "/dibao_floor_per_person",
          "/employment_cost_deduction", "/tekun/care/full", "/tekun/care/partial",
          "/tekun/care/total", "/disability_subsidy/living", "/disability_subsidy/care_grade1",
          "/disability_subsidy/care_grade2", "/child_allowance/institutional",
          "/child_allowance/home", "/price_subsidy/floor"})
        doc[json::json_pointer(pointer)] = extremeAmount(gen, monthly).toString();
    doc["disposable_income_prev_year"] = extremeAmount(gen, kMaxAnnualParameter.fen()).toString();
    doc["assets"]["vehicle_value_limit"] = extremeAmount(gen, kMaxAssetLimit.fen()).toString();
    doc["assets"]["business_capital_limit"] = extremeAmount(gen, kMaxAssetLimit.fen()).toString();
    doc["assets"]["financial_months"] = extremeInt(gen, 0, kMaxParameterMonths);
    doc["assets"]["homes_limit"] = extremeInt(gen, 0, 100);
    for (auto &pct : doc["addon_pct"])
        pct = extremeInt(gen, 0, 100);
    doc["marginal_multiplier"] = std::to_string(extremeInt(gen, 0, kMaxMultiplier));
    doc["tekun"]["basic_multiplier"] =
        std::to_string(extremeInt(gen, 0, 9)) + "." + std::to_string(gen.pick(1'000'000));
    doc["price_subsidy"]["cpi_threshold"] = std::to_string(extremeInt(gen, 0, kMaxThresholdPct));
    doc["price_subsidy"]["food_threshold"] = std::to_string(extremeInt(gen, 0, 10));
    const int maxMonths = extremeInt(gen, 0, kMaxParameterMonths);
    doc["temporary"]["max_months"] = maxMonths;
    doc["temporary"]["street_max_months"] = extremeInt(gen, 0, maxMonths);
    doc["temporary"]["expense_ratio_pct"] = extremeInt(gen, 0, 100);
    doc["round_unit"] = std::array {"fen", "jiao", "yuan"}[static_cast<size_t>(gen.pick(3))];
    auto p = PolicyParameters::fromJson(doc.dump(), Lang::En);
    if (!p.ok())
        throw std::runtime_error(p.error().field + ": " + p.error().message);
    return *p;
}

// Makes some of the household's amounts as large as a file may hold.
void makeExtreme(HouseholdGenerator &gen, AssessRequest &req)
{
    const std::int64_t max = Money::kMaxFen;
    for (Member &m : req.household.members)
        for (Income &in : m.incomes)
            if (gen.pick(3) == 0)
                in.monthly = extremeAmount(gen, max);
    if (gen.pick(3) == 0)
        req.household.assets.financial = extremeAmount(gen, max);
    if (req.temporary && gen.pick(2) == 0) {
        req.temporary->months = extremeInt(gen, 0, kMaxParameterMonths);
        req.temporary->expense = extremeAmount(gen, max);
        req.temporary->reimbursed = extremeAmount(gen, max);
        req.temporary->otherAid = extremeAmount(gen, max);
    }
    if (req.cpi && gen.pick(2) == 0) {
        req.cpi->cpiYoy = Decimal::fromInt(extremeInt(gen, -100, 1000));
        req.cpi->cpiText = req.cpi->cpiYoy.toString();
    }
}

} // namespace

TEST(Properties, AmountsNeverNegativeAndTotalIsTheSum)
{
    HouseholdGenerator gen(20250915);
    for (int i = 0; i < 2000; ++i) {
        const AssessRequest req = gen.next();
        const Assessment a = assessHousehold(req, kPolicy);
        const json o = json::parse(assessmentToJson(a, i % 2 ? Lang::En : Lang::Zh));
        Money sum = fen(o["dibao"]["monthly"]);
        for (const char *list :
             {"single_person", "tekun", "child_allowance", "disability_living", "disability_care"})
            for (const auto &line : o[list]) {
                ASSERT_GE(fen(line["monthly"]), Money()) << list;
                sum += fen(line["monthly"]);
            }
        if (o.contains("price_subsidy")) {
            const auto &ps = o["price_subsidy"];
            ASSERT_EQ(fen(ps["monthly"]), fen(ps["per_person"]) * ps["persons"].get<int>());
            sum += fen(ps["monthly"]);
        }
        ASSERT_EQ(fen(o["total_monthly"]), sum) << i;
        for (const char *field : {"dibao/base", "dibao/monthly", "income_counted",
                                  "per_capita_income", "total_monthly"})
            ASSERT_GE(fen(o[json::json_pointer(std::string("/") + field)]), Money()) << field;
        if (o.contains("temporary")) {
            ASSERT_GE(fen(o["temporary"]["amount"]), Money());
            ASSERT_EQ(o["temporary"]["level"].is_null(), !o["temporary"]["eligible"].get<bool>());
        }
        // Structural invariants of the output.
        ASSERT_EQ(o["dibao"]["eligible"].get<bool>(), o["classification"] == "dibao");
        if (!o["dibao"]["eligible"].get<bool>()) {
            ASSERT_TRUE(o["dibao"]["addons"].empty());
        }
        ASSERT_EQ(o["review_interval_months"].is_null(),
                  o["classification"] != "dibao" && o["classification"] != "single_person" &&
                      tekunMembers(a).empty());
        int last = -1;
        for (const auto &t : o["tekun"]) {
            ASSERT_GT(t["member"].get<int>(), last);
            last = t["member"].get<int>();
        }
    }
}

// Issue 10, defect 4: whatever the parameters (within their ceilings) and however
// large the household's amounts (within what a file may hold), an assessment is
// either exact — every amount between 0 and the largest amount, the total the sum
// of its parts — or an error naming the input; never a wrapped or negative figure.
TEST(Properties, ExtremeParametersAndAmountsNeverWrapOrGoNegative)
{
    HouseholdGenerator gen(10004);
    int assessed = 0;
    int refused = 0;
    for (int i = 0; i < 1500; ++i) {
        const PolicyParameters p = extremePolicy(gen);
        AssessRequest req = gen.next();
        if (i % 2 == 0)
            makeExtreme(gen, req);
        auto a = assess(req, &p, Lang::En);
        if (!a.ok()) {
            ++refused;
            ASSERT_EQ(a.error().code, ErrorCode::InvalidInput) << i;
            ASSERT_FALSE(a.error().field.empty()) << i;
            continue;
        }
        ++assessed;
        const json o = json::parse(assessmentToJson(*a, Lang::En));
        const Money max = Money::fromFen(Money::kMaxFen);
        Money sum = fen(o["dibao"]["monthly"]);
        for (const char *list :
             {"single_person", "tekun", "child_allowance", "disability_living", "disability_care"})
            for (const auto &line : o[list]) {
                ASSERT_GE(fen(line["monthly"]), Money()) << list << " " << i;
                sum += fen(line["monthly"]);
            }
        if (o.contains("price_subsidy")) {
            ASSERT_GE(fen(o["price_subsidy"]["per_person"]), Money()) << i;
            sum += fen(o["price_subsidy"]["monthly"]);
        }
        ASSERT_EQ(fen(o["total_monthly"]), sum) << i;
        for (const char *field : {"/dibao/base", "/dibao/monthly", "/income_counted",
                                  "/per_capita_income", "/total_monthly", "/standard"}) {
            ASSERT_GE(fen(o[json::json_pointer(field)]), Money()) << field << " " << i;
            ASSERT_LE(fen(o[json::json_pointer(field)]), max) << field << " " << i;
        }
        if (o.contains("temporary")) {
            ASSERT_GE(fen(o["temporary"]["amount"]), Money()) << i;
        }
    }
    // Most extreme cases still compute; the refusals are real overflows.
    EXPECT_GT(assessed, 1000);
    EXPECT_GT(refused, 0);
}

TEST(Properties, ParametersAboveTheirCeilingsAreRefused)
{
    HouseholdGenerator gen(31);
    const char *money[] = {
        "/dibao_standard/urban", "/dibao_floor_per_person",      "/tekun/care/full",
        "/child_allowance/home", "/disposable_income_prev_year", "/assets/vehicle_value_limit"};
    for (int i = 0; i < 300; ++i) {
        json doc = json::parse(kPolicy.toJson());
        const char *pointer = money[gen.pick(6)];
        // Anywhere from just above the largest ceiling up to the largest amount.
        const std::int64_t above =
            kMaxAssetLimit.fen() + 1 + static_cast<std::int64_t>(gen.pick(1'000'000)) * 99'000'000;
        doc[json::json_pointer(pointer)] = Money::fromFen(above).toString();
        auto p = PolicyParameters::fromJson(doc.dump(), Lang::En);
        ASSERT_FALSE(p.ok()) << pointer << " " << above;
        ASSERT_EQ("/" + p.error().field, [&] {
            std::string s = pointer;
            for (size_t k = 1; k < s.size(); ++k)
                if (s[k] == '/')
                    s[k] = '.';
            return s;
        }());
    }
}

TEST(Properties, MoreIncomeNeverRaisesTheDibaoAmount)
{
    HouseholdGenerator gen(7);
    int compared = 0;
    for (int i = 0; i < 3000; ++i) {
        AssessRequest req = gen.next();
        const Assessment before = assessHousehold(req, kPolicy);
        auto &members = req.household.members;
        auto &m = members[static_cast<size_t>(gen.pick(static_cast<int>(members.size())))];
        const IncomeKind kind = static_cast<IncomeKind>(gen.pick(6)); // a counted kind (IN-1 order)
        m.incomes.push_back({kind, Money::fromFen(1 + gen.pick(200'000))});
        const Assessment after = assessHousehold(req, kPolicy);
        // When T changes, members move between 特困 and D; the property is about D.
        if (tekunMembers(before) != tekunMembers(after))
            continue;
        ++compared;
        ASSERT_LE(after.dibao.monthly, before.dibao.monthly) << i;
        ASSERT_GE(after.incomeCounted, before.incomeCounted) << i;
    }
    EXPECT_GT(compared, 2000);
}

TEST(Properties, AssessmentIsDeterministic)
{
    HouseholdGenerator a(99);
    HouseholdGenerator b(99);
    for (int i = 0; i < 200; ++i)
        ASSERT_EQ(assessmentToJson(assessHousehold(a.next(), kPolicy)),
                  assessmentToJson(assessHousehold(b.next(), kPolicy)));
}
