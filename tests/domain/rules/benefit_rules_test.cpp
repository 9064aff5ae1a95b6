// CA, DS-1/DS-2, PS-1 … PS-4, TA-1 … TA-3, RV-1 and the total.

#include "domain/domain_test_support.h"
#include "domain/review/review_rules.h"
#include "domain/rules/benefit_rules.h"
#include "domain/rules/household_assessor.h"
#include "domain/rules/temporary_rules.h"

#include <gtest/gtest.h>

using namespace relief;
using namespace relief::test;

namespace {

const PolicyParameters kPolicy = policy("policy-2025-07.json");

Assessment run(const AssessRequest &r, const PolicyParameters &p = kPolicy)
{
    return assessHousehold(r, p);
}

PriceIndices indices(const char *cpi, const char *food)
{
    PriceIndices p;
    p.cpiYoy = *Decimal::parse(cpi, true);
    p.foodYoy = *Decimal::parse(food, true);
    p.cpiText = cpi;
    p.foodText = food;
    return p;
}

// A dibao family of three: 700.00 counted, S × 3 = 2490.
AssessRequest family()
{
    return request({M("a", "1987-01-01").income(IncomeKind::Wage, "900.00"),
                    M("b", "1989-01-01", Relation::Spouse).disabled(DisabilityKind::Physical, 3),
                    M("c", "2019-01-01", Relation::Child)});
}

TemporaryRequest emergency(int months)
{
    TemporaryRequest t;
    t.type = TemporaryType::Emergency;
    t.months = months;
    return t;
}

TemporaryRequest expenditure(const char *expense, const char *reimbursed = "0.00",
                             bool special = false)
{
    TemporaryRequest t;
    t.type = TemporaryType::Expenditure;
    t.expense = yuan(expense);
    t.reimbursed = yuan(reimbursed);
    t.special = special;
    return t;
}

} // namespace

TEST(ChildAllowance, InstitutionalHomeAndAge18)
{
    auto a = run(request(
        {M("a", "2012-01-01").child(ChildStatus::OrphanInstitutional),
         M("b", "2013-01-01", Relation::Sibling).child(ChildStatus::Unsupported),
         M("c", "2007-09-15", Relation::Sibling).child(ChildStatus::OrphanHome),
         M("d", "2007-09-16", Relation::Sibling).child(ChildStatus::OrphanHome).notCounted()}));
    ASSERT_EQ(a.childAllowance.size(), 2u);
    EXPECT_EQ(a.childAllowance[0].monthly.toString(), "2000.00");
    EXPECT_EQ(a.childAllowance[1].member, 1);
    EXPECT_EQ(a.childAllowance[1].monthly.toString(), "1600.00");
    // Member 2 turned 18 today: no allowance, and in D (no TK-1).
    EXPECT_EQ(a.dibaoMembers, 1);
}

TEST(DisabilitySubsidies, LivingOnlyInDibaoOrSingle)
{
    auto a = run(family());
    ASSERT_EQ(a.disabilityLiving.size(), 1u);
    EXPECT_EQ(a.disabilityLiving[0].member, 1);
    EXPECT_TRUE(a.disabilityCare.empty()); // grade 3
    // The same family above the line: marginal, no living subsidy.
    auto rich = family();
    rich.household.members[0].incomes[0].monthly = yuan("2700.00");
    auto b = run(rich);
    EXPECT_EQ(b.classification, Classification::Marginal);
    EXPECT_TRUE(b.disabilityLiving.empty());
}

TEST(DisabilitySubsidies, CareByGradeWhateverTheIncome)
{
    auto req = request({M("a", "1980-01-01").income(IncomeKind::Wage, "9000.00"),
                        M("b", "1982-01-01", Relation::Spouse).disabled(DisabilityKind::Hearing, 1),
                        M("c", "2012-01-01", Relation::Child)
                            .disabled(DisabilityKind::Physical, 2)
                            .child(ChildStatus::Unsupported)});
    req.household.assets.homes = 3;
    auto a = run(req);
    EXPECT_EQ(a.classification, Classification::None);
    ASSERT_EQ(a.disabilityCare.size(), 2u);
    EXPECT_EQ(a.disabilityCare[0].monthly.toString(), "150.00");
    EXPECT_EQ(a.disabilityCare[1].monthly.toString(), "100.00"); // C may receive it
    EXPECT_TRUE(a.disabilityLiving.empty());
    EXPECT_EQ(disabilityCareAmount(Disability {DisabilityKind::Mental, 3}, kPolicy), std::nullopt);
}

TEST(PriceSubsidy, ThresholdsHitExactly)
{
    const Money s = yuan("830.00");
    EXPECT_FALSE(priceSubsidy(indices("3.49", "5.99"), kPolicy, s, 3).triggered);
    auto cpi = priceSubsidy(indices("3.5", "5.99"), kPolicy, s, 3);
    EXPECT_TRUE(cpi.triggered);
    EXPECT_EQ(cpi.rate, "3.5");
    EXPECT_EQ(cpi.perPerson.toString(), "29.00"); // 29.05 → 29
    EXPECT_EQ(cpi.monthly.toString(), "87.00");
    auto food = priceSubsidy(indices("3.4", "6.0"), kPolicy, s, 2);
    EXPECT_TRUE(food.triggered);
    EXPECT_EQ(food.rate, "6.0");
    EXPECT_EQ(food.perPerson.toString(), "50.00"); // 49.80 → 50
    // Only triggering indices compete: food 5.9 is larger but did not trigger.
    auto onlyCpi = priceSubsidy(indices("3.6", "5.9"), kPolicy, s, 1);
    EXPECT_EQ(onlyCpi.rate, "3.6");
    // Both trigger: the larger; equal values keep cpi_yoy's text.
    EXPECT_EQ(priceSubsidy(indices("3.6", "6.5"), kPolicy, s, 1).rate, "6.5");
    EXPECT_EQ(priceSubsidy(indices("7.0", "6.5"), kPolicy, s, 1).rate, "7.0");
    EXPECT_EQ(priceSubsidy(indices("6.50", "6.5"), kPolicy, s, 1).rate, "6.50");
}

TEST(PriceSubsidy, FloorAndHalfUp)
{
    PolicyParameters p = kPolicy;
    p.priceSubsidy.cpiThreshold = *Decimal::parse("1.0");
    // 830 × 1.0% = 8.30 → 8 < floor 10.00
    EXPECT_EQ(priceSubsidy(indices("1.0", "0"), p, yuan("830.00"), 1).perPerson.toString(),
              "10.00");
    // 1000 × 1.25% = 12.50 → 13 (half up at exactly .5 yuan)
    EXPECT_EQ(priceSubsidy(indices("1.25", "0"), p, yuan("1000.00"), 1).perPerson.toString(),
              "13.00");
    EXPECT_EQ(priceSubsidy(indices("-0.5", "-1.0"), p, yuan("1000.00"), 1).triggered, false);
}

TEST(PriceSubsidy, PersonsAreDibaoSingleTekunAndChildren)
{
    auto req = family();
    req.cpi = indices("3.6", "6.5");
    auto a = run(req);
    EXPECT_EQ(a.priceSubsidy->persons, 3);
    EXPECT_EQ(a.priceSubsidy->monthly.toString(), "162.00");
    // Not triggered: present, all zero.
    req.cpi = indices("1.0", "1.0");
    auto b = run(req);
    ASSERT_TRUE(b.priceSubsidy);
    EXPECT_FALSE(b.priceSubsidy->triggered);
    EXPECT_EQ(b.priceSubsidy->persons, 0);
    // A marginal household gets none; a 特困 elder and an orphan count one each.
    auto mixed =
        request({M("a", "1940-01-01"),
                 M("b", "2014-01-01", Relation::Grandchild).child(ChildStatus::OrphanHome)});
    mixed.cpi = indices("3.6", "1.0");
    auto c = run(mixed);
    EXPECT_EQ(c.priceSubsidy->persons, 2);
    EXPECT_EQ(c.priceSubsidy->perPerson.toString(), "30.00"); // 29.88 → 30
}

TEST(TemporaryAssistance, EmergencyLevels)
{
    const Money s = yuan("830.00");
    auto zero = assessTemporary(emergency(0), kPolicy, s, 2, true, Money());
    EXPECT_FALSE(zero.eligible);
    EXPECT_EQ(zero.level, std::nullopt);
    EXPECT_EQ(zero.amount, Money());
    auto two = assessTemporary(emergency(2), kPolicy, s, 2, false, yuan("99999.00"));
    EXPECT_TRUE(two.eligible); // no means test
    EXPECT_EQ(two.amount.toString(), "3320.00");
    EXPECT_EQ(two.level, ApprovalLevel::Street); // ≤ 2 × S × N exactly
    EXPECT_TRUE(two.prepayAllowed);
    auto three = assessTemporary(emergency(3), kPolicy, s, 2, true, Money());
    EXPECT_EQ(three.level, ApprovalLevel::County);
    EXPECT_FALSE(three.prepayAllowed);
    auto six = assessTemporary(emergency(6), kPolicy, s, 2, true, Money());
    EXPECT_EQ(six.level, ApprovalLevel::County);
    auto seven = assessTemporary(emergency(7), kPolicy, s, 2, true, Money());
    EXPECT_EQ(seven.level, ApprovalLevel::Special);
    EXPECT_FALSE(assessTemporary(emergency(2), kPolicy, s, 0, true, Money()).eligible);
    PolicyParameters jiao = kPolicy;
    jiao.roundUnit = RoundUnit::Yuan;
    EXPECT_EQ(
        assessTemporary(emergency(1), jiao, yuan("833.55"), 1, true, Money()).amount.toString(),
        "834.00");
}

TEST(TemporaryAssistance, ExpenditureConditionsAndCeiling)
{
    const Money s = yuan("630.00");
    // E = 31000, 50% = 15500, ceiling 6 × 630 × 2 = 7560.
    auto capped =
        assessTemporary(expenditure("34000.00", "3000.00"), kPolicy, s, 2, true, yuan("1800.00"));
    EXPECT_EQ(capped.amount.toString(), "7560.00");
    EXPECT_EQ(capped.level, ApprovalLevel::County);
    EXPECT_FALSE(capped.prepayAllowed);
    auto special = assessTemporary(expenditure("34000.00", "3000.00", true), kPolicy, s, 2, true,
                                   yuan("1800.00"));
    EXPECT_EQ(special.amount.toString(), "15500.00");
    EXPECT_EQ(special.level, ApprovalLevel::Special);
    // Small expense: street level; 50% of 100.01 = 50.005 → 50.
    auto small = assessTemporary(expenditure("100.01"), kPolicy, s, 1, true, Money());
    EXPECT_EQ(small.amount.toString(), "50.00");
    EXPECT_EQ(small.level, ApprovalLevel::Street);
    EXPECT_FALSE(small.prepayAllowed); // only emergencies are prepaid
    // E = 0 or negative: not eligible.
    EXPECT_FALSE(
        assessTemporary(expenditure("100.00", "100.00"), kPolicy, s, 1, true, Money()).eligible);
    EXPECT_FALSE(
        assessTemporary(expenditure("100.00", "200.00"), kPolicy, s, 1, true, Money()).eligible);
    // Assets.
    EXPECT_FALSE(assessTemporary(expenditure("100.00"), kPolicy, s, 1, false, Money()).eligible);
    // H_all × 12 / N < 42000: 7000 × 12 / 2 = 42000 is not below.
    EXPECT_FALSE(
        assessTemporary(expenditure("100.00"), kPolicy, s, 2, true, yuan("7000.00")).eligible);
    EXPECT_TRUE(
        assessTemporary(expenditure("100.00"), kPolicy, s, 2, true, yuan("6999.99")).eligible);
}

TEST(Review, CadenceAndDueDates)
{
    EXPECT_EQ(run(family()).reviewIntervalMonths, 6); // the father can work
    // A seriously ill parent of 55 and a schoolchild of 17: nobody can work.
    auto noLabour = request({M("a", "1970-01-01").ill().income(IncomeKind::Pension, "300.00"),
                             M("b", "2008-01-01", Relation::Child).school()});
    auto a = run(noLabour);
    EXPECT_EQ(a.classification, Classification::Dibao);
    EXPECT_EQ(a.reviewIntervalMonths, 12);
    // Labour capacity: 16 today counts; 60 today does not.
    Member sixteen = M("x", "2009-09-15");
    EXPECT_TRUE(hasLabourCapacity(sixteen, 16));
    EXPECT_FALSE(hasLabourCapacity(sixteen, 15));
    EXPECT_FALSE(hasLabourCapacity(sixteen, 60));
    EXPECT_FALSE(hasLabourCapacity(M("x", "1990-01-01").ill(), 35));
    EXPECT_FALSE(hasLabourCapacity(M("x", "1990-01-01").school(), 20));
    EXPECT_FALSE(hasLabourCapacity(M("x", "1990-01-01").disabled(DisabilityKind::Visual, 1), 35));
    EXPECT_TRUE(hasLabourCapacity(M("x", "1990-01-01").disabled(DisabilityKind::Visual, 2), 35));
    EXPECT_FALSE(hasLabourCapacity(M("x", "1990-01-01").notCounted(), 35));

    EXPECT_EQ(reviewIntervalMonths(Classification::Marginal, true, false, kPolicy), std::nullopt);
    EXPECT_EQ(reviewIntervalMonths(Classification::None, true, true, kPolicy), 12);
    EXPECT_EQ(reviewIntervalMonths(Classification::SinglePerson, false, true, kPolicy), 12);
    EXPECT_EQ(reviewDueDate(day("2025-08-31"), 6).toString(), "2026-02-28");
    EXPECT_EQ(reviewDueDate(day("2027-08-31"), 6).toString(), "2028-02-29");
    EXPECT_EQ(reviewDueDate(day("2025-03-15"), 12).toString(), "2026-03-15");
    EXPECT_FALSE(isReviewOverdue(day("2026-02-28"), day("2026-02-28")));
    EXPECT_TRUE(isReviewOverdue(day("2026-02-28"), day("2026-03-01")));
}

TEST(Total, IsTheSumOfTheMonthlyParts)
{
    auto req = request({M("a", "1940-01-01"),
                        M("b", "2014-01-01", Relation::Grandchild)
                            .child(ChildStatus::OrphanHome)
                            .disabled(DisabilityKind::Physical, 1)});
    req.cpi = indices("3.6", "1.0");
    req.temporary = emergency(1);
    auto a = run(req);
    // 特困 1269 + CA 1600 + care 150 + price 2 × 30; temporary (1660) not included.
    EXPECT_EQ(a.totalMonthly.toString(), "3079.00");
    EXPECT_EQ(a.temporary->amount.toString(), "1660.00");
}
