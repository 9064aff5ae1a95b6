// An application approved through the workflow records its grant; the next roll
// picks it up (issue 11 §1).

#include "payroll_fixture.h"

#include "services/applications/application_service.h"

using namespace relief;
using namespace relief::services;
using relief::test::makeIdNumber;

namespace {

std::chrono::system_clock::time_point noonUtc(const char *day)
{
    const Date d = *Date::parse(day);
    return std::chrono::system_clock::time_point(
        std::chrono::seconds(d.dayNumber() * 86400L + 4 * 3600));
}

Date day(const char *text)
{
    return *Date::parse(text);
}

class PayrollApplicationTest : public test::PayrollFixture
{
};

} // namespace

TEST_F(PayrollApplicationTest, AnApprovedApplicationIsPaidInTheNextRoll)
{
    ApplicationService apps(*db, clock);
    const Session wang = caseworker();
    const Session li = addUser("li", {Role::Caseworker});
    NewHousehold h;
    h.household.communityId = xingfu;
    h.household.address = "幸福路8号";
    h.household.area = Area::Urban;
    h.household.bankName = "农业银行";
    h.household.bankAccount = kAccount;
    h.household.accountHolder = "张明";
    h.members.push_back(member("张明", makeIdNumber("110105", "19700101", 11), Relation::Head));
    h.members.push_back(member("刘芳", makeIdNumber("110105", "19720202", 12), Relation::Spouse));
    auto household = registry->createHousehold(wang, h);
    ASSERT_TRUE(household.ok()) << household.error().message;

    clock.set(noonUtc("2025-09-15"));
    NewApplication a;
    a.householdId = *household;
    a.programme = ApplicationProgramme::Dibao;
    a.channel = ApplicationChannel::Window;
    a.receivedOn = day("2025-09-15");
    auto id = apps.submit(wang, a);
    ASSERT_TRUE(id.ok()) << id.error().message;
    ASSERT_TRUE(apps.checkMaterials(wang, *id, requiredMaterials(ApplicationProgramme::Dibao),
                                    day("2025-09-15"))
                    .ok());
    clock.set(noonUtc("2025-09-17"));
    ASSERT_TRUE(apps.startInvestigation(wang, *id, day("2025-09-16")).ok());
    VisitInput v;
    v.visitedOn = day("2025-09-17");
    v.staffIds = {wang.userId, li.userId};
    v.beneficiarySeen = v.familySigned = v.staffSigned = true;
    v.livingConditions = "两居室，陈设简陋";
    v.health = "户主慢性病";
    v.employability = "配偶可从事轻体力劳动";
    ASSERT_TRUE(apps.recordVisit(wang, *id, v).ok());
    clock.set(noonUtc("2025-09-19"));
    ReviewInput review;
    review.reviewedOn = day("2025-09-19");
    review.opinion = "符合低保条件，建议批准";
    ASSERT_TRUE(apps.streetReview(wang, *id, review).ok());
    ASSERT_TRUE(apps.startNotice(wang, *id, day("2025-09-19")).ok());
    clock.set(noonUtc("2025-09-26"));
    ASSERT_TRUE(apps.submitForApproval(wang, *id, day("2025-09-26")).ok());
    clock.set(noonUtc("2025-09-30"));
    auto approved = apps.approve(zhao, *id, "同意", day("2025-09-30"));
    ASSERT_TRUE(approved.ok()) << approved.error().message;

    storage::Statement grant(*db,
                             "SELECT d.case_id, d.effective_month, d.amount, d.person_count "
                             "FROM decisions d JOIN cases c ON c.id = d.case_id "
                             "WHERE c.source = 'application'");
    ASSERT_TRUE(grant.step());
    const std::int64_t caseId = grant.int64(0);
    const YearMonth effective = *YearMonth::parse(grant.text(1));
    const std::int64_t amount = grant.int64(2);
    ASSERT_GT(amount, 0);

    clock.set(noonUtc("2025-10-05"));
    auto g = payroll->generate(wang, effective);
    ASSERT_TRUE(g.ok()) << g.error().message;
    const auto lines = allLines(effective.toString().c_str());
    ASSERT_EQ(lines.size(), 1u);
    EXPECT_EQ(lines[0].caseId, caseId);
    EXPECT_EQ(lines[0].amount, Money::fromFen(amount));
    EXPECT_EQ(lines[0].persons, grant.int32(3));
    EXPECT_TRUE(lines[0].accountValid);
    EXPECT_EQ(lines[0].payeeName, "张明");
}
