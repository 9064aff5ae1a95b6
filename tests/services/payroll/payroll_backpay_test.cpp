// PayrollService across months: PR-2 with every decision kind, back pay for a
// decision taking effect in a locked month (PR-6), a late stop becoming a recovery
// with receipts and a waiver, a hold released after lock reissued once (PR-5), and
// the change table (PR-8).

#include "payroll_fixture.h"

#include <map>

using namespace relief;
using namespace relief::services;
using payroll::LineKind;
using payroll::LineProgramme;
using payroll::RollState;

namespace {

class PayrollMonthsTest : public test::PayrollFixture
{
protected:
    // The case's lines in the month's roll: kind → amount (fen), back pay and
    // reissue keyed by their month too.
    std::map<std::string, std::int64_t> linesOf(std::int64_t caseId, const char *month)
    {
        std::map<std::string, std::int64_t> out;
        for (const auto &l : allLines(month))
            if (l.caseId == caseId)
                out[std::string(payroll::lineKindKey(l.kind)) +
                    (l.forMonth ? " " + l.forMonth->toString() : std::string())] += l.amount.fen();
        return out;
    }
    using Lines = std::map<std::string, std::int64_t>;
};

} // namespace

TEST_F(PayrollMonthsTest, Pr2WithEveryDecisionKindThroughTheService)
{
    const auto x = addCase(household(), CaseProgramme::Dibao);
    decide(x, DecisionKind::Grant, "2025-01", 50000, 2);
    decide(x, DecisionKind::Increase, "2025-10", 60000, 2);
    decide(x, DecisionKind::Decrease, "2025-11", 55000, 2);
    decide(x, DecisionKind::Maintain, "2025-12", 55000, 2);
    decide(x, DecisionKind::StandardChange, "2026-01", 58000, 2);
    const auto exit = addCase(household(), CaseProgramme::SinglePerson);
    decide(exit, DecisionKind::Grant, "2025-01", 40000);
    decide(exit, DecisionKind::GradualExit, "2025-10", 30000, 1, "2025-09-20", ym("2025-11"));
    const auto open = addCase(household(), CaseProgramme::Tekun); // end from the set: 6 months
    decide(open, DecisionKind::GradualExit, "2025-08", 20000, 1, "2025-07-20");
    const auto stop = addCase(household(), CaseProgramme::ChildAllowance);
    decide(stop, DecisionKind::Grant, "2025-01", 10000);
    decide(stop, DecisionKind::Stop, "2025-12", 0, 0, "2025-11-20");
    const auto tie = addCase(household(), CaseProgramme::DisabilityLiving);
    decide(tie, DecisionKind::Increase, "2025-10", 9000, 1, "2025-09-02");
    decide(tie, DecisionKind::Decrease, "2025-10", 7000, 1, "2025-09-01"); // earlier date

    ASSERT_NO_FATAL_FAILURE(runMonth("2025-10"));
    EXPECT_EQ(linesOf(x, "2025-10"), (Lines {{"regular", 60000}}));
    EXPECT_EQ(linesOf(exit, "2025-10"), (Lines {{"regular", 30000}}));
    EXPECT_EQ(linesOf(tie, "2025-10"), (Lines {{"regular", 9000}}));
    ASSERT_NO_FATAL_FAILURE(runMonth("2025-11"));
    EXPECT_EQ(linesOf(x, "2025-11"), (Lines {{"regular", 55000}}));
    EXPECT_EQ(linesOf(exit, "2025-11"), (Lines {{"regular", 30000}}));
    EXPECT_EQ(linesOf(stop, "2025-11"), (Lines {{"regular", 10000}}));
    ASSERT_NO_FATAL_FAILURE(runMonth("2025-12"));
    EXPECT_EQ(linesOf(x, "2025-12"), (Lines {{"regular", 55000}}));
    EXPECT_TRUE(linesOf(exit, "2025-12").empty()); // past its last paid month
    EXPECT_TRUE(linesOf(stop, "2025-12").empty());
    EXPECT_EQ(linesOf(open, "2025-12"), (Lines {{"regular", 20000}}));
    ASSERT_TRUE(payroll->generate(caseworker(), ym("2026-01")).ok());
    EXPECT_EQ(linesOf(x, "2026-01"), (Lines {{"regular", 58000}}));
    EXPECT_EQ(linesOf(open, "2026-01"), (Lines {{"regular", 20000}})); // 2025-08 … 2026-01
    ASSERT_NO_FATAL_FAILURE([&] {
        ASSERT_TRUE(payroll->submit(caseworker(), ym("2026-01")).ok());
        ASSERT_TRUE(payroll->approve(zhao, ym("2026-01")).ok());
        ASSERT_TRUE(payroll->lock(zhao, ym("2026-01")).ok());
    }());
    later();
    ASSERT_TRUE(payroll->generate(caseworker(), ym("2026-02")).ok());
    EXPECT_TRUE(linesOf(open, "2026-02").empty());
    // Nothing was decided late: no back pay, no recovery.
    RollLineFilter backPay;
    backPay.kind = LineKind::BackPay;
    EXPECT_EQ(*payroll->countLines(zhao, ym("2026-02"), backPay), 0);
    EXPECT_TRUE(payroll->recoveries(zhao, {std::nullopt, std::nullopt, true})->empty());

    auto history = payroll->casePayments(zhao, x);
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(history->size(), 5u);
    EXPECT_EQ((*history)[0].rollMonth, ym("2026-02"));
    EXPECT_EQ((*history)[4].rollState, RollState::Locked);
    EXPECT_EQ((*history)[4].amount, Money::fromFen(60000));
}

TEST_F(PayrollMonthsTest, ADecisionEffectiveInALockedMonthIsBackPaidOnce)
{
    const auto a = addCase(household(), CaseProgramme::Dibao);
    decide(a, DecisionKind::Grant, "2025-01", 90000, 2);
    ASSERT_NO_FATAL_FAILURE(runMonth("2025-10"));
    ASSERT_NO_FATAL_FAILURE(runMonth("2025-11"));
    // Recorded now, effective in November (locked); and a late approval from October.
    decide(a, DecisionKind::Increase, "2025-11", 95000, 3, "2025-11-28");
    const auto late = addCase(household(), CaseProgramme::SinglePerson);
    decide(late, DecisionKind::Grant, "2025-10", 40000, 1, "2025-11-30");
    later();

    ASSERT_TRUE(payroll->generate(caseworker(), ym("2025-12")).ok());
    EXPECT_EQ(linesOf(a, "2025-12"), (Lines {{"regular", 95000}, {"back_pay 2025-11", 5000}}));
    EXPECT_EQ(
        linesOf(late, "2025-12"),
        (Lines {{"regular", 40000}, {"back_pay 2025-10", 40000}, {"back_pay 2025-11", 40000}}));
    RollLineFilter backPay;
    backPay.kind = LineKind::BackPay;
    const auto bp = allLines("2025-12", backPay);
    ASSERT_EQ(bp.size(), 3u);
    EXPECT_EQ(bp[0].memo, "补发2025年11月");
    EXPECT_EQ(bp[0].persons, 3);
    // Regenerating keeps it at one.
    ASSERT_TRUE(payroll->generate(caseworker(), ym("2025-12")).ok());
    EXPECT_EQ(*payroll->countLines(zhao, ym("2025-12"), backPay), 3);
    ASSERT_TRUE(payroll->submit(caseworker(), ym("2025-12")).ok());
    ASSERT_TRUE(payroll->approve(zhao, ym("2025-12")).ok());
    ASSERT_TRUE(payroll->lock(zhao, ym("2025-12")).ok());
    later();
    // The months are settled now: January pays no back pay again.
    ASSERT_TRUE(payroll->generate(caseworker(), ym("2026-01")).ok());
    EXPECT_EQ(*payroll->countLines(zhao, ym("2026-01"), backPay), 0);
    EXPECT_EQ(linesOf(a, "2026-01"), (Lines {{"regular", 95000}}));
}

TEST_F(PayrollMonthsTest, AStopRecordedLateBecomesARecoveryWithReceipts)
{
    const auto a = addCase(household(), CaseProgramme::Dibao);
    decide(a, DecisionKind::Grant, "2025-01", 90000, 2);
    const auto b = addCase(household(), CaseProgramme::Tekun);
    decide(b, DecisionKind::Grant, "2025-01", 120000);
    ASSERT_NO_FATAL_FAILURE(runMonth("2025-11"));
    decide(a, DecisionKind::Stop, "2025-11", 0, 0, "2025-11-25", std::nullopt, "迁出");
    decide(b, DecisionKind::Decrease, "2025-11", 100000, 1, "2025-11-25", std::nullopt, "收入增加");
    later();

    ASSERT_TRUE(payroll->generate(caseworker(), ym("2025-12")).ok());
    EXPECT_TRUE(linesOf(a, "2025-12").empty());
    auto drafts = payroll->recoveries(zhao, {std::nullopt, std::nullopt, true});
    ASSERT_TRUE(drafts.ok());
    ASSERT_EQ(drafts->size(), 2u);
    EXPECT_FALSE((*drafts)[0].real);
    EXPECT_TRUE(payroll->recoveries(zhao, {})->empty()); // not real while the roll is a draft
    // Not yet collectable.
    EXPECT_EQ(payroll
                  ->recordReceipt(caseworker(), (*drafts)[0].id, Money::fromFen(100),
                                  *Date::parse("2025-12-20"), "R1", "")
                  .error()
                  .code,
              ErrorCode::Conflict);
    ASSERT_TRUE(payroll->submit(caseworker(), ym("2025-12")).ok());
    ASSERT_TRUE(payroll->approve(zhao, ym("2025-12")).ok());
    ASSERT_TRUE(payroll->lock(zhao, ym("2025-12")).ok());
    later();

    auto open = payroll->recoveries(zhao, {RecoveryStatus::Open, std::nullopt, false});
    ASSERT_TRUE(open.ok());
    ASSERT_EQ(open->size(), 2u);
    const RecoveryView stopRec = (*open)[1].caseId == a ? (*open)[1] : (*open)[0];
    const RecoveryView decRec = (*open)[1].caseId == a ? (*open)[0] : (*open)[1];
    EXPECT_EQ(stopRec.amount, Money::fromFen(90000));
    EXPECT_EQ(stopRec.month, ym("2025-11"));
    EXPECT_EQ(stopRec.reason, "迁出");
    EXPECT_TRUE(stopRec.real);
    EXPECT_EQ(decRec.amount, Money::fromFen(20000));

    const Date on = *Date::parse("2025-12-20");
    EXPECT_EQ(
        payroll->recordReceipt(zhao, stopRec.id, Money::fromFen(100), on, "R1", "").error().code,
        ErrorCode::PermissionDenied);
    auto partly =
        payroll->recordReceipt(caseworker(), stopRec.id, Money::fromFen(30000), on, "R1", "第一次");
    ASSERT_TRUE(partly.ok()) << partly.error().message;
    EXPECT_EQ(partly->status, RecoveryStatus::Partly);
    EXPECT_EQ(partly->collected, Money::fromFen(30000));
    auto tooMuch =
        payroll->recordReceipt(caseworker(), stopRec.id, Money::fromFen(60001), on, "R2", "");
    EXPECT_EQ(tooMuch.error().field, "amount");
    auto done =
        payroll->recordReceipt(caseworker(), stopRec.id, Money::fromFen(60000), on, "R2", "");
    ASSERT_TRUE(done.ok());
    EXPECT_EQ(done->status, RecoveryStatus::Collected);
    EXPECT_EQ(payroll->recordReceipt(caseworker(), stopRec.id, Money::fromFen(1), on, "R3", "")
                  .error()
                  .code,
              ErrorCode::Conflict);

    EXPECT_EQ(payroll->waive(caseworker(), decRec.id, "困难").error().code,
              ErrorCode::PermissionDenied);
    EXPECT_EQ(payroll->waive(zhao, decRec.id, "").error().field, "reason");
    auto waived = payroll->waive(zhao, decRec.id, "家庭困难，经审批免除");
    ASSERT_TRUE(waived.ok());
    EXPECT_EQ(waived->status, RecoveryStatus::Waived);
    EXPECT_EQ(count("SELECT count(*) FROM recovery_receipts"), 2);

    // The month stays settled: January finds no new recovery.
    ASSERT_TRUE(payroll->generate(caseworker(), ym("2026-01")).ok());
    EXPECT_EQ(count("SELECT count(*) FROM recoveries"), 2);
}

TEST_F(PayrollMonthsTest, AHoldReleasedAfterLockIsReissuedOnce)
{
    const auto a = addCase(household(), CaseProgramme::Dibao);
    decide(a, DecisionKind::Grant, "2025-01", 90000, 2);
    ASSERT_TRUE(payroll->generate(caseworker(), ym("2025-11")).ok());
    const auto line = allLines("2025-11").at(0);
    ASSERT_TRUE(payroll->hold(caseworker(), line.id, "死亡待核").ok());
    ASSERT_TRUE(payroll->submit(caseworker(), ym("2025-11")).ok());
    // Past draft: neither hold nor release.
    EXPECT_EQ(payroll->release(caseworker(), line.id).error().code, ErrorCode::Conflict);
    ASSERT_TRUE(payroll->approve(zhao, ym("2025-11")).ok());
    ASSERT_TRUE(payroll->lock(zhao, ym("2025-11")).ok());
    later();

    // Generated before the release: no reissue yet.
    ASSERT_TRUE(payroll->generate(caseworker(), ym("2025-12")).ok());
    EXPECT_EQ(linesOf(a, "2025-12"), (Lines {{"regular", 90000}}));
    EXPECT_EQ(payroll->release(zhao, line.id).error().code, ErrorCode::PermissionDenied);
    ASSERT_TRUE(payroll->release(caseworker(), line.id).ok());
    EXPECT_EQ(payroll->release(caseworker(), line.id).error().code, ErrorCode::Conflict);
    EXPECT_TRUE(allLines("2025-11").at(0).held); // the locked line is unchanged

    ASSERT_TRUE(payroll->generate(caseworker(), ym("2025-12")).ok());
    EXPECT_EQ(linesOf(a, "2025-12"), (Lines {{"regular", 90000}, {"reissue 2025-11", 90000}}));
    ASSERT_TRUE(payroll->generate(caseworker(), ym("2025-12")).ok());
    RollLineFilter reissue;
    reissue.kind = LineKind::Reissue;
    const auto r = allLines("2025-12", reissue);
    ASSERT_EQ(r.size(), 1u);
    EXPECT_EQ(r[0].memo, "重发2025年11月");
    // The held month counts as settled: no back pay for it.
    RollLineFilter backPay;
    backPay.kind = LineKind::BackPay;
    EXPECT_EQ(*payroll->countLines(zhao, ym("2025-12"), backPay), 0);
    ASSERT_TRUE(payroll->submit(caseworker(), ym("2025-12")).ok());
    ASSERT_TRUE(payroll->approve(zhao, ym("2025-12")).ok());
    ASSERT_TRUE(payroll->lock(zhao, ym("2025-12")).ok());
    later();
    ASSERT_TRUE(payroll->generate(caseworker(), ym("2026-01")).ok());
    EXPECT_EQ(linesOf(a, "2026-01"), (Lines {{"regular", 90000}}));
}

TEST_F(PayrollMonthsTest, TheChangeTableComparesWithThePreviousMonth)
{
    const auto same = addCase(household(), CaseProgramme::Dibao);
    decide(same, DecisionKind::Grant, "2025-01", 90000, 2);
    const auto up = addCase(household(), CaseProgramme::Dibao);
    decide(up, DecisionKind::Grant, "2025-01", 50000, 1);
    const auto gone = addCase(household(), CaseProgramme::Tekun);
    decide(gone, DecisionKind::Grant, "2025-01", 120000);
    ASSERT_NO_FATAL_FAILURE(runMonth("2025-11"));
    auto first = payroll->changeTable(zhao, ym("2025-11"));
    ASSERT_TRUE(first.ok()) << first.error().message;
    EXPECT_FALSE(first->previous);
    EXPECT_EQ(first->table.cases.size(), 3u); // the first roll: every case new

    decide(up, DecisionKind::Increase, "2025-12", 60000, 2, "2025-11-20", std::nullopt, "增人");
    decide(gone, DecisionKind::Stop, "2025-12", 0, 0, "2025-11-20", std::nullopt, "死亡");
    const auto fresh = addCase(household(), CaseProgramme::SinglePerson);
    decide(fresh, DecisionKind::Grant, "2025-12", 40000, 1, "2025-11-21", std::nullopt, "新申请");
    ASSERT_TRUE(payroll->generate(caseworker(), ym("2025-12")).ok());
    auto view = payroll->changeTable(zhao, ym("2025-12"));
    ASSERT_TRUE(view.ok()) << view.error().message;
    ASSERT_TRUE(view->previous);
    EXPECT_EQ(view->previous->month, ym("2025-11"));
    std::map<std::int64_t, payroll::CaseChange> byCase;
    for (const auto &c : view->table.cases)
        byCase[c.caseId] = c;
    ASSERT_EQ(byCase.size(), 3u);
    EXPECT_EQ(byCase[up].kind, payroll::ChangeKind::Increased);
    EXPECT_EQ(byCase[up].reason, "增人");
    EXPECT_EQ(byCase[gone].kind, payroll::ChangeKind::Stopped);
    EXPECT_EQ(byCase[gone].reason, "死亡");
    EXPECT_EQ(byCase[fresh].kind, payroll::ChangeKind::New);
    EXPECT_FALSE(byCase.count(same));
    for (const auto &b : view->table.balances) {
        Money diff;
        for (const auto &g : view->table.groups)
            if (g.communityId == b.communityId && g.programme == b.programme)
                diff += g.difference;
        EXPECT_EQ(b.before + diff, b.after);
    }
    EXPECT_EQ(view->householdNumbers.size(), 3u);
    EXPECT_FALSE(view->communityNames.empty());
    EXPECT_EQ(payroll->changeTable(zhao, ym("2026-03")).error().code, ErrorCode::NotFound);
}

// Issue 11 §6: one roll with every line kind — regular, price subsidy, back pay after a
// standard change in a locked month, and a reissue — and its totals by programme and kind.
TEST_F(PayrollMonthsTest, ARollWithEveryLineKind)
{
    const auto a = addCase(household(), CaseProgramme::Dibao);
    decide(a, DecisionKind::Grant, "2025-01", 90000, 2);
    const auto b = addCase(household(), CaseProgramme::SinglePerson);
    decide(b, DecisionKind::Grant, "2025-01", 40000);
    ASSERT_TRUE(payroll->generate(caseworker(), ym("2025-11")).ok());
    const auto held = allLines("2025-11").at(1);
    ASSERT_EQ(held.caseId, b);
    ASSERT_TRUE(payroll->hold(caseworker(), held.id, "待核").ok());
    ASSERT_TRUE(payroll->submit(caseworker(), ym("2025-11")).ok());
    ASSERT_TRUE(payroll->approve(zhao, ym("2025-11")).ok());
    ASSERT_TRUE(payroll->lock(zhao, ym("2025-11")).ok());
    later();
    ASSERT_TRUE(payroll->release(caseworker(), held.id).ok());
    // The standard-change batch approved after November was locked (DA-4).
    decide(a, DecisionKind::StandardChange, "2025-11", 96000, 2, "2025-11-28", std::nullopt,
           "提标");
    ASSERT_TRUE(prices->set(zhao, ym("2025-12"), "3.6", "6.5").ok());
    later();

    auto g = payroll->generate(caseworker(), ym("2025-12"));
    ASSERT_TRUE(g.ok()) << g.error().message;
    EXPECT_EQ(linesOf(a, "2025-12")["back_pay 2025-11"], 6000);
    EXPECT_EQ(linesOf(b, "2025-12")["reissue 2025-11"], 40000);
    auto o = payroll->overview(zhao, ym("2025-12"));
    ASSERT_TRUE(o.ok() && *o);
    std::vector<std::pair<LineProgramme, LineKind>> kinds;
    for (const auto &t : (*o)->totals.byProgramme)
        kinds.emplace_back(t.programme, t.kind);
    const std::vector<std::pair<LineProgramme, LineKind>> expected = {
        {LineProgramme::Dibao, LineKind::Regular},
        {LineProgramme::Dibao, LineKind::BackPay},
        {LineProgramme::SinglePerson, LineKind::Regular},
        {LineProgramme::SinglePerson, LineKind::Reissue},
        {LineProgramme::PriceSubsidy, LineKind::Regular}};
    EXPECT_EQ(kinds, expected);
    EXPECT_EQ((*o)->totals.lines, 6);
    ASSERT_TRUE(payroll->submit(caseworker(), ym("2025-12")).ok());
    ASSERT_TRUE(payroll->approve(qian, ym("2025-12")).ok());
    auto locked = payroll->lock(qian, ym("2025-12"));
    ASSERT_TRUE(locked.ok());
    EXPECT_EQ(locked->lockedLines, 6);
    EXPECT_EQ(locked->lockedAmount, (*o)->totals.amount);
}
