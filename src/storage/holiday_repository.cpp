#include "holiday_repository.h"

#include "database.h"
#include "statement.h"

namespace relief::storage {

HolidayCalendar HolidayRepository::load()
{
    HolidayCalendar cal;
    Statement st(m_db, "SELECT day, kind FROM holidays ORDER BY day");
    while (st.step()) {
        const auto day = Date::parse(st.text(0));
        if (!day)
            continue; // the CHECK-less day column is written only by replaceAll
        (st.text(1) == "holiday" ? cal.holidays : cal.workdays).insert(*day);
    }
    return cal;
}

void HolidayRepository::replaceAll(const HolidayCalendar &calendar)
{
    m_db.exec("DELETE FROM holidays");
    Statement ins(m_db, "INSERT INTO holidays(day, kind) VALUES (?1, ?2)");
    for (const Date &d : calendar.holidays)
        ins.bind(1, d.toString()).bind(2, "holiday").exec();
    for (const Date &d : calendar.workdays)
        ins.bind(1, d.toString()).bind(2, "workday").exec();
}

} // namespace relief::storage
