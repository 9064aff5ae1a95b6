#pragma once

// Bank templates, exports and exported payments (issue 12, 0010_bank.sql). The only SQL
// of the bank feature. docs/bank.md §2.

#include "storage/database.h"
#include "storage/statement_cache.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace relief::storage {

struct BankTemplateRecord
{
    std::string id;
    std::string name;
    std::string json;
    bool shipped = false;
    std::string updatedAt;
    std::string updatedBy;
};

// A line of a roll as the export reads it: not held, with the frozen payee.
struct BankExportLine
{
    std::int64_t id = 0;
    std::string programme; // key
    std::string kind; // key
    std::optional<std::string> forMonth;
    std::int64_t amount = 0; // fen
    std::int64_t householdId = 0;
    std::string householdNumber;
    bool toInstitution = false;
    std::optional<std::int64_t> institutionId;
    std::string payeeName;
    std::string bankName;
    std::string bankAccount;
    std::string idNumber; // the account holder's (a household member of that name, else the head)
};

struct BankExportRecord
{
    std::int64_t rollId = 0;
    std::string templateId;
    std::string templateJson;
    std::string filesJson;
    std::int64_t payments = 0;
    std::int64_t amount = 0;
    std::string exportedAt;
    std::string exportedBy;
};

struct BankPaymentRecord
{
    std::string programme;
    int fileNo = 0;
    int seq = 0;
    std::optional<std::int64_t> householdId;
    std::optional<std::int64_t> institutionId;
    std::string payeeName;
    std::string account;
    std::int64_t amount = 0;
    std::string lineIdsJson;
};

// An exported payment as the reconciliation and the failed-payment list read it.
struct BankPaymentRow
{
    std::int64_t id = 0;
    std::int64_t exportId = 0;
    std::int64_t rollId = 0;
    std::string month; // the roll's
    std::string programme;
    int fileNo = 0;
    int seq = 0;
    std::optional<std::int64_t> householdId;
    std::string householdNumber;
    std::string payeeName;
    std::string account;
    std::int64_t amount = 0;
    std::string result; // pending, paid, failed
    std::string reason;
    bool reissued = false; // a later roll pays one of its lines again (PR-7)
    // The payee's account now (household or institution, as the roll froze the kind),
    // whether it is valid, and a caseworker's confirmation of the same account.
    std::string currentName;
    std::string currentBank;
    std::string currentAccount;
    bool currentAccountOk = false;
    bool accountChanged = false; // name, bank or account differ from the exported ones
    std::optional<std::string> confirmedAt;
    std::string confirmedBy;
    std::string confirmNote;
};

struct BankExportSummary
{
    std::int64_t id = 0;
    std::string templateId;
    std::int64_t payments = 0;
    std::int64_t amount = 0;
    std::string exportedAt;
    std::string exportedBy;
};

struct ReconciliationRecord
{
    std::int64_t rollId = 0;
    std::int64_t exportId = 0;
    std::string templateId;
    std::string fileName;
    std::string sha256;
    int rows = 0;
    int paid = 0;
    int failed = 0;
    int unmatched = 0;
    int changed = 0;
    std::string at;
    std::string by;
};

class BankRepository
{
public:
    explicit BankRepository(Database &db)
        : m_db(db)
        , m_st(db)
    { }

    std::vector<BankTemplateRecord> templates(); // by id
    std::optional<BankTemplateRecord> templateById(const std::string &id);
    void saveTemplate(const BankTemplateRecord &record); // insert or replace

    // Lines of the roll that go to the bank (held lines stay out), by household number,
    // then line id.
    std::vector<BankExportLine> exportLines(std::int64_t rollId);

    std::int64_t insertExport(const BankExportRecord &record);
    void insertPayment(std::int64_t exportId, std::int64_t rollId, const BankPaymentRecord &p);
    int countExports(std::int64_t rollId);
    int countPayments(std::int64_t exportId);

    // --- bank results (0011_bank_results.sql) ---
    std::optional<BankExportSummary> latestExport(std::int64_t rollId);
    // The export's payments by id; `onlyProgramme` restricts them to one programme key.
    std::vector<BankPaymentRow> payments(std::int64_t exportId,
                                         const std::optional<std::string> &onlyProgramme = {});
    std::optional<BankPaymentRow> payment(std::int64_t paymentId);
    // Failed payments of locked and reconciled rolls, newest roll first.
    std::vector<BankPaymentRow> failedPayments();
    // Sets the payment's result and reason and those of its roll lines.
    void setResult(std::int64_t paymentId, const std::string &result, const std::string &reason);
    int pendingPayments(std::int64_t exportId);
    bool anyResult(std::int64_t rollId); // a payment of any export of the roll has a result
    std::int64_t insertReconciliation(const ReconciliationRecord &r);
    int countReconciliations(std::int64_t rollId);
    void insertConfirmation(std::int64_t paymentId, const std::string &note, const std::string &at,
                            const std::string &by);

private:
    Database &m_db;
    StatementCache m_st;
};

} // namespace relief::storage
