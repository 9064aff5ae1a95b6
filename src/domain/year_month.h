#pragma once

// A calendar month ("YYYY-MM"): effective months, payroll months, price-index months.

#include "date.h"

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace relief {

class YearMonth
{
public:
    constexpr YearMonth() = default;
    static std::optional<YearMonth> fromYm(int year, int month);
    // "YYYY-MM" exactly (four-digit year, two-digit month 01–12).
    static std::optional<YearMonth> parse(std::string_view text);
    static YearMonth of(const Date &date) { return YearMonth(date.year(), date.month()); }

    int year() const { return m_year; }
    int month() const { return m_month; }

    // Negative counts go back: 2025-01 + (-1) = 2024-12.
    YearMonth addMonths(int months) const;
    YearMonth next() const { return addMonths(1); }
    YearMonth previous() const { return addMonths(-1); }
    // Months from this to other: 2025-01 → 2025-03 is 2.
    int monthsUntil(const YearMonth &other) const;

    Date firstDay() const;
    Date lastDay() const;
    std::string toString() const;

    friend constexpr auto operator<=>(const YearMonth &, const YearMonth &) = default;

private:
    constexpr YearMonth(int y, int m)
        : m_year(y)
        , m_month(m)
    { }
    int index() const { return m_year * 12 + (m_month - 1); }
    int m_year = 1970;
    int m_month = 1;
};

// The same day of the month `months` later; a day the month lacks becomes its
// last day (08-31 + 6 months = 02-28, or 02-29 in a leap year). RV-1's due date.
Date addMonthsClamped(const Date &date, int months);

} // namespace relief
