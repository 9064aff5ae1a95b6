#include "registry_service.h"

#include "registry_validator.h"

#include "storage/registry/community_repository.h"
#include "storage/registry/household_repository.h"
#include "storage/registry/institution_repository.h"
#include "storage/registry/person_repository.h"

#include "domain/mask.h"

namespace relief::services {

using storage::CommunityRepository;
using storage::HouseholdRepository;
using storage::PersonRepository;

namespace {
std::string memberPath(size_t i)
{
    return "members[" + std::to_string(i) + "].";
}

storage::PersonRecord personRecord(const PersonInput &in, const CheckedPerson &checked)
{
    storage::PersonRecord p;
    p.idNumber = checked.idNumber;
    p.name = toStd(QString::fromStdString(in.name).trimmed());
    p.phone = in.phone;
    p.birthDate = checked.birthDate;
    p.sex = checked.sex;
    p.disability = in.disability;
    p.disabilityCertificate = in.disability ? in.disabilityCertificate : std::string();
    p.seriousIllness = in.seriousIllness;
    p.inSchool = in.inSchool;
    p.selfCareItems = in.selfCareItems;
    p.selfCareUnmet = checked.selfCareUnmet;
    p.childStatus = in.childStatus;
    p.institutionId = in.institutionId;
    return p;
}

std::vector<storage::IncomeRecord> incomeRecords(const std::vector<IncomeInput> &incomes)
{
    std::vector<storage::IncomeRecord> out;
    for (const auto &i : incomes)
        out.push_back({0, 0, i.kind, RegistryValidator::monthlyOf(i), i.entered, i.amount, i.note});
    return out;
}

std::vector<storage::ObligorRecord> obligorRecords(const std::vector<ObligorInput> &obligors,
                                                   const std::vector<Date> &births)
{
    std::vector<storage::ObligorRecord> out;
    for (size_t j = 0; j < obligors.size(); ++j) {
        const auto &o = obligors[j];
        storage::ObligorRecord r;
        r.name = o.name;
        r.relation = o.relation;
        if (!o.idNumber.empty())
            if (auto id = IdNumber::parse(o.idNumber); id.ok())
                r.idNumber = id->text();
        r.birthDate = births[j];
        r.isTekun = o.isTekun;
        r.isDibao = o.isDibao;
        r.disability = o.disability;
        r.incomeMonthly = o.incomeMonthly;
        r.status = o.status;
        r.assetsOk = o.assetsOk;
        r.phone = o.phone;
        r.address = o.address;
        out.push_back(std::move(r));
    }
    return out;
}

nlohmann::json memberJson(const std::string &name, const std::optional<std::string> &idNumber,
                          Relation relation)
{
    return {{"name", name},
            {"id_number", idNumber ? nlohmann::json(*idNumber) : nlohmann::json()},
            {"relation", relationKey(relation)}};
}

nlohmann::json householdJson(const HouseholdInput &in)
{
    return {{"community_id", in.communityId},
            {"address", in.address},
            {"area", areaKey(in.area)},
            {"phone", in.phone},
            {"bank_name", in.bankName},
            {"bank_account", in.bankAccount},
            {"account_holder", in.accountHolder},
            {"last_review_date",
             in.lastReviewDate ? nlohmann::json(in.lastReviewDate->toString()) : nlohmann::json()}};
}

nlohmann::json assetsJson(const AssetsInput &in)
{
    nlohmann::json vehicles = nlohmann::json::array();
    for (const auto &v : in.vehicles)
        vehicles.push_back({{"value", v.value.toString()}, {"exempt", v.exempt}});
    return {{"financial", in.financial.toString()},
            {"homes", in.homes},
            {"business_capital", in.businessCapital.toString()},
            {"vehicles", vehicles}};
}

void fillHousehold(storage::HouseholdRecord &r, const HouseholdInput &in)
{
    r.communityId = in.communityId;
    r.address = toStd(QString::fromStdString(in.address).trimmed());
    r.area = in.area;
    r.phone = in.phone;
    r.bankName = in.bankName;
    r.bankAccount = in.bankAccount;
    r.accountHolder = in.accountHolder;
    r.lastReviewDate = in.lastReviewDate;
}

std::vector<storage::VehicleRecord> vehicleRecords(const AssetsInput &in)
{
    std::vector<storage::VehicleRecord> out;
    for (const auto &v : in.vehicles)
        out.push_back({0, 0, v.value, v.exempt, v.description});
    return out;
}

// What updateMember compares and audits, one JSON per part of a member.
template<class T> nlohmann::json orNull(const std::optional<T> &v)
{
    return v ? nlohmann::json(*v) : nlohmann::json();
}

nlohmann::json disabilityJson(const std::optional<Disability> &d)
{
    if (!d)
        return nlohmann::json();
    return {{"kind", std::string(disabilityKindKey(d->kind))}, {"grade", d->grade}};
}

nlohmann::json personJson(const storage::PersonRecord &p)
{
    return {{"name", p.name},
            {"id_number", orNull(p.idNumber)},
            {"phone", p.phone},
            {"birth_date", p.birthDate.toString()},
            {"sex", std::string(sexKey(p.sex))},
            {"disability", disabilityJson(p.disability)},
            {"disability_certificate", p.disabilityCertificate},
            {"serious_illness", p.seriousIllness},
            {"in_school", p.inSchool},
            {"self_care_items", orNull(p.selfCareItems)},
            {"self_care_unmet", p.selfCareUnmet},
            {"child_status",
             p.childStatus ? nlohmann::json(std::string(childStatusKey(*p.childStatus)))
                           : nlohmann::json()},
            {"institution_id", orNull(p.institutionId)}};
}

nlohmann::json membershipJson(const storage::MembershipRecord &m)
{
    return {{"relation", std::string(relationKey(m.relation))},
            {"counted", m.counted},
            {"not_counted_reason",
             m.notCountedReason
                 ? nlohmann::json(std::string(notCountedReasonKey(*m.notCountedReason)))
                 : nlohmann::json()},
            {"joined_on", m.joinedOn ? nlohmann::json(m.joinedOn->toString()) : nlohmann::json()}};
}

nlohmann::json incomesJson(const std::vector<storage::IncomeRecord> &incomes)
{
    nlohmann::json items = nlohmann::json::array();
    for (const auto &i : incomes)
        items.push_back({{"kind", std::string(incomeKindKey(i.kind))},
                         {"entered", std::string(incomeEntryKey(i.enteredAs))},
                         {"amount", i.enteredAmount.toString()},
                         {"monthly", i.monthly.toString()},
                         {"note", i.note}});
    return items;
}

nlohmann::json obligorsJson(const std::vector<storage::ObligorRecord> &obligors)
{
    nlohmann::json items = nlohmann::json::array();
    for (const auto &o : obligors)
        items.push_back({{"name", o.name},
                         {"relation", o.relation},
                         {"id_number", orNull(o.idNumber)},
                         {"birth_date", o.birthDate.toString()},
                         {"is_tekun", o.isTekun},
                         {"is_dibao", o.isDibao},
                         {"disability", disabilityJson(o.disability)},
                         {"income_monthly", o.incomeMonthly.toString()},
                         {"status", std::string(obligorStatusKey(o.status))},
                         {"assets_ok", o.assetsOk},
                         {"phone", o.phone},
                         {"address", o.address}});
    return items;
}

// The keys whose values differ, as {"key": {"from": …, "to": …}}.
void addChanges(nlohmann::json &changes, const nlohmann::json &from, const nlohmann::json &to)
{
    for (auto it = to.begin(); it != to.end(); ++it)
        if (!from.contains(it.key()) || from[it.key()] != it.value())
            changes[it.key()] = {{"from", from.value(it.key(), nlohmann::json())},
                                 {"to", it.value()}};
}
} // namespace

Error RegistryService::notFound(const char *field, const QString &what) const
{
    return Error {ErrorCode::NotFound, toStd(what), field};
}

Status RegistryService::checkInstitution(const std::optional<std::int64_t> &id,
                                         const std::string &field)
{
    if (!id)
        return okStatus();
    const auto inst = storage::InstitutionRepository(m_db).findById(*id);
    if (!inst || !inst->active)
        return Error::invalid(field,
                              toStd(tr("The institution does not exist or is no longer "
                                       "in use; choose one from the list.")));
    return okStatus();
}

Result<std::optional<std::int64_t>> RegistryService::reusablePerson(const CheckedPerson &checked,
                                                                    std::int64_t householdId,
                                                                    const std::string &field)
{
    if (!checked.idNumber)
        return std::optional<std::int64_t>();
    const auto existing = PersonRepository(m_db).findByIdNumber(*checked.idNumber);
    if (!existing)
        return std::optional<std::int64_t>();
    const QString masked = QString::fromStdString(maskIdNumber(*checked.idNumber));
    if (existing->deceasedOn)
        return Error {ErrorCode::Conflict,
                      toStd(tr("The person with ID number %1 (%2) is recorded as died on %3.")
                                .arg(masked, QString::fromStdString(existing->name),
                                     QString::fromStdString(existing->deceasedOn->toString()))),
                      field};
    HouseholdRepository households(m_db);
    if (const auto active = households.activeMembershipOf(existing->id)) {
        const auto other = households.findById(active->householdId);
        if (active->householdId == householdId)
            return Error {ErrorCode::Conflict,
                          toStd(tr("%1 (ID number %2) is already a member of this household.")
                                    .arg(QString::fromStdString(existing->name), masked)),
                          field};
        return Error {ErrorCode::Conflict,
                      toStd(tr("%1 (ID number %2) is an active member of household %3 (%4). "
                               "Record there that they moved out before adding them here.")
                                .arg(QString::fromStdString(existing->name), masked,
                                     QString::fromStdString(other ? other->householdNo : ""),
                                     QString::fromStdString(other ? other->address : ""))),
                      field};
    }
    return std::optional<std::int64_t>(existing->id);
}

Result<std::int64_t> RegistryService::insertMember(std::int64_t householdId,
                                                   const MemberInput &input,
                                                   const CheckedPerson &checked,
                                                   std::optional<std::int64_t> existingPerson)
{
    PersonRepository persons(m_db);
    const std::string now = m_clock.isoUtc();
    storage::PersonRecord p = personRecord(input.person, checked);
    p.updatedAt = now;
    std::int64_t personId = 0;
    if (existingPerson) {
        const auto old = persons.findById(*existingPerson);
        p.id = *existingPerson;
        p.createdAt = old ? old->createdAt : now;
        p.isDemo = old && old->isDemo;
        persons.update(p);
        personId = p.id;
    } else {
        p.createdAt = now;
        personId = persons.insert(p);
    }
    auto births = RegistryValidator::obligors(input.obligors, "", m_clock.today());
    persons.replaceIncomes(personId, incomeRecords(input.incomes));
    persons.replaceObligors(
        personId, obligorRecords(input.obligors, births.ok() ? *births : std::vector<Date>()));
    storage::MembershipRecord m;
    m.householdId = householdId;
    m.personId = personId;
    m.relation = input.relation;
    m.counted = input.counted;
    m.notCountedReason = input.counted ? std::nullopt : input.notCountedReason;
    m.joinedOn = input.joinedOn;
    return HouseholdRepository(m_db).insertMembership(m);
}

Result<std::int64_t> RegistryService::createHousehold(const Session &session,
                                                      const NewHousehold &input)
{
    // Authorised before the input is checked (defect 13): a user who may not
    // write learns nothing about the data.
    if (auto actor = authorize(session, Action::EditRegistry); !actor.ok())
        return actor.error();
    const Date today = m_clock.today();
    if (auto s = RegistryValidator::household(input.household, today); !s.ok())
        return s.error();
    if (input.members.empty())
        return Error::invalid("members", toStd(tr("Enter at least the head of the household.")));
    std::vector<CheckedPerson> checked;
    int heads = 0;
    for (size_t i = 0; i < input.members.size(); ++i) {
        auto c = RegistryValidator::member(input.members[i], memberPath(i), today);
        if (!c.ok())
            return c.error();
        if (c->idNumber)
            for (size_t k = 0; k < checked.size(); ++k)
                if (checked[k].idNumber == c->idNumber)
                    return Error::invalid(memberPath(i) + "id_number",
                                          toStd(tr("The same ID number is entered for member %1.")
                                                    .arg(static_cast<int>(k) + 1)));
        if (input.members[i].relation == Relation::Head && ++heads > 1)
            return Error::invalid(memberPath(i) + "relation",
                                  toStd(tr("A household has one head; another member is "
                                           "already entered as the head.")));
        checked.push_back(std::move(*c));
    }
    if (heads == 0)
        return Error::invalid(memberPath(0) + "relation",
                              toStd(tr("Choose which member is the head of the household.")));
    if (auto s = RegistryValidator::assets(input.assets, "assets."); !s.ok())
        return s.error();

    return write(session, Action::EditRegistry, [&](AuditLog &audit) -> Result<std::int64_t> {
        const auto community = CommunityRepository(m_db).findById(input.household.communityId);
        if (!community || !community->active)
            return Error::invalid("community",
                                  toStd(tr("The community does not exist or is no "
                                           "longer in use; choose one from the "
                                           "list.")));
        std::vector<std::optional<std::int64_t>> reuse;
        for (size_t i = 0; i < input.members.size(); ++i) {
            if (auto s = checkInstitution(input.members[i].person.institutionId,
                                          memberPath(i) + "institution");
                !s.ok())
                return s.error();
            auto r = reusablePerson(checked[i], 0, memberPath(i) + "id_number");
            if (!r.ok())
                return r.error();
            reuse.push_back(*r);
        }
        HouseholdRepository households(m_db);
        storage::HouseholdRecord h;
        fillHousehold(h, input.household);
        h.householdNo = CommunityRepository(m_db).takeHouseholdNo(community->id);
        h.financialAssets = input.assets.financial;
        h.homes = input.assets.homes;
        h.businessCapital = input.assets.businessCapital;
        h.createdAt = h.updatedAt = m_clock.isoUtc();
        const std::int64_t id = households.insert(h);
        households.replaceVehicles(id, vehicleRecords(input.assets));
        nlohmann::json members = nlohmann::json::array();
        // The head first, so the list shows a head from the first membership on.
        std::vector<size_t> order;
        for (size_t i = 0; i < input.members.size(); ++i)
            if (input.members[i].relation == Relation::Head)
                order.insert(order.begin(), i);
            else
                order.push_back(i);
        for (size_t i : order) {
            auto m = insertMember(id, input.members[i], checked[i], reuse[i]);
            if (!m.ok())
                return m.error();
            members.push_back(memberJson(input.members[i].person.name, checked[i].idNumber,
                                         input.members[i].relation));
        }
        nlohmann::json details = householdJson(input.household);
        details["household_no"] = h.householdNo;
        details["members"] = members;
        details["assets"] = assetsJson(input.assets);
        audit.append(session, {AuditAction::HouseholdCreate, "household", h.householdNo, details});
        return id;
    });
}

Status RegistryService::updateHousehold(const Session &session, std::int64_t householdId,
                                        const HouseholdInput &input)
{
    // Authorised before the input is checked (defect 13): a user who may not
    // write learns nothing about the data.
    if (auto actor = authorize(session, Action::EditRegistry); !actor.ok())
        return actor.error();
    if (auto s = RegistryValidator::household(input, m_clock.today()); !s.ok())
        return s;
    return write(session, Action::EditRegistry, [&](AuditLog &audit) -> Status {
        HouseholdRepository households(m_db);
        auto h = households.findById(householdId);
        if (!h)
            return notFound("household", tr("The household no longer exists."));
        const auto community = CommunityRepository(m_db).findById(input.communityId);
        if (!community || (!community->active && community->id != h->communityId))
            return Error::invalid("community",
                                  toStd(tr("The community does not exist or is no "
                                           "longer in use; choose one from the "
                                           "list.")));
        HouseholdInput before {h->communityId, h->address,     h->area,          h->phone,
                               h->bankName,    h->bankAccount, h->accountHolder, h->lastReviewDate};
        const nlohmann::json from = householdJson(before);
        fillHousehold(*h, input);
        const nlohmann::json to = householdJson(input);
        nlohmann::json changes = nlohmann::json::object();
        for (auto it = to.begin(); it != to.end(); ++it)
            if (from[it.key()] != it.value())
                changes[it.key()] = {{"from", from[it.key()]}, {"to", it.value()}};
        if (changes.empty())
            return okStatus();
        h->updatedAt = m_clock.isoUtc();
        households.update(*h);
        audit.append(session, {AuditAction::HouseholdUpdate, "household", h->householdNo, changes});
        return okStatus();
    });
}

Status RegistryService::setAssets(const Session &session, std::int64_t householdId,
                                  const AssetsInput &input)
{
    // Authorised before the input is checked (defect 13): a user who may not
    // write learns nothing about the data.
    if (auto actor = authorize(session, Action::EditRegistry); !actor.ok())
        return actor.error();
    if (auto s = RegistryValidator::assets(input, ""); !s.ok())
        return s;
    return write(session, Action::EditRegistry, [&](AuditLog &audit) -> Status {
        HouseholdRepository households(m_db);
        auto h = households.findById(householdId);
        if (!h)
            return notFound("household", tr("The household no longer exists."));
        h->financialAssets = input.financial;
        h->homes = input.homes;
        h->businessCapital = input.businessCapital;
        h->updatedAt = m_clock.isoUtc();
        households.update(*h);
        households.replaceVehicles(householdId, vehicleRecords(input));
        audit.append(
            session,
            {AuditAction::HouseholdAssets, "household", h->householdNo, assetsJson(input)});
        return okStatus();
    });
}

Result<std::int64_t> RegistryService::addMember(const Session &session, std::int64_t householdId,
                                                const MemberInput &input)
{
    // Authorised before the input is checked (defect 13): a user who may not
    // write learns nothing about the data.
    if (auto actor = authorize(session, Action::EditRegistry); !actor.ok())
        return actor.error();
    auto checked = RegistryValidator::member(input, "", m_clock.today());
    if (!checked.ok())
        return checked.error();
    return write(session, Action::EditRegistry, [&](AuditLog &audit) -> Result<std::int64_t> {
        HouseholdRepository households(m_db);
        const auto h = households.findById(householdId);
        if (!h)
            return notFound("household", tr("The household no longer exists."));
        if (auto s = checkInstitution(input.person.institutionId, "institution"); !s.ok())
            return s.error();
        if (input.relation == Relation::Head)
            for (const auto &m : households.memberships(householdId, false))
                if (m.relation == Relation::Head)
                    return Error::invalid("relation",
                                          toStd(tr("The household already has a head; make "
                                                   "the new member the head with \"change "
                                                   "head\" after adding them.")));
        auto reuse = reusablePerson(*checked, householdId, "id_number");
        if (!reuse.ok())
            return reuse.error();
        auto id = insertMember(householdId, input, *checked, *reuse);
        if (!id.ok())
            return id;
        households.touch(householdId, m_clock.isoUtc());
        nlohmann::json details = memberJson(input.person.name, checked->idNumber, input.relation);
        details["existing_person"] = reuse->has_value();
        audit.append(session,
                     {AuditAction::HouseholdMemberAdd, "household", h->householdNo, details});
        return id;
    });
}

Status RegistryService::updatePerson(const Session &session, std::int64_t personId,
                                     const PersonInput &input)
{
    // Authorised before the input is checked (defect 13): a user who may not
    // write learns nothing about the data.
    if (auto actor = authorize(session, Action::EditRegistry); !actor.ok())
        return actor.error();
    auto checked = RegistryValidator::person(input, "", m_clock.today());
    if (!checked.ok())
        return checked.error();
    return write(session, Action::EditRegistry, [&](AuditLog &audit) -> Status {
        PersonRepository persons(m_db);
        const auto old = persons.findById(personId);
        if (!old)
            return notFound("person", tr("The person no longer exists."));
        if (auto s = checkInstitution(input.institutionId, "institution"); !s.ok())
            return s;
        if (checked->idNumber && checked->idNumber != old->idNumber)
            if (const auto other = persons.findByIdNumber(*checked->idNumber))
                return Error {ErrorCode::Conflict,
                              toStd(tr("Another person (%1) already has this ID number.")
                                        .arg(QString::fromStdString(other->name))),
                              "id_number"};
        storage::PersonRecord p = personRecord(input, *checked);
        p.id = old->id;
        p.createdAt = old->createdAt;
        p.deceasedOn = old->deceasedOn;
        p.isDemo = old->isDemo;
        p.updatedAt = m_clock.isoUtc();
        persons.update(p);
        if (const auto m = HouseholdRepository(m_db).activeMembershipOf(personId))
            HouseholdRepository(m_db).touch(m->householdId, p.updatedAt);
        nlohmann::json details = {
            {"name", p.name},
            {"id_number", p.idNumber ? nlohmann::json(*p.idNumber) : nlohmann::json()}};
        if (old->name != p.name)
            details["former_name"] = old->name;
        audit.append(session,
                     {AuditAction::PersonUpdate, "person", std::to_string(personId), details});
        return okStatus();
    });
}

Status RegistryService::updateMembership(const Session &session, std::int64_t membershipId,
                                         Relation relation, bool counted,
                                         std::optional<NotCountedReason> notCountedReason,
                                         std::optional<Date> joinedOn)
{
    if (!counted && !notCountedReason)
        return Error::invalid("not_counted_reason",
                              toStd(tr("Choose why the member is not counted (policy-rules §3).")));
    if (joinedOn && *joinedOn > m_clock.today())
        return Error::invalid("joined_on", toStd(tr("The date joined cannot be in the future.")));
    return write(session, Action::EditRegistry, [&](AuditLog &audit) -> Status {
        HouseholdRepository households(m_db);
        auto m = households.membership(membershipId);
        if (!m || !m->active())
            return notFound("membership", tr("The member is no longer in the household."));
        if (relation == Relation::Head && m->relation != Relation::Head)
            return Error::invalid("relation",
                                  toStd(tr("Use \"change head\" to make a member the "
                                           "head of the household.")));
        if (relation != Relation::Head && m->relation == Relation::Head)
            return Error::invalid("relation",
                                  toStd(tr("The head stays the head until another "
                                           "member is made the head.")));
        nlohmann::json details = {
            {"membership", membershipId},
            {"relation", {{"from", relationKey(m->relation)}, {"to", relationKey(relation)}}},
            {"counted", {{"from", m->counted}, {"to", counted}}}};
        m->relation = relation;
        m->counted = counted;
        m->notCountedReason = counted ? std::nullopt : notCountedReason;
        m->joinedOn = joinedOn;
        households.updateMembership(*m);
        households.touch(m->householdId, m_clock.isoUtc());
        const auto h = households.findById(m->householdId);
        audit.append(
            session,
            {AuditAction::HouseholdMemberUpdate, "household", h ? h->householdNo : "", details});
        return okStatus();
    });
}

Status RegistryService::changeHead(const Session &session, std::int64_t membershipId,
                                   Relation formerHeadRelation)
{
    if (formerHeadRelation == Relation::Head)
        return Error::invalid("relation", toStd(tr("Choose the former head's new relation.")));
    return write(session, Action::EditRegistry, [&](AuditLog &audit) -> Status {
        HouseholdRepository households(m_db);
        auto m = households.membership(membershipId);
        if (!m || !m->active())
            return notFound("membership", tr("The member is no longer in the household."));
        if (m->relation == Relation::Head)
            return okStatus();
        for (auto other : households.memberships(m->householdId, false))
            if (other.relation == Relation::Head) {
                other.relation = formerHeadRelation;
                households.updateMembership(other);
            }
        m->relation = Relation::Head;
        households.updateMembership(*m);
        households.touch(m->householdId, m_clock.isoUtc());
        const auto h = households.findById(m->householdId);
        audit.append(session,
                     {AuditAction::HouseholdChangeHead,
                      "household",
                      h ? h->householdNo : "",
                      {{"membership", membershipId},
                       {"former_head_relation", relationKey(formerHeadRelation)}}});
        return okStatus();
    });
}

Status RegistryService::leaveHousehold(const Session &session, std::int64_t membershipId,
                                       LeaveReason reason, const Date &on, const std::string &note)
{
    if (on > m_clock.today())
        return Error::invalid("left_on", toStd(tr("The date cannot be in the future.")));
    return write(session, Action::EditRegistry, [&](AuditLog &audit) -> Status {
        HouseholdRepository households(m_db);
        const auto m = households.membership(membershipId);
        if (!m || !m->active())
            return notFound("membership", tr("The member is no longer in the household."));
        if (m->joinedOn && on < *m->joinedOn)
            return Error::invalid("left_on",
                                  toStd(tr("The date is before the member joined (%1).")
                                            .arg(QString::fromStdString(m->joinedOn->toString()))));
        PersonRepository persons(m_db);
        auto p = persons.findById(m->personId);
        if (p && p->birthDate > on)
            return Error::invalid("left_on", toStd(tr("The date is before the person's birth.")));
        households.endMembership(membershipId, on, reason, note);
        if (reason == LeaveReason::Died && p) {
            p->deceasedOn = on;
            p->updatedAt = m_clock.isoUtc();
            persons.update(*p);
        }
        households.touch(m->householdId, m_clock.isoUtc());
        const auto h = households.findById(m->householdId);
        audit.append(session,
                     {AuditAction::HouseholdMemberLeave,
                      "household",
                      h ? h->householdNo : "",
                      {{"membership", membershipId},
                       {"name", p ? p->name : ""},
                       {"reason", leaveReasonKey(reason)},
                       {"on", on.toString()},
                       {"note", note}}});
        return okStatus();
    });
}

Status RegistryService::setIncomes(const Session &session, std::int64_t personId,
                                   const std::vector<IncomeInput> &incomes)
{
    // Authorised before the input is checked (defect 13): a user who may not
    // write learns nothing about the data.
    if (auto actor = authorize(session, Action::EditRegistry); !actor.ok())
        return actor.error();
    if (auto s = RegistryValidator::incomes(incomes, ""); !s.ok())
        return s;
    return write(session, Action::EditRegistry, [&](AuditLog &audit) -> Status {
        PersonRepository persons(m_db);
        const auto p = persons.findById(personId);
        if (!p)
            return notFound("person", tr("The person no longer exists."));
        persons.replaceIncomes(personId, incomeRecords(incomes));
        if (const auto m = HouseholdRepository(m_db).activeMembershipOf(personId))
            HouseholdRepository(m_db).touch(m->householdId, m_clock.isoUtc());
        nlohmann::json items = nlohmann::json::array();
        for (const auto &i : incomes)
            items.push_back({{"kind", incomeKindKey(i.kind)},
                             {"entered", incomeEntryKey(i.entered)},
                             {"amount", i.amount.toString()},
                             {"monthly", RegistryValidator::monthlyOf(i).toString()}});
        audit.append(session,
                     {AuditAction::PersonIncomes,
                      "person",
                      std::to_string(personId),
                      {{"name", p->name}, {"incomes", items}}});
        return okStatus();
    });
}

Status RegistryService::setObligors(const Session &session, std::int64_t personId,
                                    const std::vector<ObligorInput> &obligors)
{
    // Authorised before the input is checked (defect 13): a user who may not
    // write learns nothing about the data.
    if (auto actor = authorize(session, Action::EditRegistry); !actor.ok())
        return actor.error();
    auto births = RegistryValidator::obligors(obligors, "", m_clock.today());
    if (!births.ok())
        return births.error();
    return write(session, Action::EditRegistry, [&](AuditLog &audit) -> Status {
        PersonRepository persons(m_db);
        const auto p = persons.findById(personId);
        if (!p)
            return notFound("person", tr("The person no longer exists."));
        persons.replaceObligors(personId, obligorRecords(obligors, *births));
        nlohmann::json items = nlohmann::json::array();
        for (const auto &o : obligors)
            items.push_back({{"name", o.name},
                             {"relation", o.relation},
                             {"id_number", o.idNumber},
                             {"income_monthly", o.incomeMonthly.toString()},
                             {"status", obligorStatusKey(o.status)}});
        audit.append(session,
                     {AuditAction::PersonObligors,
                      "person",
                      std::to_string(personId),
                      {{"name", p->name}, {"obligors", items}}});
        return okStatus();
    });
}

Status RegistryService::updateMember(const Session &session, std::int64_t membershipId,
                                     const MemberInput &input)
{
    // Authorised before the input is checked (defect 13): a user who may not
    // write learns nothing about the data.
    if (auto actor = authorize(session, Action::EditRegistry); !actor.ok())
        return actor.error();
    const Date today = m_clock.today();
    auto checked = RegistryValidator::member(input, "", today);
    if (!checked.ok())
        return checked.error();
    auto births = RegistryValidator::obligors(input.obligors, "", today);
    if (!births.ok())
        return births.error();
    return write(session, Action::EditRegistry, [&](AuditLog &audit) -> Status {
        HouseholdRepository households(m_db);
        PersonRepository persons(m_db);
        auto m = households.membership(membershipId);
        if (!m || !m->active())
            return notFound("membership", tr("The member is no longer in the household."));
        const auto old = persons.findById(m->personId);
        if (!old)
            return notFound("person", tr("The person no longer exists."));
        if (auto s = checkInstitution(input.person.institutionId, "institution"); !s.ok()) {
            // A person already placed in an institution since closed keeps it.
            if (input.person.institutionId != old->institutionId)
                return s;
        }
        if (checked->idNumber && checked->idNumber != old->idNumber)
            if (const auto other = persons.findByIdNumber(*checked->idNumber))
                return Error {ErrorCode::Conflict,
                              toStd(tr("Another person (%1) already has this ID number.")
                                        .arg(QString::fromStdString(other->name))),
                              "id_number"};
        if (input.relation == Relation::Head && m->relation != Relation::Head)
            return Error::invalid("relation",
                                  toStd(tr("Use \"change head\" to make a member the "
                                           "head of the household.")));
        if (input.relation != Relation::Head && m->relation == Relation::Head)
            return Error::invalid("relation",
                                  toStd(tr("The head stays the head until another "
                                           "member is made the head.")));

        storage::PersonRecord p = personRecord(input.person, *checked);
        p.id = old->id;
        p.createdAt = old->createdAt;
        p.deceasedOn = old->deceasedOn;
        p.isDemo = old->isDemo;
        p.updatedAt = m_clock.isoUtc();
        storage::MembershipRecord ms = *m;
        ms.relation = input.relation;
        ms.counted = input.counted;
        ms.notCountedReason = input.counted ? std::nullopt : input.notCountedReason;
        ms.joinedOn = input.joinedOn;
        const auto incomes = incomeRecords(input.incomes);
        const auto obligors = obligorRecords(input.obligors, *births);

        nlohmann::json changes = nlohmann::json::object();
        addChanges(changes, personJson(*old), personJson(p));
        addChanges(changes, membershipJson(*m), membershipJson(ms));
        const nlohmann::json incomesFrom = incomesJson(persons.incomes(p.id));
        const nlohmann::json incomesTo = incomesJson(incomes);
        const nlohmann::json obligorsFrom = obligorsJson(persons.obligors(p.id));
        const nlohmann::json obligorsTo = obligorsJson(obligors);
        if (incomesFrom != incomesTo)
            changes["incomes"] = {{"from", incomesFrom}, {"to", incomesTo}};
        if (obligorsFrom != obligorsTo)
            changes["obligors"] = {{"from", obligorsFrom}, {"to", obligorsTo}};
        if (changes.empty())
            return okStatus();

        if (personJson(*old) != personJson(p))
            persons.update(p);
        if (membershipJson(*m) != membershipJson(ms))
            households.updateMembership(ms);
        if (incomesFrom != incomesTo)
            persons.replaceIncomes(p.id, incomes);
        if (obligorsFrom != obligorsTo)
            persons.replaceObligors(p.id, obligors);
        households.touch(m->householdId, p.updatedAt);
        const auto h = households.findById(m->householdId);
        nlohmann::json details = {{"membership", membershipId},
                                  {"person", p.id},
                                  {"name", p.name},
                                  {"id_number", orNull(p.idNumber)},
                                  {"changes", changes}};
        audit.append(
            session,
            {AuditAction::HouseholdMemberEdit, "household", h ? h->householdNo : "", details});
        return okStatus();
    });
}

Result<PersonView> RegistryService::person(const Session &session, std::int64_t personId)
{
    return read(session, Action::ViewRegistry, [&]() -> Result<PersonView> {
        const auto p = PersonRepository(m_db).findById(personId);
        if (!p)
            return notFound("person", tr("The person no longer exists."));
        return personView(*p, allows(session, Action::ViewPersonalNumbers));
    });
}

} // namespace relief::services
