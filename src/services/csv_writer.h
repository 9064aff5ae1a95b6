#pragma once

// The one CSV writer of the product (issue 10, defect 5): every CSV ReliefDesk
// writes (the ledger export, the import error report, the differences of
// `import households`, …) goes through appendCsvField, which applies the formula
// guard and then quotes. The rule is in docs/data-formats.md, "CSV written by
// ReliefDesk".

#include <string>
#include <string_view>
#include <vector>

namespace relief::services {

// A cell Excel or LibreOffice would run as a formula — one starting with `=`, `+`,
// `-`, `@`, a tab or a carriage return, after any apostrophes — gets a leading
// apostrophe (spreadsheets show such a cell as text). A plain number
// (`-120.00`, `-5`) is data and stays as it is.
std::string csvFormulaGuarded(std::string_view cell);
// The reader's inverse: drops the apostrophe csvFormulaGuarded added (a cell of
// apostrophes followed by a guarded start loses one); any other cell is unchanged.
std::string_view csvFormulaUnguarded(std::string_view cell);

// Appends one field, guarded, then quoted when it holds a comma, a quote, a line
// break or surrounding spaces.
void appendCsvField(std::string &out, std::string_view field);
// The fields joined by commas (no line ending).
std::string csvLine(const std::vector<std::string> &fields);

} // namespace relief::services
