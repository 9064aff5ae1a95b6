#pragma once

// The working-day calendar that deadlines count on: read by everyone, edited by
// an administrator.

#include "services/service_base.h"

#include "domain/holiday_calendar.h"

#include <QCoreApplication>

namespace relief::services {

class HolidayService : public ServiceBase
{
    Q_DECLARE_TR_FUNCTIONS(HolidayService)
public:
    HolidayService(storage::Database &db, const Clock &clock)
        : ServiceBase(db, clock)
    { }

    Result<HolidayCalendar> calendar();
    // Replaces the whole calendar; the audit record lists the days added and removed.
    Status replace(const Session &session, const HolidayCalendar &calendar);
    // data-formats §5 JSON; a bad file changes nothing and names the bad entry.
    Status importJson(const Session &session, const std::string &json);
};

} // namespace relief::services
