#include "policy_service.h"

#include "storage/policy/policy_repository.h"

#include <QLocale>

namespace relief::services {

using storage::PolicyRepository;
using storage::PolicySetRecord;

Lang currentLang()
{
    return QLocale().language() == QLocale::English ? Lang::En : Lang::Zh;
}

Result<PolicyParameters> PolicyService::decode(const PolicySetRecord &record)
{
    auto set = PolicyParameters::fromJson(record.json, currentLang());
    if (!set.ok())
        return Error {ErrorCode::Storage,
                      toStd(tr("The stored parameter set of %1 cannot be read: %2")
                                .arg(QString::fromStdString(record.effectiveFrom),
                                     QString::fromStdString(set.error().message))),
                      {}};
    return set;
}

Result<std::vector<PolicyVersion>> PolicyService::list()
{
    try {
        std::vector<PolicyVersion> out;
        for (const auto &rec : PolicyRepository(m_db).list()) {
            auto set = decode(rec);
            if (!set.ok())
                return set.error();
            out.push_back({*set, rec.createdAt, rec.createdBy});
        }
        return out;
    } catch (const storage::DatabaseError &e) {
        return storageError(e);
    }
}

Result<PolicyParameters> PolicyService::inForceOn(const Date &date)
{
    try {
        const auto rec = PolicyRepository(m_db).inForceOn(date.toString());
        if (!rec)
            return Error {ErrorCode::NotFound,
                          toStd(tr("No policy parameter set is in force on %1; add one under "
                                   "Administration → Policy parameters.")
                                    .arg(QString::fromStdString(date.toString()))),
                          "as_of"};
        return decode(*rec);
    } catch (const storage::DatabaseError &e) {
        return storageError(e);
    }
}

Result<PolicyParameters> PolicyService::inForceForMonth(const YearMonth &month)
{
    return inForceOn(month.firstDay());
}

Result<std::string> PolicyService::exportJson(const Date &effectiveFrom)
{
    try {
        const auto rec = PolicyRepository(m_db).findByEffectiveFrom(effectiveFrom.toString());
        if (!rec)
            return Error {ErrorCode::NotFound,
                          toStd(tr("There is no parameter set effective from %1.")
                                    .arg(QString::fromStdString(effectiveFrom.toString()))),
                          "effective_from"};
        return rec->json;
    } catch (const storage::DatabaseError &e) {
        return storageError(e);
    }
}

Result<Date> PolicyService::add(const Session &session, const PolicyParameters &parameters)
{
    // Normalise through the JSON form so what is stored is exactly what export gives.
    const std::string json = parameters.toJson();
    auto checked = PolicyParameters::fromJson(json, currentLang());
    if (!checked.ok())
        return checked.error();
    const std::string date = checked->effectiveFrom.toString();
    return write(session, Action::ManagePolicy, [&](AuditLog &audit) -> Result<Date> {
        PolicyRepository repo(m_db);
        if (const auto existing = repo.findByEffectiveFrom(date)) {
            if (existing->json == json)
                return checked->effectiveFrom;
            return Error {ErrorCode::Conflict,
                          toStd(tr("A different parameter set effective from %1 already exists; "
                                   "a stored set is never changed. Give the new set a later "
                                   "effective date.")
                                    .arg(QString::fromStdString(date))),
                          "effective_from"};
        }
        repo.insert({0, date, json, m_clock.isoUtc(), session.username});
        audit.append(session,
                     {AuditAction::PolicyAdd, "policy_set", date, nlohmann::json::parse(json)});
        return checked->effectiveFrom;
    });
}

Result<Date> PolicyService::importJson(const Session &session, const std::string &json)
{
    auto set = PolicyParameters::fromJson(json, currentLang());
    if (!set.ok())
        return set.error();
    return add(session, *set);
}

} // namespace relief::services
