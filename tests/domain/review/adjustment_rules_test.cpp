// DA-1 … DA-6: decisions after re-verification, effective months, standard
// changes and overpayment.

#include "domain/domain_test_support.h"
#include "domain/review/adjustment_rules.h"
#include "domain/rules/household_assessor.h"

#include <gtest/gtest.h>

using namespace relief;
using namespace relief::test;

namespace {

Reassessment found(bool eligible, const char *amount, bool onlyIncome = false,
                   const char *earnings = "0.00")
{
    return {eligible, yuan(amount), onlyIncome, yuan(earnings)};
}

} // namespace

TEST(Adjustment, EffectiveMonthIsTheNextMonth)
{
    EXPECT_EQ(decisionEffectiveMonth(day("2025-03-31")).toString(), "2025-04");
    EXPECT_EQ(decisionEffectiveMonth(day("2025-03-01")).toString(), "2025-04");
    EXPECT_EQ(decisionEffectiveMonth(day("2025-12-15")).toString(), "2026-01");
}

TEST(Adjustment, AmountUsesTheSetInForceOnTheEffectiveMonth)
{
    const std::vector<PolicyParameters> sets = {policy("policy-2025-01.json"),
                                                policy("policy-2025-07.json")};
    EXPECT_EQ(parametersForDecision(sets, day("2025-06-20"))->effectiveFrom.toString(),
              "2025-07-01");
    EXPECT_EQ(parametersForDecision(sets, day("2025-05-31"))->effectiveFrom.toString(),
              "2025-01-01");
    EXPECT_EQ(parametersForDecision(sets, day("2024-11-30")), nullptr);
    // A case approved on 2025-06-20 gets the July amount (ages as of the decision).
    auto req = request({M("a", "1981-02-22").income(IncomeKind::Wage, "700.00")}, Area::Urban,
                       "2025-06-20");
    const Assessment a = assessHousehold(req, *parametersForDecision(sets, req.asOf));
    EXPECT_EQ(a.standard.toString(), "830.00");
    EXPECT_EQ(a.dibao.monthly.toString(), "330.00");
}

TEST(Adjustment, MaintainIncreaseDecrease)
{
    const CaseState current {yuan("500.00"), yuan("1000.00")};
    auto same = decideAdjustment(current, found(true, "500.00"), day("2025-09-15"), 6);
    EXPECT_EQ(same.kind, DecisionKind::Maintain);
    EXPECT_EQ(same.effectiveMonth.toString(), "2025-10");
    EXPECT_EQ(same.amount.toString(), "500.00");
    auto up = decideAdjustment(current, found(true, "600.00"), day("2025-09-15"), 6);
    EXPECT_EQ(up.kind, DecisionKind::Increase);
    EXPECT_EQ(up.amount.toString(), "600.00");
    auto down = decideAdjustment(current, found(true, "499.00"), day("2025-09-15"), 6);
    EXPECT_EQ(down.kind, DecisionKind::Decrease);
    EXPECT_FALSE(down.reasons.empty());
    EXPECT_EQ(decisionKindKey(DecisionKind::GradualExit), "gradual_exit");
}

TEST(Adjustment, StopOrGradualExit)
{
    const CaseState current {yuan("500.00"), yuan("1000.00")};
    // Fails only on income and earnings rose: keeps 500.00 for 6 months.
    auto exit =
        decideAdjustment(current, found(false, "0.00", true, "2500.00"), day("2025-09-15"), 6);
    EXPECT_EQ(exit.kind, DecisionKind::GradualExit);
    EXPECT_EQ(exit.amount.toString(), "500.00");
    EXPECT_EQ(exit.effectiveMonth.toString(), "2025-10");
    EXPECT_EQ(exit.lastPaidMonth->toString(), "2026-03");
    // Earnings did not rise (other income did): stop.
    auto stop =
        decideAdjustment(current, found(false, "0.00", true, "1000.00"), day("2025-09-15"), 6);
    EXPECT_EQ(stop.kind, DecisionKind::Stop);
    EXPECT_EQ(stop.amount, Money());
    EXPECT_FALSE(stop.lastPaidMonth);
    // Failing on assets: stop, whatever the earnings.
    EXPECT_EQ(
        decideAdjustment(current, found(false, "0.00", false, "9000.00"), day("2025-09-15"), 6)
            .kind,
        DecisionKind::Stop);
    // No gradual-exit period configured: stop.
    EXPECT_EQ(
        decideAdjustment(current, found(false, "0.00", true, "2500.00"), day("2025-09-15"), 0).kind,
        DecisionKind::Stop);
}

TEST(Adjustment, FromAReassessment)
{
    const PolicyParameters p = policy();
    auto before = request({M("a", "1985-01-01").income(IncomeKind::Wage, "900.00"),
                           M("b", "1986-01-01", Relation::Spouse)});
    const Assessment a = assessHousehold(before, p);
    ASSERT_EQ(a.classification, Classification::Dibao);
    const CaseState current {a.dibao.monthly, a.wageAndBusinessIncome};
    auto after = before;
    after.household.members[0].incomes[0].monthly = yuan("2500.00");
    after.asOf = day("2026-03-10");
    const Assessment b = assessHousehold(after, p);
    const auto d = decideAdjustment(current, dibaoReassessment(b), after.asOf, p.gradualExitMonths);
    EXPECT_EQ(d.kind, DecisionKind::GradualExit);
    EXPECT_EQ(d.amount, a.dibao.monthly);
    EXPECT_EQ(d.effectiveMonth.toString(), "2026-04");
    EXPECT_EQ(d.lastPaidMonth->toString(), "2026-09");
}

TEST(Adjustment, StandardChangeOnlyRaises)
{
    auto up = standardChange(yuan("300.00"), yuan("330.00"), day("2025-07-01"));
    EXPECT_TRUE(up.raise);
    EXPECT_EQ(up.amount.toString(), "330.00");
    EXPECT_EQ(up.effectiveMonth.toString(), "2025-07");
    EXPECT_FALSE(up.flagForReview);
    auto less = standardChange(yuan("300.00"), yuan("280.00"), day("2025-07-01"));
    EXPECT_FALSE(less.raise);
    EXPECT_EQ(less.amount.toString(), "300.00");
    EXPECT_TRUE(less.flagForReview);
    auto none = standardChange(yuan("300.00"), std::nullopt, day("2025-07-01"));
    EXPECT_EQ(none.amount.toString(), "300.00");
    EXPECT_TRUE(none.flagForReview);
    auto same = standardChange(yuan("300.00"), yuan("300.00"), day("2025-07-01"));
    EXPECT_FALSE(same.raise);
    EXPECT_FALSE(same.flagForReview);
}

TEST(Adjustment, OverpaymentAfterAStop)
{
    const YearMonth stop = *YearMonth::parse("2025-10");
    const std::vector<PaidMonth> paid = {{*YearMonth::parse("2025-11"), yuan("500.00")},
                                         {*YearMonth::parse("2025-09"), yuan("500.00")},
                                         {*YearMonth::parse("2025-10"), yuan("500.00")},
                                         {*YearMonth::parse("2025-12"), Money()}};
    const auto r = overpaymentRecoveries(stop, paid);
    ASSERT_EQ(r.size(), 2u);
    EXPECT_EQ(r[0].month.toString(), "2025-10");
    EXPECT_EQ(r[1].month.toString(), "2025-11");
    EXPECT_EQ(r[1].amount.toString(), "500.00");
}
