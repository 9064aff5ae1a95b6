#pragma once

// Writes an Assessment as the `assess` output of data-formats §2: field names and
// order as documented, money as two-decimal strings, member numbers 0-based,
// `price_subsidy` / `temporary` only when requested, reasons in lang.

#include "assessment.h"
#include "domain/lang.h"

#include <string>

namespace relief {

std::string assessmentToJson(const Assessment &assessment, Lang lang = Lang::Zh);

} // namespace relief
