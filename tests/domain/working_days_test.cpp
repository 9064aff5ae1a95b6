// §8 working days on the shipped 2025–2026 calendar (holidays and make-up days).

#include "domain/working_days.h"
#include "domain_test_support.h"

#include <gtest/gtest.h>

using namespace relief;
using namespace relief::test;

namespace {

const HolidayCalendar kCal = calendar();
const PolicyParameters::Deadlines kLimits = policy().deadlines;

} // namespace

TEST(WorkingDays, AcrossNationalDayAndMakeUpDays)
{
    // Tue 30 Sep; 1–8 Oct off; Thu 9, Fri 10, Sat 11 (make-up) are days 1–3.
    EXPECT_EQ(addWorkingDays(kCal, day("2025-09-30"), 3).toString(), "2025-10-11");
    EXPECT_EQ(workingDaysBetween(kCal, day("2025-09-30"), day("2025-10-11")), 3);
    EXPECT_EQ(workingDaysBetween(kCal, day("2025-09-30"), day("2025-10-10")), 2);
    // Saturday acceptance: the first counted day is the next working day, here the
    // make-up Sunday 28 Sep.
    EXPECT_EQ(addWorkingDays(kCal, day("2025-09-27"), 1).toString(), "2025-09-28");
    // Spring Festival 2025: Sun 26 Jan worked, 28 Jan – 4 Feb off.
    EXPECT_EQ(addWorkingDays(kCal, day("2025-01-24"), 3).toString(), "2025-02-05");
    // D itself never counts, even when it is a working day.
    EXPECT_EQ(addWorkingDays(kCal, day("2025-09-15"), 1).toString(), "2025-09-16");
    EXPECT_EQ(addWorkingDays(kCal, day("2025-09-15"), 0).toString(), "2025-09-15");
    EXPECT_EQ(workingDaysBetween(kCal, day("2025-09-15"), day("2025-09-15")), 0);
    EXPECT_EQ(workingDaysBetween(kCal, day("2025-09-20"), day("2025-09-15")), 0);
}

TEST(WorkingDays, RoundTripOverTwoYears)
{
    for (Date d = day("2025-01-01"); d < day("2026-11-01"); d = d.addDays(3))
        for (int n : {1, 3, 10, 15, 20, 30})
            ASSERT_EQ(workingDaysBetween(kCal, d, addWorkingDays(kCal, d, n)), n) << d.toString();
}

TEST(WorkingDays, BeyondTheCalendarIsFlagged)
{
    EXPECT_EQ(kCal.lastCoveredYear(), 2026);
    auto inside =
        deadlineFor(Programme::Dibao, DeadlineStep::Approval, day("2026-12-01"), kCal, kLimits);
    ASSERT_TRUE(inside);
    EXPECT_FALSE(inside->beyondCalendar);
    auto beyond =
        deadlineFor(Programme::Dibao, DeadlineStep::WholeProcess, day("2026-12-10"), kCal, kLimits);
    ASSERT_TRUE(beyond);
    EXPECT_TRUE(beyond->beyondCalendar);
    EXPECT_EQ(beyond->due.year(), 2027);
    EXPECT_TRUE(isBeyondCalendar(HolidayCalendar(), day("2025-01-01")));
}

TEST(Deadlines, PerProgrammeAndStep)
{
    using P = Programme;
    using S = DeadlineStep;
    auto len = [](P p, S s, DeadlineOptions o = {}) { return deadlineLength(p, s, kLimits, o); };
    for (P p : {P::Dibao, P::Tekun, P::ChildAllowance, P::TemporaryExpenditure}) {
        EXPECT_EQ(len(p, S::InvestigationStart), 3);
        EXPECT_EQ(len(p, S::RefusalNotice), 3);
    }
    EXPECT_EQ(len(P::Dibao, S::StreetInvestigation), std::nullopt);
    EXPECT_EQ(len(P::Tekun, S::StreetInvestigation), 15);
    EXPECT_EQ(len(P::ChildAllowance, S::StreetInvestigation), 15);
    EXPECT_EQ(len(P::TemporaryExpenditure, S::StreetInvestigation), std::nullopt);
    EXPECT_EQ(len(P::ChildAllowance, S::Notice), std::nullopt);
    EXPECT_EQ(len(P::Dibao, S::Notice), 7);
    EXPECT_EQ(len(P::Dibao, S::Approval), 10);
    EXPECT_EQ(len(P::Tekun, S::Approval), 15);
    EXPECT_EQ(len(P::ChildAllowance, S::Approval), 15);
    EXPECT_EQ(len(P::TemporaryExpenditure, S::Approval), 10);
    EXPECT_EQ(len(P::Dibao, S::WholeProcess), 30);
    EXPECT_EQ(len(P::Dibao, S::WholeProcess, {true, false}), 20);
    EXPECT_EQ(len(P::Dibao, S::WholeProcess, {false, true}), 45);
    EXPECT_EQ(len(P::Dibao, S::WholeProcess, {true, true}), 45);
    EXPECT_EQ(len(P::Tekun, S::WholeProcess, {true, false}), 30);
    EXPECT_EQ(len(P::Tekun, S::WholeProcess, {false, true}), 45);
    EXPECT_EQ(len(P::ChildAllowance, S::WholeProcess, {true, true}), 30);
    EXPECT_EQ(len(P::TemporaryExpenditure, S::WholeProcess, {false, true}), 30);

    auto approval = deadlineFor(P::Dibao, S::Approval, day("2025-09-26"), kCal, kLimits);
    // Fri 26 Sep: 28, 29, 30 Sep, 9, 10, 11, 13, 14, 15, 16 Oct.
    EXPECT_EQ(approval->due.toString(), "2025-10-16");
    EXPECT_FALSE(approval->calendarDays);
}

TEST(Deadlines, NoticeIsSevenCalendarDays)
{
    const NoticePeriod n = noticePeriod(day("2025-09-29"), 7);
    EXPECT_EQ(n.firstDay.toString(), "2025-09-29");
    EXPECT_EQ(n.lastDay.toString(), "2025-10-05"); // holidays do not matter
    EXPECT_EQ(n.canMoveOnFrom.toString(), "2025-10-06");
    auto d = deadlineFor(Programme::Tekun, DeadlineStep::Notice, day("2025-09-29"), kCal, kLimits);
    ASSERT_TRUE(d);
    EXPECT_TRUE(d->calendarDays);
    EXPECT_EQ(d->due.toString(), "2025-10-05");
    EXPECT_FALSE(deadlineFor(Programme::ChildAllowance, DeadlineStep::Notice, day("2025-09-29"),
                             kCal, kLimits));
}
