#pragma once

// An xlsx bank file through libxlsxwriter (Debian libxlsxwriter-dev): one sheet, the
// title row merged over the columns, accounts and ID numbers (every text cell) as text
// cells with the built-in Text number format "@" (numFmtId 49; never scientific notation in Excel),
// seq, count and amounts as number cells (amounts with format 0.00 in yuan, or integers in fen).

#include "domain/bank/bank_layout.h"
#include "domain/result.h"

#include <string>

namespace relief::services {

// The bytes of the workbook (written to a private temporary folder and read back, so
// that the caller writes the real file through saveOutputFile).
Result<std::string> xlsxFileBytes(const bank::LaidOutFile &file);

} // namespace relief::services
