// Standard change (提标, policy-rules DA-4): the batch re-assesses every active
// case with its facts at its last decision and the new set; raises only; less or
// nothing keeps the amount and flags the case; a second supervisor approves.

#include "../registry_fixture.h"

#include "services/payroll/standard_change_service.h"
#include "services/policy/policy_service.h"
#include "storage/registry/case_repository.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace relief::test {
namespace {

using services::StandardChangeBatchState;
using services::StandardChangeItemOutcome;

class StandardChangeTest : public RegistryFixture
{
protected:
    void SetUp() override
    {
        RegistryFixture::SetUp();
        service = std::make_unique<services::StandardChangeService>(*db, clock);
        policy = std::make_unique<services::PolicyService>(*db, clock);
    }

    // The 2025-07 set with the urban standard raised to 900.00 from 2026-01-01.
    std::int64_t newSet(const std::string &urban = "900.00")
    {
        auto sets = policy->list();
        EXPECT_TRUE(sets.ok());
        PolicyParameters p = sets->back().parameters;
        p.effectiveFrom = *Date::parse("2026-01-01");
        p.standardUrban = *Money::parse(urban);
        auto added = policy->add(admin, p);
        EXPECT_TRUE(added.ok()) << (added.ok() ? "" : added.error().message);
        auto id = service->policySetId(p.effectiveFrom);
        EXPECT_TRUE(id.ok());
        return id.ok() ? *id : 0;
    }

    // A household of the given members (the first is the head), urban, no income.
    std::int64_t household(std::vector<services::MemberInput> members,
                           const std::string &address = "幸福路1号")
    {
        services::NewHousehold h;
        h.household.communityId = xingfu;
        h.household.address = address;
        h.household.area = Area::Urban;
        h.members = std::move(members);
        h.assets.homes = 1;
        auto id = registry->createHousehold(caseworker(), h);
        EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().message);
        return id.ok() ? *id : 0;
    }

    std::int64_t couple(const std::string &address, int seq)
    {
        return household(
            {member("张三" + std::to_string(seq),
                    makeIdNumber("110105", "19700101", 10 + 2 * seq + 1), Relation::Head),
             member("李四" + std::to_string(seq), makeIdNumber("110105", "19720202", 10 + 2 * seq),
                    Relation::Spouse)},
            address);
    }

    // A dibao case as a ledger import records it: a grant whose inputs hold no facts.
    std::int64_t dibaoCase(std::int64_t householdId, const std::string &amount,
                           const std::string &decidedOn = "2025-06-10",
                           const std::string &inputs = R"({"file":"ledger.csv","line":2})")
    {
        storage::CaseRepository cases(*db);
        storage::CaseRecord c;
        c.householdId = householdId;
        c.programme = CaseProgramme::Dibao;
        c.source = CaseSource::Ledger;
        c.createdAt = "2025-06-10T02:00:00.000Z";
        c.createdBy = "wang";
        storage::DecisionRecord d;
        d.caseId = cases.insertCase(c);
        d.kind = DecisionKind::Grant;
        d.effectiveMonth = *YearMonth::parse("2025-07");
        d.amount = *Money::parse(amount);
        d.persons = {1, 2};
        d.decidedOn = *Date::parse(decidedOn);
        d.decidedBy = "wang";
        d.reason = "Imported from the ledger";
        d.inputs = inputs;
        d.createdAt = c.createdAt;
        cases.insertDecision(d);
        return d.caseId;
    }

    static const services::StandardChangeItemView *
    itemOf(const services::StandardChangeBatchView &batch, std::int64_t caseId)
    {
        for (const auto &i : batch.items)
            if (i.caseId == caseId)
                return &i;
        return nullptr;
    }

    const services::Session &supervisor()
    {
        if (!m_supervisor)
            m_supervisor = addUser("zhao", {Role::Supervisor});
        return *m_supervisor;
    }
    const services::Session &secondSupervisor()
    {
        if (!m_second)
            m_second = addUser("qian", {Role::Supervisor});
        return *m_second;
    }

    std::unique_ptr<services::StandardChangeService> service;
    std::unique_ptr<services::PolicyService> policy;

private:
    std::optional<services::Session> m_supervisor;
    std::optional<services::Session> m_second;
};

TEST_F(StandardChangeTest, RaisesWhereTheNewSetGivesMoreAndApprovalRecordsTheDecision)
{
    const auto setId = newSet();
    const auto raised = dibaoCase(couple("幸福路1号", 1), "1660.00"); // 2 × 830
    auto batch = service->propose(caseworker(), setId);
    ASSERT_TRUE(batch.ok()) << batch.error().message;
    EXPECT_EQ(batch->state, StandardChangeBatchState::Proposed);
    EXPECT_EQ(batch->proposedBy, "wang");
    ASSERT_EQ(batch->items.size(), 1u);
    const auto *item = itemOf(*batch, raised);
    ASSERT_NE(item, nullptr);
    EXPECT_EQ(item->outcome, StandardChangeItemOutcome::Raise);
    EXPECT_EQ(item->oldAmount.toString(), "1660.00");
    ASSERT_TRUE(item->newAmount);
    EXPECT_EQ(item->newAmount->toString(), "1800.00"); // 2 × 900, no add-ons
    EXPECT_EQ(item->effectiveMonth.toString(), "2026-01");
    EXPECT_EQ(item->householdNumber, "XF00001");
    EXPECT_FALSE(item->explanation.empty());
    EXPECT_EQ(batch->raised, 1);
    EXPECT_EQ(batch->difference.toString(), "140.00");
    ASSERT_EQ(batch->totals.size(), 1u);
    EXPECT_EQ(batch->totals[0].programme, CaseProgramme::Dibao);
    EXPECT_EQ(batch->totals[0].difference.toString(), "140.00");
    // Nothing is decided by the proposal itself (DA-4: a set never changes an amount).
    EXPECT_EQ(storage::CaseRepository(*db).findById(raised)->currentAmount.toString(), "1660.00");

    clock.advance(std::chrono::hours(24));
    auto approved = service->approve(supervisor(), batch->id);
    ASSERT_TRUE(approved.ok()) << approved.error().message;
    EXPECT_EQ(approved->state, StandardChangeBatchState::Approved);
    EXPECT_EQ(approved->decidedBy, "zhao");
    const auto decisions = storage::CaseRepository(*db).decisions(raised);
    ASSERT_EQ(decisions.size(), 2u);
    const auto &d = decisions.back();
    EXPECT_EQ(d.kind, DecisionKind::StandardChange);
    EXPECT_EQ(d.effectiveMonth.toString(), "2026-01");
    EXPECT_EQ(d.amount.toString(), "1800.00");
    EXPECT_EQ(d.persons, (std::vector<std::int64_t> {1, 2})); // as the last decision
    EXPECT_EQ(d.decidedBy, "zhao");
    EXPECT_NE(d.reason.find("2026-01-01"), std::string::npos) << d.reason;
    ASSERT_TRUE(itemOf(*approved, raised)->decisionId);
    EXPECT_EQ(*itemOf(*approved, raised)->decisionId, d.id);
    EXPECT_EQ(storage::CaseRepository(*db).findById(raised)->currentAmount.toString(), "1800.00");

    // Both steps are audited.
    storage::Statement audit(*db,
                             "SELECT action, username FROM audit_log WHERE entity = "
                             "'standard_change_batch' ORDER BY id");
    ASSERT_TRUE(audit.step());
    EXPECT_EQ(audit.text(0), "standard_change.propose");
    EXPECT_EQ(audit.text(1), "wang");
    ASSERT_TRUE(audit.step());
    EXPECT_EQ(audit.text(0), "standard_change.approve");
    EXPECT_EQ(audit.text(1), "zhao");
}

TEST_F(StandardChangeTest, NeverLowersOrStopsLessOrNothingKeepsTheAmountAndFlags)
{
    const auto setId = newSet();
    const auto more = dibaoCase(couple("幸福路1号", 1), "2000.00"); // rules now give 1800
    const auto same = dibaoCase(couple("幸福路2号", 2), "1800.00");
    // A household whose income is above the line: the rules give no dibao at all.
    auto rich = member("钱五", makeIdNumber("110105", "19750505", 51), Relation::Head);
    rich.incomes.push_back({IncomeKind::Wage, IncomeEntry::Monthly, *Money::parse("6000.00"), ""});
    const auto none = dibaoCase(household({rich}, "幸福路3号"), "500.00");
    // Marginal and stopped cases are not re-assessed.
    {
        storage::CaseRepository cases(*db);
        storage::CaseRecord c;
        c.householdId = couple("幸福路4号", 4);
        c.programme = CaseProgramme::Marginal;
        c.source = CaseSource::Ledger;
        c.createdAt = "2025-06-10T02:00:00.000Z";
        c.createdBy = "wang";
        storage::DecisionRecord d;
        d.caseId = cases.insertCase(c);
        d.effectiveMonth = *YearMonth::parse("2025-07");
        d.decidedOn = *Date::parse("2025-06-10");
        d.decidedBy = "wang";
        d.createdAt = c.createdAt;
        cases.insertDecision(d);
        const auto stopped = dibaoCase(couple("幸福路5号", 5), "1000.00");
        d.caseId = stopped;
        d.kind = DecisionKind::Stop;
        d.effectiveMonth = *YearMonth::parse("2025-09");
        d.decidedOn = *Date::parse("2025-08-20");
        cases.insertDecision(d);
    }

    auto batch = service->propose(supervisor(), setId);
    ASSERT_TRUE(batch.ok()) << batch.error().message;
    ASSERT_EQ(batch->items.size(), 3u);
    const auto *lower = itemOf(*batch, more);
    ASSERT_NE(lower, nullptr);
    EXPECT_EQ(lower->outcome, StandardChangeItemOutcome::FlagReview);
    EXPECT_EQ(lower->newAmount->toString(), "1800.00");
    EXPECT_EQ(lower->oldAmount.toString(), "2000.00");
    EXPECT_EQ(itemOf(*batch, same)->outcome, StandardChangeItemOutcome::Keep);
    const auto *gone = itemOf(*batch, none);
    ASSERT_NE(gone, nullptr);
    EXPECT_EQ(gone->outcome, StandardChangeItemOutcome::FlagReview);
    EXPECT_FALSE(gone->newAmount);
    EXPECT_EQ(batch->raised, 0);
    EXPECT_EQ(batch->flagged, 2);
    EXPECT_EQ(batch->kept, 1);
    EXPECT_EQ(batch->difference.toString(), "0.00");
    // Flagged items come first, before the kept one.
    EXPECT_EQ(batch->items.back().caseId, same);

    auto approved = service->approve(secondSupervisor(), batch->id);
    ASSERT_TRUE(approved.ok()) << approved.error().message;
    storage::CaseRepository cases(*db);
    for (const auto id : {more, same, none})
        EXPECT_EQ(cases.decisions(id).size(), 1u) << "no decision for a kept case " << id;
    EXPECT_EQ(cases.findById(more)->currentAmount.toString(), "2000.00");
    EXPECT_EQ(cases.findById(none)->currentAmount.toString(), "500.00");
}

TEST_F(StandardChangeTest, FourEyesTheProposerCannotApproveAndApprovalIsOnce)
{
    const auto setId = newSet();
    const auto c = dibaoCase(couple("幸福路1号", 1), "1660.00");
    auto batch = service->propose(supervisor(), setId);
    ASSERT_TRUE(batch.ok()) << batch.error().message;

    auto own = service->approve(supervisor(), batch->id);
    ASSERT_FALSE(own.ok());
    EXPECT_EQ(own.error().code, ErrorCode::PermissionDenied);
    EXPECT_FALSE(own.error().message.empty());
    // A caseworker may propose but not approve.
    auto worker = service->approve(caseworker(), batch->id);
    ASSERT_FALSE(worker.ok());
    EXPECT_EQ(worker.error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(storage::CaseRepository(*db).decisions(c).size(), 1u);

    ASSERT_TRUE(service->approve(secondSupervisor(), batch->id).ok());
    auto twice = service->approve(secondSupervisor(), batch->id);
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.error().code, ErrorCode::Conflict);
    EXPECT_NE(twice.error().message.find("qian"), std::string::npos) << twice.error().message;
    EXPECT_EQ(storage::CaseRepository(*db).decisions(c).size(), 2u);
    // An approved batch cannot be discarded either.
    auto discard = service->discard(supervisor(), batch->id, "too late");
    ASSERT_FALSE(discard.ok());
    EXPECT_EQ(discard.error().code, ErrorCode::Conflict);
}

TEST_F(StandardChangeTest, ACaseWhoseDecisionHoldsNoFactsUsesTheRegistryWithAgesAtTheDecision)
{
    const auto setId = newSet();
    // Born 1965-08-01: 59 on the decision date (2025-06-10), 60 today (2025-09-15).
    // The registry's facts as of the decision: no elderly add-on (2026 set: 900.00,
    // not 990.00).
    const auto h =
        household({member("孙六", makeIdNumber("110105", "19650801", 61), Relation::Head)});
    const auto c = dibaoCase(h, "830.00");
    auto batch = service->propose(caseworker(), setId);
    ASSERT_TRUE(batch.ok()) << batch.error().message;
    const auto *item = itemOf(*batch, c);
    ASSERT_NE(item, nullptr);
    EXPECT_FALSE(item->factsFromDecision);
    EXPECT_EQ(item->factsAsOf.toString(), "2025-06-10");
    ASSERT_TRUE(item->newAmount);
    EXPECT_EQ(item->newAmount->toString(), "900.00");
    EXPECT_EQ(item->outcome, StandardChangeItemOutcome::Raise);

    // The approved decision carries the facts' date forward: a later batch judges
    // the same facts, not the standard-change decision's own date.
    ASSERT_TRUE(service->approve(supervisor(), batch->id).ok());
    const auto decisions = storage::CaseRepository(*db).decisions(c);
    const auto inputs = nlohmann::json::parse(decisions.back().inputs);
    EXPECT_EQ(inputs.value("facts_as_of", ""), "2025-06-10");
    EXPECT_EQ(inputs.value("facts_source", ""), "registry");
}

TEST_F(StandardChangeTest, ADecisionThatHoldsItsFactsIsJudgedOnThem)
{
    const auto setId = newSet();
    // The registry now lists one member; the decision was taken on three.
    const auto h =
        household({member("周七", makeIdNumber("110105", "19800303", 71), Relation::Head)});
    const nlohmann::json inputs {{"application_no", "SQ-1"},
                                 {"household",
                                  {{"area", "urban"},
                                   {"members",
                                    {{{"name", "周七"},
                                      {"id_number", makeIdNumber("110105", "19800303", 71)},
                                      {"relation", "head"}},
                                     {{"name", "吴八"},
                                      {"id_number", makeIdNumber("110105", "19820404", 82)},
                                      {"relation", "spouse"}},
                                     {{"name", "郑九"},
                                      {"id_number", makeIdNumber("110105", "19810505", 91)},
                                      {"relation", "sibling"}}}},
                                   {"assets", {{"financial", "0.00"}, {"homes", 1}}}}}};
    const auto c = dibaoCase(h, "2490.00", "2025-06-10", inputs.dump()); // 3 × 830
    auto batch = service->propose(caseworker(), setId);
    ASSERT_TRUE(batch.ok()) << batch.error().message;
    const auto *item = itemOf(*batch, c);
    ASSERT_NE(item, nullptr);
    EXPECT_TRUE(item->factsFromDecision) << item->explanation;
    ASSERT_TRUE(item->newAmount) << item->explanation;
    EXPECT_EQ(item->newAmount->toString(), "2700.00"); // 3 × 900
    ASSERT_TRUE(service->approve(supervisor(), batch->id).ok());
    const auto carried =
        nlohmann::json::parse(storage::CaseRepository(*db).decisions(c).back().inputs);
    EXPECT_TRUE(carried.contains("household"));
    EXPECT_EQ(carried.value("facts_source", ""), "decision");
}

TEST_F(StandardChangeTest, ANewProposalReplacesTheOpenBatchAndDiscardKeepsHistory)
{
    const auto setId = newSet();
    dibaoCase(couple("幸福路1号", 1), "1660.00");
    auto first = service->propose(caseworker(), setId);
    ASSERT_TRUE(first.ok()) << first.error().message;
    auto second = service->propose(caseworker(), setId);
    ASSERT_TRUE(second.ok()) << second.error().message;
    auto old = service->items(caseworker(), first->id);
    ASSERT_TRUE(old.ok());
    EXPECT_EQ(old->state, StandardChangeBatchState::Discarded);
    auto replaced = service->approve(supervisor(), first->id);
    ASSERT_FALSE(replaced.ok());
    EXPECT_EQ(replaced.error().code, ErrorCode::Conflict);

    auto latest = service->latestBatch(caseworker(), setId);
    ASSERT_TRUE(latest.ok());
    ASSERT_TRUE(latest->has_value());
    EXPECT_EQ((*latest)->id, second->id);

    auto dropped = service->discard(caseworker(), second->id, "figures to be checked");
    ASSERT_TRUE(dropped.ok()) << dropped.error().message;
    EXPECT_EQ(dropped->state, StandardChangeBatchState::Discarded);
    EXPECT_EQ(dropped->note, "figures to be checked");
    EXPECT_EQ(dropped->items.size(), 1u); // kept as history
    storage::Statement audit(*db,
                             "SELECT action FROM audit_log WHERE entity = "
                             "'standard_change_batch' ORDER BY id DESC LIMIT 1");
    ASSERT_TRUE(audit.step());
    EXPECT_EQ(audit.text(0), "standard_change.discard");
}

TEST_F(StandardChangeTest, ACaseDecidedAgainSinceTheProposalRefusesTheApproval)
{
    const auto setId = newSet();
    const auto c = dibaoCase(couple("幸福路1号", 1), "1660.00");
    auto batch = service->propose(caseworker(), setId);
    ASSERT_TRUE(batch.ok()) << batch.error().message;
    storage::CaseRepository cases(*db);
    auto d = cases.decisions(c).front();
    d.kind = DecisionKind::Increase;
    d.effectiveMonth = *YearMonth::parse("2025-10");
    d.amount = *Money::parse("1700.00");
    d.decidedOn = *Date::parse("2025-09-15");
    cases.insertDecision(d);
    auto approved = service->approve(supervisor(), batch->id);
    ASSERT_FALSE(approved.ok());
    EXPECT_EQ(approved.error().code, ErrorCode::Conflict);
    EXPECT_NE(approved.error().message.find("XF00001"), std::string::npos);
    EXPECT_EQ(cases.decisions(c).size(), 2u);
}

TEST_F(StandardChangeTest, ProposalIsALongJobThatCanBeCancelled)
{
    const auto setId = newSet();
    dibaoCase(couple("幸福路1号", 1), "1660.00");
    struct Cancel final : services::JobControl
    {
        void stage(const std::string &) override { ++stages; }
        void progress(std::int64_t, std::int64_t) override { ++reports; }
        bool cancelRequested() const override { return true; }
        int stages = 0;
        int reports = 0;
    } cancel;
    auto batch = service->propose(caseworker(), setId, cancel);
    ASSERT_FALSE(batch.ok());
    EXPECT_EQ(batch.error().code, ErrorCode::Cancelled);
    EXPECT_GE(cancel.stages, 1);
    storage::Statement st(*db, "SELECT count(*) FROM standard_change_batches");
    ASSERT_TRUE(st.step());
    EXPECT_EQ(st.int64(0), 0);
}

TEST_F(StandardChangeTest, ACaseInGradualExitIsFlaggedNotRaised)
{
    const auto setId = newSet();
    const auto c = dibaoCase(couple("幸福路1号", 1), "1000.00");
    storage::CaseRepository cases(*db);
    auto d = cases.decisions(c).front();
    d.kind = DecisionKind::GradualExit;
    d.effectiveMonth = *YearMonth::parse("2025-10");
    d.decidedOn = *Date::parse("2025-09-15");
    d.lastPaidMonth = *YearMonth::parse("2026-03");
    cases.insertDecision(d);
    auto batch = service->propose(caseworker(), setId);
    ASSERT_TRUE(batch.ok()) << batch.error().message;
    const auto *item = itemOf(*batch, c);
    ASSERT_NE(item, nullptr);
    ASSERT_TRUE(item->newAmount); // the registry's facts would give 1800.00 …
    EXPECT_EQ(item->outcome, StandardChangeItemOutcome::FlagReview); // … but it runs out
    EXPECT_EQ(item->oldAmount.toString(), "1000.00");
    EXPECT_EQ(batch->raised, 0);
}

TEST_F(StandardChangeTest, RegistryFactsAreTheMembersOnTheDecisionDate)
{
    const auto setId = newSet();
    // The spouse joined after the decision (2025-06-10): the facts are the head alone.
    auto head = member("冯一", makeIdNumber("110105", "19700101", 13), Relation::Head);
    auto spouse = member("陈二", makeIdNumber("110105", "19720202", 14), Relation::Spouse);
    spouse.joinedOn = *Date::parse("2025-08-01");
    const auto couple = dibaoCase(household({head, spouse}, "幸福路1号"), "1660.00");
    // A household registered after its decision: no member on that date, so its
    // members as registered now (ages still on the decision date).
    auto late = member("褚三", makeIdNumber("110105", "19750303", 15), Relation::Head);
    late.joinedOn = *Date::parse("2025-08-01");
    const auto single = dibaoCase(household({late}, "幸福路2号"), "830.00");

    auto batch = service->propose(caseworker(), setId);
    ASSERT_TRUE(batch.ok()) << batch.error().message;
    const auto *alone = itemOf(*batch, couple);
    ASSERT_NE(alone, nullptr);
    ASSERT_TRUE(alone->newAmount);
    EXPECT_EQ(alone->newAmount->toString(), "900.00"); // one member, not two
    EXPECT_EQ(alone->outcome, StandardChangeItemOutcome::FlagReview);
    const auto *registered = itemOf(*batch, single);
    ASSERT_NE(registered, nullptr);
    ASSERT_TRUE(registered->newAmount) << registered->explanation;
    EXPECT_EQ(registered->newAmount->toString(), "900.00");
    EXPECT_EQ(registered->outcome, StandardChangeItemOutcome::Raise);
    EXPECT_EQ(registered->factsAsOf.toString(), "2025-06-10"); // ages on that date
}

} // namespace
} // namespace relief::test
