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

private:
    Database &m_db;
    StatementCache m_st;
};

} // namespace relief::storage
