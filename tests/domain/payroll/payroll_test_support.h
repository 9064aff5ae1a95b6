#pragma once

// Builders for the payroll rules' tests: a case with its decisions, in a few words.

#include "domain/domain_test_support.h"
#include "domain/payroll/payroll_types.h"
#include "domain/rules/assess_request.h"

#include <string>

namespace relief::test {

inline YearMonth ym(const char *text)
{
    return *YearMonth::parse(text);
}

// PC(1, CaseProgramme::Dibao).grant("2025-01", "1200.00", 3).stop("2025-06")
struct PC
{
    payroll::Case c;
    std::int64_t nextDecision = 1;

    explicit PC(std::int64_t id, CaseProgramme programme = CaseProgramme::Dibao,
                std::int64_t community = 1)
    {
        c.id = id;
        c.householdId = id;
        if (!isHouseholdProgramme(programme))
            c.personId = 1000 + id;
        c.communityId = community;
        c.programme = programme;
    }
    PC &household(std::int64_t id)
    {
        c.householdId = id;
        return *this;
    }
    PC &rural()
    {
        c.area = Area::Rural;
        return *this;
    }
    // A decision effective `month`, decided on `decided` (default: the 20th of the
    // month before E, as DA-3 has it).
    PC &decide(DecisionKind kind, const char *month, const char *amount, int persons = 1,
               const char *decided = nullptr, std::string reason = {})
    {
        payroll::Decision d;
        d.id = nextDecision++;
        d.kind = kind;
        d.effective = ym(month);
        d.amount = yuan(amount);
        d.persons = persons;
        d.decidedOn = decided
            ? day(decided)
            : Date::fromYmd(d.effective.previous().year(), d.effective.previous().month(), 20)
                  .value();
        d.decidedBy = "张三";
        d.reason = reason.empty() ? std::string(decisionKindKey(kind)) : reason;
        c.decisions.push_back(d);
        return *this;
    }
    PC &grant(const char *month, const char *amount, int persons = 1)
    {
        return decide(DecisionKind::Grant, month, amount, persons);
    }
    PC &stop(const char *month) { return decide(DecisionKind::Stop, month, "0.00", 0); }
    operator payroll::Case() const { return c; }
};

} // namespace relief::test

namespace relief::test {

inline PriceIndices indices(const char *cpi, const char *food)
{
    PriceIndices p;
    p.cpiYoy = *Decimal::parse(cpi, true);
    p.foodYoy = *Decimal::parse(food, true);
    p.cpiText = cpi;
    p.foodText = food;
    return p;
}

} // namespace relief::test
