#pragma once

// assessHousehold: runs every rule of policy-rules §3–§6 on one household with one
// parameter set and returns the full Assessment with its explanations. Pure: the
// result depends only on the arguments.

#include "assess_request.h"
#include "assessment.h"
#include "policy_parameters.h"

namespace relief {

// Uses `policy` whatever the request's inline policy (the caller chose the set).
// Throws ArithmeticOverflow, its field set to the input part whose figures
// overflowed, when an amount would leave Money's range; callers that take input
// from users go through assess() (assess.h), which turns that into an error.
Assessment assessHousehold(const AssessRequest &request, const PolicyParameters &policy);

// The same, without building explanations (bulk work: payroll checks, benchmarks).
Assessment assessHouseholdQuiet(const AssessRequest &request, const PolicyParameters &policy);

} // namespace relief
