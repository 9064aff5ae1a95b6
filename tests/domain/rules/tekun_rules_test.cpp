// TK-1 … TK-5: who is 特困, both kinds of obligor, the smallest set T, amounts.

#include "domain/domain_test_support.h"
#include "domain/household_generator.h"
#include "domain/rules/household_assessor.h"
#include "domain/rules/tekun_rules.h"

#include <gtest/gtest.h>

#include <cctype>

using namespace relief;
using namespace relief::test;

namespace {

const PolicyParameters kPolicy = policy("policy-2025-07.json");
const Money kLine = yuan("42000.00");

Assessment run(const AssessRequest &r, const PolicyParameters &p = kPolicy)
{
    return assessHousehold(r, p);
}

const TekunLine *line(const Assessment &a, int member)
{
    for (const auto &t : a.tekun)
        if (t.member == member)
            return &t;
    return nullptr;
}

Obligor obligor(int age)
{
    Obligor o;
    o.relation = "son";
    o.age = age;
    return o;
}

} // namespace

TEST(TekunRules, AgeOrDisability)
{
    MemberFacts f;
    f.age = 60;
    EXPECT_TRUE(tekunAgeOrDisability(f));
    f.age = 59;
    EXPECT_FALSE(tekunAgeOrDisability(f));
    f.age = 17;
    EXPECT_TRUE(tekunAgeOrDisability(f));
    f.age = 18;
    EXPECT_FALSE(tekunAgeOrDisability(f));
    f.severe43 = true;
    EXPECT_TRUE(tekunAgeOrDisability(f));
    // The 43号 list is narrower than DB-3's.
    EXPECT_TRUE(isSevereDisability43(Disability {DisabilityKind::Mental, 3}));
    EXPECT_TRUE(isSevereDisability43(Disability {DisabilityKind::Intellectual, 1}));
    EXPECT_TRUE(isSevereDisability43(Disability {DisabilityKind::Physical, 2}));
    EXPECT_FALSE(isSevereDisability43(Disability {DisabilityKind::Physical, 3}));
    EXPECT_TRUE(isSevereDisability43(Disability {DisabilityKind::Visual, 1}));
    EXPECT_FALSE(isSevereDisability43(Disability {DisabilityKind::Visual, 2}));
    EXPECT_FALSE(isSevereDisability43(Disability {DisabilityKind::Hearing, 1}));
    EXPECT_FALSE(isSevereDisability43(Disability {DisabilityKind::Speech, 1}));
    EXPECT_FALSE(isSevereDisability43(Disability {DisabilityKind::Multiple, 1}));
    EXPECT_FALSE(isSevereDisability43(std::nullopt));
}

TEST(TekunRules, ListedObligors)
{
    Obligor o = obligor(45);
    EXPECT_FALSE(listedObligorUnable(o, kLine));
    o.isTekun = true;
    EXPECT_TRUE(listedObligorUnable(o, kLine));

    o = obligor(60);
    o.isDibao = true;
    EXPECT_TRUE(listedObligorUnable(o, kLine));
    o.age = 59;
    EXPECT_FALSE(listedObligorUnable(o, kLine));

    // Age 70 with income × 12 < line and assets_ok.
    o = obligor(70);
    o.assetsOk = true;
    o.incomeMonthly = yuan("3499.99");
    EXPECT_TRUE(listedObligorUnable(o, kLine));
    o.incomeMonthly = yuan("3500.00"); // × 12 = 42000.00, not below
    EXPECT_FALSE(listedObligorUnable(o, kLine));
    o.incomeMonthly = Money();
    o.assetsOk = false; // unknown assets never make an obligor unable
    EXPECT_FALSE(listedObligorUnable(o, kLine));
    o.assetsOk = true;
    o.age = 69;
    EXPECT_FALSE(listedObligorUnable(o, kLine));

    // Severe disability (DB-3 sense) with low income and assets_ok.
    o = obligor(40);
    o.assetsOk = true;
    o.disability = Disability {DisabilityKind::Mental, 3};
    EXPECT_TRUE(listedObligorUnable(o, kLine));
    o.disability = Disability {DisabilityKind::Hearing, 2};
    EXPECT_TRUE(listedObligorUnable(o, kLine));
    o.disability = Disability {DisabilityKind::Physical, 3};
    EXPECT_FALSE(listedObligorUnable(o, kLine));
    o.disability = Disability {DisabilityKind::Physical, 1};
    o.incomeMonthly = yuan("3500.00");
    EXPECT_FALSE(listedObligorUnable(o, kLine));

    for (ObligorStatus s :
         {ObligorStatus::Incapacitated, ObligorStatus::Missing, ObligorStatus::Imprisoned}) {
        o = obligor(40);
        o.status = s;
        EXPECT_FALSE(listedObligorUnable(o, kLine)); // assets_ok defaults to false
        o.assetsOk = true;
        EXPECT_TRUE(listedObligorUnable(o, kLine));
    }
}

TEST(TekunRules, EligibleElderWithoutObligors)
{
    auto a = run(request({M("a", "1953-01-01")
                              .selfCare(2)
                              .income(IncomeKind::BasicPension, "150.00")
                              .income(IncomeKind::Other, "829.99")}));
    const TekunLine *t = line(a, 0);
    ASSERT_TRUE(t);
    EXPECT_TRUE(t->eligible);
    EXPECT_EQ(t->basic.toString(), "1079.00");
    EXPECT_EQ(t->care.toString(), "320.00");
    EXPECT_EQ(t->monthly.toString(), "1399.00");
    EXPECT_EQ(a.dibaoMembers, 0);
    EXPECT_EQ(a.classification, Classification::None);
    EXPECT_EQ(a.reviewIntervalMonths, 12);
    EXPECT_EQ(a.totalMonthly.toString(), "1399.00");
}

TEST(TekunRules, OwnIncomeAtStandardFailsTk2)
{
    auto a = run(request({M("a", "1953-01-01").income(IncomeKind::Pension, "830.00")}));
    const TekunLine *t = line(a, 0);
    ASSERT_TRUE(t);
    EXPECT_FALSE(t->eligible);
    EXPECT_EQ(t->failed, std::vector<std::string> {"TK-2"});
    EXPECT_EQ(t->monthly, Money());
    EXPECT_EQ(a.dibaoMembers, 1); // back in D
}

TEST(TekunRules, AssetsFailTk3AndFailuresInOrder)
{
    auto req = request({M("a", "1953-01-01").income(IncomeKind::Pension, "900.00"),
                        M("b", "1980-01-01", Relation::Child)});
    req.household.assets.homes = 3;
    auto a = run(req);
    const TekunLine *t = line(a, 0);
    ASSERT_TRUE(t);
    EXPECT_EQ(t->failed, (std::vector<std::string> {"TK-2", "TK-3", "TK-4"}));
    EXPECT_EQ(line(a, 1), nullptr); // TK-1 does not hold for a 45-year-old
}

TEST(TekunRules, SelfCareLevels)
{
    EXPECT_EQ(selfCareLevel(0), SelfCare::Full);
    EXPECT_EQ(selfCareLevel(1), SelfCare::Partial);
    EXPECT_EQ(selfCareLevel(3), SelfCare::Partial);
    EXPECT_EQ(selfCareLevel(4), SelfCare::Total);
    EXPECT_EQ(selfCareLevel(6), SelfCare::Total);
    auto a = run(request({M("a", "1940-01-01").selfCare(6)}));
    EXPECT_EQ(line(a, 0)->care.toString(), "640.00");
    EXPECT_EQ(line(a, 0)->monthly.toString(), "1719.00");
}

TEST(TekunRules, BasicIsRoundedToTheUnit)
{
    PolicyParameters p = kPolicy;
    p.standardUrban = yuan("833.33"); // × 1.3 = 1083.329
    EXPECT_EQ(tekunBasic(p, p.standardUrban).toString(), "1083.00");
    p.roundUnit = RoundUnit::Jiao;
    EXPECT_EQ(tekunBasic(p, p.standardUrban).toString(), "1083.30");
    p.roundUnit = RoundUnit::Fen;
    EXPECT_EQ(tekunBasic(p, p.standardUrban).toString(), "1083.33");
    p.standardUrban = yuan("835.00"); // × 1.3 = 1085.50 exactly
    p.roundUnit = RoundUnit::Yuan;
    EXPECT_EQ(tekunBasic(p, p.standardUrban).toString(), "1086.00");
}

TEST(TekunRules, InHouseholdObligorsWhoCount)
{
    // A working adult child is an able obligor of the elderly parent.
    auto a = run(request({M("a", "1950-01-01"), M("b", "1980-01-01", Relation::Child)}));
    EXPECT_EQ(line(a, 0)->failed, std::vector<std::string> {"TK-4"});
    // …but not when the child is not counted, or under 18, or related as `other`.
    auto b =
        run(request({M("a", "1950-01-01"), M("b", "1980-01-01", Relation::Child).notCounted()}));
    EXPECT_TRUE(line(b, 0)->eligible);
    auto c = run(request({M("a", "1950-01-01"), M("b", "2008-01-01", Relation::Grandchild)}));
    EXPECT_TRUE(line(c, 0)->eligible);
    auto d = run(request({M("a", "1950-01-01"), M("b", "1980-01-01", Relation::Other)}));
    EXPECT_TRUE(line(d, 0)->eligible);
    // A member whose own relation is `other` has no in-household obligors.
    auto e = run(request({M("a", "1980-01-01"), M("b", "1950-01-01", Relation::Other)}));
    EXPECT_TRUE(line(e, 1)->eligible);
    // Turning 18 on the assessment date makes the grandchild an obligor.
    auto f = run(request({M("a", "1950-01-01"), M("b", "2007-09-15", Relation::Grandchild)}));
    EXPECT_FALSE(line(f, 0)->eligible);
}

TEST(TekunRules, ElderlyCoupleUnder70IsADibaoHousehold)
{
    auto a = run(request({M("a", "1958-01-01").income(IncomeKind::Pension, "300.00"),
                          M("b", "1959-01-01", Relation::Spouse)}));
    EXPECT_FALSE(line(a, 0)->eligible);
    EXPECT_FALSE(line(a, 1)->eligible);
    EXPECT_EQ(a.classification, Classification::Dibao);
    EXPECT_EQ(a.dibaoMembers, 2);
}

TEST(TekunRules, CoupleOver70WithLowIncomeAreBothTekun)
{
    auto a = run(request({M("a", "1950-01-01").income(IncomeKind::Pension, "300.00"),
                          M("b", "1955-09-15", Relation::Spouse)})); // 70 today
    EXPECT_TRUE(line(a, 0)->eligible);
    EXPECT_TRUE(line(a, 1)->eligible);
    EXPECT_EQ(a.dibaoMembers, 0);
    // Assets failing makes them able again (and TK-3 fails anyway).
    auto req = request({M("a", "1950-01-01"), M("b", "1955-09-15", Relation::Spouse)});
    req.household.assets.financial = yuan("99999.00");
    auto b = run(req);
    EXPECT_EQ(line(b, 0)->failed, (std::vector<std::string> {"TK-3", "TK-4"}));
}

TEST(TekunRules, FixedPointReachesMembersWhoseObligorIsInT)
{
    // Parent 65 and a disabled son 40 (intellectual grade 1, no income): the son is
    // unable (DB-3-severe, low income), so the parent is 特困; then the parent is in
    // T, so the son's only obligor is unable and he is 特困 too.
    auto a = run(
        request({M("a", "1960-01-01"),
                 M("b", "1985-01-01", Relation::Child).disabled(DisabilityKind::Intellectual, 1)}));
    EXPECT_TRUE(line(a, 0)->eligible);
    EXPECT_TRUE(line(a, 1)->eligible);
    EXPECT_EQ(a.classification, Classification::None);
    EXPECT_TRUE(a.disabilityCare.empty()); // never for T
    EXPECT_TRUE(a.disabilityLiving.empty());
    EXPECT_EQ(a.totalMonthly.toString(), "2538.00"); // 2 × (1079 + 190)

    // The son's income at the line (× 12 = 42000) makes him an able obligor and
    // fails his own TK-2: nobody enters T, so both fail TK-4.
    auto b = run(request({M("a", "1960-01-01"),
                          M("b", "1985-01-01", Relation::Child)
                              .disabled(DisabilityKind::Intellectual, 1)
                              .income(IncomeKind::Pension, "3500.00")}));
    EXPECT_FALSE(line(b, 0)->eligible);
    EXPECT_EQ(line(b, 1)->failed, (std::vector<std::string> {"TK-2", "TK-4"}));
}

TEST(TekunRules, ChildWithChildStatusIsNotTekun)
{
    auto a = run(request({M("a", "2016-01-01", Relation::Head).child(ChildStatus::OrphanHome)}));
    const TekunLine *t = line(a, 0);
    ASSERT_TRUE(t);
    EXPECT_FALSE(t->eligible);
    EXPECT_EQ(t->failed, std::vector<std::string> {"child_status"});
    ASSERT_EQ(a.childAllowance.size(), 1u);
    EXPECT_EQ(a.childAllowance[0].monthly.toString(), "1600.00");
    EXPECT_EQ(a.dibaoMembers, 0);
    EXPECT_EQ(a.reviewIntervalMonths, std::nullopt);
}

TEST(TekunRules, ListedObligorMakesElderIneligible)
{
    Obligor son = obligor(41);
    son.incomeMonthly = yuan("5200.00");
    auto a =
        run(request({M("a", "1957-01-01").income(IncomeKind::Pension, "400.00").obligor(son)}));
    EXPECT_EQ(line(a, 0)->failed, std::vector<std::string> {"TK-4"});
    son.status = ObligorStatus::Imprisoned;
    son.assetsOk = true;
    auto b =
        run(request({M("a", "1957-01-01").income(IncomeKind::Pension, "400.00").obligor(son)}));
    EXPECT_TRUE(line(b, 0)->eligible);
}

TEST(TekunRules, InstitutionalDoesNotChangeTheAmount)
{
    M m("a", "1940-01-01");
    m.m.institutional = true;
    auto a = run(request({m}));
    EXPECT_EQ(line(a, 0)->monthly.toString(), "1269.00");
}

namespace {

// The rendered reasons of one member under one rule.
std::vector<std::string> reasonTexts(const Assessment &a, const std::string &rule, int member,
                                     Lang lang)
{
    std::vector<std::string> out;
    for (const Explanation &e : a.reasons)
        if (e.rule == rule && e.member == member)
            out.push_back(e.render(lang));
    return out;
}

} // namespace

// Issue 18: a TK-4 line said "an able obligor" for a member with none listed; it
// now names the obligor the rule found.
TEST(TekunRules, Tk4NamesTheObligorLivingInByNameAndRelation)
{
    auto a = run(request({M("王秀英", "1950-01-01"), M("张三", "1980-01-01", Relation::Child)}));
    ASSERT_EQ(line(a, 0)->failed, std::vector<std::string> {"TK-4"});
    const auto zh = reasonTexts(a, "TK-4", 0, Lang::Zh);
    ASSERT_EQ(zh.size(), 1u);
    EXPECT_EQ(zh[0],
              "王秀英：共同生活的张三（户主的子女）有赡养、抚养、扶养能力，不符合特困人员认定条件");
    const auto en = reasonTexts(a, "TK-4", 0, Lang::En);
    ASSERT_EQ(en.size(), 1u);
    EXPECT_EQ(en[0],
              "王秀英: 张三 (the head's child), living in the household, is able to support "
              "them, so not eligible for tekun support");
}

TEST(TekunRules, Tk4NamesTheListedObligorByRelationAndAge)
{
    M elder("王秀英", "1950-01-01");
    elder.m.obligors.push_back(obligor(50));
    Obligor unnamed = obligor(45);
    unnamed.relation = "";
    M other("李四", "1948-01-01", Relation::Spouse);
    other.m.obligors.push_back(unnamed);
    auto a = run(request({elder, other}));
    EXPECT_EQ(
        reasonTexts(a, "TK-4", 0, Lang::Zh),
        std::vector<std::string> {
            "王秀英：赡养、抚养、扶养义务人（son，50岁）有履行义务的能力，不符合特困人员认定条件"});
    EXPECT_EQ(reasonTexts(a, "TK-4", 0, Lang::En),
              std::vector<std::string> {"王秀英: the obligor listed (son, aged 50) is able to "
                                        "support them, so not eligible for tekun support"});
    EXPECT_EQ(reasonTexts(a, "TK-4", 1, Lang::En),
              std::vector<std::string> {"李四: the obligor listed (relation not given, aged 45) is "
                                        "able to support them, so not eligible for tekun support"});
    // The structured result is unchanged: the rule id and the failed list.
    EXPECT_EQ(line(a, 0)->failed, std::vector<std::string> {"TK-4"});
}

TEST(TekunRules, ReasonTextsLeadWithWordsNotRuleCodes)
{
    // TK-2, TK-3 and TK-4 failures, in both languages: the text carries no rule code
    // (the item's rule field does).
    HouseholdGenerator gen(1818);
    for (int i = 0; i < 400; ++i) {
        const Assessment a = run(gen.next());
        for (const Explanation &e : a.reasons)
            for (Lang lang : {Lang::Zh, Lang::En}) {
                const std::string text = e.render(lang);
                for (size_t k = 0; k + 3 < text.size(); ++k) {
                    const bool code = std::isupper(static_cast<unsigned char>(text[k])) &&
                        std::isupper(static_cast<unsigned char>(text[k + 1])) &&
                        text[k + 2] == '-' && std::isdigit(static_cast<unsigned char>(text[k + 3]));
                    ASSERT_FALSE(code) << e.rule << ": " << text;
                }
                ASSERT_EQ(text.find("Luhn"), std::string::npos) << text;
            }
    }
}

TEST(TekunRules, ObligorRelationTextIsShownLiterally)
{
    // Free text from the input never turns into a term, and a long one is cut.
    M elder("王秀英", "1950-01-01");
    Obligor o = obligor(50);
    o.relation = "@serious_illness";
    elder.m.obligors.push_back(o);
    auto a = run(request({elder}));
    EXPECT_NE(reasonTexts(a, "TK-4", 0, Lang::En).at(0).find("(@serious_illness, aged 50)"),
              std::string::npos);
    elder.m.obligors[0].relation = std::string(10'000, 'x');
    auto b = run(request({elder}));
    EXPECT_LT(reasonTexts(b, "TK-4", 0, Lang::En).at(0).size(), 200u);
}
