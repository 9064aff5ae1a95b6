// PayrollService: the month's roll from imported and recorded cases, its steps and
// their refusals (four-eyes, order of months, locked rolls), holds, price subsidies,
// and the SQL generation checked against payroll::generateRoll.

#include "payroll_fixture.h"

#include "services/audit_log.h"
#include "services/ledger/ledger_import_service.h"
#include "services/policy/policy_service.h"
#include "storage/database_error.h"
#include "storage/payroll/payroll_repository.h"

#include "domain/rules/benefit_rules.h"

#include <algorithm>
#include <tuple>

using namespace relief;
using namespace relief::services;
using payroll::LineKind;
using payroll::LineProgramme;
using payroll::RollState;
using payroll::RollStep;
using relief::test::makeIdNumber;

namespace {

class PayrollServiceTest : public test::PayrollFixture
{
protected:
    // Two households as a ledger gives them: a dibao family of three with an account,
    // a 特困 elder without one (PR-4 problem).
    void importLedger()
    {
        const std::string file =
            std::string("household_no,relation,name,id_number,phone,address,community,area,"
                        "wage_income,pension_income,programme,status,start_month,monthly_amount,"
                        "bank_name,bank_account,account_holder\n") +
            "L001,head,王秀英,11010519491231002X,13800000000,幸福路1号,幸福社区,urban,,300.00,"
            "dibao,在保,2025-03,830.00,农业银行,6222021234567890128,王秀英\n"
            "L001,spouse,李建国,440524188001010014,,,,,,,,,,,,,\n" +
            "L001,grandchild,李小明," + makeIdNumber("110105", "20150101", 1) +
            ",,,,,,,,,,,,,\n"
            "L002,head,赵六," +
            makeIdNumber("110105", "19400101", 31) +
            ",,和平街9号,和平社区,urban,,,tekun,在保,2024-01,1269.00,,,\n";
        auto report = LedgerImportService(*db, clock).importLedger(caseworker(), file, "l.csv");
        ASSERT_TRUE(report.ok()) << report.error().message;
        ASSERT_TRUE(report->committed);
    }

    class Cancelling final : public JobControl
    {
    public:
        void stage(const std::string &) override { }
        void progress(std::int64_t done, std::int64_t) override { stop = done >= 1; }
        bool cancelRequested() const override { return stop; }
        bool stop = false;
    };
};

} // namespace

TEST_F(PayrollServiceTest, ARollFromImportedCasesIsGeneratedApprovedAndLocked)
{
    importLedger();
    auto g = payroll->generate(caseworker(), ym("2025-12"));
    ASSERT_TRUE(g.ok()) << g.error().message;
    EXPECT_EQ(g->state, RollState::Draft);
    EXPECT_EQ(g->lines, 2);
    EXPECT_EQ(g->amount, Money::fromFen(83000 + 126900));
    EXPECT_EQ(g->generatedBy, "wang");

    auto o = payroll->overview(zhao, ym("2025-12"));
    ASSERT_TRUE(o.ok() && *o);
    ASSERT_EQ((*o)->totals.byProgramme.size(), 2u);
    EXPECT_EQ((*o)->totals.byProgramme[0].programme, LineProgramme::Dibao);
    EXPECT_EQ((*o)->totals.byProgramme[0].cases, 1);
    // The persons are the grant's (the import records those the dibao covers).
    EXPECT_EQ((*o)->totals.byProgramme[0].persons,
              count("SELECT person_count FROM decisions d JOIN cases c ON c.id = d.case_id "
                    "WHERE c.programme = 'dibao'"));
    EXPECT_EQ((*o)->totals.byProgramme[1].programme, LineProgramme::Tekun);
    ASSERT_EQ((*o)->problems.size(), 1u); // the 特困 elder has no account
    EXPECT_EQ((*o)->problems[0].key, "no_valid_account");
    EXPECT_TRUE((*o)->problems[0].blocking);

    // Masked unless the role may see personal numbers.
    const auto lines = allLines("2025-12");
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_EQ(lines[0].bankAccount, "6222021234567890128");
    const auto statistician = addUser("tong", {Role::Statistician});
    auto masked = payroll->lines(statistician, ym("2025-12"), {}, 0, 10);
    ASSERT_TRUE(masked.ok());
    EXPECT_EQ((*masked)[0].bankAccount.find("6222021234567890128"), std::string::npos);
    EXPECT_NE((*masked)[0].bankAccount.find("0128"), std::string::npos);
    EXPECT_EQ(payroll->generate(statistician, ym("2025-12")).error().code,
              ErrorCode::PermissionDenied);
    EXPECT_FALSE(lines[1].accountValid);
    RollLineFilter problems;
    problems.problemsOnly = true;
    EXPECT_EQ(*payroll->countLines(zhao, ym("2025-12"), problems), 1);

    // A blocking problem stops approval until the line is held (PR-4 reading).
    ASSERT_TRUE(payroll->submit(caseworker(), ym("2025-12")).ok());
    auto refused = payroll->approve(qian, ym("2025-12"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Conflict);
    EXPECT_NE(refused.error().message.find("valid payee account"), std::string::npos);
    ASSERT_TRUE(payroll->returnToDraft(qian, ym("2025-12"), "账户缺失").ok());
    ASSERT_TRUE(payroll->hold(caseworker(), lines[1].id, "待补账户").ok());
    ASSERT_TRUE(payroll->submit(caseworker(), ym("2025-12")).ok());
    ASSERT_TRUE(payroll->approve(qian, ym("2025-12")).ok());
    auto locked = payroll->lock(qian, ym("2025-12"));
    ASSERT_TRUE(locked.ok()) << locked.error().message;
    EXPECT_EQ(locked->state, RollState::Locked);
    EXPECT_EQ(locked->lockedLines, 2);
    EXPECT_EQ(locked->lockedAmount, Money::fromFen(83000 + 126900));

    // The head recorded is the lock's own audit record.
    storage::Statement last(*db, "SELECT id, hash, action FROM audit_log ORDER BY id DESC LIMIT 1");
    ASSERT_TRUE(last.step());
    EXPECT_EQ(locked->auditHeadId, last.int64(0));
    EXPECT_EQ(locked->auditHeadHash, last.text(1));
    EXPECT_EQ(last.text(2), "payroll.lock");

    auto report = payroll->report(ym("2025-12"));
    ASSERT_TRUE(report.ok());
    EXPECT_EQ(report->totals.heldLines, 1);
    EXPECT_EQ(report->totals.amount, Money::fromFen(83000 + 126900));
    EXPECT_EQ(payroll->report(ym("2026-01")).error().code, ErrorCode::NotFound);
    EXPECT_EQ(count("SELECT count(*) FROM audit_log WHERE action LIKE 'payroll.%'"), 7);
}

TEST_F(PayrollServiceTest, TheSubmitterMayNotApprove)
{
    const auto both = addUser("sun", {Role::Caseworker, Role::Supervisor});
    const auto c = addCase(household(), CaseProgramme::Dibao);
    decide(c, DecisionKind::Grant, "2025-01", 90000, 2);
    ASSERT_TRUE(payroll->generate(both, ym("2025-12")).ok());
    ASSERT_TRUE(payroll->submit(both, ym("2025-12")).ok());
    auto own = payroll->approve(both, ym("2025-12"));
    ASSERT_FALSE(own.ok());
    EXPECT_EQ(own.error().code, ErrorCode::PermissionDenied);
    EXPECT_NE(own.error().message.find("four-eyes"), std::string::npos);
    auto byCaseworker = payroll->approve(caseworker(), ym("2025-12"));
    EXPECT_EQ(byCaseworker.error().code, ErrorCode::PermissionDenied);
    auto early = payroll->lock(zhao, ym("2025-12"));
    EXPECT_EQ(early.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(payroll->approve(zhao, ym("2025-12")).ok());
    auto steps = payroll->allowedSteps(zhao, ym("2025-12"));
    ASSERT_TRUE(steps.ok());
    EXPECT_EQ(*steps, std::vector<RollStep> {RollStep::Lock});
}

TEST_F(PayrollServiceTest, RegeneratingADraftReplacesItsLinesAndKeepsItsHolds)
{
    const auto a = addCase(household(), CaseProgramme::Dibao);
    decide(a, DecisionKind::Grant, "2025-01", 90000, 2);
    const auto b = addCase(household(), CaseProgramme::SinglePerson);
    decide(b, DecisionKind::Grant, "2025-01", 50000);
    ASSERT_TRUE(payroll->generate(caseworker(), ym("2025-12")).ok());
    const auto first = allLines("2025-12");
    ASSERT_EQ(first.size(), 2u);
    ASSERT_TRUE(payroll->hold(caseworker(), first[1].id, "核查收入").ok());
    EXPECT_EQ(payroll->hold(caseworker(), first[1].id, "again").error().code, ErrorCode::Conflict);
    EXPECT_EQ(payroll->hold(caseworker(), first[0].id, " ").error().field, "reason");

    later();
    decide(a, DecisionKind::Increase, "2025-12", 95000, 3, "2025-11-20");
    const auto c = addCase(household(), CaseProgramme::DisabilityLiving);
    decide(c, DecisionKind::Grant, "2025-12", 8000);
    auto again = payroll->generate(caseworker(), ym("2025-12"));
    ASSERT_TRUE(again.ok()) << again.error().message;
    const auto lines = allLines("2025-12");
    ASSERT_EQ(lines.size(), 3u);
    EXPECT_EQ(lines[0].amount, Money::fromFen(95000));
    EXPECT_EQ(lines[0].persons, 3);
    EXPECT_TRUE(lines[1].held);
    EXPECT_EQ(lines[1].holdReason, "核查收入");
    EXPECT_EQ(count("SELECT count(*) FROM roll_lines"), 3);
    EXPECT_EQ(count("SELECT count(*) FROM audit_log WHERE action = 'payroll.generate'"), 2);

    // Released in the draft: the line is simply paid.
    ASSERT_TRUE(payroll->release(caseworker(), lines[1].id).ok());
    EXPECT_FALSE(allLines("2025-12")[1].held);
    EXPECT_EQ(payroll->release(caseworker(), lines[1].id).error().code, ErrorCode::Conflict);
}

TEST_F(PayrollServiceTest, ASecondRollNeedsTheFirstLockedAndMonthsGoInOrder)
{
    const auto a = addCase(household(), CaseProgramme::Dibao);
    decide(a, DecisionKind::Grant, "2025-01", 90000, 2);
    ASSERT_TRUE(payroll->generate(caseworker(), ym("2025-11")).ok());
    auto second = payroll->generate(caseworker(), ym("2025-12"));
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().code, ErrorCode::Conflict);
    EXPECT_NE(second.error().message.find("2025-11"), std::string::npos);
    auto gap = payroll->generate(caseworker(), ym("2026-01"));
    EXPECT_EQ(gap.error().code, ErrorCode::Conflict);
    EXPECT_EQ(payroll->generate(zhao, ym("2025-11")).error().code, ErrorCode::PermissionDenied);

    ASSERT_NO_FATAL_FAILURE(runMonth("2025-11"));
    ASSERT_TRUE(payroll->generate(caseworker(), ym("2025-12")).ok());
    auto rolls = payroll->rolls(zhao);
    ASSERT_TRUE(rolls.ok());
    ASSERT_EQ(rolls->size(), 2u);
    EXPECT_EQ((*rolls)[0].month, ym("2025-12"));
    EXPECT_EQ((*rolls)[1].state, RollState::Locked);
    auto earlier = payroll->generate(caseworker(), ym("2025-10"));
    EXPECT_EQ(earlier.error().code, ErrorCode::Conflict);
}

TEST_F(PayrollServiceTest, ALockedRollIsImmutable)
{
    const auto a = addCase(household(), CaseProgramme::Dibao);
    decide(a, DecisionKind::Grant, "2025-01", 90000, 2);
    ASSERT_NO_FATAL_FAILURE(runMonth("2025-12"));
    auto regenerate = payroll->generate(caseworker(), ym("2025-12"));
    ASSERT_FALSE(regenerate.ok());
    EXPECT_EQ(regenerate.error().code, ErrorCode::Conflict);
    EXPECT_NE(regenerate.error().message.find("locked"), std::string::npos);
    const auto lines = allLines("2025-12");
    ASSERT_EQ(lines.size(), 1u);
    EXPECT_EQ(payroll->hold(caseworker(), lines[0].id, "x").error().code, ErrorCode::Conflict);
    EXPECT_EQ(payroll->submit(caseworker(), ym("2025-12")).error().code, ErrorCode::Conflict);
    EXPECT_EQ(payroll->returnToDraft(zhao, ym("2025-12"), "x").error().code, ErrorCode::Conflict);
    // Behind the program's back, the triggers refuse.
    EXPECT_THROW(db->exec("UPDATE roll_lines SET amount = amount + 1"), storage::DatabaseError);
    EXPECT_THROW(db->exec("DELETE FROM roll_lines"), storage::DatabaseError);
    EXPECT_THROW(db->exec("UPDATE payroll_rolls SET total_amount = 0"), storage::DatabaseError);
    EXPECT_THROW(db->exec("UPDATE payroll_rolls SET state = 'draft'"), storage::DatabaseError);
    EXPECT_EQ(count("SELECT total_amount FROM payroll_rolls"), 90000);
}

TEST_F(PayrollServiceTest, MarginalCasesAreNeverPaid)
{
    const auto h = household();
    const auto m = addCase(h, CaseProgramme::Marginal);
    decide(m, DecisionKind::Grant, "2025-01", 30000, 2);
    const auto stopped = addCase(household(), CaseProgramme::Dibao);
    decide(stopped, DecisionKind::Grant, "2025-01", 30000, 1);
    decide(stopped, DecisionKind::Stop, "2025-11", 0);
    ASSERT_TRUE(prices->set(zhao, ym("2025-12"), "4.0", "7.0").ok());
    auto g = payroll->generate(caseworker(), ym("2025-12"));
    ASSERT_TRUE(g.ok());
    EXPECT_EQ(g->lines, 0);
    EXPECT_EQ(count("SELECT count(*) FROM roll_lines"), 0);
}

TEST_F(PayrollServiceTest, ATriggeredMonthAddsPriceSubsidies)
{
    const auto urban = addCase(household(), CaseProgramme::Dibao);
    decide(urban, DecisionKind::Grant, "2025-01", 90000, 3);
    const auto rural = addCase(household(kAccount, Area::Rural), CaseProgramme::Tekun);
    decide(rural, DecisionKind::Grant, "2025-01", 120000);
    const auto disabled = addCase(household(), CaseProgramme::DisabilityCare);
    decide(disabled, DecisionKind::Grant, "2025-01", 9000);

    EXPECT_EQ(prices->set(caseworker(), ym("2025-12"), "3.6", "6.5").error().code,
              ErrorCode::PermissionDenied);
    EXPECT_EQ(prices->set(zhao, ym("2025-12"), "3.65", "6.5").error().field, "cpi");
    EXPECT_EQ(prices->set(zhao, ym("2025-12"), "3.6", "abc").error().field, "food");
    auto set = prices->set(zhao, ym("2025-12"), "3.6", "6.5");
    ASSERT_TRUE(set.ok()) << set.error().message;
    EXPECT_TRUE(set->triggers);

    auto g = payroll->generate(caseworker(), ym("2025-12"));
    ASSERT_TRUE(g.ok()) << g.error().message;
    EXPECT_TRUE(g->priceSubsidyTriggered);
    RollLineFilter ps;
    ps.programme = LineProgramme::PriceSubsidy;
    const auto lines = allLines("2025-12", ps);
    ASSERT_EQ(lines.size(), 2u); // dibao and 特困; no disability subsidy (PS-4)
    EXPECT_EQ(lines[0].caseId, urban);
    EXPECT_EQ(lines[0].persons, 3);
    EXPECT_EQ(lines[0].memo, "临时价补");
    EXPECT_EQ(lines[1].caseId, rural);

    // The amounts are the domain's PS-3 per person × persons.
    auto policy = PolicyService(*db, clock).inForceForMonth(ym("2025-12"));
    ASSERT_TRUE(policy.ok());
    PriceIndices pi;
    pi.month = ym("2025-12");
    pi.cpiYoy = *Decimal::parse("3.6");
    pi.foodYoy = *Decimal::parse("6.5");
    pi.cpiText = "3.6";
    pi.foodText = "6.5";
    const auto u = priceSubsidy(pi, *policy, policy->standardUrban, 1);
    const auto r = priceSubsidy(pi, *policy, policy->standardRural, 1);
    EXPECT_EQ(lines[0].amount, u.perPerson * 3);
    EXPECT_EQ(lines[1].amount, r.perPerson);

    // Indices below the thresholds: regenerated without subsidies.
    ASSERT_TRUE(prices->set(zhao, ym("2025-12"), "1.0", "2.0").ok());
    ASSERT_TRUE(payroll->generate(caseworker(), ym("2025-12")).ok());
    EXPECT_TRUE(allLines("2025-12", ps).empty());
    auto list = prices->list(zhao);
    ASSERT_TRUE(list.ok());
    ASSERT_EQ(list->size(), 1u);
    EXPECT_FALSE((*list)[0].triggers);
}

TEST_F(PayrollServiceTest, ACancelledGenerationLeavesNothing)
{
    const auto a = addCase(household(), CaseProgramme::Dibao);
    decide(a, DecisionKind::Grant, "2025-01", 90000, 2);
    Cancelling job;
    auto g = payroll->generate(caseworker(), ym("2025-12"), job);
    ASSERT_FALSE(g.ok());
    EXPECT_EQ(g.error().code, ErrorCode::Cancelled);
    EXPECT_EQ(count("SELECT count(*) FROM payroll_rolls"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM roll_lines"), 0);
}

// The set-based SQL and payroll::generateRoll over the same cases give the same lines.
TEST_F(PayrollServiceTest, TheSqlLinesEqualTheDomainsGenerateRoll)
{
    const CaseProgramme programmes[] = {CaseProgramme::Dibao,
                                        CaseProgramme::SinglePerson,
                                        CaseProgramme::Tekun,
                                        CaseProgramme::ChildAllowance,
                                        CaseProgramme::DisabilityLiving,
                                        CaseProgramme::DisabilityCare,
                                        CaseProgramme::Marginal};
    for (int i = 0; i < 42; ++i) {
        const auto h = household(i % 5 == 0 ? "" : kAccount, i % 3 ? Area::Urban : Area::Rural,
                                 i % 2 ? xingfu : heping);
        const CaseProgramme p = programmes[i % 7];
        const auto c = addCase(h, p);
        const int n = p == CaseProgramme::Dibao ? 1 + i % 4 : 1;
        decide(c, DecisionKind::Grant, "2025-03", 10000 + 100 * i, n);
        switch (i % 6) {
        case 0: // equal E: the later decision date governs
            decide(c, DecisionKind::Increase, "2025-10", 20000 + i, n, "2025-09-01");
            decide(c, DecisionKind::Decrease, "2025-10", 15000 + i, n, "2025-09-02");
            break;
        case 1: // equal E and date: the higher id governs
            decide(c, DecisionKind::Decrease, "2025-11", 9000 + i, n, "2025-10-01");
            decide(c, DecisionKind::Increase, "2025-11", 19000 + i, n, "2025-10-01");
            break;
        case 2: // a stop
            decide(c, DecisionKind::Stop, "2025-12", 0, 0, "2025-11-15");
            break;
        case 3: // a gradual exit still running, one ended, one without its end recorded
            decide(c, DecisionKind::GradualExit, "2025-09", 7000 + i, n, "2025-08-01",
                   i % 4 == 3 ? std::optional<YearMonth>(ym("2025-12")) : std::nullopt);
            break;
        case 4:
            decide(c, DecisionKind::GradualExit, "2025-06", 6000 + i, n, "2025-05-01",
                   ym("2025-08"));
            break;
        default: // a decision taking effect after M
            decide(c, DecisionKind::Increase, "2026-02", 30000 + i, n, "2025-12-01");
            break;
        }
    }
    ASSERT_TRUE(prices->set(zhao, ym("2025-12"), "3.6", "6.0").ok());
    auto g = payroll->generate(caseworker(), ym("2025-12"));
    ASSERT_TRUE(g.ok()) << g.error().message;

    storage::PayrollRepository repo(*db);
    const auto roll = repo.roll(ym("2025-12"));
    ASSERT_TRUE(roll);
    auto sql = repo.rollLines(roll->id);

    payroll::RollInput in;
    in.month = ym("2025-12");
    in.cases = repo.payrollCases(std::nullopt);
    auto versions = PolicyService(*db, clock).list();
    ASSERT_TRUE(versions.ok());
    for (const auto &v : *versions)
        in.sets.push_back(v.parameters);
    PriceIndices pi;
    pi.month = in.month;
    pi.cpiYoy = *Decimal::parse("3.6");
    pi.foodYoy = *Decimal::parse("6.0");
    pi.cpiText = "3.6";
    pi.foodText = "6.0";
    in.indices = pi;
    const payroll::Roll domain = payroll::generateRoll(in);
    EXPECT_TRUE(domain.priceSubsidyTriggered);
    EXPECT_EQ(roll->priceTriggered, domain.priceSubsidyTriggered);

    auto key = [](const payroll::RollLine &l) {
        return std::make_tuple(l.caseId, l.programme, l.kind, l.forMonth, l.amount.fen(), l.persons,
                               l.householdId, l.personId, l.communityId, l.memo);
    };
    std::vector<decltype(key(sql[0]))> a, b;
    for (const auto &l : sql)
        a.push_back(key(l));
    for (const auto &l : domain.lines)
        b.push_back(key(l));
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    EXPECT_GT(a.size(), 30u);
    EXPECT_EQ(a, b);
}

TEST_F(PayrollServiceTest, LinesComeInKeysetPagesWithFiltersAndProblemsAreListed)
{
    std::vector<std::int64_t> cases;
    for (int i = 0; i < 7; ++i) {
        const auto c = addCase(household(kAccount, Area::Urban, i % 2 ? heping : xingfu),
                               i % 3 ? CaseProgramme::Tekun : CaseProgramme::Dibao);
        decide(c, DecisionKind::Grant, "2025-01", 10000 + i, 1);
        cases.push_back(c);
    }
    ASSERT_TRUE(payroll->generate(caseworker(), ym("2025-12")).ok());
    std::vector<std::int64_t> seen;
    std::int64_t after = 0;
    for (;;) {
        auto page = payroll->lines(zhao, ym("2025-12"), {}, after, 3);
        ASSERT_TRUE(page.ok());
        if (page->empty())
            break;
        EXPECT_LE(page->size(), 3u);
        for (const auto &l : *page)
            seen.push_back(l.caseId);
        after = page->back().id;
    }
    EXPECT_EQ(seen, cases);
    RollLineFilter f;
    f.communityId = heping;
    f.programme = LineProgramme::Tekun;
    EXPECT_EQ(*payroll->countLines(zhao, ym("2025-12"), f), 2); // cases 1 and 5
    const auto first = allLines("2025-12").at(0);
    RollLineFilter search;
    search.search = first.householdNumber;
    const auto found = allLines("2025-12", search);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].id, first.id);
    EXPECT_EQ(found[0].communityName, "幸福社区");

    // A hold whose line is gone after regeneration is a problem (not blocking).
    ASSERT_TRUE(payroll->hold(caseworker(), first.id, "核查").ok());
    later();
    decide(cases[0], DecisionKind::Stop, "2025-12", 0, 0, "2025-11-30");
    ASSERT_TRUE(payroll->generate(caseworker(), ym("2025-12")).ok());
    auto o = payroll->overview(zhao, ym("2025-12"));
    ASSERT_TRUE(o.ok() && *o);
    ASSERT_EQ((*o)->problems.size(), 1u);
    EXPECT_EQ((*o)->problems[0].key, "hold_without_line");
    EXPECT_FALSE((*o)->problems[0].blocking);
    EXPECT_EQ((*o)->problems[0].caseId, cases[0]);
    auto report = payroll->report(ym("2025-12"));
    ASSERT_TRUE(report.ok());
    EXPECT_EQ(report->problemKeys, std::vector<std::string> {"hold_without_line"});
    ASSERT_TRUE(payroll->submit(caseworker(), ym("2025-12")).ok());
    EXPECT_EQ(payroll->returnToDraft(zhao, ym("2025-12"), "  ").error().field, "reason");
    EXPECT_TRUE(payroll->approve(zhao, ym("2025-12")).ok());
}
