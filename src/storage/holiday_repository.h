#pragma once

#include "domain/holiday_calendar.h"

namespace relief::storage {

class Database;

class HolidayRepository
{
public:
    explicit HolidayRepository(Database &db)
        : m_db(db)
    { }
    HolidayCalendar load();
    // Replaces the whole calendar (call inside a transaction).
    void replaceAll(const HolidayCalendar &calendar);

private:
    Database &m_db;
};

} // namespace relief::storage
