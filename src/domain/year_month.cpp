#include "year_month.h"

#include <algorithm>
#include <cstdio>

namespace relief {

std::optional<YearMonth> YearMonth::fromYm(int year, int month)
{
    if (year < 1 || year > 9999 || month < 1 || month > 12)
        return std::nullopt;
    return YearMonth(year, month);
}

std::optional<YearMonth> YearMonth::parse(std::string_view text)
{
    if (text.size() != 7 || text[4] != '-')
        return std::nullopt;
    int value[2] = {0, 0};
    const std::string_view parts[2] = {text.substr(0, 4), text.substr(5, 2)};
    for (int p = 0; p < 2; ++p)
        for (char c : parts[p]) {
            if (c < '0' || c > '9')
                return std::nullopt;
            value[p] = value[p] * 10 + (c - '0');
        }
    return fromYm(value[0], value[1]);
}

YearMonth YearMonth::addMonths(int months) const
{
    const int i = index() + months;
    // Floor division keeps months before year 0 impossible to reach silently.
    const int y = i >= 0 ? i / 12 : (i - 11) / 12;
    return YearMonth(y, i - y * 12 + 1);
}

int YearMonth::monthsUntil(const YearMonth &other) const
{
    return other.index() - index();
}

Date YearMonth::firstDay() const
{
    return *Date::fromYmd(m_year, m_month, 1);
}

Date YearMonth::lastDay() const
{
    return *Date::fromYmd(m_year, m_month, Date::daysInMonth(m_year, m_month));
}

std::string YearMonth::toString() const
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d", m_year, m_month);
    return buf;
}

Date addMonthsClamped(const Date &date, int months)
{
    const YearMonth ym = YearMonth::of(date).addMonths(months);
    const int day = std::min(date.day(), Date::daysInMonth(ym.year(), ym.month()));
    return *Date::fromYmd(ym.year(), ym.month(), day);
}

} // namespace relief
