#include "holiday_calendar.h"

#include "json_document.h"
#include "text_preview.h"

#include <nlohmann/json.hpp>

namespace relief {

bool HolidayCalendar::isWorkingDay(const Date &d) const
{
    if (workdays.count(d))
        return true;
    if (holidays.count(d))
        return false;
    return !d.isWeekend();
}

int HolidayCalendar::lastCoveredYear() const
{
    int year = 0;
    if (!holidays.empty())
        year = holidays.rbegin()->year();
    if (!workdays.empty())
        year = std::max(year, workdays.rbegin()->year());
    return year;
}

Result<HolidayCalendar> HolidayCalendar::fromJson(std::string_view json)
{
    // Messages are English: the holiday service puts them in its translated sentence.
    const auto parsed = parseJsonDocument(json, Lang::En);
    if (!parsed.ok())
        return parsed.error();
    const nlohmann::json &doc = *parsed;
    if (!doc.is_object())
        return Error::invalid("", "not a JSON object");
    HolidayCalendar cal;
    for (const char *key : {"holidays", "workdays"}) {
        auto &target = std::string_view(key) == "holidays" ? cal.holidays : cal.workdays;
        if (!doc.contains(key) || doc[key].is_null())
            continue;
        if (!doc[key].is_array())
            return Error::invalid(key, "must be an array of dates");
        for (size_t i = 0; i < doc[key].size(); ++i) {
            const auto &v = doc[key][i];
            const std::string path = std::string(key) + "[" + std::to_string(i) + "]";
            if (!v.is_string())
                return Error::invalid(path, "must be a date YYYY-MM-DD");
            const auto d = Date::parse(v.get<std::string>());
            if (!d)
                return Error::invalid(path,
                                      "not a real date YYYY-MM-DD: " +
                                          textPreview(v.get_ref<const std::string &>(), Lang::En));
            target.insert(*d);
        }
    }
    for (const Date &d : cal.holidays)
        if (cal.workdays.count(d))
            return Error::invalid("workdays",
                                  d.toString() + " is listed as both holiday and workday");
    return cal;
}

std::string HolidayCalendar::toJson() const
{
    nlohmann::json doc;
    doc["holidays"] = nlohmann::json::array();
    doc["workdays"] = nlohmann::json::array();
    for (const Date &d : holidays)
        doc["holidays"].push_back(d.toString());
    for (const Date &d : workdays)
        doc["workdays"].push_back(d.toString());
    return doc.dump(2);
}

} // namespace relief
