#pragma once

// Versioned policy parameter sets: every set is kept with its effective_from;
// "in force on a date" picks the latest effective_from on or before it, and a
// month is judged by the set in force on its first day (policy-rules §1, DA-3).

#include "services/service_base.h"

#include "domain/lang.h"
#include "domain/rules/policy_parameters.h"
#include "domain/year_month.h"
#include "storage/policy/policy_repository.h"

#include <QCoreApplication>

#include <vector>

namespace relief::services {

struct PolicyVersion
{
    PolicyParameters parameters;
    std::string createdAt;
    std::string createdBy;
};

// The language services use for domain text (errors, explanations): the
// application's current locale.
Lang currentLang();

class PolicyService : public ServiceBase
{
    Q_DECLARE_TR_FUNCTIONS(PolicyService)
public:
    PolicyService(storage::Database &db, const Clock &clock)
        : ServiceBase(db, clock)
    { }

    // Oldest first. Readable without a role: assess and every screen need it.
    Result<std::vector<PolicyVersion>> list();
    Result<PolicyParameters> inForceOn(const Date &date);
    Result<PolicyParameters> inForceForMonth(const YearMonth &month);
    Result<std::string> exportJson(const Date &effectiveFrom);

    // Adds a new version (administrator). A set with the same effective_from as a
    // stored one is refused unless it is identical (then nothing changes).
    Result<Date> add(const Session &session, const PolicyParameters &parameters);
    // data-formats §1 JSON; errors name the field's path.
    Result<Date> importJson(const Session &session, const std::string &json);

private:
    Result<PolicyParameters> decode(const storage::PolicySetRecord &record);
};

} // namespace relief::services
