#pragma once

// An office with two communities, a caseworker, two supervisors and helpers that
// record households, cases and decisions for the payroll tests.

#include "services/registry_fixture.h"

#include "services/payroll/payroll_service.h"
#include "storage/registry/case_repository.h"
#include "storage/statement.h"

namespace relief::test {

class PayrollFixture : public RegistryFixture
{
protected:
    void SetUp() override
    {
        RegistryFixture::SetUp();
        payroll = std::make_unique<services::PayrollService>(*db, clock);
        prices = std::make_unique<services::PriceIndexService>(*db, clock);
        zhao = addUser("zhao", {Role::Supervisor});
        qian = addUser("qian", {Role::Supervisor});
    }

    static YearMonth ym(const char *s) { return *YearMonth::parse(s); }

    // A household of one (the head), with a valid account unless `account` is empty.
    std::int64_t household(const std::string &account = kAccount, Area area = Area::Urban,
                           std::int64_t community = 0)
    {
        services::NewHousehold h;
        h.household.communityId = community ? community : xingfu;
        h.household.address = "幸福路" + std::to_string(++m_seq) + "号";
        h.household.area = area;
        h.household.bankName = account.empty() ? "" : "农业银行";
        h.household.bankAccount = account;
        h.household.accountHolder = account.empty() ? "" : "户主";
        h.members.push_back(member("张" + std::to_string(m_seq),
                                   makeIdNumber("110105", "19500101", m_seq), Relation::Head));
        auto id = registry->createHousehold(caseworker(), h);
        EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().message);
        return id.ok() ? *id : 0;
    }

    std::int64_t headOf(std::int64_t householdId)
    {
        storage::Statement st(*db, "SELECT head_person_id FROM households WHERE id = ?1");
        st.bind(1, householdId);
        return st.step() ? st.int64(0) : 0;
    }

    // A case (dibao and marginal: of the household; otherwise of its head).
    std::int64_t addCase(std::int64_t householdId, CaseProgramme programme)
    {
        storage::CaseRecord c;
        c.householdId = householdId;
        if (programme != CaseProgramme::Dibao && programme != CaseProgramme::Marginal)
            c.personId = headOf(householdId);
        c.programme = programme;
        c.source = CaseSource::Ledger;
        c.createdAt = clock.isoUtc();
        c.createdBy = "wang";
        return storage::CaseRepository(*db).insertCase(c);
    }

    // A decision recorded now (its created_at is the clock's).
    std::int64_t decide(std::int64_t caseId, DecisionKind kind, const char *effective,
                        std::int64_t fen, int persons = 1, const char *decidedOn = "2025-01-10",
                        std::optional<YearMonth> lastPaid = std::nullopt,
                        const std::string &reason = "")
    {
        storage::DecisionRecord d;
        d.caseId = caseId;
        d.kind = kind;
        d.effectiveMonth = ym(effective);
        d.amount = Money::fromFen(fen);
        for (int i = 0; i < persons; ++i)
            d.persons.push_back(1000 + i);
        d.decidedOn = *Date::parse(decidedOn);
        d.decidedBy = "wang";
        d.reason = reason;
        d.createdAt = clock.isoUtc();
        d.lastPaidMonth = lastPaid;
        return storage::CaseRepository(*db).insertDecision(d);
    }

    void later(int seconds = 60) { clock.advance(std::chrono::seconds(seconds)); }

    // generate → submit → approve (qian) → lock (qian), expecting each to succeed.
    void runMonth(const char *month)
    {
        auto g = payroll->generate(caseworker(), ym(month));
        ASSERT_TRUE(g.ok()) << g.error().message;
        later();
        auto s = payroll->submit(caseworker(), ym(month));
        ASSERT_TRUE(s.ok()) << s.error().message;
        auto a = payroll->approve(qian, ym(month));
        ASSERT_TRUE(a.ok()) << a.error().message;
        auto l = payroll->lock(qian, ym(month));
        ASSERT_TRUE(l.ok()) << l.error().message;
        later();
    }

    std::vector<services::RollLineView> allLines(const char *month,
                                                 const services::RollLineFilter &f = {})
    {
        auto lines = payroll->lines(zhao, ym(month), f, 0, 100000);
        EXPECT_TRUE(lines.ok()) << (lines.ok() ? "" : lines.error().message);
        return lines.ok() ? *lines : std::vector<services::RollLineView> {};
    }

    long long count(const std::string &sql)
    {
        storage::Statement st(*db, sql);
        return st.step() ? st.int64(0) : -1;
    }

    static constexpr const char *kAccount = "6222021234567890128";

    std::unique_ptr<services::PayrollService> payroll;
    std::unique_ptr<services::PriceIndexService> prices;
    services::Session zhao;
    services::Session qian;

private:
    int m_seq = 100;
};

} // namespace relief::test
