#pragma once

// A seed-shaped office ledger (issue 11 §5, data-formats §3) for the CLI tests:
// Chinese headers, four communities, 196 dibao (低保) households in care, 118 特困
// persons (most alone, some living with relatives), 低保边缘 households (recorded,
// never paid), stopped (停保) rows, and child allowances (孤儿(散居), 事实无人抚养),
// with valid (Luhn) bank accounts on every paid household. The rows are kept so
// that a test computes what the ledger says is in care, independently of the program.

#include <QByteArray>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace relief::cli::test {

struct SeedRow
{
    std::string householdNo;
    std::string relation; // 户主, 配偶, …
    std::string name;
    std::string idNumber;
    std::string community; // head rows
    std::string area; // 城市 / 农村, head rows
    std::string programme; // 低保, 特困, … or empty
    std::string status; // 在保 / 停保 or empty
    std::string startMonth; // YYYY-MM or empty
    std::string amount; // "830.00" or empty
    std::string bankName, bankAccount, accountHolder; // head rows of paid households
};

// The data-formats §6 programme key of a ledger programme word that is paid
// ("dibao", "tekun", "child_allowance", …); empty for 低保边缘 and none.
std::string paidProgrammeKey(const std::string &ledgerProgramme);

struct SeedInCare
{
    int cases = 0;
    std::int64_t fen = 0;
};

struct SeedLedger
{
    std::vector<SeedRow> rows;
    // The CSV (UTF-8, CRLF, Chinese headers) of the rows.
    QByteArray csv() const;
    // What the ledger says is paid each month from `month` on ("YYYY-MM"): the
    // rows in care (在保) of a paid programme whose start month is not later, by
    // data-formats §6 programme key.
    std::map<std::string, SeedInCare> inCare(const std::string &month) const;
    int count(const std::string &programme, const std::string &status) const;
};

SeedLedger seedShapedLedger();

// An 18-digit ID number with its check digit; a 19-digit Luhn-valid card number.
std::string seedIdNumber(int year, int month, int day, int sequence);
std::string seedBankAccount(const std::string &prefix, int serial);

} // namespace relief::cli::test
