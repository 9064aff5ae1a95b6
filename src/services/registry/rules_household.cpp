#include "rules_household.h"

#include "storage/registry/household_repository.h"
#include "storage/registry/person_repository.h"

#include "domain/age.h"

namespace relief::services {

std::optional<RulesHousehold> loadRulesHousehold(storage::Database &db, std::int64_t householdId,
                                                 const Date &asOf)
{
    storage::HouseholdRepository households(db);
    storage::PersonRepository persons(db);
    return loadRulesHousehold(households, persons, householdId, asOf);
}

std::optional<RulesHousehold> loadRulesHousehold(storage::HouseholdRepository &households,
                                                 storage::PersonRepository &persons,
                                                 std::int64_t householdId, const Date &asOf)
{
    const auto h = households.findById(householdId);
    if (!h)
        return std::nullopt;
    RulesHousehold out;
    out.household.area = h->area;
    out.household.assets.financial = h->financialAssets;
    out.household.assets.homes = h->homes;
    out.household.assets.businessCapital = h->businessCapital;
    for (const auto &v : households.vehicles(householdId))
        out.household.assets.vehicles.push_back({v.value, v.exempt});

    for (const auto &m : households.memberships(householdId, true)) {
        if (m.joinedOn && *m.joinedOn > asOf)
            continue;
        if (m.leftOn && *m.leftOn <= asOf)
            continue;
        const auto p = persons.findById(m.personId);
        if (!p || (p->deceasedOn && *p->deceasedOn <= asOf) || p->birthDate > asOf)
            continue;
        Member member;
        member.name = p->name;
        if (p->idNumber)
            if (auto id = IdNumber::parse(*p->idNumber); id.ok())
                member.idNumber = *id;
        member.birthDate = p->birthDate;
        member.relation = m.relation;
        member.counted = m.counted;
        member.disability = p->disability;
        member.seriousIllness = p->seriousIllness;
        member.inSchool = p->inSchool;
        member.selfCareUnmet = p->selfCareUnmet;
        member.childStatus = p->childStatus;
        member.institutional = p->institutionId.has_value();
        for (const auto &i : persons.incomes(p->id))
            member.incomes.push_back({i.kind, i.monthly});
        for (const auto &o : persons.obligors(p->id)) {
            Obligor ob;
            ob.relation = o.relation;
            ob.age = std::max(0, ageInYears(o.birthDate, asOf));
            ob.isTekun = o.isTekun;
            ob.isDibao = o.isDibao;
            ob.disability = o.disability;
            ob.incomeMonthly = o.incomeMonthly;
            ob.status = o.status;
            ob.assetsOk = o.assetsOk;
            member.obligors.push_back(std::move(ob));
        }
        out.household.members.push_back(std::move(member));
        out.personIds.push_back(p->id);
        out.membershipIds.push_back(m.id);
    }
    return out;
}

} // namespace relief::services
