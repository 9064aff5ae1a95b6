#include "application_deadlines.h"

namespace relief {

namespace {
void add(std::vector<OpenDeadline> &out, Programme programme, DeadlineStep step,
         const std::optional<Date> &start, const HolidayCalendar &calendar,
         const PolicyParameters::Deadlines &limits, DeadlineOptions options)
{
    if (!start)
        return;
    if (auto d = deadlineFor(programme, step, *start, calendar, limits, options))
        out.push_back({step, *start, *d});
}
} // namespace

std::vector<OpenDeadline> openDeadlines(ApplicationProgramme programme, ApplicationState state,
                                        const ApplicationDates &dates,
                                        const HolidayCalendar &calendar,
                                        const PolicyParameters::Deadlines &limits,
                                        DeadlineOptions options)
{
    using S = ApplicationState;
    const Programme column = deadlineProgramme(programme);
    std::vector<OpenDeadline> out;
    switch (state) {
    case S::Submitted:
    case S::Returned:
    case S::Approved:
    case S::Withdrawn:
        return out;
    case S::Refused:
        if (!dates.refusalNoticeIssuedOn)
            add(out, column, DeadlineStep::RefusalNotice, dates.refusedOn, calendar, limits,
                options);
        return out;
    case S::Accepted:
        add(out, column, DeadlineStep::InvestigationStart, dates.acceptedOn, calendar, limits,
            options);
        break;
    case S::Investigating:
        add(out, column, DeadlineStep::StreetInvestigation, dates.acceptedOn, calendar, limits,
            options);
        break;
    case S::StreetReviewed:
        break;
    case S::Notice:
        add(out, column, DeadlineStep::Notice, dates.noticeStartedOn, calendar, limits, options);
        break;
    case S::PendingApproval:
        add(out, column, DeadlineStep::Approval, dates.pendingApprovalOn, calendar, limits,
            options);
        break;
    }
    add(out, column, DeadlineStep::WholeProcess, dates.acceptedOn, calendar, limits, options);
    return out;
}

Urgency urgencyOn(const Date &today, const Deadline &deadline, const HolidayCalendar &calendar,
                  int soonWorkingDays)
{
    if (today > deadline.due)
        return Urgency::Overdue;
    // Days after today up to the due day (calendar days for the notice, whose end
    // is a day to watch rather than a limit to meet).
    const long left = deadline.calendarDays ? deadline.due.dayNumber() - today.dayNumber()
                                            : workingDaysBetween(calendar, today, deadline.due);
    return left <= soonWorkingDays ? Urgency::DueSoon : Urgency::OnTime;
}

} // namespace relief
