#pragma once

// A calendar date (proleptic Gregorian), with no time and no time zone.

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace relief {

class Date
{
public:
    constexpr Date() = default;

    // A real date, or nothing (2025-02-29 is nothing).
    static std::optional<Date> fromYmd(int year, int month, int day);
    // "YYYY-MM-DD" exactly; anything else is nothing.
    static std::optional<Date> parse(std::string_view text);
    static Date fromDayNumber(long days);

    int year() const { return m_year; }
    int month() const { return m_month; }
    int day() const { return m_day; }

    // Days since 1970-01-01.
    long dayNumber() const;
    Date addDays(long days) const;
    // 1 = Monday … 7 = Sunday (ISO 8601).
    int isoWeekday() const;
    bool isWeekend() const { return isoWeekday() >= 6; }

    std::string toString() const;

    static bool isLeapYear(int year);
    static int daysInMonth(int year, int month);

    friend constexpr auto operator<=>(const Date &, const Date &) = default;

private:
    constexpr Date(int y, int m, int d)
        : m_year(y)
        , m_month(m)
        , m_day(d)
    { }
    int m_year = 1970;
    int m_month = 1;
    int m_day = 1;
};

} // namespace relief
