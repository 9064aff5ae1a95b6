// §7 workflow: transitions, the notice skipped by child allowance and emergency aid,
// the 受理 checklist, and the deadlines an application runs against (§8).

#include "domain/applications/application_deadlines.h"
#include "domain/applications/application_workflow.h"
#include "domain/domain_test_support.h"
#include "domain/registry/registry_types.h"

#include <gtest/gtest.h>

using namespace relief;
using namespace relief::test;

namespace {

using S = ApplicationState;
using T = ApplicationStep;
using P = ApplicationProgramme;

const HolidayCalendar kCal = calendar();
const PolicyParameters::Deadlines kLimits = policy().deadlines;

std::optional<S> step(P p, S from, T t)
{
    return nextState(p, from, t);
}

} // namespace

TEST(ApplicationWorkflow, DibaoHappyPathWithNotice)
{
    EXPECT_EQ(step(P::Dibao, S::Submitted, T::Accept), S::Accepted);
    EXPECT_EQ(step(P::Dibao, S::Accepted, T::StartInvestigation), S::Investigating);
    EXPECT_EQ(step(P::Dibao, S::Investigating, T::StreetReview), S::StreetReviewed);
    EXPECT_EQ(step(P::Dibao, S::StreetReviewed, T::StartNotice), S::Notice);
    EXPECT_EQ(step(P::Dibao, S::Notice, T::SubmitForApproval), S::PendingApproval);
    EXPECT_EQ(step(P::Dibao, S::PendingApproval, T::Approve), S::Approved);
    EXPECT_EQ(step(P::Dibao, S::PendingApproval, T::Refuse), S::Refused);
}

TEST(ApplicationWorkflow, NoticeSkippedOnlyByChildAllowanceAndEmergency)
{
    for (P p : {P::ChildAllowance, P::TemporaryEmergency}) {
        EXPECT_TRUE(skipsNotice(p));
        EXPECT_EQ(step(p, S::StreetReviewed, T::StartNotice), std::nullopt);
        EXPECT_EQ(step(p, S::StreetReviewed, T::SubmitForApproval), S::PendingApproval);
    }
    for (P p : {P::Dibao, P::Tekun, P::DisabilitySubsidy, P::TemporaryExpenditure}) {
        EXPECT_FALSE(skipsNotice(p));
        EXPECT_EQ(step(p, S::StreetReviewed, T::SubmitForApproval), std::nullopt);
    }
}

TEST(ApplicationWorkflow, RecommendedRefusalSkipsTheNotice)
{
    EXPECT_FALSE(needsNotice(P::Dibao, false));
    EXPECT_EQ(nextState(P::Dibao, S::StreetReviewed, T::StartNotice, false), std::nullopt);
    EXPECT_EQ(nextState(P::Dibao, S::StreetReviewed, T::SubmitForApproval, false),
              S::PendingApproval);
}

TEST(ApplicationWorkflow, ReturnedMayComeBackAndObjectionReopensInvestigation)
{
    EXPECT_EQ(step(P::Dibao, S::Submitted, T::Return), S::Returned);
    EXPECT_EQ(step(P::Dibao, S::Returned, T::Return), S::Returned);
    EXPECT_EQ(step(P::Dibao, S::Returned, T::Accept), S::Accepted);
    EXPECT_EQ(step(P::Dibao, S::Notice, T::Object), S::Investigating);
}

TEST(ApplicationWorkflow, IllegalStepsAreRefused)
{
    EXPECT_EQ(step(P::Dibao, S::Submitted, T::Approve), std::nullopt);
    EXPECT_EQ(step(P::Dibao, S::Accepted, T::StreetReview), std::nullopt);
    EXPECT_EQ(step(P::Dibao, S::Investigating, T::StartNotice), std::nullopt);
    EXPECT_EQ(step(P::Dibao, S::StreetReviewed, T::Approve), std::nullopt);
    EXPECT_EQ(step(P::Dibao, S::Notice, T::Approve), std::nullopt);
    // Nothing moves after a decision, not even a withdrawal.
    for (S final : {S::Approved, S::Refused, S::Withdrawn}) {
        EXPECT_TRUE(isFinal(final));
        EXPECT_TRUE(allowedSteps(P::Dibao, final).empty());
        EXPECT_EQ(step(P::Dibao, final, T::Withdraw), std::nullopt);
    }
}

TEST(ApplicationWorkflow, WithdrawFromAnyOpenState)
{
    for (S s : {S::Submitted, S::Returned, S::Accepted, S::Investigating, S::StreetReviewed,
                S::Notice, S::PendingApproval})
        EXPECT_EQ(step(P::Tekun, s, T::Withdraw), S::Withdrawn) << applicationStateKey(s);
}

TEST(ApplicationWorkflow, AllowedStepsInOrder)
{
    const auto steps = allowedSteps(P::Dibao, S::Notice);
    ASSERT_EQ(steps.size(), 3u);
    EXPECT_EQ(steps[0], T::Object);
    EXPECT_EQ(steps[1], T::SubmitForApproval);
    EXPECT_EQ(steps[2], T::Withdraw);
}

TEST(ApplicationWorkflow, KeysRoundTrip)
{
    for (std::size_t i = 0; i < kApplicationStateKeys.size(); ++i)
        EXPECT_EQ(enumFromKey<S>(kApplicationStateKeys, applicationStateKey(static_cast<S>(i))),
                  static_cast<S>(i));
    EXPECT_EQ(applicationProgrammeKey(P::TemporaryEmergency), "temporary_emergency");
    EXPECT_EQ(materialKey(Material::CheckAuthorization), "check_authorization");
    EXPECT_EQ(applicationChannelKey(ApplicationChannel::CommunityPoint), "community_point");
}

TEST(ApplicationMaterials, MissingInChecklistOrder)
{
    const auto missing = missingMaterials(
        P::Dibao, {Material::BankStatement, Material::IdCard, Material::SchoolProof});
    ASSERT_EQ(missing.size(), 3u);
    EXPECT_EQ(missing[0], Material::HouseholdRegister);
    EXPECT_EQ(missing[1], Material::IncomeProof);
    EXPECT_EQ(missing[2], Material::CheckAuthorization);
    EXPECT_TRUE(missingMaterials(P::DisabilitySubsidy,
                                 {Material::IdCard, Material::HouseholdRegister,
                                  Material::DisabilityCertificate})
                    .empty());
    // Every programme asks for the identity card.
    for (std::size_t i = 0; i < kApplicationProgrammeKeys.size(); ++i)
        EXPECT_EQ(requiredMaterials(static_cast<P>(i)).front(), Material::IdCard);
}

TEST(ApplicationDeadlines, AcceptedRunsInvestigationStartAndWholeProcess)
{
    ApplicationDates dates;
    dates.acceptedOn = day("2025-09-30"); // Tue before National Day
    const auto open = openDeadlines(P::Dibao, S::Accepted, dates, kCal, kLimits);
    ASSERT_EQ(open.size(), 2u);
    EXPECT_EQ(open[0].step, DeadlineStep::InvestigationStart);
    EXPECT_EQ(open[0].deadline.due.toString(), "2025-10-11"); // make-up Saturday
    EXPECT_EQ(open[1].step, DeadlineStep::WholeProcess);
    EXPECT_EQ(open[1].deadline.length, 30);
    // Delegated approval: 20 working days in all.
    const auto delegated = openDeadlines(P::Dibao, S::Accepted, dates, kCal, kLimits,
                                         {.delegated = true, .extended = false});
    EXPECT_EQ(delegated[1].deadline.length, 20);
}

TEST(ApplicationDeadlines, StreetInvestigationOnlyForTekunAndChild)
{
    ApplicationDates dates;
    dates.acceptedOn = day("2025-09-15");
    EXPECT_EQ(openDeadlines(P::Dibao, S::Investigating, dates, kCal, kLimits).size(), 1u);
    const auto tekun = openDeadlines(P::Tekun, S::Investigating, dates, kCal, kLimits);
    ASSERT_EQ(tekun.size(), 2u);
    EXPECT_EQ(tekun[0].step, DeadlineStep::StreetInvestigation);
    EXPECT_EQ(tekun[0].deadline.length, 15);
}

TEST(ApplicationDeadlines, NoticeAndApprovalAndRefusal)
{
    ApplicationDates dates;
    dates.acceptedOn = day("2025-09-01");
    dates.noticeStartedOn = day("2025-09-20");
    const auto notice = openDeadlines(P::Dibao, S::Notice, dates, kCal, kLimits);
    ASSERT_EQ(notice.front().step, DeadlineStep::Notice);
    EXPECT_TRUE(notice.front().deadline.calendarDays);
    EXPECT_EQ(notice.front().deadline.due.toString(), "2025-09-26"); // day 7

    dates.pendingApprovalOn = day("2025-09-27");
    const auto approval = openDeadlines(P::Tekun, S::PendingApproval, dates, kCal, kLimits);
    EXPECT_EQ(approval.front().step, DeadlineStep::Approval);
    EXPECT_EQ(approval.front().deadline.length, 15);

    dates.refusedOn = day("2025-10-09");
    const auto refused = openDeadlines(P::Dibao, S::Refused, dates, kCal, kLimits);
    ASSERT_EQ(refused.size(), 1u);
    EXPECT_EQ(refused[0].step, DeadlineStep::RefusalNotice);
    EXPECT_EQ(refused[0].deadline.due.toString(), "2025-10-13"); // Fri, make-up Sat, Mon
    dates.refusalNoticeIssuedOn = day("2025-10-10");
    EXPECT_TRUE(openDeadlines(P::Dibao, S::Refused, dates, kCal, kLimits).empty());
    EXPECT_TRUE(openDeadlines(P::Dibao, S::Approved, dates, kCal, kLimits).empty());
    EXPECT_TRUE(openDeadlines(P::Dibao, S::Returned, dates, kCal, kLimits).empty());
}

TEST(ApplicationDeadlines, Urgency)
{
    Deadline d;
    d.length = 3;
    d.due = day("2025-10-11"); // make-up Saturday
    // 9, 10, 11 Oct are the last three working days.
    EXPECT_EQ(urgencyOn(day("2025-10-09"), d, kCal), Urgency::DueSoon);
    EXPECT_EQ(urgencyOn(day("2025-09-30"), d, kCal), Urgency::DueSoon); // holiday in between
    EXPECT_EQ(urgencyOn(day("2025-09-26"), d, kCal), Urgency::OnTime);
    EXPECT_EQ(urgencyOn(day("2025-10-11"), d, kCal), Urgency::DueSoon);
    EXPECT_EQ(urgencyOn(day("2025-10-12"), d, kCal), Urgency::Overdue);
}
