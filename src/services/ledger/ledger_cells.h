#pragma once

// The cell readings of the ledger CSV (data-formats §3): each takes a cell already
// trimmed and width-folded (cleanCodedCell) and gives its value or a reason in
// lang. An empty cell is the column's default. Used by ledger_csv.cpp only.

#include "domain/date.h"
#include "domain/lang.h"
#include "domain/money.h"
#include "domain/result.h"
#include "domain/rules/household.h"
#include "domain/year_month.h"
#include "ledger_csv.h"

#include <optional>
#include <string>
#include <string_view>

namespace relief::services::ledger {

// Strips ASCII whitespace, U+3000 (ideographic space) and U+00A0 from both ends.
std::string_view trimCell(std::string_view text);
// Full-width ASCII forms (U+FF01–U+FF5E: ０–９, Ｘ, （）, ．, －, ，) and U+3000 become
// ASCII; `="…"` (Excel's force-text formula) and a leading apostrophe are unwrapped;
// the result is trimmed again.
std::string cleanCodedCell(std::string_view trimmed);
// ASCII case-insensitive equality.
bool equalsIgnoreCase(std::string_view a, std::string_view b);
// The text without any of the characters in drop.
std::string withoutChars(std::string_view text, std::string_view drop);
// A cell's reason, in lang.
Error cellError(Lang lang, std::string_view zh, std::string_view en);

Result<Relation> parseRelation(std::string_view cell, Lang lang);
Result<std::optional<Area>> parseArea(std::string_view cell, Lang lang);
Result<std::optional<DisabilityKind>> parseDisabilityKind(std::string_view cell, Lang lang);
Result<std::optional<int>> parseDisabilityGrade(std::string_view cell, Lang lang);
Result<bool> parseYesNo(std::string_view cell, Lang lang);
Result<int> parseSelfCare(std::string_view cell, Lang lang);
// Yuan with at most two decimals; thousands separators, a leading ¥ and a trailing 元
// accepted. Negative amounts only when allowNegative (net business/property income).
Result<std::optional<Money>> parseLedgerMoney(std::string_view cell, bool allowNegative, Lang lang);
Result<LedgerProgramme> parseProgramme(std::string_view cell, Lang lang);
Result<bool> parseStatus(std::string_view cell, Lang lang); // true = 在保
Result<std::optional<YearMonth>> parseLedgerMonth(std::string_view cell, Lang lang);
Result<std::optional<Date>> parseLedgerDate(std::string_view cell, Lang lang);
// Normalised 18 characters with an uppercase X; spaces inside are dropped. Passes
// checkPersonIdNumber (domain/registry/identity_checks.h), the form's check: with
// `today`, a birth date after it is refused.
Result<std::string> parseLedgerIdNumber(std::string_view cell, Lang lang,
                                        const std::optional<Date> &today = std::nullopt);
// Digits only (spaces and hyphens dropped), 16–19 digits, Luhn; empty stays empty.
Result<std::string> parseLedgerBankAccount(std::string_view cell, Lang lang);

} // namespace relief::services::ledger
