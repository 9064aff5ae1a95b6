// A standard change approved after its months were paid (DA-4 with PR-6): the next
// roll back-pays each locked month from the set's effective month, once.

#include "payroll_fixture.h"

#include "services/payroll/standard_change_service.h"
#include "services/policy/policy_service.h"

#include <map>

using namespace relief;
using namespace relief::services;
using payroll::LineKind;

namespace {

class StandardChangeBackPayTest : public test::PayrollFixture
{
};

} // namespace

TEST_F(StandardChangeBackPayTest, AnApprovedBatchIsBackPaidForTheLockedMonthsOnce)
{
    // One person of 75 without obligors: 特困 (TK-1…4), paid 800.00 from January.
    const auto c = addCase(household(), CaseProgramme::Tekun);
    decide(c, DecisionKind::Grant, "2025-01", 80000, 1, "2025-09-15");
    ASSERT_NO_FATAL_FAILURE(runMonth("2025-10"));
    ASSERT_NO_FATAL_FAILURE(runMonth("2025-11"));

    // A set entered now, in force from 2025-10-01 (October and November are locked).
    PolicyService policy(*db, clock);
    PolicyParameters p = policy.list()->back().parameters;
    p.effectiveFrom = *Date::parse("2025-10-01");
    p.standardUrban = *Money::parse("900.00");
    ASSERT_TRUE(policy.add(admin, p).ok());
    StandardChangeService changes(*db, clock);
    const auto setId = changes.policySetId(p.effectiveFrom);
    ASSERT_TRUE(setId.ok());
    auto batch = changes.propose(caseworker(), *setId);
    ASSERT_TRUE(batch.ok()) << batch.error().message;
    ASSERT_EQ(batch->items.size(), 1u);
    const auto &item = batch->items.front();
    ASSERT_EQ(item.outcome, StandardChangeItemOutcome::Raise) << item.explanation;
    const std::int64_t rise = item.newAmount->fen() - 80000;
    EXPECT_GE(item.newAmount->fen(), 117000) << item.explanation; // at least 1.3 × 900
    EXPECT_EQ(item.effectiveMonth.toString(), "2025-10");
    later();
    ASSERT_TRUE(changes.approve(zhao, batch->id).ok());
    later();

    ASSERT_TRUE(payroll->generate(caseworker(), ym("2025-12")).ok());
    std::map<std::string, std::int64_t> lines;
    for (const auto &l : allLines("2025-12"))
        if (l.caseId == c)
            lines[std::string(payroll::lineKindKey(l.kind)) +
                  (l.forMonth ? " " + l.forMonth->toString() : std::string())] += l.amount.fen();
    EXPECT_EQ(lines,
              (std::map<std::string, std::int64_t> {{"regular", item.newAmount->fen()},
                                                    {"back_pay 2025-10", rise},
                                                    {"back_pay 2025-11", rise}}));
    // Regenerated, still once.
    ASSERT_TRUE(payroll->generate(caseworker(), ym("2025-12")).ok());
    RollLineFilter backPay;
    backPay.kind = LineKind::BackPay;
    EXPECT_EQ(*payroll->countLines(zhao, ym("2025-12"), backPay), 2);
}
