#include "support/service_fixture.h"

#include "services/policy/policy_service.h"

#include <nlohmann/json.hpp>

using namespace relief;
using namespace relief::services;

class PolicyServiceTest : public test::ServiceFixture
{
protected:
    std::string sample(const char *name)
    {
        return test::readFile(test::sourceDir() + "/resources/policy/" + name);
    }
};

TEST_F(PolicyServiceTest, ANewDatabaseHasTheTwoSampleSets)
{
    PolicyService policy(*db, clock);
    auto list = policy.list();
    ASSERT_TRUE(list.ok());
    ASSERT_EQ(list->size(), 2u);
    EXPECT_EQ((*list)[0].parameters.effectiveFrom.toString(), "2025-01-01");
    EXPECT_EQ((*list)[1].parameters.effectiveFrom.toString(), "2025-07-01");
    EXPECT_EQ((*list)[1].parameters.standardUrban.fen(), 83000);
}

TEST_F(PolicyServiceTest, TheSetInForceOnADateAndForAMonth)
{
    PolicyService policy(*db, clock);
    EXPECT_EQ(policy.inForceOn(*Date::parse("2025-06-30"))->standardUrban.fen(), 80000);
    EXPECT_EQ(policy.inForceOn(*Date::parse("2025-07-01"))->standardUrban.fen(), 83000);
    EXPECT_EQ(policy.inForceForMonth(*YearMonth::parse("2025-06"))->standardUrban.fen(), 80000);
    EXPECT_EQ(policy.inForceForMonth(*YearMonth::parse("2025-07"))->standardUrban.fen(), 83000);
    auto none = policy.inForceOn(*Date::parse("2024-12-31"));
    ASSERT_FALSE(none.ok());
    EXPECT_EQ(none.error().code, ErrorCode::NotFound);
}

TEST_F(PolicyServiceTest, ExportGivesTheSetBackAsItWasImported)
{
    PolicyService policy(*db, clock);
    auto text = policy.exportJson(*Date::parse("2025-07-01"));
    ASSERT_TRUE(text.ok());
    EXPECT_EQ(nlohmann::json::parse(*text), nlohmann::json::parse(sample("policy-2025-07.json")));
    EXPECT_EQ(policy.exportJson(*Date::parse("2025-03-01")).error().code, ErrorCode::NotFound);
}

TEST_F(PolicyServiceTest, ImportAddsVersionsButNeverEditsOne)
{
    PolicyService policy(*db, clock);
    auto doc = nlohmann::json::parse(sample("policy-2025-07.json"));
    // Identical set again: nothing changes.
    ASSERT_TRUE(policy.importJson(admin, doc.dump()).ok());
    EXPECT_EQ(policy.list()->size(), 2u);
    // Same date, different figures: refused.
    doc["dibao_standard"]["urban"] = "860.00";
    auto clash = policy.importJson(admin, doc.dump());
    ASSERT_FALSE(clash.ok());
    EXPECT_EQ(clash.error().code, ErrorCode::Conflict);
    // A new date is a new version.
    doc["effective_from"] = "2026-01-01";
    auto added = policy.importJson(admin, doc.dump());
    ASSERT_TRUE(added.ok()) << added.error().message;
    EXPECT_EQ(policy.inForceOn(*Date::parse("2026-03-01"))->standardUrban.fen(), 86000);
    EXPECT_EQ(policy.inForceOn(*Date::parse("2025-12-31"))->standardUrban.fen(), 83000);
}

TEST_F(PolicyServiceTest, BadSetsAndWrongRolesChangeNothing)
{
    PolicyService policy(*db, clock);
    auto doc = nlohmann::json::parse(sample("policy-2025-07.json"));
    doc["effective_from"] = "2026-01-01";
    doc["round_unit"] = "cent";
    auto bad = policy.importJson(admin, doc.dump());
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().field, "round_unit");
    doc["round_unit"] = "yuan";
    doc["dibao_standard"].erase("rural");
    EXPECT_EQ(policy.importJson(admin, doc.dump()).error().field, "dibao_standard.rural");
    doc = nlohmann::json::parse(sample("policy-2025-07.json"));
    doc["effective_from"] = "2026-01-01";
    const Session clerk = addUser("clerk", {Role::Caseworker});
    EXPECT_EQ(policy.importJson(clerk, doc.dump()).error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(policy.list()->size(), 2u);
}
