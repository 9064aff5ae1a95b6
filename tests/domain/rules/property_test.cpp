// Properties over generated households: no negative amount, the total is the sum
// of its parts (checked on the JSON output), and more income never raises the
// dibao amount while the groups T and C stay as they were.

#include "domain/domain_test_support.h"
#include "domain/household_generator.h"
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
