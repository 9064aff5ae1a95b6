// Parameter sets: the shipped samples, round trips and validation errors.

#include "domain/domain_test_support.h"
#include "domain/rules/policy_parameters.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace relief;
using namespace relief::test;
using nlohmann::json;

namespace {

std::string sample()
{
    return readRepoFile("resources/policy/policy-2025-07.json");
}

// The sample with one field changed (path like "dibao_standard/urban").
Result<PolicyParameters> withField(const std::string &pointer, const json &value,
                                   Lang lang = Lang::En)
{
    json doc = json::parse(sample());
    doc[json::json_pointer(pointer)] = value;
    return PolicyParameters::fromJson(doc.dump(), lang);
}

Result<PolicyParameters> without(const std::string &pointer)
{
    json doc = json::parse(sample());
    const json::json_pointer p(pointer);
    doc[p.parent_pointer()].erase(p.back());
    return PolicyParameters::fromJson(doc.dump(), Lang::En);
}

} // namespace

TEST(PolicyParameters, ReadsTheShippedSets)
{
    const PolicyParameters p = policy("policy-2025-07.json");
    EXPECT_EQ(p.effectiveFrom.toString(), "2025-07-01");
    EXPECT_EQ(p.roundUnit, RoundUnit::Yuan);
    EXPECT_EQ(p.standard(Area::Urban).toString(), "830.00");
    EXPECT_EQ(p.standard(Area::Rural).toString(), "630.00");
    EXPECT_EQ(p.addon(AddonCategory::SevereDisability), 30);
    EXPECT_EQ(p.addon(AddonCategory::Minor), 10);
    EXPECT_EQ(p.marginalMultiplier.toString(), "1.5");
    EXPECT_EQ(p.tekun.basicMultiplier.toString(), "1.3");
    EXPECT_EQ(p.care(SelfCare::Total).toString(), "640.00");
    EXPECT_EQ(p.priceSubsidy.foodThreshold.toString(), "6.0");
    EXPECT_EQ(p.temporary.expenseRatioPct, 50);
    EXPECT_EQ(p.reviewMonths.dibaoUnstable, 6);
    EXPECT_EQ(p.deadlines.wholeProcessDelegated, 20);
    EXPECT_EQ(p.deadlines.emergencyResponseHours, 24);
    EXPECT_EQ(policy("policy-2025-01.json").standard(Area::Urban).toString(), "800.00");
}

TEST(PolicyParameters, RoundTripsExactly)
{
    for (const char *name : {"policy-2025-01.json", "policy-2025-07.json"}) {
        const std::string text = readRepoFile(std::string("resources/policy/") + name);
        const PolicyParameters p = policy(name);
        EXPECT_EQ(json::parse(p.toJson()), json::parse(text)) << name;
        // Same layout as the shipped file, so an export diffs cleanly.
        std::string trimmed = text;
        while (!trimmed.empty() && (trimmed.back() == '\n' || trimmed.back() == '\r'))
            trimmed.pop_back();
        EXPECT_EQ(p.toJson(), trimmed) << name;
        auto again = PolicyParameters::fromJson(p.toJson());
        ASSERT_TRUE(again.ok());
        EXPECT_EQ(again->toJson(), p.toJson());
    }
}

TEST(PolicyParameters, UnknownFieldsAreIgnored)
{
    EXPECT_TRUE(withField("/note", "示例").ok());
    EXPECT_TRUE(withField("/deadlines/extra", 3).ok());
}

TEST(PolicyParameters, MissingFieldsNameTheirPath)
{
    for (const char *path :
         {"/effective_from", "/round_unit", "/dibao_standard/urban", "/dibao_floor_per_person",
          "/addon_pct/minor", "/assets/financial_months", "/marginal_multiplier",
          "/tekun/care/partial", "/price_subsidy/floor", "/temporary/max_months",
          "/review_months/tekun", "/gradual_exit_months", "/deadlines/refusal_notice"}) {
        auto r = without(path);
        ASSERT_FALSE(r.ok()) << path;
        std::string dotted = std::string(path).substr(1);
        for (char &c : dotted)
            if (c == '/')
                c = '.';
        EXPECT_EQ(r.error().field, dotted);
        EXPECT_EQ(r.error().message, "is required");
    }
    // null is the same as absent
    auto r = withField("/dibao_standard/rural", nullptr);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().field, "dibao_standard.rural");
}

TEST(PolicyParameters, BadValuesAreRejected)
{
    struct Case
    {
        const char *pointer;
        json value;
        const char *field;
    };
    const Case cases[] = {
        {"/dibao_standard/urban", "-830.00", "dibao_standard.urban"},
        {"/dibao_standard/urban", "830", "dibao_standard.urban"},
        {"/dibao_standard/urban", 830, "dibao_standard.urban"},
        {"/round_unit", "cent", "round_unit"},
        {"/addon_pct/elderly", 101, "addon_pct.elderly"},
        {"/addon_pct/elderly", -1, "addon_pct.elderly"},
        {"/addon_pct/elderly", 10.5, "addon_pct.elderly"},
        {"/addon_pct/elderly", "10", "addon_pct.elderly"},
        {"/temporary/expense_ratio_pct", 150, "temporary.expense_ratio_pct"},
        {"/marginal_multiplier", "-1.5", "marginal_multiplier"},
        {"/marginal_multiplier", 1.5, "marginal_multiplier"},
        {"/tekun/basic_multiplier", "1,3", "tekun.basic_multiplier"},
        {"/effective_from", "2025-02-30", "effective_from"},
        {"/review_months/dibao_stable", 0, "review_months.dibao_stable"},
        {"/temporary/street_max_months", 7, "temporary.street_max_months"},
        {"/assets", "none", "assets"},
        {"/deadlines/approval_dibao", -3, "deadlines.approval_dibao"},
    };
    for (const Case &c : cases) {
        auto r = withField(c.pointer, c.value);
        ASSERT_FALSE(r.ok()) << c.pointer << " = " << c.value;
        EXPECT_EQ(r.error().field, c.field) << c.pointer;
        EXPECT_EQ(r.error().code, ErrorCode::InvalidInput);
        EXPECT_FALSE(r.error().message.empty());
    }
}

TEST(PolicyParameters, MessagesInChineseByDefault)
{
    json doc = json::parse(sample());
    doc["round_unit"] = "cent";
    auto zh = PolicyParameters::fromJson(doc.dump());
    ASSERT_FALSE(zh.ok());
    EXPECT_NE(zh.error().message.find("取值无效"), std::string::npos);
    EXPECT_FALSE(PolicyParameters::fromJson("{").ok());
    EXPECT_FALSE(PolicyParameters::fromJson("[]").ok());
}

TEST(PolicyParameters, SetInForce)
{
    const std::vector<PolicyParameters> sets = {policy("policy-2025-07.json"),
                                                policy("policy-2025-01.json")};
    EXPECT_EQ(parametersInForce(sets, day("2024-12-31")), nullptr);
    EXPECT_EQ(parametersInForce(sets, day("2025-01-01"))->effectiveFrom.toString(), "2025-01-01");
    EXPECT_EQ(parametersInForce(sets, day("2025-06-30"))->effectiveFrom.toString(), "2025-01-01");
    EXPECT_EQ(parametersInForce(sets, day("2025-07-01"))->effectiveFrom.toString(), "2025-07-01");
    EXPECT_EQ(parametersInForce(sets, day("2030-01-01"))->effectiveFrom.toString(), "2025-07-01");
}
