#pragma once

// Deterministic random households for property tests and the benchmark: a mix of
// ages, incomes of every kind, disabilities, child statuses, obligors and assets
// that reaches every programme.

#include "domain/rules/assess_request.h"

#include <random>

namespace relief::test {

class HouseholdGenerator
{
public:
    explicit HouseholdGenerator(std::uint32_t seed)
        : m_rng(seed)
    { }

    AssessRequest next()
    {
        AssessRequest r;
        r.asOf = *Date::fromYmd(2025, 9, 15);
        r.household.area = pick(2) == 0 ? Area::Urban : Area::Rural;
        const int size = 1 + pick(5);
        for (int i = 0; i < size; ++i)
            r.household.members.push_back(member(i));
        auto &a = r.household.assets;
        a.financial = Money::fromFen(pick(10) < 8 ? pick(2'000'000) : pick(20'000'000));
        a.homes = pick(10) < 8 ? 1 : pick(3);
        if (pick(4) == 0)
            a.vehicles.push_back({Money::fromFen(pick(4'000'000)), pick(2) == 0});
        a.businessCapital = pick(20) == 0 ? Money::fromFen(pick(20'000'000)) : Money();
        if (pick(3) == 0) {
            PriceIndices p;
            p.cpiYoy = *Decimal::parse(std::to_string(pick(60)) + "." + std::to_string(pick(10)));
            p.foodYoy = *Decimal::parse(std::to_string(pick(90)) + "." + std::to_string(pick(10)));
            p.cpiText = p.cpiYoy.toString();
            p.foodText = p.foodYoy.toString();
            r.cpi = p;
        }
        if (pick(4) == 0) {
            TemporaryRequest t;
            t.type = pick(2) == 0 ? TemporaryType::Emergency : TemporaryType::Expenditure;
            t.months = pick(9);
            t.expense = Money::fromFen(pick(10'000'000));
            t.reimbursed = Money::fromFen(pick(5'000'000));
            t.special = pick(5) == 0;
            r.temporary = t;
        }
        return r;
    }

    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_rng); }

private:
    Member member(int index)
    {
        Member m;
        m.name = "m" + std::to_string(index);
        m.relation = index == 0 ? Relation::Head : static_cast<Relation>(1 + pick(7));
        m.birthDate = *Date::fromYmd(1925 + pick(100), 1 + pick(12), 1 + pick(28));
        m.counted = pick(12) != 0;
        if (pick(5) == 0)
            m.disability = Disability {static_cast<DisabilityKind>(pick(7)), 1 + pick(4)};
        m.seriousIllness = pick(8) == 0;
        m.inSchool = pick(6) == 0;
        m.selfCareUnmet = pick(3) == 0 ? pick(7) : 0;
        if (pick(10) == 0)
            m.childStatus = static_cast<ChildStatus>(pick(3));
        m.institutional = pick(20) == 0;
        const int incomes = pick(3);
        for (int j = 0; j < incomes; ++j)
            m.incomes.push_back({static_cast<IncomeKind>(pick(13)), Money::fromFen(pick(400'000))});
        if (pick(4) == 0) {
            Obligor o;
            o.relation = "son";
            o.age = 20 + pick(70);
            o.isTekun = pick(10) == 0;
            o.isDibao = pick(5) == 0;
            o.incomeMonthly = Money::fromFen(pick(800'000));
            o.status = static_cast<ObligorStatus>(pick(4));
            o.assetsOk = pick(2) == 0;
            m.obligors.push_back(o);
        }
        return m;
    }

    std::mt19937 m_rng;
};

} // namespace relief::test
