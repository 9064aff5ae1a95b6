#include "domain/holiday_calendar.h"

#include <gtest/gtest.h>

using namespace relief;

TEST(HolidayCalendar, WeekendsHolidaysAndMakeUpDays)
{
    auto cal = HolidayCalendar::fromJson(
        R"({"note":"x","holidays":["2025-10-01","2025-10-08"],"workdays":["2025-09-28"]})");
    ASSERT_TRUE(cal.ok());
    EXPECT_FALSE(cal->isWorkingDay(*Date::parse("2025-10-01")));
    EXPECT_TRUE(cal->isWorkingDay(*Date::parse("2025-09-28"))); // a Sunday worked
    EXPECT_FALSE(cal->isWorkingDay(*Date::parse("2025-10-11"))); // a Saturday
    EXPECT_TRUE(cal->isWorkingDay(*Date::parse("2025-10-09")));
    EXPECT_EQ(cal->lastCoveredYear(), 2025);
    auto again = HolidayCalendar::fromJson(cal->toJson());
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->holidays, cal->holidays);
}

TEST(HolidayCalendar, RejectsBadDatesNamingThePath)
{
    auto cal = HolidayCalendar::fromJson(R"({"holidays":["2025-10-01","2025-02-30"]})");
    ASSERT_FALSE(cal.ok());
    EXPECT_EQ(cal.error().field, "holidays[1]");
    EXPECT_FALSE(HolidayCalendar::fromJson("[").ok());
}
