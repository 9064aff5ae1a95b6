// IN-1, IN-2, AS-1, DB-1 … DB-4, SP-1/SP-2, MG and the classification, at their
// boundaries. Policy 2025-07: S = 830.00 urban / 630.00 rural, floor 30.00.

#include "domain/domain_test_support.h"
#include "domain/rules/asset_rules.h"
#include "domain/rules/dibao_rules.h"
#include "domain/rules/household_assessor.h"
#include "domain/rules/member_facts.h"

#include <gtest/gtest.h>

using namespace relief;
using namespace relief::test;

namespace {

const PolicyParameters kPolicy = policy("policy-2025-07.json");

Assessment run(const AssessRequest &r, const PolicyParameters &p = kPolicy)
{
    return assessHousehold(r, p);
}

} // namespace

TEST(IncomeRules, CountedKindsAndEmploymentCost)
{
    for (IncomeKind k : {IncomeKind::Wage, IncomeKind::Business, IncomeKind::Property,
                         IncomeKind::Pension, IncomeKind::Support, IncomeKind::Other})
        EXPECT_TRUE(isCountedIncome(k));
    for (IncomeKind k : {IncomeKind::BasicPension, IncomeKind::Veteran, IncomeKind::FamilyPlanning,
                         IncomeKind::Award, IncomeKind::Assistance, IncomeKind::DisabilitySubsidy,
                         IncomeKind::ElderlyAllowance})
        EXPECT_FALSE(isCountedIncome(k));
    const Money d = yuan("200.00");
    EXPECT_EQ(memberIncome(M("a", "1980-01-01").income(IncomeKind::Wage, "1500.00"), d),
              yuan("1300.00"));
    // The deduction never exceeds the wage, and never touches other kinds.
    EXPECT_EQ(memberIncome(M("a", "1980-01-01")
                               .income(IncomeKind::Wage, "150.00")
                               .income(IncomeKind::Pension, "300.00"),
                           d),
              yuan("300.00"));
    EXPECT_EQ(memberIncome(M("a", "1980-01-01").income(IncomeKind::Pension, "300.00"), d),
              yuan("300.00"));
    // Two wage items are one wage total.
    EXPECT_EQ(memberIncome(M("a", "1980-01-01")
                               .income(IncomeKind::Wage, "100.00")
                               .income(IncomeKind::Wage, "150.00"),
                           d),
              yuan("50.00"));
    EXPECT_EQ(memberIncome(M("a", "1980-01-01")
                               .income(IncomeKind::BasicPension, "150.00")
                               .income(IncomeKind::ElderlyAllowance, "50.00"),
                           d),
              Money());
    // A business loss never makes hᵢ negative.
    EXPECT_EQ(memberIncome(M("a", "1980-01-01")
                               .income(IncomeKind::Wage, "1000.00")
                               .income(IncomeKind::Business, "-1500.00"),
                           d),
              Money());
}

TEST(AssetRules, EachLimitIsInclusive)
{
    const Money s = yuan("830.00");
    HouseholdAssets a;
    a.financial = s * 24 * 2; // exactly the limit for N = 2
    a.homes = 1;
    a.vehicles = {{yuan("20000.00"), false}, {yuan("90000.00"), true}};
    a.businessCapital = yuan("100000.00");
    EXPECT_TRUE(testAssets(a, kPolicy, s, 2).ok);

    a.financial += Money::fromFen(1);
    a.homes = 2;
    a.vehicles.push_back({yuan("20000.01"), false});
    a.vehicles.push_back({yuan("30000.00"), false});
    a.businessCapital = yuan("100000.01");
    const AssetTest t = testAssets(a, kPolicy, s, 2);
    EXPECT_FALSE(t.ok);
    EXPECT_EQ(t.failures,
              (std::vector<AssetFailure> {AssetFailure::Financial, AssetFailure::Homes,
                                          AssetFailure::Vehicle, AssetFailure::Business}));
}

TEST(AssetRules, EachFailureAlone)
{
    const Money s = yuan("830.00");
    auto one = [&](auto change) {
        HouseholdAssets a;
        a.homes = 1;
        change(a);
        return testAssets(a, kPolicy, s, 1).failures;
    };
    using V = std::vector<AssetFailure>;
    EXPECT_EQ(one([](HouseholdAssets &a) { a.financial = yuan("19920.01"); }),
              V {AssetFailure::Financial});
    EXPECT_EQ(one([](HouseholdAssets &a) { a.homes = 2; }), V {AssetFailure::Homes});
    EXPECT_EQ(one([](HouseholdAssets &a) {
                  a.vehicles = {{yuan("20000.01"), false}};
              }),
              V {AssetFailure::Vehicle});
    EXPECT_EQ(one([](HouseholdAssets &a) { a.vehicles = {{yuan("20000.01"), true}}; }), V {});
    EXPECT_EQ(one([](HouseholdAssets &a) { a.businessCapital = yuan("100000.01"); }),
              V {AssetFailure::Business});
    // No counted member: any financial asset is over the limit of 0.
    HouseholdAssets a;
    a.financial = Money::fromFen(1);
    EXPECT_EQ(testAssets(a, kPolicy, s, 0).failures, V {AssetFailure::Financial});
}

TEST(DibaoRules, IncomeExactlyAtTheLineIsNotEligible)
{
    // Two adults, H = 1660.00 = S × 2 exactly (wage 1860 − 200).
    auto at = run(request({M("a", "1985-01-01").income(IncomeKind::Wage, "1860.00"),
                           M("b", "1986-01-01", Relation::Spouse)}));
    EXPECT_EQ(at.incomeCounted.toString(), "1660.00");
    EXPECT_FALSE(at.dibao.eligible);
    EXPECT_EQ(at.dibao.base, Money());
    EXPECT_TRUE(at.dibao.addons.empty());
    EXPECT_EQ(at.classification, Classification::Marginal); // S × n ≤ H
    EXPECT_TRUE(at.failsOnlyOnIncome);

    auto below = run(request({M("a", "1985-01-01").income(IncomeKind::Wage, "1859.99"),
                              M("b", "1986-01-01", Relation::Spouse)}));
    EXPECT_TRUE(below.dibao.eligible);
    EXPECT_EQ(below.classification, Classification::Dibao);
    // base = max(0.01, 60.00) = 60.00 (floor × n)
    EXPECT_EQ(below.dibao.base.toString(), "60.00");
    EXPECT_EQ(below.dibao.monthly.toString(), "60.00");
    EXPECT_EQ(below.perCapitaIncome.toString(), "830.00"); // 829.995 rounds half up
}

TEST(DibaoRules, FloorAndBase)
{
    auto a = run(request({M("a", "1985-01-01").income(IncomeKind::Pension, "815.00")}));
    EXPECT_EQ(a.dibao.base.toString(), "30.00"); // max(15.00, 30.00)
    auto b = run(request({M("a", "1985-01-01").income(IncomeKind::Pension, "799.99")}));
    EXPECT_EQ(b.dibao.base.toString(), "30.01");
    EXPECT_EQ(b.dibao.monthly.toString(), "30.00"); // rounded to the yuan
    auto c = run(request({M("a", "1985-01-01").income(IncomeKind::Pension, "799.50")}));
    EXPECT_EQ(c.dibao.base.toString(), "30.50");
    EXPECT_EQ(c.dibao.monthly.toString(), "31.00"); // exactly .5 goes up
}

TEST(DibaoRules, AddonCategoriesAndTies)
{
    auto category = [](const Member &m, const PolicyParameters &p,
                       const char *asOf = "2025-09-15") {
        MemberFacts f = memberFacts(m, p, day(asOf));
        return addonCategory(m, f, p);
    };
    // Grade 3 intellectual/mental is severe for DB-3; grade 3 physical is not.
    EXPECT_EQ(category(M("a", "1990-01-01").disabled(DisabilityKind::Mental, 3), kPolicy),
              AddonCategory::SevereDisability);
    EXPECT_EQ(category(M("a", "1990-01-01").disabled(DisabilityKind::Physical, 3), kPolicy),
              AddonCategory::Disability);
    EXPECT_EQ(category(M("a", "1990-01-01").disabled(DisabilityKind::Hearing, 2), kPolicy),
              AddonCategory::SevereDisability);
    EXPECT_EQ(category(M("a", "1990-01-01").disabled(DisabilityKind::Intellectual, 4), kPolicy),
              AddonCategory::Disability);
    EXPECT_EQ(category(M("a", "1990-01-01"), kPolicy), std::nullopt);
    // Birthday on the assessment date counts: 80 today is age80, 60 today is elderly,
    // 18 today is no longer a minor.
    EXPECT_EQ(category(M("a", "1945-09-15"), kPolicy), AddonCategory::Age80);
    EXPECT_EQ(category(M("a", "1945-09-16"), kPolicy), AddonCategory::Elderly);
    EXPECT_EQ(category(M("a", "1965-09-15"), kPolicy), AddonCategory::Elderly);
    EXPECT_EQ(category(M("a", "1965-09-16"), kPolicy), std::nullopt);
    EXPECT_EQ(category(M("a", "2007-09-15"), kPolicy), std::nullopt);
    EXPECT_EQ(category(M("a", "2007-09-16"), kPolicy), AddonCategory::Minor);
    // Highest pct wins: serious illness 20 beats minor 10 and elderly 10.
    EXPECT_EQ(category(M("a", "2010-01-01").ill(), kPolicy), AddonCategory::SeriousIllness);
    // Ties go to the earlier category in rule order.
    PolicyParameters tie = kPolicy;
    EXPECT_EQ(category(M("a", "1940-01-01").ill(), tie), AddonCategory::SeriousIllness); // 20 = 20
    tie.addonPct[static_cast<int>(AddonCategory::Age80)] = 25;
    EXPECT_EQ(category(M("a", "1940-01-01").ill(), tie), AddonCategory::Age80);
    tie.addonPct[static_cast<int>(AddonCategory::Disability)] = 25;
    EXPECT_EQ(category(M("a", "1940-01-01").ill().disabled(DisabilityKind::Visual, 3), tie),
              AddonCategory::Disability);
    // A pct of 0 still applies (and is listed).
    PolicyParameters zero = kPolicy;
    zero.addonPct[static_cast<int>(AddonCategory::Minor)] = 0;
    EXPECT_EQ(category(M("a", "2015-01-01"), zero), AddonCategory::Minor);
    auto a = run(request({M("a", "1985-01-01"), M("b", "2015-01-01", Relation::Child)}), zero);
    ASSERT_EQ(a.dibao.addons.size(), 1u);
    EXPECT_EQ(a.dibao.addons[0].member, 1);
    EXPECT_EQ(a.dibao.addons[0].amount.toString(), "0.00");
}

TEST(DibaoRules, AddonsRoundToFenAndTotalToUnit)
{
    EXPECT_EQ(addonAmount(yuan("830.00"), 15).toString(), "124.50");
    EXPECT_EQ(addonAmount(yuan("833.33"), 15).toString(), "125.00"); // 124.9995
    EXPECT_EQ(addonAmount(yuan("833.30"), 15).toString(), "125.00"); // 124.995 half up
    EXPECT_EQ(addonAmount(yuan("833.29"), 15).toString(), "124.99"); // 124.9935
    // 2025-07 policy, round_unit jiao: base 1790.00 + 124.50 + 83.00 = 1997.50 stays.
    PolicyParameters jiao = kPolicy;
    jiao.roundUnit = RoundUnit::Jiao;
    auto req =
        request({M("a", "1987-01-01").income(IncomeKind::Wage, "900.00"),
                 M("b", "1989-01-01", Relation::Spouse).disabled(DisabilityKind::Physical, 3),
                 M("c", "2019-01-01", Relation::Child)});
    EXPECT_EQ(run(req, jiao).dibao.monthly.toString(), "1997.50");
    EXPECT_EQ(run(req).dibao.monthly.toString(), "1998.00");
    PolicyParameters fen = kPolicy;
    fen.roundUnit = RoundUnit::Fen;
    fen.standardUrban = yuan("833.33");
    // base 2499.99 − 700 = 1799.99; add-ons 125.00 + 83.33 → 2008.32
    EXPECT_EQ(run(req, fen).dibao.monthly.toString(), "2008.32");
}

TEST(DibaoRules, SinglePersonInclusion)
{
    // Parents' H = 3300.00: S × 3 = 2490 ≤ H < 3735. Disabled adult child covered alone.
    auto base = [](const char *childIncome) {
        return request({M("a", "1970-01-01").income(IncomeKind::Wage, "2600.00"),
                        M("b", "1972-01-01", Relation::Spouse).income(IncomeKind::Wage, "1100.00"),
                        M("c", "1998-01-01", Relation::Child)
                            .disabled(DisabilityKind::Intellectual, 2)
                            .income(IncomeKind::Pension, childIncome)});
    };
    auto a = run(base("0.00"));
    EXPECT_EQ(a.classification, Classification::SinglePerson);
    ASSERT_EQ(a.singlePerson.size(), 1u);
    EXPECT_EQ(a.singlePerson[0].member, 2);
    EXPECT_EQ(a.singlePerson[0].monthly.toString(), "1079.00"); // 830 + 249
    auto c = run(base("420.00")); // H = 3720 < 3735
    ASSERT_EQ(c.singlePerson.size(), 1u);
    EXPECT_EQ(c.singlePerson[0].monthly.toString(), "659.00"); // 830 − 420 + 249
    auto d = run(base("434.99")); // H = 3734.99 < 3735: still in the band
    EXPECT_EQ(d.classification, Classification::SinglePerson);
    auto e = run(base("435.00")); // H = 3735.00 = 1.5 × S × n: out of the band
    EXPECT_EQ(e.classification, Classification::None);
    EXPECT_TRUE(e.singlePerson.empty());
    // A serious illness also qualifies; a grade-3 physical disability does not.
    auto ill = run(request({M("a", "1970-01-01").income(IncomeKind::Wage, "2000.00"),
                            M("b", "1972-01-01", Relation::Spouse).ill()}));
    EXPECT_EQ(ill.classification, Classification::SinglePerson);
    EXPECT_EQ(ill.singlePerson[0].monthly.toString(), "996.00"); // 830 + 166
    auto mild = run(
        request({M("a", "1970-01-01").income(IncomeKind::Wage, "2000.00"),
                 M("b", "1972-01-01", Relation::Spouse).disabled(DisabilityKind::Physical, 3)}));
    EXPECT_EQ(mild.classification, Classification::Marginal);
}

TEST(DibaoRules, SinglePersonNeedsOwnIncomeBelowS)
{
    // H = 830 + 830 + 830 = S × 3: in the band, but the child's hᵢ = S is not < S.
    auto a =
        run(request({M("a", "1970-01-01").income(IncomeKind::Wage, "1030.00"),
                     M("b", "1972-01-01", Relation::Spouse).income(IncomeKind::Wage, "1030.00"),
                     M("c", "1998-01-01", Relation::Child)
                         .disabled(DisabilityKind::Intellectual, 2)
                         .income(IncomeKind::Pension, "830.00")}));
    EXPECT_EQ(a.incomeCounted.toString(), "2490.00");
    EXPECT_TRUE(a.singlePerson.empty());
    EXPECT_EQ(a.classification, Classification::Marginal);
    EXPECT_TRUE(a.disabilityLiving.empty()); // not dibao, not SP
    ASSERT_EQ(a.disabilityCare.size(), 1u); // DS-2 whatever the classification
}

TEST(DibaoRules, SinglePersonFloor)
{
    // hᵢ = 820.00 (just under S): max(10.00, 30.00) + add-on 166.00 = 196.00.
    auto a = run(request(
        {M("a", "1970-01-01").income(IncomeKind::Wage, "1200.00"),
         M("b", "1972-01-01", Relation::Spouse).ill().income(IncomeKind::Pension, "820.00")}));
    EXPECT_EQ(a.incomeCounted.toString(), "1820.00");
    EXPECT_EQ(a.classification, Classification::SinglePerson);
    EXPECT_EQ(a.singlePerson[0].monthly.toString(), "196.00");
}

TEST(DibaoRules, ClassificationNoneWhenAssetsFail)
{
    auto req = request({M("a", "1985-01-01").income(IncomeKind::Wage, "1500.00")});
    req.household.assets.homes = 2;
    auto a = run(req);
    EXPECT_FALSE(a.assetsOk);
    EXPECT_FALSE(a.failsOnlyOnIncome);
    EXPECT_EQ(a.classification, Classification::None);
    EXPECT_EQ(a.reviewIntervalMonths, std::nullopt);
}

TEST(DibaoRules, NotCountedMembersAreIgnored)
{
    auto a = run(request({M("a", "1985-01-01").income(IncomeKind::Wage, "800.00"),
                          M("b", "1986-01-01", Relation::Sibling)
                              .notCounted()
                              .income(IncomeKind::Wage, "9000.00")
                              .disabled(DisabilityKind::Physical, 1)}));
    EXPECT_EQ(a.countedMembers, 1);
    EXPECT_EQ(a.dibaoMembers, 1);
    EXPECT_EQ(a.incomeCounted.toString(), "600.00");
    EXPECT_TRUE(a.disabilityCare.empty());
    EXPECT_TRUE(a.tekun.empty());
}
