#pragma once

// The `assess` use case as one pure function (data-formats §2), for the CLI and
// the GUI's trial calculation:
//
//   auto request = parseAssessInput(text, lang);          // bad input: exit 2
//   if (!request->policy) look up the set in force on request->asOf;  // none: exit 1
//   auto assessment = assess(*request, found, lang);
//   print(assessmentToJson(*assessment, lang));
//
// or, in one call, assessJson(text, found, lang).

#include "assess_request.h"
#include "assessment.h"
#include "assessment_json.h"
#include "domain/lang.h"
#include "domain/result.h"
#include "household_assessor.h"
#include "policy_parameters.h"

#include <string>
#include <string_view>

namespace relief {

// The input's inline policy when present, else policyInForce (the set the caller
// found in force on as_of). Neither: an ErrorCode::NotFound error. A figure too
// large to compute (ArithmeticOverflow) is an InvalidInput error naming the input
// field it came from.
Result<Assessment> assess(const AssessRequest &request, const PolicyParameters *policyInForce,
                          Lang lang = Lang::Zh);

// Parse, assess and write. InvalidInput errors are bad input (exit 2); NotFound
// means no parameter set is in force (exit 1).
Result<std::string> assessJson(std::string_view input, const PolicyParameters *policyInForce,
                               Lang lang = Lang::Zh);

} // namespace relief
