// PR-5: the roll's states, who may take each step, four-eyes, regeneration of a
// draft only, and M needing M−1 locked.

#include "domain/payroll/roll_workflow.h"
#include "payroll_test_support.h"

#include <gtest/gtest.h>

using namespace relief;
using namespace relief::payroll;
using namespace relief::test;

namespace {

const RollActor kCaseworker {1, {Role::Caseworker}};
const RollActor kOtherCaseworker {2, {Role::Caseworker}};
const RollActor kSupervisor {3, {Role::Supervisor}};
const RollActor kBoth {4, {Role::Caseworker, Role::Supervisor}};
const RollActor kAdmin {5, {Role::Admin, Role::Statistician}};

RollSituation at(std::optional<RollState> state, std::optional<std::int64_t> submittedBy = {})
{
    RollSituation s;
    s.month = ym("2025-12");
    s.state = state;
    s.previousState = RollState::Locked;
    s.latestMonth = state ? ym("2025-12") : ym("2025-11");
    s.submittedBy = submittedBy;
    return s;
}

void expectRefused(RollStep step, const RollSituation &s, const RollActor &a,
                   std::string_view reason)
{
    const RollVerdict v = checkRollStep(step, s, a);
    EXPECT_FALSE(v.allowed) << rollStepKey(step);
    EXPECT_EQ(v.reason, reason) << rollStepKey(step);
    EXPECT_FALSE(v.next) << rollStepKey(step);
}

void expectAllowed(RollStep step, const RollSituation &s, const RollActor &a, RollState next)
{
    const RollVerdict v = checkRollStep(step, s, a);
    EXPECT_TRUE(v.allowed) << rollStepKey(step) << ": " << v.reason;
    EXPECT_TRUE(v.reason.empty());
    EXPECT_EQ(v.next, next) << rollStepKey(step);
}

} // namespace

TEST(RollWorkflow, Keys)
{
    EXPECT_EQ(rollStateKey(RollState::Reconciled), "reconciled");
    EXPECT_EQ(rollStepKey(RollStep::Return), "return");
    EXPECT_EQ(parseRollState("locked"), RollState::Locked);
    EXPECT_EQ(parseRollStep("approve"), RollStep::Approve);
    EXPECT_FALSE(parseRollState("Locked"));
    EXPECT_FALSE(parseRollStep(""));
    EXPECT_TRUE(isLocked(RollState::Locked));
    EXPECT_TRUE(isLocked(RollState::Reconciled));
    EXPECT_FALSE(isLocked(RollState::Approved));
}

TEST(RollWorkflow, TheWholeWayWithTwoPeople)
{
    RollSituation s = at(std::nullopt);
    expectAllowed(RollStep::Generate, s, kCaseworker, RollState::Draft);
    s.state = RollState::Draft;
    expectAllowed(RollStep::Generate, s, kCaseworker, RollState::Draft); // replaces the draft
    expectAllowed(RollStep::Hold, s, kCaseworker, RollState::Draft);
    expectAllowed(RollStep::Release, s, kCaseworker, RollState::Draft);
    expectAllowed(RollStep::Submit, s, kCaseworker, RollState::Submitted);
    s.state = RollState::Submitted;
    s.submittedBy = kCaseworker.userId;
    expectAllowed(RollStep::Approve, s, kSupervisor, RollState::Approved);
    s.state = RollState::Approved;
    expectAllowed(RollStep::Lock, s, kSupervisor, RollState::Locked);
    s.state = RollState::Locked;
    expectAllowed(RollStep::Reconcile, s, kCaseworker, RollState::Reconciled);
    expectAllowed(RollStep::Reconcile, s, kSupervisor, RollState::Reconciled);
}

TEST(RollWorkflow, FourEyesTheApproverDidNotSubmit)
{
    expectRefused(RollStep::Approve, at(RollState::Submitted, kBoth.userId), kBoth, kFourEyes);
    expectAllowed(RollStep::Approve, at(RollState::Submitted, kCaseworker.userId), kBoth,
                  RollState::Approved);
    EXPECT_TRUE(isPermissionRefusal(kFourEyes));
}

TEST(RollWorkflow, EachStepNeedsItsRole)
{
    const RollSituation draft = at(RollState::Draft);
    for (RollStep step :
         {RollStep::Generate, RollStep::Hold, RollStep::Release, RollStep::Submit}) {
        expectRefused(step, draft, kSupervisor, kNeedsCaseworker);
        expectRefused(step, draft, kAdmin, kNeedsCaseworker);
    }
    expectRefused(RollStep::Return, at(RollState::Submitted, 1), kCaseworker, kNeedsSupervisor);
    expectRefused(RollStep::Approve, at(RollState::Submitted, 2), kCaseworker, kNeedsSupervisor);
    expectRefused(RollStep::Lock, at(RollState::Approved), kCaseworker, kNeedsSupervisor);
    expectRefused(RollStep::Reconcile, at(RollState::Locked), kAdmin, kNeedsCaseworker);
    EXPECT_TRUE(isPermissionRefusal(kNeedsCaseworker));
    EXPECT_TRUE(isPermissionRefusal(kNeedsSupervisor));
    EXPECT_FALSE(isPermissionRefusal(kRollLocked));
    EXPECT_FALSE(isPermissionRefusal(kNotDraft));
}

TEST(RollWorkflow, OnlyADraftIsRegeneratedOrChanged)
{
    for (RollState st : {RollState::Submitted, RollState::Approved}) {
        for (RollStep step :
             {RollStep::Generate, RollStep::Hold, RollStep::Release, RollStep::Submit})
            expectRefused(step, at(st, 1), kCaseworker, kNotDraft);
    }
    for (RollState st : {RollState::Locked, RollState::Reconciled}) {
        for (RollStep step :
             {RollStep::Generate, RollStep::Hold, RollStep::Release, RollStep::Submit})
            expectRefused(step, at(st, 1), kCaseworker, kRollLocked);
        for (RollStep step : {RollStep::Return, RollStep::Approve, RollStep::Lock})
            expectRefused(step, at(st, 1), kSupervisor, kRollLocked);
    }
}

TEST(RollWorkflow, StepsOutOfOrderAreRefused)
{
    expectRefused(RollStep::Approve, at(RollState::Draft), kSupervisor, kNotSubmitted);
    expectRefused(RollStep::Approve, at(RollState::Approved, 1), kSupervisor, kNotSubmitted);
    expectRefused(RollStep::Return, at(RollState::Draft), kSupervisor, kNotSubmitted);
    expectRefused(RollStep::Return, at(RollState::Approved, 1), kSupervisor, kNotSubmitted);
    expectRefused(RollStep::Lock, at(RollState::Draft), kSupervisor, kNotApproved);
    expectRefused(RollStep::Lock, at(RollState::Submitted, 1), kSupervisor, kNotApproved);
    expectRefused(RollStep::Reconcile, at(RollState::Approved, 1), kCaseworker, kNotLocked);
    expectRefused(RollStep::Reconcile, at(RollState::Reconciled, 1), kCaseworker,
                  kAlreadyReconciled);
    for (RollStep step : {RollStep::Hold, RollStep::Release, RollStep::Submit})
        expectRefused(step, at(std::nullopt), kCaseworker, kNoRoll);
    for (RollStep step : {RollStep::Return, RollStep::Approve, RollStep::Lock})
        expectRefused(step, at(std::nullopt), kSupervisor, kNoRoll);
    expectRefused(RollStep::Reconcile, at(std::nullopt), kCaseworker, kNoRoll);
}

TEST(RollWorkflow, ASubmittedRollReturnsToDraft)
{
    expectAllowed(RollStep::Return, at(RollState::Submitted, 1), kSupervisor, RollState::Draft);
}

TEST(RollWorkflow, ARollWithBlockingProblemsCannotBeApproved)
{
    RollSituation s = at(RollState::Submitted, 1);
    s.blockingProblems = 2;
    expectRefused(RollStep::Approve, s, kSupervisor, kHasProblems);
    expectAllowed(
        RollStep::Submit,
        [&] {
            RollSituation d = s;
            d.state = RollState::Draft;
            return d;
        }(),
        kCaseworker, RollState::Submitted);
    // Four-eyes is told before the problems.
    expectRefused(RollStep::Approve, s, kBoth, kHasProblems);
    s.submittedBy = kBoth.userId;
    expectRefused(RollStep::Approve, s, kBoth, kFourEyes);
}

TEST(RollWorkflow, AMonthNeedsThePreviousMonthLockedUnlessItIsTheFirst)
{
    RollSituation s;
    s.month = ym("2025-12");
    expectAllowed(RollStep::Generate, s, kCaseworker, RollState::Draft); // no roll at all
    s.latestMonth = ym("2025-11");
    s.previousState = RollState::Locked;
    expectAllowed(RollStep::Generate, s, kCaseworker, RollState::Draft);
    s.previousState = RollState::Reconciled;
    expectAllowed(RollStep::Generate, s, kCaseworker, RollState::Draft);
    for (RollState st : {RollState::Draft, RollState::Submitted, RollState::Approved}) {
        s.previousState = st;
        expectRefused(RollStep::Generate, s, kCaseworker, kPreviousNotLocked);
    }
    // A gap: the latest roll is for October.
    s.previousState.reset();
    s.latestMonth = ym("2025-10");
    expectRefused(RollStep::Generate, s, kCaseworker, kPreviousMissing);
    // A month before the latest roll.
    s.latestMonth = ym("2026-01");
    s.previousState = RollState::Locked;
    expectRefused(RollStep::Generate, s, kCaseworker, kLaterRollExists);
    // An existing draft is regenerated whatever the rest says.
    s.state = RollState::Draft;
    expectAllowed(RollStep::Generate, s, kCaseworker, RollState::Draft);
}

TEST(RollWorkflow, AllowedSteps)
{
    EXPECT_EQ(allowedRollSteps(at(RollState::Draft), kCaseworker),
              (std::vector<RollStep> {RollStep::Generate, RollStep::Hold, RollStep::Release,
                                      RollStep::Submit}));
    EXPECT_TRUE(allowedRollSteps(at(RollState::Draft), kSupervisor).empty());
    EXPECT_EQ(allowedRollSteps(at(RollState::Submitted, 1), kSupervisor),
              (std::vector<RollStep> {RollStep::Return, RollStep::Approve}));
    EXPECT_EQ(allowedRollSteps(at(RollState::Submitted, kBoth.userId), kBoth),
              (std::vector<RollStep> {RollStep::Return}));
    EXPECT_EQ(allowedRollSteps(at(RollState::Locked), kBoth),
              (std::vector<RollStep> {RollStep::Reconcile}));
    EXPECT_TRUE(allowedRollSteps(at(RollState::Reconciled), kBoth).empty());
    EXPECT_TRUE(allowedRollSteps(at(RollState::Draft), kAdmin).empty());
}
