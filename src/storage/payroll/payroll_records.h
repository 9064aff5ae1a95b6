#pragma once

// The payroll's rows (resources/sql/0008_payroll.sql): rolls, their lines, holds,
// problems, recoveries and receipts, and the month's price indices.

#include "domain/money.h"
#include "domain/payroll/payroll_types.h"
#include "domain/payroll/roll_workflow.h"
#include "domain/year_month.h"

#include <cstdint>
#include <optional>
#include <string>

namespace relief::storage {

struct RollRecord
{
    std::int64_t id = 0;
    YearMonth month;
    payroll::RollState state = payroll::RollState::Draft;
    std::string generatedAt;
    std::int64_t generatedById = 0;
    std::string generatedBy; // username
    std::string submittedAt;
    std::optional<std::int64_t> submittedById;
    std::string submittedBy;
    std::string approvedAt;
    std::optional<std::int64_t> approvedById;
    std::string approvedBy;
    std::string lockedAt;
    std::optional<std::int64_t> lockedById;
    std::string lockedBy;
    std::string reconciledAt;
    bool priceTriggered = false;
    std::optional<std::int64_t> totalLines;
    std::optional<Money> totalAmount;
    std::optional<std::int64_t> auditHeadId;
    std::string auditHeadHash;
};

struct RollLineRecord
{
    std::int64_t id = 0;
    std::int64_t rollId = 0;
    std::int64_t caseId = 0;
    std::int64_t householdId = 0;
    std::optional<std::int64_t> personId;
    std::int64_t communityId = 0;
    payroll::LineProgramme programme = payroll::LineProgramme::Dibao;
    payroll::LineKind kind = payroll::LineKind::Regular;
    std::optional<YearMonth> forMonth;
    std::optional<std::int64_t> reissueOfHold;
    std::optional<std::int64_t> reissueOfLine;
    Money amount;
    int persons = 0;
    std::string memo;
    bool held = false;
    std::string holdReason;
    bool toInstitution = false;
    std::optional<std::int64_t> institutionId;
    std::string payeeName;
    std::string bankName;
    std::string bankAccount; // full: the service masks it
    bool accountOk = false;
    std::string payment = "pending";
    std::string bankReason;
    // joined for the page
    std::string householdNumber;
    std::string headName;
    std::string personName;
    std::string communityName;
};

// What a line to insert says; the payee (PR-4) is derived from the case in SQL.
struct NewLineRecord
{
    std::int64_t caseId = 0;
    payroll::LineProgramme programme = payroll::LineProgramme::Dibao;
    payroll::LineKind kind = payroll::LineKind::Regular;
    std::optional<YearMonth> forMonth;
    std::optional<std::int64_t> reissueOfHold;
    std::optional<std::int64_t> reissueOfLine;
    Money amount;
    int persons = 0;
    std::string memo;
};

struct RollLineQuery
{
    std::optional<std::int64_t> communityId;
    std::optional<payroll::LineProgramme> programme;
    std::optional<payroll::LineKind> kind;
    bool heldOnly = false;
    bool problemsOnly = false;
    std::string search; // household number or payee name, prefix
};

struct HoldRecord
{
    std::int64_t id = 0;
    YearMonth month;
    std::int64_t caseId = 0;
    payroll::LineProgramme programme = payroll::LineProgramme::Dibao;
    payroll::LineKind kind = payroll::LineKind::Regular;
    std::optional<YearMonth> forMonth;
    std::string reason;
    std::string heldAt;
    std::string heldBy;
    std::string releasedAt; // empty: still held
    std::string releasedBy;
    std::optional<std::int64_t> lineId; // frozen at lock
    std::optional<Money> amount; // frozen at lock
};

struct RollProblemRecord
{
    std::string key;
    std::int64_t caseId = 0;
    std::int64_t lineId = 0;
    std::string householdNumber;
};

struct RecoveryRow
{
    std::int64_t id = 0;
    std::int64_t rollId = 0;
    YearMonth foundIn;
    payroll::RollState rollState = payroll::RollState::Draft;
    std::int64_t caseId = 0;
    std::int64_t householdId = 0;
    std::optional<std::int64_t> personId;
    std::int64_t communityId = 0;
    payroll::LineProgramme programme = payroll::LineProgramme::Dibao;
    YearMonth month;
    Money amount;
    Money collected;
    std::string status = "open"; // open, partly, collected, waived
    std::string reason;
    std::string householdNumber;
    std::string headName;
    std::string communityName;
};

struct RecoveryQuery
{
    std::optional<std::string> status;
    std::optional<std::int64_t> communityId;
    bool includeDrafts = false;
};

struct ReceiptRecord
{
    std::int64_t recoveryId = 0;
    Money amount;
    std::string receivedOn; // YYYY-MM-DD
    std::string receiptNo;
    std::string note;
    std::string createdAt;
    std::string createdBy;
};

struct PriceIndexRecord
{
    YearMonth month;
    std::string cpi;
    std::string food;
    std::string enteredAt;
    std::string enteredBy;
};

// A line of another month (the change table, the comparison, a case's history).
struct CaseLineRecord
{
    YearMonth rollMonth;
    payroll::RollState rollState = payroll::RollState::Draft;
    RollLineRecord line;
};

} // namespace relief::storage
