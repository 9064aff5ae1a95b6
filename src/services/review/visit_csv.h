#pragma once

// The visits file (data-formats §7, `import visits`): paper re-verification visits
// entered in bulk. Detects the encoding (UTF-8, GB18030), maps Chinese or English
// headers in any order, reads and checks every cell with the ledger's cell readings
// (services/ledger/ledger_cells.h: dates, 是/否, ID numbers). Row-level only; the
// service checks the households and persons against the database. Every problem is a
// LedgerIssue (line as Excel numbers it, column as written, value, reason), so the
// report and the --errors CSV are the ledger import's.

#include "services/ledger/ledger_csv.h"

#include "domain/date.h"
#include "domain/lang.h"
#include "domain/review/visit_rules.h"

#include <optional>
#include <string>
#include <vector>

namespace relief::services {

struct VisitRow
{
    int line = 0;
    std::string householdNo;
    std::optional<std::string> idNumber; // a personal case's person
    Date visitDate;
    std::vector<std::string> staff;
    VisitMethod method = VisitMethod::Home;
    bool seenInPerson = false;
    bool staffSigned = false;
    bool familySigned = false;
    VisitPurpose purpose = VisitPurpose::Review;
    std::string note;

    bool qualifies() const
    {
        return visitQualifies(
            {method, static_cast<int>(staff.size()), seenInPerson, staffSigned, familySigned});
    }
};

struct VisitFile
{
    std::string encoding;
    std::vector<VisitRow> rows; // the good rows, in line order
    std::vector<LedgerIssue> errors; // every bad cell, in line order
    std::vector<std::string> warnings; // unknown columns (ignored)
};

inline constexpr std::size_t kMaxVisitRows = 500'000;

// `today`: a visit dated after it is refused.
VisitFile readVisitCsv(std::string_view bytes, const Date &today, Lang lang);

} // namespace relief::services
