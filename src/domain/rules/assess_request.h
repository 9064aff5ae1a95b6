#pragma once

// AssessRequest: the input of `assess` (data-formats §2) once parsed and checked:
// the date, the household, the optional inline policy, price indices and a
// temporary-assistance request.

#include "domain/date.h"
#include "domain/decimal.h"
#include "domain/lang.h"
#include "domain/result.h"
#include "domain/year_month.h"
#include "household.h"
#include "policy_parameters.h"

#include <optional>
#include <string>
#include <string_view>

namespace relief {

// A month's price indices, % year on year (PS-1).
struct PriceIndices
{
    std::optional<YearMonth> month;
    Decimal cpiYoy;
    Decimal foodYoy;
    std::string cpiText; // as given, echoed as the output's rate
    std::string foodText;
};

enum class TemporaryType { Emergency, Expenditure };

struct TemporaryRequest
{
    TemporaryType type = TemporaryType::Emergency;
    int months = 0; // emergency: months of S per person
    Money expense; // expenditure: the rigid expense …
    Money reimbursed; // … less what insurance reimbursed …
    Money otherAid; // … and other aid received
    bool special = false; // 一事一议: the ceiling does not apply
};

struct AssessRequest
{
    Date asOf;
    Household household;
    std::optional<PolicyParameters> policy; // inline: used as it is
    std::optional<PriceIndices> cpi;
    std::optional<TemporaryRequest> temporary;
};

// Parses and checks the whole input, including the inline policy when present.
// Errors name the field's path ("members[1].id_number") with the reason in lang.
// Nothing here needs a policy, so a caller can learn as_of (to find the set in
// force) before assessing.
Result<AssessRequest> parseAssessInput(std::string_view json, Lang lang = Lang::Zh);

} // namespace relief
