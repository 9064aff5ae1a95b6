// PR-8: the change table (增减表) of M against M−1.

#include "domain/payroll/change_table.h"
#include "payroll_test_support.h"

#include <gtest/gtest.h>

using namespace relief;
using namespace relief::payroll;
using namespace relief::test;

namespace {

std::vector<PolicyParameters> sets()
{
    return {policy("policy-2025-01.json"), policy("policy-2025-07.json")};
}

std::vector<RollLine> rollOf(const char *month, const std::vector<Case> &cases,
                             const char *cpi = "0")
{
    RollInput in;
    in.month = ym(month);
    in.cases = cases;
    in.sets = sets();
    in.indices = indices(cpi, "0");
    return generateRoll(in).lines;
}

const CaseChange *changeOf(const ChangeTable &t, std::int64_t caseId, ChangeKind kind)
{
    for (const CaseChange &c : t.cases)
        if (c.caseId == caseId && c.kind == kind)
            return &c;
    return nullptr;
}

const ChangeGroup *groupOf(const ChangeTable &t, std::int64_t community, LineProgramme p,
                           ChangeKind kind)
{
    for (const ChangeGroup &g : t.groups)
        if (g.communityId == community && g.programme == p && g.kind == kind)
            return &g;
    return nullptr;
}

std::vector<Case> office()
{
    return {
        PC(1).grant("2025-01", "1000.00", 3), // unchanged
        PC(2)
            .grant("2025-01", "800.00", 2)
            .decide(DecisionKind::Increase, "2025-12", "950.00", 3, nullptr, "新生儿"),
        PC(3)
            .grant("2025-01", "900.00", 3)
            .decide(DecisionKind::Decrease, "2025-12", "600.00", 2, nullptr, "子女就业"),
        PC(4).decide(DecisionKind::Grant, "2025-12", "700.00", 2, nullptr, "新申请"),
        PC(5)
            .grant("2025-01", "500.00", 1)
            .decide(DecisionKind::Stop, "2025-12", "0.00", 0, nullptr, "收入超标"),
        PC(6)
            .grant("2025-01", "400.00", 2)
            .decide(DecisionKind::GradualExit, "2025-06", "400.00", 2, nullptr, "就业渐退"),
        PC(7, CaseProgramme::Tekun, 2).household(70).grant("2025-12", "1269.00"),
        PC(8, CaseProgramme::Tekun, 2).household(70).grant("2025-12", "1269.00"),
        PC(9, CaseProgramme::Marginal).grant("2025-01", "0.00", 2),
    };
}

} // namespace

TEST(ChangeTable, KindKeys)
{
    EXPECT_EQ(changeKindKey(ChangeKind::New), "new");
    EXPECT_EQ(changeKindKey(ChangeKind::Stopped), "stopped");
    EXPECT_EQ(changeKindKey(ChangeKind::Increased), "increased");
    EXPECT_EQ(changeKindKey(ChangeKind::Decreased), "decreased");
}

TEST(ChangeTable, NewStoppedIncreasedDecreasedWithReasons)
{
    const auto cases = office();
    // Price subsidies in both months do not count as changes.
    const ChangeTable t = changeTable(ym("2025-12"), rollOf("2025-11", cases, "9.0"),
                                      rollOf("2025-12", cases, "9.0"), cases, sets());
    EXPECT_EQ(t.month, ym("2025-12"));
    ASSERT_EQ(t.cases.size(), 7u); // not 1 (unchanged) nor 9 (marginal)
    EXPECT_FALSE(changeOf(t, 1, ChangeKind::Increased));

    const CaseChange *up = changeOf(t, 2, ChangeKind::Increased);
    ASSERT_TRUE(up);
    EXPECT_EQ(up->before, yuan("800.00"));
    EXPECT_EQ(up->after, yuan("950.00"));
    EXPECT_EQ(up->personsBefore, 2);
    EXPECT_EQ(up->personsAfter, 3);
    EXPECT_EQ(up->reason, "新生儿");
    EXPECT_EQ(up->decisionKind, DecisionKind::Increase);

    const CaseChange *down = changeOf(t, 3, ChangeKind::Decreased);
    ASSERT_TRUE(down);
    EXPECT_EQ(down->after, yuan("600.00"));
    EXPECT_EQ(down->reason, "子女就业");

    const CaseChange *added = changeOf(t, 4, ChangeKind::New);
    ASSERT_TRUE(added);
    EXPECT_TRUE(added->before.isZero());
    EXPECT_EQ(added->after, yuan("700.00"));
    EXPECT_EQ(added->reason, "新申请");

    const CaseChange *stopped = changeOf(t, 5, ChangeKind::Stopped);
    ASSERT_TRUE(stopped);
    EXPECT_EQ(stopped->before, yuan("500.00"));
    EXPECT_TRUE(stopped->after.isZero());
    EXPECT_EQ(stopped->decisionKind, DecisionKind::Stop);
    EXPECT_EQ(stopped->reason, "收入超标");
    EXPECT_FALSE(stopped->gradualExitEnded);

    // June + 6 months: November is its last month.
    const CaseChange *exited = changeOf(t, 6, ChangeKind::Stopped);
    ASSERT_TRUE(exited);
    EXPECT_TRUE(exited->gradualExitEnded);
    EXPECT_EQ(exited->decisionKind, DecisionKind::GradualExit);
    EXPECT_EQ(exited->reason, "就业渐退");
    EXPECT_EQ(exited->personsBefore, 2);

    // Ordered by community, programme, kind, case.
    EXPECT_EQ(t.cases.front().communityId, 1);
    EXPECT_EQ(t.cases.front().kind, ChangeKind::New);
    EXPECT_EQ(t.cases.back().communityId, 2);
}

TEST(ChangeTable, GroupsCountHouseholdsPersonsAndAmounts)
{
    const auto cases = office();
    const ChangeTable t = changeTable(ym("2025-12"), rollOf("2025-11", cases),
                                      rollOf("2025-12", cases), cases, sets());
    const ChangeGroup *stopped = groupOf(t, 1, LineProgramme::Dibao, ChangeKind::Stopped);
    ASSERT_TRUE(stopped);
    EXPECT_EQ(stopped->households, 2);
    EXPECT_EQ(stopped->cases, 2);
    EXPECT_EQ(stopped->persons, 3); // as of M−1
    EXPECT_EQ(stopped->before, yuan("900.00"));
    EXPECT_EQ(stopped->difference, -yuan("900.00"));
    // Two 特困 persons of one household: one household, two cases.
    const ChangeGroup *tekun = groupOf(t, 2, LineProgramme::Tekun, ChangeKind::New);
    ASSERT_TRUE(tekun);
    EXPECT_EQ(tekun->households, 1);
    EXPECT_EQ(tekun->cases, 2);
    EXPECT_EQ(tekun->persons, 2);
    EXPECT_EQ(tekun->difference, yuan("2538.00"));
    const ChangeGroup *down = groupOf(t, 1, LineProgramme::Dibao, ChangeKind::Decreased);
    ASSERT_TRUE(down);
    EXPECT_EQ(down->difference, -yuan("300.00"));
    EXPECT_EQ(down->persons, 2);
    EXPECT_EQ(t.groups.size(), 5u);
}

TEST(ChangeTable, LastMonthPlusTheChangesIsThisMonth)
{
    const auto cases = office();
    const ChangeTable t = changeTable(ym("2025-12"), rollOf("2025-11", cases),
                                      rollOf("2025-12", cases), cases, sets());
    ASSERT_EQ(t.balances.size(), 2u);
    for (const ChangeBalance &b : t.balances) {
        Money sum = b.before;
        for (const ChangeGroup &g : t.groups)
            if (g.communityId == b.communityId && g.programme == b.programme)
                sum += g.difference;
        EXPECT_EQ(sum, b.after) << b.communityId;
    }
    EXPECT_EQ(t.balances[0].casesBefore, 5);
    EXPECT_EQ(t.balances[0].casesAfter, 4);
    EXPECT_EQ(t.balances[0].before, yuan("3600.00"));
    EXPECT_EQ(t.balances[0].after, yuan("3250.00"));
    EXPECT_EQ(t.balances[1].casesBefore, 0);
}

TEST(ChangeTable, TheFirstRollIsAllNew)
{
    const auto cases = office();
    const ChangeTable t = changeTable(ym("2025-12"), {}, rollOf("2025-12", cases), cases, sets());
    ASSERT_EQ(t.cases.size(), 6u);
    for (const CaseChange &c : t.cases)
        EXPECT_EQ(c.kind, ChangeKind::New);
}

TEST(ChangeTable, OnlyRegularLinesOfTheCaseProgrammesCount)
{
    std::vector<RollLine> previous = rollOf("2025-11", {PC(1).grant("2025-01", "1000.00", 3)});
    std::vector<RollLine> current = previous;
    RollLine backPay = current[0];
    backPay.kind = LineKind::BackPay;
    RollLine reissue = current[0];
    reissue.kind = LineKind::Reissue;
    current.push_back(backPay);
    current.push_back(reissue);
    current[0].held = true; // a held line is still due
    const ChangeTable t = changeTable(ym("2025-12"), previous, current, {}, sets());
    EXPECT_TRUE(t.cases.empty());
    EXPECT_TRUE(t.groups.empty());
    // Reasons need the case; without it the change is listed all the same.
    current.erase(current.begin());
    const ChangeTable gone = changeTable(ym("2025-12"), previous, current, {}, sets());
    ASSERT_EQ(gone.cases.size(), 1u);
    EXPECT_EQ(gone.cases[0].kind, ChangeKind::Stopped);
    EXPECT_FALSE(gone.cases[0].decisionKind);
    EXPECT_TRUE(gone.cases[0].reason.empty());
}

TEST(ChangeTable, AMoveToAnotherCommunityLeavesOneAndJoinsTheOther)
{
    std::vector<RollLine> previous =
        rollOf("2025-11", {PC(1, CaseProgramme::Dibao, 3).grant("2025-01", "1000.00", 3)});
    std::vector<RollLine> current = previous;
    current[0].communityId = 4;
    const ChangeTable t = changeTable(ym("2025-12"), previous, current, {}, sets());
    ASSERT_EQ(t.cases.size(), 2u);
    EXPECT_EQ(t.cases[0].kind, ChangeKind::Stopped);
    EXPECT_EQ(t.cases[0].communityId, 3);
    EXPECT_TRUE(t.cases[0].movedCommunity);
    EXPECT_EQ(t.cases[1].kind, ChangeKind::New);
    EXPECT_EQ(t.cases[1].communityId, 4);
    EXPECT_TRUE(t.cases[1].movedCommunity);
    ASSERT_EQ(t.balances.size(), 2u);
    EXPECT_TRUE(t.balances[0].after.isZero());
    EXPECT_TRUE(t.balances[1].before.isZero());
}

TEST(ChangeTable, OverflowThrows)
{
    RollLine a;
    a.caseId = 1;
    a.amount = Money::fromFen(Money::kMaxFen);
    RollLine b = a;
    b.caseId = 2;
    EXPECT_THROW(changeTable(ym("2025-12"), {}, {a, b}, {}, {}), ArithmeticOverflow);
    // One case's several regular lines are summed too.
    EXPECT_THROW(changeTable(ym("2025-12"), {}, {a, a}, {}, {}), ArithmeticOverflow);
}
