// The application workflow through the real service on a real database: the whole
// path from intake to grant, and every refusal (roles, four-eyes, 近亲属, illegal
// steps, missing reasons), deadlines on the holiday calendar, DA-3 with a standard
// entered in advance, and the reserve fund that never goes below zero.

#include "services/registry_fixture.h"

#include "services/applications/application_service.h"
#include "services/applications/reserve_fund_service.h"
#include "storage/registry/case_repository.h"
#include "storage/statement.h"

#include <gtest/gtest.h>

#include <iconv.h>

using namespace relief;
using namespace relief::services;
using namespace relief::test;

namespace {

std::chrono::system_clock::time_point noonUtc(const std::string &day)
{
    const Date d = *Date::parse(day);
    return std::chrono::system_clock::time_point(
        std::chrono::seconds(d.dayNumber() * 86400L + 4 * 3600));
}

Date day(const std::string &text)
{
    return *Date::parse(text);
}

std::string toGb18030(std::string_view utf8)
{
    iconv_t cd = iconv_open("GB18030", "UTF-8");
    std::string out(utf8.size() * 2 + 8, '\0');
    char *src = const_cast<char *>(utf8.data());
    size_t srcLeft = utf8.size();
    char *dst = out.data();
    size_t dstLeft = out.size();
    iconv(cd, &src, &srcLeft, &dst, &dstLeft);
    iconv_close(cd);
    out.resize(out.size() - dstLeft);
    return out;
}

} // namespace

class ApplicationServiceTest : public RegistryFixture
{
protected:
    void SetUp() override
    {
        RegistryFixture::SetUp();
        apps = std::make_unique<ApplicationService>(*db, clock);
        fund = std::make_unique<ReserveFundService>(*db, clock);
        wang = caseworker();
        li = addUser("li", {Role::Caseworker});
        zhao = addUser("zhao", {Role::Supervisor});
        qian = addUser("qian", {Role::Supervisor});
    }

    // Two adults without income or assets in 幸福社区: dibao-eligible.
    std::int64_t poorHousehold(const std::string &address = "幸福路8号", std::int64_t community = 0)
    {
        NewHousehold h;
        h.household.communityId = community ? community : xingfu;
        h.household.address = address;
        h.household.area = Area::Urban;
        h.members.push_back(
            member("张明", makeIdNumber("110105", "19700101", 11 + m_seq * 2), Relation::Head));
        h.members.push_back(
            member("刘芳", makeIdNumber("110105", "19720202", 12 + m_seq * 2), Relation::Spouse));
        ++m_seq;
        auto id = registry->createHousehold(wang, h);
        EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().message);
        return id.ok() ? *id : 0;
    }

    NewApplication dibaoFor(std::int64_t household, const std::string &received = "2025-09-15")
    {
        NewApplication a;
        a.householdId = household;
        a.programme = ApplicationProgramme::Dibao;
        a.channel = ApplicationChannel::Window;
        a.receivedOn = day(received);
        return a;
    }

    static std::vector<Material> all(ApplicationProgramme p) { return requiredMaterials(p); }

    VisitInput goodVisit(const std::string &on, std::vector<std::int64_t> staff)
    {
        VisitInput v;
        v.visitedOn = day(on);
        v.staffIds = std::move(staff);
        v.beneficiarySeen = v.familySigned = v.staffSigned = true;
        v.livingConditions = "两居室，陈设简陋";
        v.health = "户主慢性病";
        v.employability = "配偶可从事轻体力劳动";
        return v;
    }

    // 调查 and 街道审核 by `by`: investigation started, a home visit by `staff`,
    // reviewed with the opinion on the third day.
    ::testing::AssertionResult investigateAndReview(const Session &by, std::int64_t id,
                                                    const std::vector<std::int64_t> &staff,
                                                    const char *investigated, const char *visited,
                                                    const char *reviewedOn, const char *opinion)
    {
        if (auto s = apps->startInvestigation(by, id, day(investigated)); !s.ok())
            return ::testing::AssertionFailure() << "investigation: " << s.error().message;
        if (auto s = apps->recordVisit(by, id, goodVisit(visited, staff)); !s.ok())
            return ::testing::AssertionFailure() << "visit: " << s.error().message;
        ReviewInput review;
        review.reviewedOn = day(reviewedOn);
        review.opinion = opinion;
        if (auto s = apps->streetReview(by, id, review); !s.ok())
            return ::testing::AssertionFailure() << "review: " << s.error().message;
        return ::testing::AssertionSuccess();
    }

    // Submitted and taken to pending_approval by wang (entered) and li + wang (visit).
    std::int64_t toPendingApproval(std::int64_t household)
    {
        clock.set(noonUtc("2025-09-15"));
        auto id = apps->submit(wang, dibaoFor(household));
        EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().message);
        EXPECT_TRUE(
            apps->checkMaterials(wang, *id, all(ApplicationProgramme::Dibao), day("2025-09-15"))
                .ok());
        clock.set(noonUtc("2025-09-17"));
        EXPECT_TRUE(apps->startInvestigation(wang, *id, day("2025-09-16")).ok());
        EXPECT_TRUE(
            apps->recordVisit(wang, *id, goodVisit("2025-09-17", {wang.userId, li.userId})).ok());
        clock.set(noonUtc("2025-09-19"));
        ReviewInput review;
        review.reviewedOn = day("2025-09-19");
        review.opinion = "符合低保条件，建议批准";
        auto reviewed = apps->streetReview(wang, *id, review);
        EXPECT_TRUE(reviewed.ok()) << (reviewed.ok() ? "" : reviewed.error().message);
        EXPECT_TRUE(apps->startNotice(wang, *id, day("2025-09-19")).ok());
        clock.set(noonUtc("2025-09-26"));
        EXPECT_TRUE(apps->submitForApproval(wang, *id, day("2025-09-26")).ok());
        return *id;
    }

    ApplicationState stateOf(std::int64_t id)
    {
        auto v = apps->application(wang, id);
        EXPECT_TRUE(v.ok());
        return v.ok() ? v->record.state : ApplicationState::Submitted;
    }

    std::unique_ptr<ApplicationService> apps;
    std::unique_ptr<ReserveFundService> fund;
    Session wang, li, zhao, qian;

private:
    int m_seq = 0;
};

TEST_F(ApplicationServiceTest, DibaoFromIntakeToGrant)
{
    const std::int64_t household = poorHousehold();
    auto id = apps->submit(wang, dibaoFor(household));
    ASSERT_TRUE(id.ok()) << id.error().message;

    // Incomplete materials: returned with exactly what is missing.
    auto returned = apps->checkMaterials(wang, *id, {Material::IdCard, Material::HouseholdRegister},
                                         day("2025-09-15"));
    ASSERT_TRUE(returned.ok()) << returned.error().message;
    EXPECT_EQ(returned->state, ApplicationState::Returned);
    ASSERT_EQ(returned->missing.size(), 3u);
    EXPECT_EQ(returned->missing[0], Material::IncomeProof);

    auto accepted =
        apps->checkMaterials(wang, *id, all(ApplicationProgramme::Dibao), day("2025-09-15"));
    ASSERT_TRUE(accepted.ok());
    EXPECT_EQ(accepted->state, ApplicationState::Accepted);
    EXPECT_TRUE(accepted->missing.empty());

    clock.set(noonUtc("2025-09-17"));
    ASSERT_TRUE(apps->startInvestigation(wang, *id, day("2025-09-16")).ok());
    ASSERT_TRUE(
        apps->recordVisit(wang, *id, goodVisit("2025-09-17", {wang.userId, li.userId})).ok());
    CrossCheckInput check;
    check.department = storage::Department::RealEstate;
    check.checkedOn = day("2025-09-17");
    ASSERT_TRUE(apps->recordCrossCheck(wang, *id, check).ok());

    clock.set(noonUtc("2025-09-19"));
    ReviewInput review;
    review.reviewedOn = day("2025-09-19");
    review.opinion = "符合条件";
    auto reviewed = apps->streetReview(wang, *id, review);
    ASSERT_TRUE(reviewed.ok()) << reviewed.error().message;
    ASSERT_TRUE(apps->startNotice(wang, *id, day("2025-09-19")).ok());

    // The notice runs 19–25 September; approval may follow from the 26th.
    clock.set(noonUtc("2025-09-25"));
    auto early = apps->submitForApproval(wang, *id, day("2025-09-25"));
    ASSERT_FALSE(early.ok());
    EXPECT_EQ(early.error().field, "date");
    EXPECT_NE(early.error().message.find("2025-09-26"), std::string::npos);
    clock.set(noonUtc("2025-09-26"));
    ASSERT_TRUE(apps->submitForApproval(wang, *id, day("2025-09-26")).ok());

    clock.set(noonUtc("2025-09-30"));
    auto approved = apps->approve(zhao, *id, "同意", day("2025-09-30"));
    ASSERT_TRUE(approved.ok()) << approved.error().message;

    auto view = apps->application(zhao, *id);
    ASSERT_TRUE(view.ok());
    EXPECT_EQ(view->record.state, ApplicationState::Approved);
    ASSERT_TRUE(view->record.firstMonth);
    EXPECT_EQ(view->record.firstMonth->toString(), "2025-10"); // DA-3: the month after
    ASSERT_EQ(view->cases.size(), 1u);
    EXPECT_EQ(view->cases[0].programme, CaseProgramme::Dibao);
    EXPECT_TRUE(view->cases[0].active);
    EXPECT_GT(view->cases[0].currentAmount.fen(), 0);
    EXPECT_EQ(view->record.approvedAmount, view->cases[0].currentAmount);
    EXPECT_EQ(view->record.reviewAmount, view->cases[0].currentAmount);
    const auto decisions = storage::CaseRepository(*db).decisions(view->cases[0].id);
    ASSERT_EQ(decisions.size(), 1u);
    EXPECT_EQ(decisions[0].kind, DecisionKind::Grant);
    EXPECT_EQ(decisions[0].effectiveMonth.toString(), "2025-10");
    EXPECT_EQ(decisions[0].persons.size(), 2u);
    // Every step is in the history (return, accept, investigate, review, notice,
    // approval request, approve) and in the audit log.
    EXPECT_EQ(view->events.size(), 7u);
    EXPECT_TRUE(view->allowedSteps.empty());
    EXPECT_EQ(view->visits.size(), 1u);
    EXPECT_TRUE(view->visits[0].countsForReview);
    EXPECT_EQ(view->checks.size(), 1u);
    storage::Statement audit(*db,
                             "SELECT COUNT(*) FROM audit_log WHERE action LIKE 'application.%'");
    ASSERT_TRUE(audit.step());
    EXPECT_EQ(audit.int64(0), 1 + 7 + 1 + 1 + 1); // submit, steps, visit, check, grant
}

TEST_F(ApplicationServiceTest, OnlySupervisorsDecideAndNeverTheirOwnCases)
{
    const std::int64_t id = toPendingApproval(poorHousehold());
    clock.set(noonUtc("2025-09-30"));
    auto byCaseworker = apps->approve(li, id, {}, day("2025-09-30"));
    ASSERT_FALSE(byCaseworker.ok());
    EXPECT_EQ(byCaseworker.error().code, ErrorCode::PermissionDenied);

    // A supervisor who also took part in the home visit is an investigator.
    const Session both = addUser("sun", {Role::Caseworker, Role::Supervisor});
    const std::int64_t other = poorHousehold("幸福路9号");
    clock.set(noonUtc("2025-09-15"));
    auto second = apps->submit(wang, dibaoFor(other));
    ASSERT_TRUE(second.ok());
    ASSERT_TRUE(
        apps->checkMaterials(wang, *second, all(ApplicationProgramme::Dibao), day("2025-09-15"))
            .ok());
    clock.set(noonUtc("2025-09-26"));
    ASSERT_TRUE(investigateAndReview(wang, *second, {wang.userId, both.userId}, "2025-09-16",
                                     "2025-09-17", "2025-09-18", "符合条件"));
    ASSERT_TRUE(apps->startNotice(wang, *second, day("2025-09-18")).ok());
    ASSERT_TRUE(apps->submitForApproval(wang, *second, day("2025-09-25")).ok());
    clock.set(noonUtc("2025-09-30"));
    auto byInvestigator = apps->approve(both, *second, {}, day("2025-09-30"));
    ASSERT_FALSE(byInvestigator.ok());
    EXPECT_EQ(byInvestigator.error().code, ErrorCode::PermissionDenied);
    EXPECT_NE(byInvestigator.error().message.find("sun"), std::string::npos);
    auto refusedByInvestigator = apps->refuse(both, *second, "不符合", day("2025-09-30"));
    EXPECT_FALSE(refusedByInvestigator.ok());

    // A supervisor who entered the application may not decide it either.
    const std::int64_t third = poorHousehold("幸福路10号");
    clock.set(noonUtc("2025-09-30"));
    auto entered = apps->submit(both, dibaoFor(third, "2025-09-30"));
    ASSERT_TRUE(entered.ok());
    EXPECT_EQ(stateOf(id), ApplicationState::PendingApproval);
    EXPECT_TRUE(apps->approve(zhao, id, {}, day("2025-09-30")).ok());
}

TEST_F(ApplicationServiceTest, EnteringSupervisorMayNotDecide)
{
    const Session both = addUser("sun", {Role::Caseworker, Role::Supervisor});
    const std::int64_t household = poorHousehold();
    auto id = apps->submit(both, dibaoFor(household));
    ASSERT_TRUE(id.ok());
    ASSERT_TRUE(
        apps->checkMaterials(both, *id, all(ApplicationProgramme::Dibao), day("2025-09-15")).ok());
    clock.set(noonUtc("2025-09-26"));
    ASSERT_TRUE(investigateAndReview(both, *id, {wang.userId, li.userId}, "2025-09-16",
                                     "2025-09-17", "2025-09-18", "符合条件"));
    ASSERT_TRUE(apps->startNotice(both, *id, day("2025-09-18")).ok());
    ASSERT_TRUE(apps->submitForApproval(both, *id, day("2025-09-25")).ok());
    auto own = apps->approve(both, *id, {}, day("2025-09-26"));
    ASSERT_FALSE(own.ok());
    EXPECT_EQ(own.error().code, ErrorCode::PermissionDenied);
    EXPECT_TRUE(apps->approve(zhao, *id, {}, day("2025-09-26")).ok());
}

TEST_F(ApplicationServiceTest, StaffRelativesWaitForAnApproverVisit)
{
    const std::int64_t household = poorHousehold();
    NewApplication a = dibaoFor(household);
    a.staffRelated = true;
    auto missingRelation = apps->submit(wang, a);
    ASSERT_FALSE(missingRelation.ok());
    EXPECT_EQ(missingRelation.error().field, "staff_relation");
    a.staffRelated = false;
    auto id = apps->submit(wang, a);
    ASSERT_TRUE(id.ok());
    // Mark as related through a fresh application of another household.
    const std::int64_t relatives = poorHousehold("和平路3号");
    NewApplication b = dibaoFor(relatives);
    b.staffRelated = true;
    b.staffRelation = "经办人李某之兄";
    auto related = apps->submit(wang, b);
    ASSERT_TRUE(related.ok()) << related.error().message;
    ASSERT_TRUE(
        apps->checkMaterials(wang, *related, all(ApplicationProgramme::Dibao), day("2025-09-15"))
            .ok());
    clock.set(noonUtc("2025-09-26"));
    ASSERT_TRUE(investigateAndReview(wang, *related, {wang.userId, li.userId}, "2025-09-16",
                                     "2025-09-17", "2025-09-18", "符合条件"));
    ASSERT_TRUE(apps->startNotice(wang, *related, day("2025-09-18")).ok());
    ASSERT_TRUE(apps->submitForApproval(wang, *related, day("2025-09-25")).ok());

    auto waiting = apps->approve(zhao, *related, {}, day("2025-09-26"));
    ASSERT_FALSE(waiting.ok());
    EXPECT_EQ(waiting.error().field, "visits");

    // The extra visit must be a home visit with a supervisor among the staff.
    VisitInput byCaseworkers = goodVisit("2025-09-26", {wang.userId, li.userId});
    byCaseworkers.stage = storage::VisitStage::Approval;
    EXPECT_FALSE(apps->recordVisit(wang, *related, byCaseworkers).ok());
    VisitInput byApprover = goodVisit("2025-09-26", {qian.userId, li.userId});
    byApprover.stage = storage::VisitStage::Approval;
    ASSERT_TRUE(apps->recordVisit(wang, *related, byApprover).ok());
    // The approver's own approval-stage visit does not make them an investigator.
    auto approved = apps->approve(qian, *related, {}, day("2025-09-26"));
    EXPECT_TRUE(approved.ok()) << approved.error().message;
}

TEST_F(ApplicationServiceTest, IllegalStepsAreRefusedAndChangeNothing)
{
    const std::int64_t household = poorHousehold();
    auto id = apps->submit(wang, dibaoFor(household));
    ASSERT_TRUE(id.ok());
    auto approve = apps->approve(zhao, *id, {}, day("2025-09-15"));
    ASSERT_FALSE(approve.ok());
    EXPECT_EQ(approve.error().code, ErrorCode::Conflict);
    EXPECT_EQ(approve.error().field, "state");
    EXPECT_FALSE(apps->startInvestigation(wang, *id, day("2025-09-15")).ok());
    EXPECT_FALSE(apps->startNotice(wang, *id, day("2025-09-15")).ok());
    EXPECT_EQ(stateOf(*id), ApplicationState::Submitted);
    // A duplicate open application for the same assistance is refused.
    auto twice = apps->submit(wang, dibaoFor(household));
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.error().field, "programme");
    // Future dates are refused.
    auto future =
        apps->checkMaterials(wang, *id, all(ApplicationProgramme::Dibao), day("2025-09-16"));
    ASSERT_FALSE(future.ok());
    EXPECT_EQ(future.error().field, "date");
    // A statistician reads but may not handle applications.
    const Session stats = addUser("tong", {Role::Statistician});
    EXPECT_TRUE(apps->application(stats, *id).ok());
    auto handled = apps->startInvestigation(stats, *id, day("2025-09-15"));
    ASSERT_FALSE(handled.ok());
    EXPECT_EQ(handled.error().code, ErrorCode::PermissionDenied);
}

TEST_F(ApplicationServiceTest, ReviewNeedsAVisitThatCountsAndReasonsAgainstTheRules)
{
    const std::int64_t household = poorHousehold();
    auto id = apps->submit(wang, dibaoFor(household));
    ASSERT_TRUE(id.ok());
    ASSERT_TRUE(
        apps->checkMaterials(wang, *id, all(ApplicationProgramme::Dibao), day("2025-09-15")).ok());
    ASSERT_TRUE(apps->startInvestigation(wang, *id, day("2025-09-15")).ok());

    VisitInput alone = goodVisit("2025-09-15", {wang.userId});
    auto single = apps->recordVisit(wang, *id, alone);
    ASSERT_FALSE(single.ok());
    EXPECT_EQ(single.error().field, "staff");
    VisitInput unseen = goodVisit("2025-09-15", {wang.userId, li.userId});
    unseen.beneficiarySeen = false;
    ASSERT_TRUE(apps->recordVisit(wang, *id, unseen).ok());
    VisitInput neighbours = goodVisit("2025-09-15", {wang.userId});
    neighbours.kind = storage::VisitKind::Neighbour;
    ASSERT_TRUE(apps->recordVisit(wang, *id, neighbours).ok());

    ReviewInput review;
    review.reviewedOn = day("2025-09-15");
    auto noOpinion = apps->streetReview(wang, *id, review);
    ASSERT_FALSE(noOpinion.ok());
    EXPECT_EQ(noOpinion.error().field, "opinion");
    review.opinion = "符合条件";
    auto noVisit = apps->streetReview(wang, *id, review);
    ASSERT_FALSE(noVisit.ok());
    EXPECT_EQ(noVisit.error().field, "visits");

    ASSERT_TRUE(
        apps->recordVisit(wang, *id, goodVisit("2025-09-15", {wang.userId, li.userId})).ok());
    review.recommends = storage::ReviewRecommendation::Refuse;
    auto against = apps->streetReview(wang, *id, review);
    ASSERT_FALSE(against.ok());
    EXPECT_EQ(against.error().field, "disagreement");
    review.disagreement = "申请人有未申报的经营收入";
    ASSERT_TRUE(apps->streetReview(wang, *id, review).ok());
    // A recommended refusal goes to approval without a notice.
    EXPECT_FALSE(apps->startNotice(wang, *id, day("2025-09-15")).ok());
    ASSERT_TRUE(apps->submitForApproval(wang, *id, day("2025-09-15")).ok());
    auto noReasons = apps->refuse(zhao, *id, "", day("2025-09-15"));
    ASSERT_FALSE(noReasons.ok());
    EXPECT_EQ(noReasons.error().field, "reasons");
    ASSERT_TRUE(apps->refuse(zhao, *id, "家庭人均收入高于低保标准", day("2025-09-15")).ok());
    auto view = apps->application(zhao, *id);
    ASSERT_TRUE(view.ok());
    EXPECT_EQ(view->record.state, ApplicationState::Refused);
    EXPECT_TRUE(view->cases.empty());
    // The refusal notice is due within 3 working days until it is handed over.
    ASSERT_EQ(view->deadlines.size(), 1u);
    EXPECT_EQ(view->deadlines[0].step, DeadlineStep::RefusalNotice);
    EXPECT_EQ(view->deadlines[0].deadline.due.toString(), "2025-09-18");
    ASSERT_TRUE(apps->recordRefusalNotice(wang, *id, day("2025-09-15")).ok());
    EXPECT_TRUE(apps->application(zhao, *id)->deadlines.empty());
}

// Issue 18: the view says which allowed steps are held, why and from when, with the
// sentence the write refuses with.
TEST_F(ApplicationServiceTest, HeldStepsSayWhyAndFromWhen)
{
    const std::int64_t household = poorHousehold();
    clock.set(noonUtc("2025-09-15"));
    auto id = apps->submit(wang, dibaoFor(household));
    ASSERT_TRUE(id.ok());
    ASSERT_TRUE(
        apps->checkMaterials(wang, *id, all(ApplicationProgramme::Dibao), day("2025-09-15")).ok());
    ASSERT_TRUE(apps->startInvestigation(wang, *id, day("2025-09-15")).ok());
    auto heldOf = [&](ApplicationStep step) -> std::optional<StepHold> {
        auto v = apps->application(wang, *id);
        EXPECT_TRUE(v.ok());
        for (const StepHold &h : v->heldSteps)
            if (h.step == step)
                return h;
        return std::nullopt;
    };
    // No visit that counts: the review is held.
    auto review = heldOf(ApplicationStep::StreetReview);
    ASSERT_TRUE(review);
    EXPECT_NE(review->reason.find("RV-2"), std::string::npos) << review->reason;
    EXPECT_FALSE(review->possibleFrom);
    ReviewInput in;
    in.reviewedOn = day("2025-09-15");
    in.opinion = "符合条件";
    auto refused = apps->streetReview(wang, *id, in);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().message, review->reason);

    ASSERT_TRUE(
        apps->recordVisit(wang, *id, goodVisit("2025-09-15", {wang.userId, li.userId})).ok());
    EXPECT_FALSE(heldOf(ApplicationStep::StreetReview));
    ASSERT_TRUE(apps->streetReview(wang, *id, in).ok());
    ASSERT_TRUE(apps->startNotice(wang, *id, day("2025-09-15")).ok());
    // During the notice 报送审批 is held until its 8th day.
    auto submit = heldOf(ApplicationStep::SubmitForApproval);
    ASSERT_TRUE(submit);
    ASSERT_TRUE(submit->possibleFrom);
    EXPECT_EQ(submit->possibleFrom->toString(), "2025-09-22");
    auto early = apps->submitForApproval(wang, *id, day("2025-09-15"));
    ASSERT_FALSE(early.ok());
    EXPECT_EQ(early.error().message, submit->reason);
    clock.set(noonUtc("2025-09-22"));
    EXPECT_FALSE(heldOf(ApplicationStep::SubmitForApproval));
}

TEST_F(ApplicationServiceTest, ObjectionSendsBackToInvestigationAndWithdrawNeedsReason)
{
    const std::int64_t id = toPendingApproval(poorHousehold());
    (void)id;
    const std::int64_t household = poorHousehold("幸福路20号");
    clock.set(noonUtc("2025-09-15"));
    auto second = apps->submit(wang, dibaoFor(household));
    ASSERT_TRUE(second.ok());
    ASSERT_TRUE(
        apps->checkMaterials(wang, *second, all(ApplicationProgramme::Dibao), day("2025-09-15"))
            .ok());
    ASSERT_TRUE(investigateAndReview(wang, *second, {wang.userId, li.userId}, "2025-09-15",
                                     "2025-09-15", "2025-09-15", "符合条件"));
    ASSERT_TRUE(apps->startNotice(wang, *second, day("2025-09-15")).ok());
    EXPECT_FALSE(apps->recordObjection(wang, *second, "", day("2025-09-15")).ok());
    ASSERT_TRUE(
        apps->recordObjection(wang, *second, "邻居反映其子有稳定收入", day("2025-09-15")).ok());
    EXPECT_EQ(stateOf(*second), ApplicationState::Investigating);
    // The review must be done again.
    EXPECT_FALSE(apps->application(wang, *second)->record.reviewedOn.has_value());

    auto noReason = apps->withdraw(wang, *second, "", day("2025-09-15"));
    ASSERT_FALSE(noReason.ok());
    EXPECT_EQ(noReason.error().field, "reason");
    ASSERT_TRUE(apps->withdraw(wang, *second, "申请人主动撤回", day("2025-09-15")).ok());
    EXPECT_EQ(stateOf(*second), ApplicationState::Withdrawn);
    EXPECT_FALSE(apps->withdraw(wang, *second, "again", day("2025-09-15")).ok());
}

TEST_F(ApplicationServiceTest, StandardEnteredInAdvanceAppliesFromTheFirstMonth)
{
    // DA-3: approved on 2025-06-20, first paid for July, under the July standard
    // (the seeded sets change on 2025-07-01).
    clock.set(noonUtc("2025-06-02"));
    const std::int64_t household = poorHousehold();
    auto id = apps->submit(wang, dibaoFor(household, "2025-06-02"));
    ASSERT_TRUE(id.ok()) << id.error().message;
    ASSERT_TRUE(
        apps->checkMaterials(wang, *id, all(ApplicationProgramme::Dibao), day("2025-06-02")).ok());
    ASSERT_TRUE(investigateAndReview(wang, *id, {wang.userId, li.userId}, "2025-06-02",
                                     "2025-06-02", "2025-06-02", "符合条件"));
    ASSERT_TRUE(apps->startNotice(wang, *id, day("2025-06-02")).ok());
    clock.set(noonUtc("2025-06-20"));
    ASSERT_TRUE(apps->submitForApproval(wang, *id, day("2025-06-10")).ok());
    auto june = apps->assess(zhao, *id, day("2025-05-30"));
    auto july = apps->assess(zhao, *id, day("2025-06-20"));
    ASSERT_TRUE(june.ok() && july.ok());
    EXPECT_EQ(june->firstMonth.toString(), "2025-06");
    EXPECT_EQ(july->firstMonth.toString(), "2025-07");
    EXPECT_NE(june->assessment.standard, july->assessment.standard);
    ASSERT_TRUE(apps->approve(zhao, *id, {}, day("2025-06-20")).ok());
    auto view = apps->application(zhao, *id);
    ASSERT_EQ(view->cases.size(), 1u);
    EXPECT_EQ(view->cases[0].currentAmount, july->amount);
    EXPECT_EQ(view->record.firstMonth->toString(), "2025-07");
}

TEST_F(ApplicationServiceTest, ReserveFundPaysStreetLevelAidAndNeverGoesNegative)
{
    const std::int64_t household = poorHousehold();
    NewApplication a;
    a.householdId = household;
    a.programme = ApplicationProgramme::TemporaryEmergency;
    a.receivedOn = day("2025-09-15");
    a.requestedAt = "2025-09-15T09:30";
    a.tempMonths = 1;
    a.reason = "火灾";
    auto id = apps->submit(wang, a);
    ASSERT_TRUE(id.ok()) << id.error().message;
    ASSERT_TRUE(apps->checkMaterials(wang, *id, all(ApplicationProgramme::TemporaryEmergency),
                                     day("2025-09-15"))
                    .ok());

    // The 24-hour clock runs from the request: 2025-09-15 09:30 local + 24 h.
    auto tasks = apps->tasks(zhao, day("2025-09-15"));
    ASSERT_TRUE(tasks.ok());
    bool emergency = false;
    for (const auto &t : *tasks)
        if (t.kind == TaskKind::Emergency && t.applicationId == *id) {
            emergency = true;
            ASSERT_TRUE(t.minutesLeft);
            EXPECT_GT(*t.minutesLeft, 0);
            EXPECT_TRUE(t.mine);
        }
    EXPECT_TRUE(emergency);

    // Empty fund: 先行救助 is refused and nothing is paid.
    auto broke = apps->prepay(zhao, *id, day("2025-09-15"));
    ASSERT_FALSE(broke.ok());
    EXPECT_EQ(broke.error().field, "reserve_fund");
    EXPECT_EQ(fund->balance(zhao)->fen(), 0);

    EXPECT_FALSE(fund->topUp(wang, Money::fromFen(100000), day("2025-09-15"), "拨款").ok());
    EXPECT_FALSE(fund->topUp(zhao, Money::fromFen(0), day("2025-09-15"), "拨款").ok());
    EXPECT_FALSE(fund->topUp(zhao, Money::fromFen(100000), day("2025-09-15"), "").ok());
    ASSERT_TRUE(fund->topUp(zhao, Money::fromFen(500000), day("2025-09-15"), "区民政局拨款").ok());

    auto paid = apps->prepay(zhao, *id, day("2025-09-15"));
    ASSERT_TRUE(paid.ok()) << paid.error().message;
    EXPECT_GT(paid->fen(), 0);
    EXPECT_EQ(fund->balance(zhao)->fen(), 500000 - paid->fen());
    EXPECT_FALSE(apps->prepay(zhao, *id, day("2025-09-15")).ok()); // not twice

    // Once paid, the emergency no longer waits for an answer.
    auto after = apps->tasks(zhao, day("2025-09-15"));
    ASSERT_TRUE(after.ok());
    for (const auto &t : *after)
        EXPECT_FALSE(t.kind == TaskKind::Emergency && t.applicationId == *id);

    // Approval does not pay again what was paid first.
    ASSERT_TRUE(investigateAndReview(wang, *id, {wang.userId, li.userId}, "2025-09-15",
                                     "2025-09-15", "2025-09-15", "情况属实"));
    EXPECT_FALSE(apps->startNotice(wang, *id, day("2025-09-15")).ok()); // no notice
    ASSERT_TRUE(apps->submitForApproval(wang, *id, day("2025-09-15")).ok());
    ASSERT_TRUE(apps->approve(zhao, *id, {}, day("2025-09-15")).ok());
    EXPECT_EQ(fund->balance(zhao)->fen(), 500000 - paid->fen());
    auto view = apps->application(zhao, *id);
    EXPECT_EQ(view->reservePayments.size(), 1u);
    EXPECT_EQ(*view->record.approvedAmount, *paid);

    // The schema itself refuses a payment below zero.
    EXPECT_THROW(
        {
            storage::Statement st(*db,
                                  "INSERT INTO reserve_fund (kind, amount, balance_after, "
                                  "on_date, application_id, username, at) VALUES "
                                  "('payment', 99999999, -1, '2025-09-15', 1, 'x', 'now')");
            st.exec();
        },
        storage::DatabaseError);
    auto entries = fund->entries(zhao, 10, 0);
    ASSERT_TRUE(entries.ok());
    EXPECT_EQ(entries->size(), 2u);
}

TEST_F(ApplicationServiceTest, StreetApprovalFailsWhenTheFundIsShortAndRollsBack)
{
    const std::int64_t household = poorHousehold();
    NewApplication a;
    a.householdId = household;
    a.programme = ApplicationProgramme::TemporaryEmergency;
    a.receivedOn = day("2025-09-15");
    a.requestedAt = "2025-09-15T09:30";
    a.tempMonths = 1;
    auto id = apps->submit(wang, a);
    ASSERT_TRUE(id.ok());
    ASSERT_TRUE(apps->checkMaterials(wang, *id, all(ApplicationProgramme::TemporaryEmergency),
                                     day("2025-09-15"))
                    .ok());
    ASSERT_TRUE(investigateAndReview(wang, *id, {wang.userId, li.userId}, "2025-09-15",
                                     "2025-09-15", "2025-09-15", "情况属实"));
    ASSERT_TRUE(apps->submitForApproval(wang, *id, day("2025-09-15")).ok());
    ASSERT_TRUE(fund->topUp(zhao, Money::fromFen(100), day("2025-09-15"), "拨款").ok());
    auto shortFund = apps->approve(zhao, *id, {}, day("2025-09-15"));
    ASSERT_FALSE(shortFund.ok());
    EXPECT_EQ(shortFund.error().field, "reserve_fund");
    EXPECT_EQ(stateOf(*id), ApplicationState::PendingApproval);
    EXPECT_EQ(fund->balance(zhao)->fen(), 100);
}

TEST_F(ApplicationServiceTest, WorkbenchDeadlinesAcrossNationalDay)
{
    clock.set(noonUtc("2025-09-30"));
    const std::int64_t household = poorHousehold();
    auto id = apps->submit(wang, dibaoFor(household, "2025-09-30"));
    ASSERT_TRUE(id.ok());
    ASSERT_TRUE(
        apps->checkMaterials(wang, *id, all(ApplicationProgramme::Dibao), day("2025-09-30")).ok());
    // Investigation must start within 3 working days: 9, 10 and (make-up) 11 October.
    auto find = [&](const Date &today) -> std::optional<TaskItem> {
        clock.set(noonUtc(today.toString()));
        auto tasks = apps->tasks(wang, today);
        EXPECT_TRUE(tasks.ok());
        for (const auto &t : *tasks)
            if (t.applicationId == *id && t.kind == TaskKind::Deadline &&
                t.step == DeadlineStep::InvestigationStart)
                return t;
        return std::nullopt;
    };
    auto onHoliday = find(day("2025-10-03"));
    ASSERT_TRUE(onHoliday);
    EXPECT_EQ(onHoliday->due.toString(), "2025-10-11");
    EXPECT_EQ(onHoliday->urgency, Urgency::DueSoon);
    EXPECT_TRUE(onHoliday->mine);
    auto late = find(day("2025-10-13"));
    ASSERT_TRUE(late);
    EXPECT_EQ(late->urgency, Urgency::Overdue);
    // Overdue comes first.
    auto tasks = apps->tasks(wang, day("2025-10-13"));
    EXPECT_EQ(tasks->front().urgency, Urgency::Overdue);
    // The step taken, its deadline is gone.
    ASSERT_TRUE(apps->startInvestigation(wang, *id, day("2025-10-13")).ok());
    EXPECT_FALSE(find(day("2025-10-13")));
}

TEST_F(ApplicationServiceTest, NoticeListMasksNamesAndMarksStaffRelatives)
{
    const std::int64_t household = poorHousehold();
    clock.set(noonUtc("2025-09-15"));
    NewApplication a = dibaoFor(household);
    a.staffRelated = true;
    a.staffRelation = "经办人李某之兄";
    auto id = apps->submit(wang, a);
    ASSERT_TRUE(id.ok());
    ASSERT_TRUE(
        apps->checkMaterials(wang, *id, all(ApplicationProgramme::Dibao), day("2025-09-15")).ok());
    ASSERT_TRUE(investigateAndReview(wang, *id, {wang.userId, li.userId}, "2025-09-15",
                                     "2025-09-15", "2025-09-15", "符合条件"));
    ASSERT_TRUE(apps->startNotice(wang, *id, day("2025-09-15")).ok());

    auto rows = apps->noticeList(wang, std::nullopt);
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), 1u);
    const NoticeRow &row = rows->front();
    EXPECT_EQ(row.maskedName, "张*");
    EXPECT_EQ(row.householdSize, 2);
    EXPECT_TRUE(row.staffRelated);
    EXPECT_EQ(row.communityName, "幸福社区");
    EXPECT_GT(row.amount.fen(), 0);
    EXPECT_EQ(row.firstDay.toString(), "2025-09-15");
    EXPECT_EQ(row.lastDay.toString(), "2025-09-21");
    EXPECT_TRUE(apps->noticeList(wang, heping)->empty());
}

TEST_F(ApplicationServiceTest, ListFiltersCountsAndPagesNewestFirst)
{
    clock.set(noonUtc("2025-09-15"));
    const std::int64_t first = poorHousehold();
    const std::int64_t second = poorHousehold("和平路3号", heping);
    const std::int64_t third = poorHousehold("幸福路10号");
    const std::int64_t fourth = poorHousehold("幸福路12号");
    auto view = registry->household(wang, first);
    ASSERT_TRUE(view.ok());
    std::int64_t spouse = 0;
    for (const auto &m : view->members)
        if (m.membership.relation == Relation::Spouse)
            spouse = m.person.person.id;
    ASSERT_GT(spouse, 0);

    std::vector<std::int64_t> ids; // oldest first
    auto submit = [&](NewApplication a) {
        auto id = apps->submit(wang, a);
        ASSERT_TRUE(id.ok()) << id.error().message;
        ids.push_back(*id);
    };
    submit(dibaoFor(first));
    NewApplication related = dibaoFor(second);
    related.staffRelated = true;
    related.staffRelation = "经办人李某之兄";
    submit(related);
    NewApplication forSpouse = dibaoFor(first);
    forSpouse.programme = ApplicationProgramme::Tekun;
    forSpouse.personId = spouse;
    submit(forSpouse);
    NewApplication relatedAccepted = dibaoFor(third);
    relatedAccepted.staffRelated = true;
    relatedAccepted.staffRelation = "主任赵某之女";
    submit(relatedAccepted);
    ASSERT_TRUE(
        apps->checkMaterials(wang, ids[3], all(ApplicationProgramme::Dibao), day("2025-09-15"))
            .ok());
    submit(dibaoFor(fourth));
    ASSERT_EQ(ids.size(), 5u);

    auto idsOf = [](const std::vector<ApplicationListRow> &rows) {
        std::vector<std::int64_t> out;
        for (const auto &r : rows)
            out.push_back(r.record.id);
        return out;
    };
    auto page = [&](const storage::ApplicationListFilter &filter, int limit, int offset) {
        auto rows = apps->listRows(wang, filter, limit, offset);
        EXPECT_TRUE(rows.ok()) << (rows.ok() ? "" : rows.error().message);
        return rows.ok() ? idsOf(*rows) : std::vector<std::int64_t> {};
    };

    // Everything, newest first, two a page: each page goes on where the last
    // ended, none overlaps, and past the end there is nothing.
    const storage::ApplicationListFilter everything;
    EXPECT_EQ(*apps->countRows(wang, everything), 5);
    const auto page1 = page(everything, 2, 0);
    const auto page2 = page(everything, 2, 2);
    const auto page3 = page(everything, 2, 4);
    EXPECT_EQ(page1, (std::vector<std::int64_t> {ids[4], ids[3]}));
    EXPECT_EQ(page2, (std::vector<std::int64_t> {ids[2], ids[1]}));
    EXPECT_EQ(page3, (std::vector<std::int64_t> {ids[0]}));
    EXPECT_TRUE(page(everything, 2, 6).empty());
    std::vector<std::int64_t> joined = page1;
    joined.insert(joined.end(), page2.begin(), page2.end());
    joined.insert(joined.end(), page3.begin(), page3.end());
    EXPECT_EQ(joined, page(everything, 100, 0));
    // Keyset: after the last id of a page, whatever was registered meanwhile; the
    // count ignores the key.
    storage::ApplicationListFilter after = everything;
    after.beforeId = page1.back();
    EXPECT_EQ(page(after, 2, 0), page2);
    after.beforeId = page2.back();
    EXPECT_EQ(page(after, 2, 0), page3);
    EXPECT_EQ(*apps->countRows(wang, after), 5);
    // The plain records come in the same order.
    auto records = apps->list(wang, everything, 2, 2);
    ASSERT_TRUE(records.ok());
    ASSERT_EQ(records->size(), 2u);
    EXPECT_EQ((*records)[0].id, ids[2]);
    EXPECT_EQ((*records)[1].id, ids[1]);

    // The names come with the rows: the member applied for, else the head.
    auto rows = apps->listRows(wang, everything, 100, 0);
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), 5u);
    const ApplicationListRow &tekun = (*rows)[2];
    EXPECT_EQ(tekun.record.programme, ApplicationProgramme::Tekun);
    EXPECT_EQ(tekun.applicantName, "刘芳");
    EXPECT_EQ(tekun.headName, "张明");
    EXPECT_EQ(tekun.communityName, "幸福社区");
    EXPECT_FALSE(tekun.householdNo.empty());
    const ApplicationListRow &relative = (*rows)[3];
    EXPECT_EQ(relative.applicantName, "张明");
    EXPECT_EQ(relative.communityName, "和平社区");
    EXPECT_TRUE(relative.record.staffRelated);
    EXPECT_EQ(relative.record.staffRelation, "经办人李某之兄");

    // The 近亲属 register: only the applicants related to staff, paged the same way.
    storage::ApplicationListFilter relatives;
    relatives.staffRelatedOnly = true;
    EXPECT_EQ(*apps->countRows(wang, relatives), 2);
    EXPECT_EQ(page(relatives, 1, 0), (std::vector<std::int64_t> {ids[3]}));
    EXPECT_EQ(page(relatives, 1, 1), (std::vector<std::int64_t> {ids[1]}));
    EXPECT_TRUE(page(relatives, 1, 2).empty());

    // States, alone and with the register.
    storage::ApplicationListFilter submitted;
    submitted.states = {ApplicationState::Submitted};
    EXPECT_EQ(*apps->countRows(wang, submitted), 4);
    EXPECT_EQ(page(submitted, 10, 0), (std::vector<std::int64_t> {ids[4], ids[2], ids[1], ids[0]}));
    submitted.staffRelatedOnly = true;
    EXPECT_EQ(*apps->countRows(wang, submitted), 1);
    EXPECT_EQ(page(submitted, 10, 0), (std::vector<std::int64_t> {ids[1]}));
    storage::ApplicationListFilter acceptedOrReturned;
    acceptedOrReturned.states = {ApplicationState::Accepted, ApplicationState::Returned};
    acceptedOrReturned.staffRelatedOnly = true;
    EXPECT_EQ(*apps->countRows(wang, acceptedOrReturned), 1);
    EXPECT_EQ(page(acceptedOrReturned, 10, 0), (std::vector<std::int64_t> {ids[3]}));
    storage::ApplicationListFilter approved;
    approved.states = {ApplicationState::Approved};
    EXPECT_EQ(*apps->countRows(wang, approved), 0);
    EXPECT_TRUE(page(approved, 10, 0).empty());

    // Reading the list is for those who may view applications.
    const Session administrator = addUser("guan", {Role::Admin});
    auto refused = apps->countRows(administrator, everything);
    ASSERT_FALSE(refused.ok());
    EXPECT_FALSE(apps->listRows(administrator, everything, 10, 0).ok());
}

TEST_F(ApplicationServiceTest, StaffListsActiveCaseworkersAndSupervisors)
{
    auto staff = apps->staff(wang);
    ASSERT_TRUE(staff.ok());
    std::vector<std::string> names;
    for (const auto &s : *staff)
        names.push_back(s.username);
    // wang, li, zhao, qian, and the first administrator (who holds every role).
    EXPECT_EQ(names.size(), 5u);
    const Session stats = addUser("tong", {Role::Statistician});
    auto disabled = addUser("zhou", {Role::Caseworker});
    (void)disabled;
    ASSERT_TRUE(accounts->setActive(admin, "zhou", false).ok());
    EXPECT_EQ(apps->staff(stats)->size(), 5u); // neither the statistician nor zhou
}

TEST_F(ApplicationServiceTest, CrossChecksImportAllOrNothingAndReimportChangesNothing)
{
    const std::int64_t household = poorHousehold();
    auto id = apps->submit(wang, dibaoFor(household));
    ASSERT_TRUE(id.ok());
    ASSERT_TRUE(
        apps->checkMaterials(wang, *id, all(ApplicationProgramme::Dibao), day("2025-09-15")).ok());
    ASSERT_TRUE(apps->startInvestigation(wang, *id, day("2025-09-15")).ok());
    const std::string number = apps->application(wang, *id)->record.applicationNo;

    // GB18030 with Chinese headers, Excel-style dates.
    const std::string good = "申请编号,部门,结果,说明,核对日期\r\n" + number +
        ",不动产,一致,,2025/9/12\r\n" + number + ",车辆,不一致,名下有一辆小型轿车,2025-09-13\r\n";
    auto imported = apps->importCrossChecks(wang, toGb18030(good));
    ASSERT_TRUE(imported.ok()) << imported.error().message;
    EXPECT_EQ(imported->encoding, "GB18030");
    ASSERT_TRUE(imported->ok()) << imported->errors.front().message;
    EXPECT_EQ(imported->imported, 2);
    EXPECT_EQ(apps->application(wang, *id)->checks.size(), 2u);

    auto again = apps->importCrossChecks(wang, toGb18030(good));
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->imported, 0);
    EXPECT_EQ(again->unchanged, 2);
    EXPECT_EQ(apps->application(wang, *id)->checks.size(), 2u);

    // English keys; every bad row named, nothing written.
    const std::string bad = "application_no,department,result,note,checked_on\n" + number +
        ",tax,consistent,,2025-09-14\n"
        "SQ2025-99999,tax,consistent,,2025-09-14\n" +
        number + ",weather,consistent,,2025-09-14\n" + number +
        ",finance,discrepancy,,2025-09-14\n" + number + ",police,maybe,,2099-01-01\n";
    auto refused = apps->importCrossChecks(wang, bad);
    ASSERT_TRUE(refused.ok());
    EXPECT_EQ(refused->imported, 0);
    ASSERT_EQ(refused->errors.size(), 5u);
    EXPECT_EQ(refused->errors[0].line, 3);
    EXPECT_EQ(refused->errors[0].column, "application_no");
    EXPECT_EQ(refused->errors[1].line, 4);
    EXPECT_EQ(refused->errors[1].column, "department");
    EXPECT_EQ(refused->errors[2].line, 5);
    EXPECT_EQ(refused->errors[2].column, "note");
    EXPECT_EQ(refused->errors[3].line, 6);
    EXPECT_EQ(refused->errors[3].column, "result");
    EXPECT_EQ(refused->errors[4].column, "checked_on");
    EXPECT_EQ(apps->application(wang, *id)->checks.size(), 2u);

    auto noHeader = apps->importCrossChecks(wang, "a,b\n1,2\n");
    ASSERT_TRUE(noHeader.ok());
    EXPECT_FALSE(noHeader->ok());
    EXPECT_EQ(noHeader->errors.front().line, 1);
}
