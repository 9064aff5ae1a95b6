// PR-1 (the payroll's vocabulary) and PR-2 (the amount due for a month).

#include "domain/payroll/amount_due.h"
#include "payroll_test_support.h"

#include <gtest/gtest.h>

using namespace relief;
using namespace relief::payroll;
using namespace relief::test;

TEST(PayrollTypes, KeysFollowDataFormatsSection6)
{
    EXPECT_EQ(lineProgrammeKey(LineProgramme::Dibao), "dibao");
    EXPECT_EQ(lineProgrammeKey(LineProgramme::DisabilityCare), "disability_care");
    EXPECT_EQ(lineProgrammeKey(LineProgramme::PriceSubsidy), "price_subsidy");
    EXPECT_EQ(lineKindKey(LineKind::BackPay), "back_pay");
    EXPECT_EQ(parseLineKind("reissue"), LineKind::Reissue);
    EXPECT_EQ(parseLineProgramme("single_person"), LineProgramme::SinglePerson);
    EXPECT_FALSE(parseLineProgramme("marginal"));
    EXPECT_FALSE(parseLineKind("Regular"));
    for (size_t i = 0; i < kLineProgrammeKeys.size(); ++i)
        EXPECT_EQ(parseLineProgramme(kLineProgrammeKeys[i]), static_cast<LineProgramme>(i));
}

TEST(PayrollTypes, CaseProgrammesMapToLineProgrammes)
{
    // The case programme keys are the line programme keys, but marginal is never paid.
    for (size_t i = 0; i + 1 < kProgrammeKeys.size(); ++i) {
        const auto p = static_cast<CaseProgramme>(i);
        ASSERT_TRUE(lineProgrammeOf(p));
        EXPECT_EQ(lineProgrammeKey(*lineProgrammeOf(p)), caseProgrammeKey(p));
    }
    EXPECT_FALSE(lineProgrammeOf(CaseProgramme::Marginal));
    EXPECT_TRUE(getsPriceSubsidy(CaseProgramme::Dibao));
    EXPECT_TRUE(getsPriceSubsidy(CaseProgramme::SinglePerson));
    EXPECT_TRUE(getsPriceSubsidy(CaseProgramme::Tekun));
    EXPECT_TRUE(getsPriceSubsidy(CaseProgramme::ChildAllowance));
    EXPECT_FALSE(getsPriceSubsidy(CaseProgramme::DisabilityLiving));
    EXPECT_FALSE(getsPriceSubsidy(CaseProgramme::DisabilityCare));
    EXPECT_FALSE(getsPriceSubsidy(CaseProgramme::Marginal));
}

TEST(PayrollTypes, Memos)
{
    EXPECT_EQ(backPayMemo(ym("2025-03")), "补发2025年03月");
    EXPECT_EQ(backPayMemo(ym("2025-12")), "补发2025年12月");
    EXPECT_EQ(reissueMemo(ym("2026-01")), "重发2026年01月");
}

TEST(AmountDue, NothingBeforeTheFirstEffectiveMonth)
{
    const Case c = PC(1).grant("2025-04", "1200.00", 3);
    EXPECT_TRUE(amountDue(c, ym("2025-03"), 6).amount.isZero());
    EXPECT_EQ(amountDue(c, ym("2025-03"), 6).decision, nullptr);
    EXPECT_EQ(amountDue(c, ym("2025-04"), 6).amount, yuan("1200.00"));
    EXPECT_EQ(amountDue(c, ym("2025-04"), 6).persons, 3);
    EXPECT_EQ(amountDue(c, ym("2030-01"), 6).amount, yuan("1200.00"));
    EXPECT_TRUE(amountDue(PC(2), ym("2025-04"), 6).amount.isZero()); // no decisions at all
}

TEST(AmountDue, TheLatestEffectiveMonthAtOrBeforeMGoverns)
{
    // Recorded out of order: the order of E counts, not the order of entry.
    const Case c = PC(1)
                       .decide(DecisionKind::Increase, "2025-07", "1500.00", 3)
                       .grant("2025-01", "1200.00", 3)
                       .decide(DecisionKind::Decrease, "2025-10", "900.00", 2)
                       .decide(DecisionKind::Maintain, "2026-01", "900.00", 2);
    EXPECT_EQ(amountDue(c, ym("2025-06"), 6).amount, yuan("1200.00"));
    EXPECT_EQ(amountDue(c, ym("2025-07"), 6).amount, yuan("1500.00"));
    EXPECT_EQ(amountDue(c, ym("2025-09"), 6).amount, yuan("1500.00"));
    EXPECT_EQ(amountDue(c, ym("2025-10"), 6).amount, yuan("900.00"));
    EXPECT_EQ(amountDue(c, ym("2025-10"), 6).persons, 2);
    EXPECT_EQ(amountDue(c, ym("2025-10"), 6).decision->kind, DecisionKind::Decrease);
    EXPECT_EQ(amountDue(c, ym("2026-02"), 6).decision->kind, DecisionKind::Maintain);
}

TEST(AmountDue, EqualEffectiveMonthsTheLaterDecisionDateGoverns)
{
    // The correction decided later wins although it was recorded first (lower id).
    const Case c = PC(1)
                       .decide(DecisionKind::Decrease, "2025-05", "800.00", 2, "2025-04-28")
                       .decide(DecisionKind::Increase, "2025-05", "1400.00", 3, "2025-04-10");
    EXPECT_EQ(amountDue(c, ym("2025-05"), 6).amount, yuan("800.00"));
    // Equal date too: the later record (higher id) governs, as the storage trigger orders.
    const Case same = PC(2)
                          .decide(DecisionKind::Grant, "2025-05", "1000.00", 2, "2025-04-10")
                          .decide(DecisionKind::Increase, "2025-05", "1100.00", 2, "2025-04-10");
    EXPECT_EQ(amountDue(same, ym("2025-05"), 6).amount, yuan("1100.00"));
}

TEST(AmountDue, EveryDecisionKindPaysItsAmountButStop)
{
    for (DecisionKind k : {DecisionKind::Grant, DecisionKind::Increase, DecisionKind::Decrease,
                           DecisionKind::Maintain, DecisionKind::StandardChange}) {
        const Case c = PC(1).grant("2025-01", "100.00").decide(k, "2025-03", "321.00");
        EXPECT_EQ(amountDue(c, ym("2025-03"), 6).amount, yuan("321.00")) << decisionKindKey(k);
    }
    const Case stopped = PC(1).grant("2025-01", "100.00", 2).stop("2025-03");
    EXPECT_EQ(amountDue(stopped, ym("2025-02"), 6).amount, yuan("100.00"));
    const AmountDue due = amountDue(stopped, ym("2025-03"), 6);
    EXPECT_TRUE(due.amount.isZero());
    EXPECT_EQ(due.persons, 0);
    EXPECT_EQ(due.decision->kind, DecisionKind::Stop);
    // A grant after a stop resumes the case.
    const Case resumed = PC(1).grant("2025-01", "100.00").stop("2025-03").grant("2025-06", "90.00");
    EXPECT_TRUE(amountDue(resumed, ym("2025-05"), 6).amount.isZero());
    EXPECT_EQ(amountDue(resumed, ym("2025-06"), 6).amount, yuan("90.00"));
}

TEST(AmountDue, GradualExitPaysForItsMonthsThenNothing)
{
    const Case c = PC(1)
                       .grant("2025-01", "1000.00", 3)
                       .decide(DecisionKind::GradualExit, "2025-04", "1000.00", 3);
    for (const char *m : {"2025-04", "2025-05", "2025-06", "2025-07", "2025-08", "2025-09"})
        EXPECT_EQ(amountDue(c, ym(m), 6).amount, yuan("1000.00")) << m;
    const AmountDue after = amountDue(c, ym("2025-10"), 6);
    EXPECT_TRUE(after.amount.isZero());
    EXPECT_TRUE(after.gradualExitEnded);
    EXPECT_EQ(after.persons, 0);
    EXPECT_TRUE(amountDue(c, ym("2027-01"), 6).amount.isZero());
    // A shorter period, and none at all.
    EXPECT_TRUE(amountDue(c, ym("2025-05"), 1).amount.isZero());
    EXPECT_EQ(amountDue(c, ym("2025-04"), 1).amount, yuan("1000.00"));
    EXPECT_TRUE(amountDue(c, ym("2025-04"), 0).amount.isZero());
    EXPECT_TRUE(amountDue(c, ym("2025-04"), -3).amount.isZero());
    // A decision after the exit governs from its own E.
    Case back = c;
    back.decisions.push_back({99, DecisionKind::Grant, ym("2026-03"), yuan("700.00"), 2,
                              day("2026-02-10"), "李四", "re-applied", std::nullopt});
    EXPECT_TRUE(amountDue(back, ym("2026-02"), 6).amount.isZero());
    EXPECT_EQ(amountDue(back, ym("2026-03"), 6).amount, yuan("700.00"));
}

TEST(AmountDue, GradualExitLengthComesFromTheSetInForceOnItsEffectiveMonth)
{
    PolicyParameters early = policy("policy-2025-01.json");
    PolicyParameters later = policy("policy-2025-07.json");
    early.gradualExitMonths = 2;
    later.gradualExitMonths = 4;
    const std::vector<PolicyParameters> sets = {later, early};
    EXPECT_EQ(gradualExitMonthsFor(sets, ym("2025-03")), 2);
    EXPECT_EQ(gradualExitMonthsFor(sets, ym("2025-07")), 4);
    EXPECT_EQ(gradualExitMonthsFor(sets, ym("2024-06")), 2); // before any set: the earliest
    EXPECT_FALSE(gradualExitMonthsFor({}, ym("2025-03")));

    const Case c =
        PC(1).grant("2025-01", "500.00").decide(DecisionKind::GradualExit, "2025-06", "500.00");
    // E = 2025-06 falls under the January set (2 months), whatever the set of M.
    EXPECT_EQ(amountDue(c, ym("2025-07"), sets).amount, yuan("500.00"));
    EXPECT_TRUE(amountDue(c, ym("2025-08"), sets).amount.isZero());
    EXPECT_TRUE(amountDue(c, ym("2025-08"), std::vector<PolicyParameters> {}).amount.isZero());
    EXPECT_EQ(amountDue(c, ym("2025-05"), std::vector<PolicyParameters> {}).amount, yuan("500.00"));
}

TEST(AmountDue, MarginalCasesAreNeverPaid)
{
    const Case c = PC(1, CaseProgramme::Marginal).grant("2025-01", "150.00", 2);
    EXPECT_TRUE(amountDue(c, ym("2025-02"), 6).amount.isZero());
    EXPECT_NE(amountDue(c, ym("2025-02"), 6).decision, nullptr);
}

TEST(AmountDue, AGradualExitWithItsLastMonthRecordedPaysThroughIt)
{
    Case c = PC(1)
                 .grant("2025-01", "1000.00", 3)
                 .decide(DecisionKind::GradualExit, "2025-04", "1000.00", 3);
    c.decisions.back().lastPaidMonth = ym("2025-05");
    EXPECT_EQ(amountDue(c, ym("2025-05"), 6).amount, yuan("1000.00"));
    EXPECT_TRUE(amountDue(c, ym("2025-06"), 6).amount.isZero());
    EXPECT_TRUE(amountDue(c, ym("2025-06"), 6).gradualExitEnded);
    const std::vector<PolicyParameters> sets = {policy("policy-2025-01.json")};
    EXPECT_TRUE(amountDue(c, ym("2025-06"), sets).amount.isZero());
    c.decisions.back().lastPaidMonth = ym("2026-01"); // longer than the parameter
    EXPECT_EQ(amountDue(c, ym("2026-01"), sets).amount, yuan("1000.00"));
    EXPECT_TRUE(amountDue(c, ym("2026-02"), sets).amount.isZero());
}
