#pragma once

// The official holiday schedule: public holidays that fall on working days and
// the make-up working days (调休上班) that fall on weekends (data-formats §5).

#include "date.h"
#include "result.h"

#include <set>
#include <string>
#include <string_view>

namespace relief {

class HolidayCalendar
{
public:
    std::set<Date> holidays; // days off that would be working days
    std::set<Date> workdays; // weekend days worked

    bool isWorkingDay(const Date &d) const;
    // Last year the calendar has any entry for (0 when empty).
    int lastCoveredYear() const;

    // {"holidays": [...], "workdays": [...]}; other fields are ignored.
    static Result<HolidayCalendar> fromJson(std::string_view json);
    std::string toJson() const;
};

} // namespace relief
