#pragma once

// RV-1: re-verification cadence and due dates.

#include "domain/date.h"
#include "domain/rules/assessment.h"
#include "domain/rules/policy_parameters.h"

#include <optional>

namespace relief {

// dibao / single_person household: dibao_stable months when no member of D has
// labour capacity, else dibao_unstable; otherwise review_months.tekun when a
// member is 特困; otherwise nothing.
std::optional<int> reviewIntervalMonths(Classification classification,
                                        bool dibaoMemberHasLabourCapacity, bool anyTekun,
                                        const PolicyParameters &policy);

// Last re-verification + cadence months, clamped to the month's last day.
Date reviewDueDate(const Date &lastReview, int cadenceMonths);
// Overdue once the due date has passed without a re-verification (due day itself
// is still on time).
bool isReviewOverdue(const Date &due, const Date &today);

} // namespace relief
