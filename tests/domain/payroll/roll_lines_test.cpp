// PR-3 (regular and price-subsidy lines), the roll's totals, and later PR-5 … PR-7.

#include "domain/payroll/roll_lines.h"
#include "payroll_test_support.h"

#include <gtest/gtest.h>

#include <limits>

using namespace relief;
using namespace relief::payroll;
using namespace relief::test;

namespace {

std::vector<PolicyParameters> sets()
{
    return {policy("policy-2025-01.json"), policy("policy-2025-07.json")};
}

RollInput input(const char *month, std::vector<Case> cases)
{
    RollInput in;
    in.month = ym(month);
    in.cases = std::move(cases);
    in.sets = sets();
    return in;
}

std::vector<RollLine> linesOf(const Roll &roll, LineProgramme programme, LineKind kind)
{
    std::vector<RollLine> out;
    for (const RollLine &l : roll.lines)
        if (l.programme == programme && l.kind == kind)
            out.push_back(l);
    return out;
}

bool hasProblem(const Roll &roll, const std::string &key, std::int64_t caseId)
{
    for (const RollProblem &p : roll.problems)
        if (p.key == key && p.caseId == caseId)
            return true;
    return false;
}

} // namespace

TEST(RollLines, OneRegularLinePerCaseWithAnAmountDue)
{
    const Roll roll = generateRoll(
        input("2025-12",
              {PC(1).grant("2025-01", "1500.00", 3),
               PC(2, CaseProgramme::Tekun).grant("2025-03", "1269.00"),
               PC(3, CaseProgramme::ChildAllowance).grant("2025-11", "1600.00"),
               PC(4, CaseProgramme::DisabilityCare).grant("2024-01", "150.00"),
               PC(5, CaseProgramme::DisabilityLiving).grant("2024-01", "100.00"),
               PC(6, CaseProgramme::SinglePerson).grant("2025-06", "900.00"),
               PC(7).grant("2025-01", "800.00", 2).stop("2025-10"), // stopped
               PC(8, CaseProgramme::Marginal).grant("2025-01", "0.00", 2), // never paid
               PC(9).grant("2026-01", "600.00", 1), // not yet
               PC(10, CaseProgramme::Tekun).grant("2025-01", "0.00")})); // nothing due
    ASSERT_EQ(roll.lines.size(), 6u);
    EXPECT_FALSE(roll.priceSubsidyTriggered);
    EXPECT_TRUE(roll.problems.empty());
    const std::vector<std::pair<std::int64_t, LineProgramme>> expected = {
        {1, LineProgramme::Dibao},
        {2, LineProgramme::Tekun},
        {3, LineProgramme::ChildAllowance},
        {4, LineProgramme::DisabilityCare},
        {5, LineProgramme::DisabilityLiving},
        {6, LineProgramme::SinglePerson}};
    for (size_t i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(roll.lines[i].caseId, expected[i].first);
        EXPECT_EQ(roll.lines[i].programme, expected[i].second);
        EXPECT_EQ(roll.lines[i].kind, LineKind::Regular);
        EXPECT_FALSE(roll.lines[i].forMonth);
        EXPECT_TRUE(roll.lines[i].memo.empty());
        EXPECT_FALSE(roll.lines[i].held);
    }
    EXPECT_EQ(roll.lines[0].amount, yuan("1500.00"));
    EXPECT_EQ(roll.lines[0].persons, 3);
    EXPECT_EQ(roll.lines[0].householdId, 1);
    EXPECT_FALSE(roll.lines[0].personId);
    EXPECT_EQ(roll.lines[1].persons, 1);
    EXPECT_EQ(roll.lines[1].personId, 1002);
}

TEST(RollLines, NoPriceSubsidyBelowBothThresholds)
{
    RollInput in = input("2025-12", {PC(1).grant("2025-01", "1500.00", 3)});
    in.indices = indices("3.49", "5.99");
    const Roll roll = generateRoll(in);
    EXPECT_FALSE(roll.priceSubsidyTriggered);
    EXPECT_EQ(roll.lines.size(), 1u);
    // Negative indices (deflation) trigger nothing either.
    in.indices = indices("-1.2", "-3.0");
    EXPECT_EQ(generateRoll(in).lines.size(), 1u);
}

TEST(RollLines, PriceSubsidyPerPersonTimesTheCasesPersons)
{
    // 2025-07 set: S 830 urban / 630 rural, thresholds 3.5 / 6.0, floor 10, round to the yuan.
    RollInput in =
        input("2025-12",
              {PC(1).grant("2025-01", "1500.00", 3), PC(2).rural().grant("2025-01", "900.00", 2),
               PC(3, CaseProgramme::Tekun).grant("2025-01", "1269.00"),
               PC(4, CaseProgramme::ChildAllowance).grant("2025-01", "1600.00"),
               PC(5, CaseProgramme::SinglePerson).grant("2025-01", "700.00", 1),
               PC(6, CaseProgramme::DisabilityLiving).grant("2025-01", "100.00"),
               PC(7, CaseProgramme::DisabilityCare).grant("2025-01", "150.00"),
               PC(8).grant("2025-01", "800.00", 2).stop("2025-12"),
               PC(9, CaseProgramme::Marginal).grant("2025-01", "0.00", 4)});
    in.indices = indices("3.6", "5.0"); // CPI triggers: rate 3.6
    const Roll roll = generateRoll(in);
    EXPECT_TRUE(roll.priceSubsidyTriggered);
    const auto ps = linesOf(roll, LineProgramme::PriceSubsidy, LineKind::Regular);
    ASSERT_EQ(ps.size(), 5u); // dibao ×2, tekun, child allowance, 单人保; not DS, stopped, marginal
    // urban 830 × 3.6% = 29.88 → 30 × 3 persons
    EXPECT_EQ(ps[0].caseId, 1);
    EXPECT_EQ(ps[0].amount, yuan("90.00"));
    EXPECT_EQ(ps[0].persons, 3);
    EXPECT_EQ(ps[0].memo, "临时价补");
    // rural 630 × 3.6% = 22.68 → 23 × 2
    EXPECT_EQ(ps[1].caseId, 2);
    EXPECT_EQ(ps[1].amount, yuan("46.00"));
    // personal programmes count one person whatever their decision says
    EXPECT_EQ(ps[2].caseId, 3);
    EXPECT_EQ(ps[2].amount, yuan("30.00"));
    EXPECT_EQ(ps[2].persons, 1);
    EXPECT_EQ(ps[3].caseId, 4);
    EXPECT_EQ(ps[4].caseId, 5);
    // Lines of a case stay together: its own line, then its price subsidy.
    EXPECT_EQ(roll.lines[0].programme, LineProgramme::Dibao);
    EXPECT_EQ(roll.lines[1].programme, LineProgramme::PriceSubsidy);
    EXPECT_EQ(roll.lines[1].caseId, 1);
}

TEST(RollLines, PriceSubsidyRateIsTheLargerTriggeringIndex)
{
    RollInput in = input("2025-12", {PC(1).grant("2025-01", "1500.00", 2)});
    in.indices = indices("3.6", "6.5"); // both trigger: food 6.5
    EXPECT_EQ(linesOf(generateRoll(in), LineProgramme::PriceSubsidy, LineKind::Regular)[0].amount,
              yuan("108.00")); // 830 × 6.5% = 53.95 → 54 × 2
    in.indices = indices("7.0", "6.5"); // both: cpi is larger
    EXPECT_EQ(linesOf(generateRoll(in), LineProgramme::PriceSubsidy, LineKind::Regular)[0].amount,
              yuan("116.00")); // 830 × 7% = 58.1 → 58 × 2
    in.indices = indices("2.0", "6.0"); // food alone, at its threshold
    EXPECT_EQ(linesOf(generateRoll(in), LineProgramme::PriceSubsidy, LineKind::Regular)[0].amount,
              yuan("100.00")); // 830 × 6% = 49.8 → 50 × 2
}

TEST(RollLines, PriceSubsidyUsesTheSetInForceOnTheMonthsFirstDay)
{
    RollInput in = input("2025-06", {PC(1).grant("2025-01", "1500.00", 1)});
    in.indices = indices("3.6", "0");
    // June: the January set, S 800: 28.8 → 29.
    EXPECT_EQ(linesOf(generateRoll(in), LineProgramme::PriceSubsidy, LineKind::Regular)[0].amount,
              yuan("29.00"));
    in.month = ym("2025-07");
    EXPECT_EQ(linesOf(generateRoll(in), LineProgramme::PriceSubsidy, LineKind::Regular)[0].amount,
              yuan("30.00"));
    // The floor when S × rate is small.
    in.sets[1].priceSubsidy.floor = yuan("45.00");
    EXPECT_EQ(linesOf(generateRoll(in), LineProgramme::PriceSubsidy, LineKind::Regular)[0].amount,
              yuan("45.00"));
    // The thresholds of that set too.
    in.sets[1].priceSubsidy.cpiThreshold = *Decimal::parse("4.0");
    EXPECT_TRUE(linesOf(generateRoll(in), LineProgramme::PriceSubsidy, LineKind::Regular).empty());
}

TEST(RollLines, PriceSubsidyProblems)
{
    // No set in force on the month's first day: regular lines, no subsidy, a problem.
    RollInput in = input("2024-12", {PC(1).grant("2024-01", "1500.00", 3)});
    in.indices = indices("9.0", "9.0");
    Roll roll = generateRoll(in);
    EXPECT_EQ(roll.lines.size(), 1u);
    EXPECT_TRUE(hasProblem(roll, "no_parameters", 0));
    // A dibao decision that covers nobody gets no subsidy line, and says so.
    in = input("2025-12", {PC(2).grant("2025-01", "300.00", 0)});
    in.indices = indices("9.0", "9.0");
    roll = generateRoll(in);
    EXPECT_EQ(roll.lines.size(), 1u);
    EXPECT_TRUE(hasProblem(roll, "no_persons", 2));
}

TEST(RollLines, PriceSubsidyOverflowThrows)
{
    RollInput in =
        input("2025-12", {PC(1).grant("2025-01", "1500.00", std::numeric_limits<int>::max())});
    in.indices = indices("9.0", "9.0");
    in.sets[1].priceSubsidy.floor = kMaxMonthlyParameter;
    EXPECT_THROW(generateRoll(in), ArithmeticOverflow);
}

TEST(RollTotals, ByProgrammeAndKind)
{
    RollInput in = input("2025-12",
                         {PC(1).grant("2025-01", "1500.00", 3), PC(2).grant("2025-01", "900.00", 2),
                          PC(3, CaseProgramme::Tekun).grant("2025-01", "1269.00")});
    in.indices = indices("3.6", "0");
    Roll roll = generateRoll(in);
    roll.lines[0].held = true; // case 1's dibao line
    const RollTotals t = rollTotals(roll.lines);
    EXPECT_EQ(t.lines, 6);
    EXPECT_EQ(t.amount, yuan("3669.00") + yuan("90.00") + yuan("60.00") + yuan("30.00"));
    EXPECT_EQ(t.heldLines, 1);
    EXPECT_EQ(t.heldAmount, yuan("1500.00"));
    ASSERT_EQ(t.byProgramme.size(), 3u);
    EXPECT_EQ(t.byProgramme[0].programme, LineProgramme::Dibao);
    EXPECT_EQ(t.byProgramme[0].cases, 2);
    EXPECT_EQ(t.byProgramme[0].persons, 5);
    EXPECT_EQ(t.byProgramme[0].amount, yuan("2400.00"));
    EXPECT_EQ(t.byProgramme[1].programme, LineProgramme::Tekun);
    EXPECT_EQ(t.byProgramme[2].programme, LineProgramme::PriceSubsidy);
    EXPECT_EQ(t.byProgramme[2].cases, 3);
    EXPECT_EQ(t.byProgramme[2].persons, 6);
    EXPECT_EQ(t.byProgramme[2].amount, yuan("180.00"));
    // Several lines of one case in a group count the case and its persons once.
    RollLine extra = roll.lines[0];
    extra.kind = LineKind::BackPay;
    std::vector<RollLine> backPay = {extra, extra};
    const RollTotals b = rollTotals(backPay);
    EXPECT_EQ(b.byProgramme[0].cases, 1);
    EXPECT_EQ(b.byProgramme[0].persons, 3);
    EXPECT_EQ(b.byProgramme[0].amount, yuan("3000.00"));
    EXPECT_EQ(rollTotals({}).lines, 0);
    EXPECT_TRUE(rollTotals({}).byProgramme.empty());
}

TEST(RollTotals, OverflowThrows)
{
    RollLine big;
    big.amount = Money::fromFen(Money::kMaxFen);
    EXPECT_THROW(rollTotals({big, big}), ArithmeticOverflow);
    big.amount = Money::fromFen(Money::kMaxFen / 2);
    EXPECT_EQ(rollTotals({big, big}).amount, Money::fromFen(Money::kMaxFen / 2 * 2));
}

namespace {

EarlierLine earlier(std::int64_t id, std::int64_t caseId, const char *month, const char *amount,
                    LineProgramme programme = LineProgramme::Dibao)
{
    EarlierLine e;
    e.id = id;
    e.caseId = caseId;
    e.householdId = caseId;
    e.communityId = 7;
    e.programme = programme;
    e.month = ym(month);
    e.amount = yuan(amount);
    e.persons = 2;
    return e;
}

} // namespace

TEST(RollHolds, AHoldMarksItsLineAndSurvivesRegeneration)
{
    RollInput in = input(
        "2025-12", {PC(1).grant("2025-01", "1500.00", 3), PC(2).grant("2025-01", "900.00", 2)});
    in.holds.push_back({2, LineProgramme::Dibao, LineKind::Regular, std::nullopt, "外出未归"});
    Roll roll = generateRoll(in);
    ASSERT_EQ(roll.lines.size(), 2u);
    EXPECT_FALSE(roll.lines[0].held);
    EXPECT_TRUE(roll.lines[1].held);
    EXPECT_EQ(roll.lines[1].holdReason, "外出未归");
    EXPECT_TRUE(roll.problems.empty());
    // Regenerated after an increase for case 2: the new line is held again.
    in.cases[1].decisions.push_back({50, DecisionKind::Increase, ym("2025-12"), yuan("950.00"), 2,
                                     day("2025-11-20"), "李四", "病情加重", std::nullopt});
    roll = generateRoll(in);
    EXPECT_TRUE(roll.lines[1].held);
    EXPECT_EQ(roll.lines[1].amount, yuan("950.00"));
}

TEST(RollHolds, AHoldWhoseLineIsGoneIsAProblem)
{
    RollInput in = input("2025-12", {PC(1).grant("2025-01", "1500.00", 3).stop("2025-12")});
    in.holds.push_back({1, LineProgramme::Dibao, LineKind::Regular, std::nullopt, "待核实"});
    // A price-subsidy hold in a month that did not trigger, and a hold of another case.
    in.holds.push_back({1, LineProgramme::PriceSubsidy, LineKind::Regular, std::nullopt, "x"});
    in.holds.push_back({99, LineProgramme::Tekun, LineKind::Regular, std::nullopt, "x"});
    const Roll roll = generateRoll(in);
    EXPECT_TRUE(roll.lines.empty());
    ASSERT_EQ(roll.problems.size(), 3u);
    EXPECT_TRUE(hasProblem(roll, "hold_without_line", 1));
    EXPECT_TRUE(hasProblem(roll, "hold_without_line", 99));
}

TEST(RollHolds, AHoldMatchesProgrammeKindAndMonth)
{
    RollInput in = input("2025-12", {PC(1).grant("2025-01", "1500.00", 3)});
    in.indices = indices("3.6", "0");
    in.releasedHolds.push_back(earlier(5, 1, "2025-10", "1500.00"));
    in.holds.push_back({1, LineProgramme::Dibao, LineKind::Reissue, ym("2025-10"), "再核"});
    const Roll roll = generateRoll(in);
    ASSERT_EQ(roll.lines.size(), 3u);
    EXPECT_EQ(roll.lines[0].kind, LineKind::Regular);
    EXPECT_FALSE(roll.lines[0].held);
    EXPECT_EQ(roll.lines[1].kind, LineKind::Reissue);
    EXPECT_TRUE(roll.lines[1].held);
    EXPECT_EQ(roll.lines[2].programme, LineProgramme::PriceSubsidy);
    EXPECT_FALSE(roll.lines[2].held);
}

TEST(RollHolds, AReleasedHoldOfALockedRollIsReissuedOnce)
{
    RollInput in = input("2025-12", {PC(1).grant("2025-01", "1500.00", 3)});
    in.releasedHolds = {earlier(11, 1, "2025-11", "1500.00"),
                        earlier(11, 1, "2025-11", "1500.00"), // the same hold twice
                        earlier(12, 1, "2025-10", "30.00", LineProgramme::PriceSubsidy)};
    const Roll roll = generateRoll(in);
    const auto reissues = linesOf(roll, LineProgramme::Dibao, LineKind::Reissue);
    ASSERT_EQ(reissues.size(), 1u);
    EXPECT_EQ(reissues[0].amount, yuan("1500.00"));
    EXPECT_EQ(reissues[0].forMonth, ym("2025-11"));
    EXPECT_EQ(reissues[0].reissueOf, 11);
    EXPECT_EQ(reissues[0].reissueSource, ReissueSource::Hold);
    EXPECT_EQ(reissues[0].memo, "重发2025年11月");
    EXPECT_EQ(reissues[0].communityId, 7);
    EXPECT_EQ(reissues[0].persons, 2);
    // A held price subsidy is reissued as a price subsidy.
    const auto ps = linesOf(roll, LineProgramme::PriceSubsidy, LineKind::Reissue);
    ASSERT_EQ(ps.size(), 1u);
    EXPECT_EQ(ps[0].amount, yuan("30.00"));
    EXPECT_EQ(ps[0].memo, "重发2025年10月");
    EXPECT_EQ(roll.lines.size(), 3u);
}

TEST(RollHolds, OnlyALockedRollsHoldIsReissued)
{
    RollInput in = input("2025-12", {});
    in.releasedHolds = {earlier(1, 4, "2025-12", "800.00"), earlier(2, 5, "2026-01", "800.00"),
                        earlier(3, 6, "2025-11", "0.00")};
    const Roll roll = generateRoll(in);
    EXPECT_TRUE(roll.lines.empty()); // this month's own draft, a later month, nothing to pay
    EXPECT_TRUE(hasProblem(roll, "reissue_not_locked", 4));
    EXPECT_TRUE(hasProblem(roll, "reissue_not_locked", 5));
    EXPECT_FALSE(hasProblem(roll, "reissue_not_locked", 6));
}

TEST(RollReissue, AFailedPaymentIsReissuedOnceItsAccountIsCorrected)
{
    RollInput in = input("2025-12", {});
    FailedLine corrected {earlier(21, 1, "2025-11", "1500.00"), "账户已销户", true};
    FailedLine waiting {earlier(22, 2, "2025-11", "900.00"), "户名不符", false};
    in.failedLines = {corrected, waiting, corrected};
    // A released hold with the same id is another line: both are reissued.
    in.releasedHolds = {earlier(21, 3, "2025-10", "100.00")};
    const Roll roll = generateRoll(in);
    ASSERT_EQ(roll.lines.size(), 2u);
    EXPECT_EQ(roll.lines[0].caseId, 1);
    EXPECT_EQ(roll.lines[0].kind, LineKind::Reissue);
    EXPECT_EQ(roll.lines[0].reissueSource, ReissueSource::FailedPayment);
    EXPECT_EQ(roll.lines[0].reissueOf, 21);
    EXPECT_EQ(roll.lines[0].memo, "重发2025年11月");
    EXPECT_EQ(roll.lines[1].caseId, 3);
    EXPECT_EQ(roll.lines[1].reissueSource, ReissueSource::Hold);
    // Reissues count in the totals under their own kind.
    const RollTotals t = rollTotals(roll.lines);
    ASSERT_EQ(t.byProgramme.size(), 1u);
    EXPECT_EQ(t.byProgramme[0].kind, LineKind::Reissue);
    EXPECT_EQ(t.byProgramme[0].cases, 2);
    EXPECT_EQ(t.amount, yuan("1600.00"));
}

namespace {

RollInput withLocked(RollInput in, std::initializer_list<const char *> months)
{
    for (const char *m : months)
        in.lockedMonths.push_back(ym(m));
    return in;
}

} // namespace

TEST(RollBackPay, ALateApprovalIsPaidForEachLockedMonthFromItsEffectiveMonth)
{
    // Approved after October and November were locked, effective October.
    RollInput in = withLocked(
        input("2025-12",
              {PC(1).decide(DecisionKind::Grant, "2025-10", "1500.00", 3, "2025-09-28")}),
        {"2025-08", "2025-09", "2025-10", "2025-11"});
    const Roll roll = generateRoll(in);
    ASSERT_EQ(roll.lines.size(), 3u);
    EXPECT_EQ(roll.lines[0].kind, LineKind::Regular);
    EXPECT_EQ(roll.lines[1].kind, LineKind::BackPay);
    EXPECT_EQ(roll.lines[1].forMonth, ym("2025-10"));
    EXPECT_EQ(roll.lines[1].memo, "补发2025年10月");
    EXPECT_EQ(roll.lines[1].amount, yuan("1500.00"));
    EXPECT_EQ(roll.lines[1].persons, 3);
    EXPECT_EQ(roll.lines[2].memo, "补发2025年11月");
    EXPECT_TRUE(roll.recoveries.empty());
}

TEST(RollBackPay, AStandardChangeInLockedMonthsPaysTheDifference)
{
    // 提标 from July, approved in October: July … September paid at the old amount.
    RollInput in = withLocked(
        input("2025-10",
              {PC(1)
                   .grant("2025-01", "1200.00", 3)
                   .decide(DecisionKind::StandardChange, "2025-07", "1290.00", 3, "2025-09-25")}),
        {"2025-06", "2025-07", "2025-08", "2025-09"});
    for (const char *m : {"2025-06", "2025-07", "2025-08", "2025-09"})
        in.settled.push_back({1, ym(m), yuan("1200.00")});
    const Roll roll = generateRoll(in);
    const auto backPay = linesOf(roll, LineProgramme::Dibao, LineKind::BackPay);
    ASSERT_EQ(backPay.size(), 3u);
    for (size_t i = 0; i < 3; ++i) {
        EXPECT_EQ(backPay[i].amount, yuan("90.00"));
        EXPECT_EQ(backPay[i].forMonth, ym("2025-07").addMonths(static_cast<int>(i)));
    }
    EXPECT_EQ(linesOf(roll, LineProgramme::Dibao, LineKind::Regular)[0].amount, yuan("1290.00"));
    EXPECT_TRUE(roll.recoveries.empty());
}

TEST(RollBackPay, AMonthMadeGoodIsNotPaidAgain)
{
    // July was settled by its regular line and a back_pay line (two records, summed).
    RollInput in = withLocked(input("2025-09",
                                    {PC(1)
                                         .grant("2025-01", "1200.00", 3)
                                         .decide(DecisionKind::Increase, "2025-07", "1290.00", 3)}),
                              {"2025-07", "2025-08"});
    in.settled = {{1, ym("2025-07"), yuan("1200.00")},
                  {1, ym("2025-07"), yuan("90.00")},
                  {1, ym("2025-08"), yuan("1290.00")}};
    const Roll roll = generateRoll(in);
    EXPECT_EQ(roll.lines.size(), 1u);
    EXPECT_TRUE(roll.recoveries.empty());
}

TEST(RollBackPay, AStopRecordedLateBecomesARecoveryNeverANegativeLine)
{
    RollInput in = withLocked(
        input("2025-12",
              {PC(1, CaseProgramme::Tekun, 4)
                   .grant("2025-01", "1269.00")
                   .decide(DecisionKind::Stop, "2025-10", "0.00", 0, "2025-11-25", "死亡")}),
        {"2025-09", "2025-10", "2025-11"});
    for (const char *m : {"2025-09", "2025-10", "2025-11"})
        in.settled.push_back({1, ym(m), yuan("1269.00")});
    const Roll roll = generateRoll(in);
    EXPECT_TRUE(roll.lines.empty());
    ASSERT_EQ(roll.recoveries.size(), 2u);
    EXPECT_EQ(roll.recoveries[0].month, ym("2025-10"));
    EXPECT_EQ(roll.recoveries[0].amount, yuan("1269.00"));
    EXPECT_EQ(roll.recoveries[0].reason, "死亡");
    EXPECT_EQ(roll.recoveries[0].programme, LineProgramme::Tekun);
    EXPECT_EQ(roll.recoveries[0].communityId, 4);
    EXPECT_EQ(roll.recoveries[0].personId, 1001);
    EXPECT_EQ(roll.recoveries[1].month, ym("2025-11"));
    // Once recorded, a recovery counts against the month: nothing more to collect.
    in.settled.push_back({1, ym("2025-10"), -yuan("1269.00")});
    in.settled.push_back({1, ym("2025-11"), -yuan("1269.00")});
    EXPECT_TRUE(generateRoll(in).recoveries.empty());
}

TEST(RollBackPay, ALateDecreaseRecoversThePartOverpaid)
{
    RollInput in = withLocked(input("2025-12",
                                    {PC(1)
                                         .grant("2025-01", "1200.00", 3)
                                         .decide(DecisionKind::Decrease, "2025-11", "1000.00", 2)}),
                              {"2025-11"});
    in.settled = {{1, ym("2025-11"), yuan("1200.00")}};
    const Roll roll = generateRoll(in);
    ASSERT_EQ(roll.recoveries.size(), 1u);
    EXPECT_EQ(roll.recoveries[0].amount, yuan("200.00"));
    for (const RollLine &l : roll.lines)
        EXPECT_GT(l.amount, Money());
}

TEST(RollBackPay, OnlyLockedMonthsBeforeTheRollCount)
{
    // Decisions effective before the first roll are not back-paid (no month was locked);
    // a "locked" month at or after M is ignored; marginal cases never get back pay.
    RollInput in = withLocked(input("2025-12",
                                    {PC(1).grant("2025-03", "1200.00", 3),
                                     PC(2, CaseProgramme::Marginal).grant("2025-03", "50.00")}),
                              {"2025-12", "2026-01"});
    const Roll roll = generateRoll(in);
    EXPECT_EQ(roll.lines.size(), 1u);
    EXPECT_TRUE(roll.recoveries.empty());
    in.lockedMonths = {ym("2025-11"), ym("2025-11")}; // twice: one back pay
    EXPECT_EQ(linesOf(generateRoll(in), LineProgramme::Dibao, LineKind::BackPay).size(), 1u);
}

TEST(RollBackPay, OverflowThrows)
{
    RollInput in =
        withLocked(input("2025-12", {PC(1).grant("2025-01", "1200.00", 3)}), {"2025-11"});
    in.settled = {{1, ym("2025-11"), Money::fromFen(-Money::kMaxFen)}};
    EXPECT_THROW(generateRoll(in), ArithmeticOverflow);
    in.settled = {{1, ym("2025-11"), Money::fromFen(Money::kMaxFen)},
                  {1, ym("2025-11"), Money::fromFen(1)}};
    EXPECT_THROW(generateRoll(in), ArithmeticOverflow);
}

TEST(RollPieces, GenerateRollIsThePiecesTogether)
{
    RollInput in =
        withLocked(input("2025-12",
                         {PC(1).grant("2025-01", "1500.00", 3),
                          PC(2).decide(DecisionKind::Grant, "2025-11", "900.00", 2, "2025-10-30"),
                          PC(3, CaseProgramme::Tekun).grant("2025-01", "1269.00").stop("2025-11")}),
                   {"2025-11"});
    in.indices = indices("3.6", "0");
    in.settled = {{1, ym("2025-11"), yuan("1500.00")}, {3, ym("2025-11"), yuan("1269.00")}};
    in.releasedHolds = {earlier(8, 1, "2025-10", "1500.00")};
    in.holds = {{2, LineProgramme::Dibao, LineKind::BackPay, ym("2025-11"), "核对中"}};
    const Roll all = generateRoll(in);

    Roll parts = regularLines(in);
    EXPECT_TRUE(parts.recoveries.empty());
    for (const RollLine &l : parts.lines)
        EXPECT_EQ(l.kind, LineKind::Regular);
    const Roll back = backPayLines(in);
    ASSERT_EQ(back.lines.size(), 1u);
    EXPECT_EQ(back.lines[0].caseId, 2);
    ASSERT_EQ(back.recoveries.size(), 1u);
    EXPECT_EQ(back.recoveries[0].caseId, 3);
    const Roll again = reissueLines(in);
    ASSERT_EQ(again.lines.size(), 1u);
    EXPECT_EQ(again.lines[0].kind, LineKind::Reissue);

    parts.lines.insert(parts.lines.end(), back.lines.begin(), back.lines.end());
    parts.lines.insert(parts.lines.end(), again.lines.begin(), again.lines.end());
    ASSERT_EQ(parts.lines.size(), all.lines.size());
    EXPECT_EQ(all.lines.size(), 6u); // 2 regular + 2 price subsidy + back pay + reissue
    EXPECT_EQ(all.recoveries.size(), 1u);
    applyHolds(parts, in.holds);
    int held = 0;
    for (const RollLine &l : all.lines)
        held += l.held ? 1 : 0;
    EXPECT_EQ(held, 1);
    EXPECT_EQ(rollTotals(parts.lines).amount, rollTotals(all.lines).amount);
    EXPECT_EQ(rollTotals(parts.lines).heldAmount, yuan("900.00"));
}
