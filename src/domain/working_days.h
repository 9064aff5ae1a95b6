#pragma once

// Working-day arithmetic and the statutory deadlines of policy-rules §8, on the
// editable holiday calendar (weekends and holidays off, make-up days worked).

#include "date.h"
#include "domain/rules/policy_parameters.h"
#include "holiday_calendar.h"

#include <optional>
#include <string_view>

namespace relief {

// The n-th working day after `from`; `from` itself never counts, so acceptance on a
// Saturday starts counting on the next working day. n ≤ 0 gives `from`.
Date addWorkingDays(const HolidayCalendar &calendar, const Date &from, int n);
// Working days d with from < d ≤ to (0 when to ≤ from), so that
// workingDaysBetween(c, d, addWorkingDays(c, d, n)) == n.
int workingDaysBetween(const HolidayCalendar &calendar, const Date &from, const Date &to);
// The calendar does not cover the date's year: holidays there are unknown.
bool isBeyondCalendar(const HolidayCalendar &calendar, const Date &date);

enum class Programme { Dibao, Tekun, ChildAllowance, TemporaryExpenditure };
std::string_view programmeKey(Programme p);

// Steps of §8's table; the caller gives the date each one counts from.
enum class DeadlineStep {
    InvestigationStart, // from acceptance
    StreetInvestigation, // from acceptance (特困, child allowance)
    Notice, // 公示, calendar days from its first day
    Approval, // from pending_approval
    WholeProcess, // from acceptance
    RefusalNotice, // from the refusal
};

struct DeadlineOptions
{
    bool delegated = false; // the street office approves (dibao: 20 working days in all)
    bool extended = false; // a recorded extension (dibao, 特困: 45)
};

struct Deadline
{
    int length = 0; // working days, or calendar days for the notice
    bool calendarDays = false;
    Date due; // the last day on time (notice: its last day, day 7)
    bool beyondCalendar = false; // due falls after the calendar's last covered year
};

// The step's length for the programme; nothing when the step does not apply
// (no street investigation for dibao, no notice for the child allowance).
std::optional<int> deadlineLength(Programme programme, DeadlineStep step,
                                  const PolicyParameters::Deadlines &limits,
                                  DeadlineOptions options = {});
std::optional<Deadline> deadlineFor(Programme programme, DeadlineStep step, const Date &start,
                                    const HolidayCalendar &calendar,
                                    const PolicyParameters::Deadlines &limits,
                                    DeadlineOptions options = {});

// Notice (公示) of `days` calendar days: the start day is day 1, objections are
// taken through day `days`, the case can move on from the day after.
struct NoticePeriod
{
    Date firstDay;
    Date lastDay;
    Date canMoveOnFrom;
};
NoticePeriod noticePeriod(const Date &start, int days);

} // namespace relief
