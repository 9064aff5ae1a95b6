#pragma once

// Which deadlines of policy-rules §8 an application runs against in its current
// state, and how urgent each is on a given day (the 工作台's red and amber).

#include "application_workflow.h"
#include "domain/working_days.h"

#include <optional>
#include <vector>

namespace relief {

// The dates the steps count from; empty until the step happened.
struct ApplicationDates
{
    std::optional<Date> acceptedOn;
    std::optional<Date> investigationStartedOn;
    std::optional<Date> noticeStartedOn;
    std::optional<Date> pendingApprovalOn;
    std::optional<Date> refusedOn;
    std::optional<Date> refusalNoticeIssuedOn; // 不予批准告知书 handed over
};

enum class Urgency { OnTime, DueSoon, Overdue };

struct OpenDeadline
{
    DeadlineStep step = DeadlineStep::WholeProcess;
    Date start;
    Deadline deadline;
};

// The deadlines still running in `state`: the step the application waits for and,
// until a decision, the whole process. Returned and submitted applications have
// none (acceptance starts the clock); a decided one only the refusal notice until
// it is issued.
std::vector<OpenDeadline> openDeadlines(ApplicationProgramme programme, ApplicationState state,
                                        const ApplicationDates &dates,
                                        const HolidayCalendar &calendar,
                                        const PolicyParameters::Deadlines &limits,
                                        DeadlineOptions options = {});

// Overdue after the due day; due soon when the due day is today or within the
// next `soonWorkingDays` working days (calendar days for the notice); on time
// otherwise.
Urgency urgencyOn(const Date &today, const Deadline &deadline, const HolidayCalendar &calendar,
                  int soonWorkingDays = 3);

} // namespace relief
