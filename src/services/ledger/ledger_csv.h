#pragma once
// Ledger CSV (data-formats §3): reading a ledger file into checked rows, and writing rows back.
// The readings chosen for messy cells are listed in docs/data-formats.md, "Ledger CSV".
#include "domain/date.h"
#include "domain/lang.h"
#include "domain/money.h"
#include "domain/rules/household.h" // Relation, DisabilityKind, IncomeKind, Area …
#include "domain/year_month.h"
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>
namespace relief::services {

enum class LedgerProgramme {
    None,
    Dibao,
    Tekun,
    SinglePerson,
    OrphanInstitutional,
    OrphanHome,
    Unsupported,
    Marginal
};
// "none","dibao","tekun","single_person","orphan_institutional","orphan_home","unsupported","marginal"
std::string_view ledgerProgrammeKey(LedgerProgramme p);

struct LedgerRow
{
    int line = 0; // the file's line, header = 1 (as Excel numbers rows)
    std::string householdNo; // required; full-width characters folded, trimmed
    Relation relation = Relation::Other; // 户主/配偶/… or the keys; empty → other
    std::string name; // required, trimmed
    // Required, checked GB 11643 (IdNumber), normalised: 18 chars, uppercase X.
    std::string idNumber;
    std::string phone;
    std::string address, community; // household fields (meaningful on the head row)
    std::optional<Area> area; // household field
    std::optional<Disability> disability; // kind + grade 1–4; both or neither
    bool seriousIllness = false, inSchool = false;
    int selfCareUnmet = 0; // 0–6; 全自理 → 0, 部分丧失 → 3, 完全丧失 → 6; empty → 0
    std::map<IncomeKind, Money> incomes; // monthly; only the 8 columns of §3; empty cell → absent
    LedgerProgramme programme = LedgerProgramme::None;
    bool active = true; // 在保 / 停保; empty → 在保
    std::optional<YearMonth> startMonth; // `YYYY-MM` or `2025年3月`
    std::optional<Money> monthlyAmount;
    std::string bankName, bankAccount, accountHolder; // household; account Luhn-checked when given
    std::optional<Date> lastReviewDate;
};

struct LedgerIssue
{
    int line = 0;
    std::string column; // the header as written in the file (a missing column: its name in lang)
    std::string value; // the cell as written (trimmed)
    std::string reason; // in the reader's language
};

struct LedgerFile
{
    std::string encoding; // "UTF-8", "UTF-8-BOM", "GB18030"; empty when unreadable
    std::vector<LedgerRow> rows; // only when errors is empty
    std::vector<LedgerIssue> errors; // every bad cell of every row, in line order
    std::vector<std::string> warnings; // unknown columns (ignored), …
};

// Detects the encoding, maps Chinese or English headers (any order), normalises
// messy cells and checks every cell. Row-level only: no cross-row checks. With
// `today` (the import), an ID number whose birth date is after it is refused. Text
// cells holding a control character (NUL, tab, line break, …) are refused, by the
// household form's check (domain/registry/identity_checks.h).
LedgerFile readLedgerCsv(std::string_view bytes, Lang lang = Lang::Zh,
                         const std::optional<Date> &today = std::nullopt);

enum class CsvTarget { File, StandardOutput }; // File: UTF-8 with BOM; stdout: no BOM. CRLF always.
// The import columns with English keys as the header, so an export imports back.
// maskPersonal: ID numbers and bank accounts masked per policy-rules §9 (masked files
// are for reading, not re-import: the reader refuses masked cells with that reason).
std::string writeLedgerCsv(const std::vector<LedgerRow> &rows, CsvTarget target, bool maskPersonal);
// The row-by-row error report the user fixes in Excel: UTF-8 with BOM, CRLF,
// columns line, column, value, reason (Chinese or English headers by lang).
std::string writeLedgerErrorsCsv(const std::vector<LedgerIssue> &errors, Lang lang = Lang::Zh);

} // namespace relief::services
