#pragma once

// Age in completed years (policy-rules §1).

#include "date.h"

namespace relief {

// Years between birth and date, minus one if (month, day) of date is before
// (month, day) of birth. Someone born on 29 February therefore turns a year
// older on 1 March in common years. Negative when date is before birth.
int ageInYears(const Date &birth, const Date &on);

} // namespace relief
