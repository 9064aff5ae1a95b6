#include "ledger_csv.h"

#include "domain/mask.h"
#include "ledger_columns.h"
#include "services/csv_writer.h"

#include <array>

// Writing ledger rows back (the export) and the error report. Values are written
// with the English keys, so an unmasked export reads back to the same rows.

namespace relief::services {

using namespace ledger;

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr std::string_view kCrlf = "\r\n";

// Every cell goes through the one CSV writer and its formula guard (defect 5).
void appendText(std::string &out, std::string_view text)
{
    appendCsvField(out, text);
}

std::string_view yesNo(bool b)
{
    return b ? "yes" : "no";
}

void appendRow(std::string &out, const LedgerRow &row, bool mask)
{
    std::array<std::string, kColumnCount> cells;
    const auto set = [&](Col c, std::string value) { cells[idx(c)] = std::move(value); };
    set(Col::Relation, std::string(relationKey(row.relation)));
    set(Col::IdNumber, mask ? maskIdNumber(row.idNumber) : row.idNumber);
    if (row.area)
        set(Col::Area, std::string(areaKey(*row.area)));
    if (row.disability) {
        set(Col::DisabilityKind, std::string(disabilityKindKey(row.disability->kind)));
        set(Col::DisabilityGrade, std::to_string(row.disability->grade));
    }
    set(Col::SeriousIllness, std::string(yesNo(row.seriousIllness)));
    set(Col::InSchool, std::string(yesNo(row.inSchool)));
    set(Col::SelfCareUnmet, std::to_string(row.selfCareUnmet));
    for (const auto &[kind, amount] : row.incomes) {
        const auto k = static_cast<size_t>(kind);
        if (k < kIncomeColumns) // the kinds without a column are not in a ledger (IN-1)
            cells[idx(Col::WageIncome) + k] = amount.toString();
    }
    set(Col::Programme, std::string(ledgerProgrammeKey(row.programme)));
    // Status only means something for a programme; an empty cell reads as active.
    if (row.programme != LedgerProgramme::None || !row.active)
        set(Col::Status, row.active ? "active" : "stopped");
    if (row.startMonth)
        set(Col::StartMonth, row.startMonth->toString());
    if (row.monthlyAmount)
        set(Col::MonthlyAmount, row.monthlyAmount->toString());
    set(Col::BankAccount,
        mask && !row.bankAccount.empty() ? maskBankAccount(row.bankAccount) : row.bankAccount);
    if (row.lastReviewDate)
        set(Col::LastReviewDate, row.lastReviewDate->toString());

    const std::array<std::pair<Col, const std::string *>, 7> texts = {{
        {Col::HouseholdNo, &row.householdNo},
        {Col::Name, &row.name},
        {Col::Phone, &row.phone},
        {Col::Address, &row.address},
        {Col::Community, &row.community},
        {Col::BankName, &row.bankName},
        {Col::AccountHolder, &row.accountHolder},
    }};
    std::array<const std::string *, kColumnCount> text {};
    for (const auto &[col, value] : texts)
        text[idx(col)] = value;
    for (size_t i = 0; i < kColumnCount; ++i) {
        if (i > 0)
            out.push_back(',');
        if (text[i])
            appendText(out, *text[i]);
        else
            appendCsvField(out, cells[i]);
    }
    out.append(kCrlf);
}

} // namespace

std::string_view ledgerProgrammeKey(LedgerProgramme p)
{
    const auto i = static_cast<size_t>(p);
    return i < kProgrammeKeys.size() ? kProgrammeKeys[i] : std::string_view();
}

std::string writeLedgerCsv(const std::vector<LedgerRow> &rows, CsvTarget target, bool maskPersonal)
{
    std::string out;
    out.reserve(256 + rows.size() * 200);
    if (target == CsvTarget::File)
        out.append(kBom);
    for (size_t i = 0; i < kColumnCount; ++i) {
        if (i > 0)
            out.push_back(',');
        out.append(kColumns[i].key);
    }
    out.append(kCrlf);
    for (const auto &row : rows)
        appendRow(out, row, maskPersonal);
    return out;
}

std::string writeLedgerErrorsCsv(const std::vector<LedgerIssue> &errors, Lang lang)
{
    std::string out(kBom);
    out.append(tr(lang, "行号,列,内容,原因", "line,column,value,reason"));
    out.append(kCrlf);
    for (const auto &e : errors) {
        if (e.line > 0)
            out.append(std::to_string(e.line));
        out.push_back(',');
        appendText(out, e.column);
        out.push_back(',');
        appendText(out, maskSensitiveText(e.value));
        out.push_back(',');
        appendText(out, maskSensitiveText(e.reason));
        out.append(kCrlf);
    }
    return out;
}

} // namespace relief::services
