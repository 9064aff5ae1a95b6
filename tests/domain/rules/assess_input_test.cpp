// Bad input to `assess` (data-formats §2): each kind of error names the field's
// path; defaults, null-as-absent and unknown fields behave as documented.

#include "domain/domain_test_support.h"
#include "domain/rules/assess.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace relief;
using namespace relief::test;
using nlohmann::json;

namespace {

json base()
{
    return json::parse(readRepoFile("tests/data/assess/01-dibao-family.input.json"));
}

std::string errorField(const json &input)
{
    auto r = parseAssessInput(input.dump(), Lang::En);
    if (r.ok())
        return "<no error>";
    EXPECT_EQ(r.error().code, ErrorCode::InvalidInput);
    EXPECT_FALSE(r.error().message.empty());
    return r.error().field;
}

json with(const std::string &pointer, const json &value)
{
    json doc = base();
    doc[json::json_pointer(pointer)] = value;
    return doc;
}

json without(const std::string &pointer)
{
    json doc = base();
    const json::json_pointer p(pointer);
    doc[p.parent_pointer()].erase(p.back());
    return doc;
}

} // namespace

TEST(AssessInput, NotJsonOrNotAnObject)
{
    EXPECT_FALSE(parseAssessInput("{").ok());
    EXPECT_FALSE(parseAssessInput("").ok());
    EXPECT_FALSE(parseAssessInput("[1,2]").ok());
    EXPECT_FALSE(parseAssessInput("\"text\"").ok());
}

TEST(AssessInput, TopLevelFields)
{
    EXPECT_EQ(errorField(without("/as_of")), "as_of");
    EXPECT_EQ(errorField(with("/as_of", "2025-02-30")), "as_of");
    EXPECT_EQ(errorField(with("/as_of", "2025/09/15")), "as_of");
    EXPECT_EQ(errorField(with("/as_of", 20250915)), "as_of");
    EXPECT_EQ(errorField(without("/area")), "area");
    EXPECT_EQ(errorField(with("/area", "city")), "area");
    EXPECT_EQ(errorField(without("/members")), "members");
    EXPECT_EQ(errorField(with("/members", json::array())), "members");
    EXPECT_EQ(errorField(with("/members", "none")), "members");
    EXPECT_EQ(errorField(with("/members/1", 5)), "members[1]");
    EXPECT_EQ(errorField(with("/policy", "2025-07")), "policy");
}

TEST(AssessInput, InlinePolicyErrorsArePrefixed)
{
    EXPECT_EQ(errorField(with("/policy/dibao_standard/urban", "-830.00")),
              "policy.dibao_standard.urban");
    EXPECT_EQ(errorField(without("/policy/deadlines/approval_tekun")),
              "policy.deadlines.approval_tekun");
    EXPECT_EQ(errorField(with("/policy/round_unit", "mao")), "policy.round_unit");
}

TEST(AssessInput, MemberFields)
{
    EXPECT_EQ(errorField(without("/members/0/name")), "members[0].name");
    EXPECT_EQ(errorField(with("/members/0/name", "")), "members[0].name");
    EXPECT_EQ(errorField(with("/members/1/id_number", "42010619820810514")),
              "members[1].id_number");
    EXPECT_EQ(errorField(with("/members/1/id_number", "420106198208105143")),
              "members[1].id_number");
    EXPECT_EQ(errorField(with("/members/1/id_number", 420106198208105142LL)),
              "members[1].id_number");
    EXPECT_EQ(errorField(without("/members/2/id_number")), "members[2].id_number");
    EXPECT_EQ(errorField(with("/members/2/birth_date", "2013-08-10")), "members[2].birth_date");
    EXPECT_EQ(errorField(with("/members/2/birth_date", "2013-02-29")), "members[2].birth_date");
    EXPECT_EQ(errorField(with("/members/0/relation", "uncle")), "members[0].relation");
    EXPECT_EQ(errorField(with("/members/0/counted", "yes")), "members[0].counted");
    EXPECT_EQ(errorField(with("/members/0/serious_illness", 1)), "members[0].serious_illness");
    EXPECT_EQ(errorField(with("/members/0/self_care_unmet", 7)), "members[0].self_care_unmet");
    EXPECT_EQ(errorField(with("/members/0/self_care_unmet", -1)), "members[0].self_care_unmet");
    EXPECT_EQ(errorField(with("/members/0/child_status", "orphan")), "members[0].child_status");
    EXPECT_EQ(errorField(with("/members/1/disability", json {{"kind", "arm"}, {"grade", 2}})),
              "members[1].disability.kind");
    EXPECT_EQ(errorField(with("/members/1/disability", json {{"kind", "physical"}, {"grade", 5}})),
              "members[1].disability.grade");
    EXPECT_EQ(errorField(with("/members/1/disability", json {{"kind", "physical"}})),
              "members[1].disability.grade");
    EXPECT_EQ(errorField(with("/members/1/disability", "grade 2")), "members[1].disability");
}

TEST(AssessInput, BirthDates)
{
    // Only a birth date: fine. One after as_of: an error on the field that gave it.
    json doc = without("/members/2/id_number");
    doc["members"][2]["birth_date"] = "2013-08-09";
    EXPECT_TRUE(parseAssessInput(doc.dump()).ok());
    doc["members"][2]["birth_date"] = "2025-09-16";
    EXPECT_EQ(errorField(doc), "members[2].birth_date");
    doc["members"][2]["birth_date"] = "2025-09-15"; // born today: age 0
    EXPECT_TRUE(parseAssessInput(doc.dump()).ok());
    EXPECT_EQ(errorField(with("/as_of", "2013-08-01")), "members[2].id_number");
    // Agreeing birth date and ID number: fine.
    EXPECT_TRUE(parseAssessInput(with("/members/2/birth_date", "2013-08-09").dump()).ok());
}

TEST(AssessInput, IncomeObligorAssetFields)
{
    json doc = base();
    EXPECT_EQ(errorField(with("/members/0/incomes/0/kind", "salary")),
              "members[0].incomes[0].kind");
    EXPECT_EQ(errorField(with("/members/0/incomes/0/monthly", "1500")),
              "members[0].incomes[0].monthly");
    EXPECT_EQ(errorField(with("/members/0/incomes/0/monthly", 1500.0)),
              "members[0].incomes[0].monthly");
    EXPECT_EQ(errorField(with("/members/0/incomes/0/monthly", "-1500.00")),
              "members[0].incomes[0].monthly");
    EXPECT_EQ(errorField(without("/members/0/incomes/0/monthly")), "members[0].incomes[0].monthly");
    EXPECT_EQ(errorField(with("/members/0/incomes", json {{"kind", "wage"}})),
              "members[0].incomes");
    EXPECT_EQ(errorField(with("/members/0/obligors", json::array({json {{"relation", "son"}}}))),
              "members[0].obligors[0].age");
    EXPECT_EQ(errorField(with("/members/0/obligors",
                              json::array({json {{"age", 40}, {"status", "dead"}}}))),
              "members[0].obligors[0].status");
    EXPECT_EQ(errorField(with("/members/0/obligors",
                              json::array({json {{"age", 40}, {"income_monthly", "abc"}}}))),
              "members[0].obligors[0].income_monthly");
    EXPECT_EQ(errorField(with("/members/0/obligors", json::array({json {{"age", -1}}}))),
              "members[0].obligors[0].age");
    EXPECT_EQ(errorField(with("/assets/financial", "8000")), "assets.financial");
    EXPECT_EQ(errorField(with("/assets/homes", -1)), "assets.homes");
    EXPECT_EQ(errorField(with("/assets/vehicles", json::array({json {{"exempt", true}}}))),
              "assets.vehicles[0].value");
    EXPECT_EQ(errorField(with("/assets/business_capital", "1.000")), "assets.business_capital");
}

TEST(AssessInput, CpiAndTemporaryFields)
{
    EXPECT_EQ(errorField(with("/cpi", json {{"month", "2025-09"}, {"food_yoy", "4.0"}})),
              "cpi.cpi_yoy");
    EXPECT_EQ(errorField(with("/cpi", json {{"cpi_yoy", 3.6}, {"food_yoy", "4.0"}})),
              "cpi.cpi_yoy");
    EXPECT_EQ(errorField(with(
                  "/cpi", json {{"month", "2025-13"}, {"cpi_yoy", "3.6"}, {"food_yoy", "4.0"}})),
              "cpi.month");
    EXPECT_EQ(errorField(with("/temporary", json {{"months", 2}})), "temporary.type");
    EXPECT_EQ(errorField(with("/temporary", json {{"type", "loan"}})), "temporary.type");
    EXPECT_EQ(errorField(with("/temporary", json {{"type", "emergency"}, {"months", -1}})),
              "temporary.months");
    EXPECT_EQ(errorField(with("/temporary", json {{"type", "expenditure"}, {"expense", "1.5"}})),
              "temporary.expense");
    EXPECT_EQ(errorField(with("/temporary", json {{"type", "expenditure"}, {"special", "no"}})),
              "temporary.special");
}

TEST(AssessInput, NullIsAbsentAndDefaultsApply)
{
    json doc = base();
    doc["cpi"] = nullptr;
    doc["temporary"] = nullptr;
    doc["assets"] = nullptr;
    doc["members"][0]["relation"] = nullptr;
    doc["members"][0]["disability"] = nullptr;
    doc["members"][0]["child_status"] = nullptr;
    doc["members"][0]["whatever"] = {{"x", 1}};
    doc["unknown_top"] = 42;
    auto r = parseAssessInput(doc.dump());
    ASSERT_TRUE(r.ok()) << r.error().field;
    EXPECT_FALSE(r->cpi);
    EXPECT_FALSE(r->temporary);
    EXPECT_EQ(r->household.assets.homes, 0);
    EXPECT_EQ(r->household.members[0].relation, Relation::Other);
    EXPECT_TRUE(r->household.members[0].counted);
    auto out = assessJson(doc.dump(), nullptr);
    ASSERT_TRUE(out.ok());
    const json o = json::parse(*out);
    EXPECT_FALSE(o.contains("price_subsidy"));
    EXPECT_FALSE(o.contains("temporary"));
}

TEST(AssessInput, AcceptedForms)
{
    json doc = base();
    doc["members"][0]["id_number"] = "11010519491231002x";
    doc["members"][0]["incomes"].push_back({{"kind", "business"}, {"monthly", "-300.00"}});
    doc["members"][0]["obligors"] = json::array({json {{"age", 40}}});
    doc["temporary"] = {{"type", "emergency"}};
    doc["cpi"] = {{"cpi_yoy", "-0.3"}, {"food_yoy", "-1.0"}};
    auto r = parseAssessInput(doc.dump());
    ASSERT_TRUE(r.ok()) << r.error().field << " " << r.error().message;
    EXPECT_EQ(r->household.members[0].idNumber->text(), "11010519491231002X");
    const Obligor &o = r->household.members[0].obligors[0];
    EXPECT_EQ(o.status, ObligorStatus::Normal);
    EXPECT_FALSE(o.assetsOk);
    EXPECT_EQ(o.incomeMonthly, Money());
    EXPECT_EQ(r->temporary->months, 0);
    auto out = assessJson(doc.dump(), nullptr);
    ASSERT_TRUE(out.ok());
    const json o2 = json::parse(*out);
    EXPECT_EQ(o2["temporary"],
              json({{"eligible", false},
                    {"amount", "0.00"},
                    {"level", nullptr},
                    {"prepay_allowed", false}}));
    EXPECT_EQ(o2["price_subsidy"],
              json({{"triggered", false},
                    {"rate", "0"},
                    {"per_person", "0.00"},
                    {"persons", 0},
                    {"monthly", "0.00"}}));
}

TEST(AssessInput, MessagesInBothLanguages)
{
    auto zh = parseAssessInput(with("/area", "city").dump());
    auto en = parseAssessInput(with("/area", "city").dump(), Lang::En);
    ASSERT_FALSE(zh.ok());
    ASSERT_FALSE(en.ok());
    EXPECT_NE(zh.error().message.find("取值无效"), std::string::npos);
    EXPECT_NE(en.error().message.find("unknown value"), std::string::npos);
    EXPECT_NE(en.error().message.find("urban, rural"), std::string::npos);
}
