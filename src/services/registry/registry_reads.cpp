// RegistryService: the household page, the list, ID look-up and the rules'
// view of a registered household.

#include "registry_service.h"

#include "rules_household.h"
#include "services/policy/policy_service.h"

#include "storage/registry/case_repository.h"
#include "storage/registry/community_repository.h"
#include "storage/registry/household_repository.h"
#include "storage/registry/institution_repository.h"
#include "storage/registry/person_repository.h"

#include "domain/age.h"
#include "domain/mask.h"
#include "domain/rules/assess.h"

namespace relief::services {

using storage::HouseholdRepository;
using storage::PersonRepository;

PersonView RegistryService::personView(const storage::PersonRecord &person, bool full)
{
    PersonRepository persons(m_db);
    PersonView v;
    v.person = person;
    v.age = std::max(0, ageInYears(person.birthDate, m_clock.today()));
    v.incomes = persons.incomes(person.id);
    v.obligors = persons.obligors(person.id);
    if (person.institutionId)
        if (const auto inst = storage::InstitutionRepository(m_db).findById(*person.institutionId))
            v.institutionName = inst->name;
    if (!full) {
        if (v.person.idNumber)
            v.person.idNumber = maskIdNumber(*v.person.idNumber);
        for (auto &o : v.obligors)
            if (o.idNumber)
                o.idNumber = maskIdNumber(*o.idNumber);
    }
    return v;
}

Result<HouseholdView> RegistryService::household(const Session &session, std::int64_t householdId)
{
    return read(session, Action::ViewRegistry, [&]() -> Result<HouseholdView> {
        HouseholdRepository households(m_db);
        PersonRepository persons(m_db);
        HouseholdView v;
        const auto h = households.findById(householdId);
        if (!h)
            return notFound("household", tr("The household no longer exists."));
        v.fullNumbers = allows(session, Action::ViewPersonalNumbers);
        v.household = *h;
        if (!v.fullNumbers)
            v.household.bankAccount = maskBankAccount(h->bankAccount);
        if (const auto c = storage::CommunityRepository(m_db).findById(h->communityId))
            v.communityName = c->name;
        for (const auto &m : households.memberships(householdId, true)) {
            const auto p = persons.findById(m.personId);
            if (!p)
                continue;
            MemberView mv {m, personView(*p, v.fullNumbers)};
            (m.active() ? v.members : v.formerMembers).push_back(std::move(mv));
        }
        v.vehicles = households.vehicles(householdId);
        storage::CaseRepository cases(m_db);
        for (const auto &c : cases.casesOfHousehold(householdId)) {
            CaseView cv;
            cv.record = c;
            if (c.personId)
                if (const auto p = persons.findById(*c.personId))
                    cv.personName = p->name;
            cv.decisions = cases.decisions(c.id);
            v.cases.push_back(std::move(cv));
        }
        return v;
    });
}

Result<std::optional<PersonMatch>>
RegistryService::findPersonByIdNumber(const Session &session, const std::string &idNumber)
{
    auto id = IdNumber::parse(storage::HouseholdQuery::normalise(idNumber), currentLang());
    if (!id.ok())
        return Error::invalid("id_number",
                              toStd(tr("The ID number is not valid: %1")
                                        .arg(QString::fromStdString(id.error().message))));
    return read(session, Action::ViewRegistry, [&]() -> Result<std::optional<PersonMatch>> {
        const auto p = PersonRepository(m_db).findByIdNumber(id->text());
        if (!p)
            return std::optional<PersonMatch>();
        PersonMatch match;
        match.person = *p;
        HouseholdRepository households(m_db);
        if (const auto m = households.activeMembershipOf(p->id)) {
            match.householdId = m->householdId;
            if (const auto h = households.findById(m->householdId)) {
                match.householdNo = h->householdNo;
                match.householdAddress = h->address;
            }
        }
        return std::optional<PersonMatch>(std::move(match));
    });
}

Result<std::vector<storage::HouseholdListRecord>>
RegistryService::listHouseholds(const Session &session, const storage::HouseholdFilter &filter)
{
    return read(session, Action::ViewRegistry,
                [&]() -> Result<std::vector<storage::HouseholdListRecord>> {
                    auto rows = storage::HouseholdQuery(m_db).page(filter);
                    for (auto &r : rows)
                        if (r.headIdNumber)
                            r.headIdNumber = maskIdNumber(*r.headIdNumber);
                    return rows;
                });
}

Result<std::int64_t> RegistryService::countHouseholds(const Session &session,
                                                      const storage::HouseholdFilter &filter)
{
    return read(session, Action::ViewRegistry, [&]() -> Result<std::int64_t> {
        return storage::HouseholdQuery(m_db).count(filter);
    });
}

Result<Household> RegistryService::toDomainHousehold(const Session &session,
                                                     std::int64_t householdId, const Date &asOf)
{
    return read(session, Action::ViewRegistry, [&]() -> Result<Household> {
        auto loaded = loadRulesHousehold(m_db, householdId, asOf);
        if (!loaded)
            return notFound("household", tr("The household no longer exists."));
        return std::move(loaded->household);
    });
}

Result<HouseholdAssessment>
RegistryService::assessHousehold(const Session &session, std::int64_t householdId, const Date &asOf)
{
    auto policy = PolicyService(m_db, m_clock).inForceOn(asOf);
    if (!policy.ok())
        return policy.error();
    return read(session, Action::ViewRegistry, [&]() -> Result<HouseholdAssessment> {
        auto loaded = loadRulesHousehold(m_db, householdId, asOf);
        if (!loaded)
            return notFound("household", tr("The household no longer exists."));
        HouseholdAssessment out;
        for (const auto &m : loaded->household.members)
            out.names.push_back(m.name);
        out.personIds = loaded->personIds;
        AssessRequest request;
        request.asOf = asOf;
        request.household = std::move(loaded->household);
        // assess() turns a figure too large to compute into an error, not an exception.
        auto assessed = relief::assess(request, &*policy, currentLang());
        if (!assessed.ok())
            return assessed.error();
        out.assessment = std::move(*assessed);
        return out;
    });
}

} // namespace relief::services
