// A year of payroll over random cases whose decisions are often recorded late:
// after each month's roll is locked and the next one generated, every locked month
// is settled to exactly the amount PR-2 now says was due (PR-6), lines are never
// negative, and a month is never back-paid and recovered at once.

#include "domain/payroll/roll_lines.h"
#include "payroll_test_support.h"

#include <gtest/gtest.h>

#include <map>
#include <random>

using namespace relief;
using namespace relief::payroll;
using namespace relief::test;

namespace {

struct Recorded
{
    Decision decision;
    YearMonth recordedIn; // known to rolls generated for later months
};

struct SimCase
{
    Case c;
    std::vector<Recorded> decisions;
};

std::vector<SimCase> randomCases(std::mt19937 &rng, int count)
{
    const std::vector<CaseProgramme> programmes = {CaseProgramme::Dibao,
                                                   CaseProgramme::SinglePerson,
                                                   CaseProgramme::Tekun,
                                                   CaseProgramme::ChildAllowance,
                                                   CaseProgramme::DisabilityLiving,
                                                   CaseProgramme::DisabilityCare,
                                                   CaseProgramme::Marginal};
    const std::vector<DecisionKind> changes = {
        DecisionKind::Increase,       DecisionKind::Decrease,    DecisionKind::Maintain,
        DecisionKind::StandardChange, DecisionKind::GradualExit, DecisionKind::Stop,
        DecisionKind::Grant};
    auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
    std::vector<SimCase> out;
    std::int64_t decisionId = 1;
    for (int i = 1; i <= count; ++i) {
        SimCase s;
        s.c = PC(i, programmes[static_cast<size_t>(pick(7))], 1 + pick(3));
        const int n = 1 + pick(4);
        for (int k = 0; k < n; ++k) {
            Recorded r;
            r.decision.id = decisionId++;
            r.decision.kind = k == 0 ? DecisionKind::Grant : changes[static_cast<size_t>(pick(7))];
            r.decision.effective = ym("2024-11").addMonths(pick(14));
            r.decision.amount = r.decision.kind == DecisionKind::Stop
                ? Money()
                : Money::fromFen(100 * (pick(3000) + (pick(10) == 0 ? 0 : 1)));
            r.decision.persons = 1 + pick(5);
            r.decision.decidedOn = r.decision.effective.previous().firstDay();
            r.decision.reason = "r" + std::to_string(r.decision.id);
            // Mostly on time (recorded the month before E), often late.
            r.recordedIn = pick(3) == 0 ? r.decision.effective.addMonths(pick(4))
                                        : r.decision.effective.previous();
            s.decisions.push_back(r);
        }
        out.push_back(std::move(s));
    }
    return out;
}

std::vector<Case> knownBefore(const std::vector<SimCase> &sims, const YearMonth &month)
{
    std::vector<Case> out;
    for (const SimCase &s : sims) {
        Case c = s.c;
        for (const Recorded &r : s.decisions)
            if (r.recordedIn < month)
                c.decisions.push_back(r.decision);
        out.push_back(std::move(c));
    }
    return out;
}

} // namespace

TEST(PayrollProperty, LockedMonthsEndSettledToWhatIsDue)
{
    const std::vector<PolicyParameters> sets = {policy("policy-2025-01.json"),
                                                policy("policy-2025-07.json")};
    int backPays = 0;
    int recoveries = 0;
    for (unsigned seed = 1; seed <= 20; ++seed) {
        std::mt19937 rng(seed);
        const std::vector<SimCase> sims = randomCases(rng, 60);
        std::map<std::pair<std::int64_t, YearMonth>, Money> settled;
        std::vector<YearMonth> locked;
        const YearMonth first = ym("2025-01");
        const YearMonth last = ym("2026-01"); // generated with every decision known
        for (YearMonth m = first; m <= last; m = m.next()) {
            RollInput in;
            in.month = m;
            in.cases = knownBefore(sims, m);
            in.sets = sets;
            in.indices = indices(m.month() % 3 == 0 ? "4.0" : "1.0", "0");
            in.lockedMonths = locked;
            for (const auto &[key, amount] : settled)
                in.settled.push_back({key.first, key.second, amount});
            const Roll roll = generateRoll(in);
            std::map<std::pair<std::int64_t, YearMonth>, int> touched;
            for (const RollLine &l : roll.lines) {
                ASSERT_GT(l.amount, Money()) << seed;
                if (l.programme == LineProgramme::PriceSubsidy || l.kind == LineKind::Reissue)
                    continue;
                const YearMonth month = l.forMonth.value_or(m);
                settled[{l.caseId, month}] += l.amount;
                if (l.kind == LineKind::BackPay) {
                    touched[{l.caseId, month}] |= 1;
                    ++backPays;
                }
            }
            for (const RecoveryRecord &r : roll.recoveries) {
                ASSERT_GT(r.amount, Money()) << seed;
                ASSERT_LT(r.month, m);
                settled[{r.caseId, r.month}] -= r.amount;
                touched[{r.caseId, r.month}] |= 2;
                ++recoveries;
            }
            for (const auto &[key, bits] : touched)
                ASSERT_NE(bits, 3) << seed << " case " << key.first;
            locked.push_back(m);
        }
        // The last roll knew every decision: each month before it is settled to its due.
        const std::vector<Case> all = knownBefore(sims, last);
        for (const Case &c : all) {
            for (YearMonth m = first; m < last; m = m.next()) {
                const auto it = settled.find({c.id, m});
                const Money paid = it == settled.end() ? Money() : it->second;
                ASSERT_EQ(paid, amountDue(c, m, sets).amount)
                    << "seed " << seed << " case " << c.id << " month " << m.toString();
            }
        }
    }
    // The simulation does exercise both sides of PR-6.
    EXPECT_GT(backPays, 100);
    EXPECT_GT(recoveries, 20);
}
