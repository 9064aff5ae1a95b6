// Registry repositories and schema 3 on a real database.

#include "support/temp_db.h"

#include "storage/case_repository.h"
#include "storage/community_repository.h"
#include "storage/database_error.h"
#include "storage/household_query.h"
#include "storage/household_repository.h"
#include "storage/person_repository.h"
#include "storage/statement.h"

using namespace relief;
using namespace relief::storage;

namespace {
class RegistryRepositoryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = test::openDb(dir.file("r.db"));
        ASSERT_TRUE(db);
        community = CommunityRepository(*db).insert({0, "XF", "幸福社区", 1, true, "t"});
    }

    std::int64_t household(const std::string &no)
    {
        HouseholdRecord h;
        h.householdNo = no;
        h.communityId = community;
        h.address = "幸福路";
        h.createdAt = h.updatedAt = "t";
        return HouseholdRepository(*db).insert(h);
    }

    std::int64_t person(const std::string &name, const std::string &id)
    {
        PersonRecord p;
        p.name = name;
        p.idNumber = id;
        p.birthDate = *Date::parse("1949-12-31");
        p.createdAt = p.updatedAt = "t";
        return PersonRepository(*db).insert(p);
    }

    test::TempDir dir;
    std::unique_ptr<Database> db;
    std::int64_t community = 0;
};
} // namespace

TEST_F(RegistryRepositoryTest, HouseholdNumbersAreGeneratedPerCommunity)
{
    CommunityRepository repo(*db);
    EXPECT_EQ(repo.takeHouseholdNo(community), "XF00001");
    household("XF00002"); // imported with its own number
    EXPECT_EQ(repo.takeHouseholdNo(community), "XF00003");
}

TEST_F(RegistryRepositoryTest, OneActiveMembershipPerPersonAndOneHeadPerHousehold)
{
    const auto h1 = household("XF00001");
    const auto h2 = household("XF00002");
    const auto p = person("王秀英", "11010519491231002X");
    const auto q = person("李建国", "440524188001010014");
    HouseholdRepository repo(*db);
    MembershipRecord m;
    m.householdId = h1;
    m.personId = p;
    m.relation = Relation::Head;
    const auto first = repo.insertMembership(m);
    m.householdId = h2;
    EXPECT_THROW(repo.insertMembership(m), DatabaseError);
    m.householdId = h1;
    m.personId = q;
    EXPECT_THROW(repo.insertMembership(m), DatabaseError); // a second head
    m.relation = Relation::Spouse;
    repo.insertMembership(m);
    EXPECT_EQ(repo.findById(h1)->memberCount, 2);
    EXPECT_EQ(repo.findById(h1)->headName, "王秀英");
    repo.endMembership(first, *Date::parse("2025-01-01"), LeaveReason::MovedOut, "");
    EXPECT_EQ(repo.findById(h1)->memberCount, 1);
    m.householdId = h2;
    m.personId = p;
    m.relation = Relation::Head;
    repo.insertMembership(m);
    EXPECT_EQ(repo.membershipsOf(p).size(), 2u);
    EXPECT_EQ(repo.findById(h2)->headName, "王秀英");
    // Renaming the person renames the head in the list.
    auto rec = *PersonRepository(*db).findById(p);
    rec.name = "王秀兰";
    PersonRepository(*db).update(rec);
    EXPECT_EQ(repo.findById(h2)->headName, "王秀兰");
}

TEST_F(RegistryRepositoryTest, DecisionsAreRowsAndTheCaseFollowsTheLatest)
{
    const auto h = household("XF00001");
    CaseRepository cases(*db);
    CaseRecord c;
    c.householdId = h;
    c.programme = CaseProgramme::Dibao;
    c.source = CaseSource::Ledger;
    c.createdAt = "t";
    c.createdBy = "wang";
    const auto caseId = cases.insertCase(c);
    DecisionRecord d;
    d.caseId = caseId;
    d.kind = DecisionKind::Grant;
    d.effectiveMonth = *YearMonth::parse("2025-03");
    d.amount = Money::fromYuan(830);
    d.persons = {1, 2};
    d.decidedOn = *Date::parse("2025-02-20");
    d.decidedBy = "wang";
    d.createdAt = "t";
    cases.insertDecision(d);
    EXPECT_EQ(cases.findById(caseId)->currentAmount, Money::fromYuan(830));
    EXPECT_TRUE(cases.findById(caseId)->active);
    d.kind = DecisionKind::Stop;
    d.amount = Money();
    d.effectiveMonth = *YearMonth::parse("2025-09");
    cases.insertDecision(d);
    EXPECT_FALSE(cases.findById(caseId)->active);
    EXPECT_FALSE(cases.findActive(h, std::nullopt, CaseProgramme::Dibao).has_value());
    const auto all = cases.decisions(caseId);
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[0].persons, (std::vector<std::int64_t> {1, 2}));
    EXPECT_THROW(db->exec("UPDATE decisions SET amount = 1"), DatabaseError);
    EXPECT_THROW(db->exec("DELETE FROM decisions"), DatabaseError);
    // A household programme has no person; a personal one needs one.
    c.personId = person("王秀英", "11010519491231002X");
    EXPECT_THROW(cases.insertCase(c), DatabaseError);
}

TEST_F(RegistryRepositoryTest, QueryClassifiesSearchText)
{
    using F = HouseholdSearchField;
    EXPECT_EQ(HouseholdQuery::classify("11010519491231002X"), std::vector<F> {F::IdNumber});
    EXPECT_EQ(HouseholdQuery::classify("002X"), (std::vector<F> {F::IdSuffix, F::HouseholdNo}));
    EXPECT_EQ(HouseholdQuery::classify("XF0001"), std::vector<F> {F::HouseholdNo});
    EXPECT_EQ(HouseholdQuery::classify("和平街"), std::vector<F> {F::Address});
    EXPECT_EQ(HouseholdQuery::classify("9号"), std::vector<F> {F::Address});
    EXPECT_EQ(HouseholdQuery::classify("王"), std::vector<F> {F::Name});
    EXPECT_EQ(HouseholdQuery::normalise("　１２３ｘ "), "123X");
}

TEST_F(RegistryRepositoryTest, QuerySearchesUseIndexes)
{
    // The plan must not scan persons for name, ID or last-digit searches.
    for (const char *sql :
         {"SELECT id FROM persons WHERE name >= '王' AND name < '王\xF4\x8F\xBF\xBF'",
          "SELECT id FROM persons WHERE id_reversed >= '4100' AND id_reversed < '4100~'",
          "SELECT id FROM persons WHERE id_number = '440524188001010014'"}) {
        Statement st(*db, std::string("EXPLAIN QUERY PLAN ") + sql);
        std::string plan;
        while (st.step())
            plan += st.text(3) + "\n";
        EXPECT_NE(plan.find("USING"), std::string::npos) << sql << "\n" << plan;
        EXPECT_EQ(plan.find("SCAN persons"), std::string::npos) << sql << "\n" << plan;
    }
}
