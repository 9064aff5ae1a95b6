// RegistryService: the administrator's lists of communities and institutions.

#include "registry_service.h"

#include "registry_validator.h"

#include "storage/registry/community_repository.h"
#include "storage/registry/institution_repository.h"

#include "domain/mask.h"

namespace relief::services {

using storage::CommunityRepository;
using storage::InstitutionRepository;

namespace {
std::string upper(std::string s)
{
    for (char &c : s)
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
    return s;
}

nlohmann::json institutionJson(const storage::InstitutionRecord &r)
{
    return {{"name", r.name},
            {"kind", institutionKindKey(r.kind)},
            {"address", r.address},
            {"phone", r.phone},
            {"bank_name", r.bankName},
            {"bank_account", r.bankAccount},
            {"account_holder", r.accountHolder},
            {"active", r.active}};
}

storage::InstitutionRecord institutionRecord(const InstitutionInput &in)
{
    storage::InstitutionRecord r;
    r.name = toStd(QString::fromStdString(in.name).trimmed());
    r.kind = in.kind;
    r.address = in.address;
    r.phone = in.phone;
    r.bankName = in.bankName;
    r.bankAccount = in.bankAccount;
    r.accountHolder = in.accountHolder;
    r.active = in.active;
    return r;
}
} // namespace

Result<std::vector<storage::CommunityRecord>> RegistryService::communities(const Session &session)
{
    return read(session, Action::ViewRegistry,
                [&]() -> Result<std::vector<storage::CommunityRecord>> {
                    return CommunityRepository(m_db).list();
                });
}

Result<std::int64_t> RegistryService::addCommunity(const Session &session,
                                                   const CommunityInput &input)
{
    // Authorised before the input is checked (defect 13): a user who may not
    // write learns nothing about the data.
    if (auto actor = authorize(session, Action::ManageCommunities); !actor.ok())
        return actor.error();
    if (auto s = RegistryValidator::community(input); !s.ok())
        return s.error();
    return write(session, Action::ManageCommunities, [&](AuditLog &audit) -> Result<std::int64_t> {
        CommunityRepository repo(m_db);
        storage::CommunityRecord r;
        r.code = upper(input.code);
        r.name = toStd(QString::fromStdString(input.name).trimmed());
        r.active = input.active;
        r.createdAt = m_clock.isoUtc();
        if (repo.findByCode(r.code))
            return Error {ErrorCode::Conflict,
                          toStd(tr("Another community already has the code %1.")
                                    .arg(QString::fromStdString(r.code))),
                          "code"};
        if (repo.findByName(r.name))
            return Error {ErrorCode::Conflict,
                          toStd(tr("The community %1 is already in the list.")
                                    .arg(QString::fromStdString(r.name))),
                          "name"};
        const auto id = repo.insert(r);
        audit.append(session,
                     {AuditAction::CommunityAdd,
                      "community",
                      r.code,
                      {{"code", r.code}, {"name", r.name}, {"active", r.active}}});
        return id;
    });
}

Status RegistryService::updateCommunity(const Session &session, std::int64_t id,
                                        const CommunityInput &input)
{
    // Authorised before the input is checked (defect 13): a user who may not
    // write learns nothing about the data.
    if (auto actor = authorize(session, Action::ManageCommunities); !actor.ok())
        return actor.error();
    if (auto s = RegistryValidator::community(input); !s.ok())
        return s;
    return write(session, Action::ManageCommunities, [&](AuditLog &audit) -> Status {
        CommunityRepository repo(m_db);
        auto r = repo.findById(id);
        if (!r)
            return Error {ErrorCode::NotFound, toStd(tr("The community no longer exists.")), "id"};
        const std::string code = upper(input.code);
        const std::string name = toStd(QString::fromStdString(input.name).trimmed());
        if (auto other = repo.findByCode(code); other && other->id != id)
            return Error {ErrorCode::Conflict,
                          toStd(tr("Another community already has the code %1.")
                                    .arg(QString::fromStdString(code))),
                          "code"};
        if (auto other = repo.findByName(name); other && other->id != id)
            return Error {ErrorCode::Conflict,
                          toStd(tr("The community %1 is already in the list.")
                                    .arg(QString::fromStdString(name))),
                          "name"};
        if (r->code == code && r->name == name && r->active == input.active)
            return okStatus();
        nlohmann::json details = {{"code", {{"from", r->code}, {"to", code}}},
                                  {"name", {{"from", r->name}, {"to", name}}},
                                  {"active", {{"from", r->active}, {"to", input.active}}}};
        r->code = code;
        r->name = name;
        r->active = input.active;
        repo.update(*r);
        audit.append(session, {AuditAction::CommunityUpdate, "community", code, details});
        return okStatus();
    });
}

Result<std::vector<storage::InstitutionRecord>>
RegistryService::institutions(const Session &session)
{
    return read(session, Action::ViewRegistry,
                [&]() -> Result<std::vector<storage::InstitutionRecord>> {
                    auto list = InstitutionRepository(m_db).list();
                    if (!allows(session, Action::ViewPersonalNumbers))
                        for (auto &i : list)
                            i.bankAccount = maskBankAccount(i.bankAccount);
                    return list;
                });
}

Result<std::int64_t> RegistryService::addInstitution(const Session &session,
                                                     const InstitutionInput &input)
{
    // Authorised before the input is checked (defect 13): a user who may not
    // write learns nothing about the data.
    if (auto actor = authorize(session, Action::ManageInstitutions); !actor.ok())
        return actor.error();
    if (auto s = RegistryValidator::institution(input); !s.ok())
        return s.error();
    return write(session, Action::ManageInstitutions, [&](AuditLog &audit) -> Result<std::int64_t> {
        InstitutionRepository repo(m_db);
        storage::InstitutionRecord r = institutionRecord(input);
        if (repo.findByName(r.name))
            return Error {ErrorCode::Conflict,
                          toStd(tr("The institution %1 is already in the list.")
                                    .arg(QString::fromStdString(r.name))),
                          "name"};
        r.createdAt = m_clock.isoUtc();
        const auto id = repo.insert(r);
        audit.append(
            session,
            {AuditAction::InstitutionAdd, "institution", std::to_string(id), institutionJson(r)});
        return id;
    });
}

Status RegistryService::updateInstitution(const Session &session, std::int64_t id,
                                          const InstitutionInput &input)
{
    return write(session, Action::ManageInstitutions, [&](AuditLog &audit) -> Status {
        InstitutionRepository repo(m_db);
        const auto old = repo.findById(id);
        if (!old)
            return Error {ErrorCode::NotFound, toStd(tr("The institution no longer exists.")),
                          "id"};
        InstitutionInput checked = input;
        if (input.keepStoredAccount)
            checked.bankAccount = old->bankAccount;
        if (auto s = RegistryValidator::institution(checked); !s.ok())
            return s;
        storage::InstitutionRecord r = institutionRecord(checked);
        if (auto other = repo.findByName(r.name); other && other->id != id)
            return Error {ErrorCode::Conflict,
                          toStd(tr("The institution %1 is already in the list.")
                                    .arg(QString::fromStdString(r.name))),
                          "name"};
        r.id = id;
        r.createdAt = old->createdAt;
        const auto before = institutionJson(*old);
        const auto after = institutionJson(r);
        if (before == after)
            return okStatus();
        repo.update(r);
        audit.append(session,
                     {AuditAction::InstitutionUpdate,
                      "institution",
                      std::to_string(id),
                      {{"from", before}, {"to", after}}});
        return okStatus();
    });
}

} // namespace relief::services
