#pragma once

// Typed office settings with defaults, stored in the database so that every
// desk and the CLI share them.

#include "services/service_base.h"

#include <QCoreApplication>

namespace relief::services {

struct OfficeSettings
{
    std::string officeName;
    std::string areaCode;
    int idleLockMinutes = 15; // 0: never lock
    // Whether the street office approves (delegated authority) or records the
    // county's decision (policy-rules §7).
    bool streetApproves = true;
};

class OfficeSettingsService : public ServiceBase
{
    Q_DECLARE_TR_FUNCTIONS(OfficeSettingsService)
public:
    OfficeSettingsService(storage::Database &db, const Clock &clock)
        : ServiceBase(db, clock)
    { }

    // Readable by every signed-in user and before sign-in (the office name).
    Result<OfficeSettings> load();
    Status save(const Session &session, const OfficeSettings &settings);
};

} // namespace relief::services
