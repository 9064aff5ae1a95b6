#include "domain/date.h"

#include <gtest/gtest.h>

using relief::Date;

TEST(Date, ParsesOnlyRealDates)
{
    EXPECT_TRUE(Date::parse("2024-02-29"));
    EXPECT_FALSE(Date::parse("2025-02-29"));
    EXPECT_FALSE(Date::parse("2025-13-01"));
    EXPECT_FALSE(Date::parse("2025-1-01"));
    EXPECT_FALSE(Date::parse("2025-01-01 "));
    EXPECT_FALSE(Date::parse("abcd-ef-gh"));
    EXPECT_EQ(Date::parse("1900-02-28")->toString(), "1900-02-28");
    EXPECT_FALSE(Date::parse("1900-02-29"));
    EXPECT_TRUE(Date::parse("2000-02-29"));
}

TEST(Date, DayArithmeticAndWeekdays)
{
    const Date d = *Date::parse("2025-01-01");
    EXPECT_EQ(d.isoWeekday(), 3); // Wednesday
    EXPECT_EQ(d.addDays(-1).toString(), "2024-12-31");
    EXPECT_EQ(d.addDays(59).toString(), "2025-03-01");
    EXPECT_EQ(Date::parse("2024-02-28")->addDays(1).toString(), "2024-02-29");
    EXPECT_EQ(Date::parse("1970-01-01")->dayNumber(), 0);
    EXPECT_TRUE(Date::parse("2025-11-29")->isWeekend());
    EXPECT_FALSE(Date::parse("2025-11-28")->isWeekend());
    for (long n = -1000; n < 100000; n += 37)
        EXPECT_EQ(Date::fromDayNumber(n).dayNumber(), n);
}
