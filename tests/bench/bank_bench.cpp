// Bank file export benchmark (issue 12 §5): BankService::exportRoll of a locked roll of
// 100,000 lines (one payment each) with generic-csv, pipe-gb18030 and xlsx-daifa, then
// BankService::reconcile of a 100,000-row result file against the latest export (every
// run changes every payment: all paid, then all failed, …) and its dry run;
// docs/performance.md "Bank file export" and "Bank results". The database is built with SQL
// (100,000 households with Luhn-valid accounts, 60 % dibao, 30 % 特困, 10 % child allowance, a
// grant each), then December 2025 is generated, submitted, approved and locked through
// PayrollService.
//
//   build/tests/bench/bench_bank

#include "services/accounts/account_service.h"
#include "services/bank/bank_service.h"
#include "services/clock.h"
#include "services/payroll/payroll_service.h"

#include "domain/bank_account.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "storage/transaction.h"

#include <benchmark/benchmark.h>

#include <cstdio>
#include <filesystem>
#include <random>

using namespace relief;
using namespace relief::services;

namespace {

constexpr int kCases = 100'000;
const YearMonth kMonth = *YearMonth::parse("2025-12");

std::filesystem::path tempDir()
{
    static const std::filesystem::path dir = [] {
        std::random_device rd;
        auto p = std::filesystem::temp_directory_path() /
            ("reliefdesk-bank-bench-" + std::to_string(rd()));
        std::filesystem::create_directories(p);
        return p;
    }();
    return dir;
}

ManualClock &clock()
{
    static ManualClock c(std::chrono::system_clock::time_point(std::chrono::seconds(1767600000)));
    return c;
}

std::string bankAccount(int serial)
{
    char digits[32];
    std::snprintf(digits, sizeof digits, "622848%012d", serial);
    const std::string body = digits;
    return body + BankAccount::luhnCheckDigit(body);
}

struct Office
{
    std::unique_ptr<storage::Database> db;
    Session admin;
    int lines = 0;
    std::string error;
};

void build(storage::Database &db)
{
    const std::string now = "2025-01-05T08:00:00Z";
    storage::Transaction tx(db);
    db.exec(
        "INSERT INTO communities (code, name, created_at) VALUES "
        "('XF', '幸福社区', '2025-01-01T00:00:00Z'), ('HP', '和平社区', '2025-01-01T00:00:00Z')");
    {
        storage::Statement h(db,
                             "INSERT INTO households (id, household_no, community_id, area, "
                             "bank_name, bank_account, account_holder, created_at, updated_at) "
                             "VALUES (?, ?, ?, 'urban', '中国农业银行', ?, ?, ?, ?)");
        char no[16];
        for (int i = 1; i <= kCases; ++i) {
            std::snprintf(no, sizeof no, "B%06d", i);
            h.bind(1, i).bind(2, no).bind(3, 1 + i % 2).bind(4, bankAccount(i));
            h.bind(5, "户主" + std::to_string(i)).bind(6, now).bind(7, now);
            h.step();
            h.reset();
        }
    }
    db.exec("INSERT INTO persons (id, name, birth_date, sex, created_at, updated_at) "
            "SELECT id, account_holder, '1955-06-01', CASE id % 2 WHEN 0 THEN 'female' ELSE "
            "'male' END, created_at, created_at FROM households");
    db.exec("INSERT INTO memberships (household_id, person_id, relation) "
            "SELECT id, id, 'head' FROM households");
    db.exec("INSERT INTO cases (id, household_id, person_id, programme, source, created_at, "
            "created_by) SELECT id, id, CASE WHEN id % 10 < 6 THEN NULL ELSE id END, "
            "CASE WHEN id % 10 < 6 THEN 'dibao' WHEN id % 10 < 9 THEN 'tekun' "
            "ELSE 'child_allowance' END, 'ledger', created_at, 'admin' FROM households");
    db.exec("INSERT INTO decisions (case_id, kind, effective_month, amount, person_count, "
            "decided_on, decided_by, reason, created_at) "
            "SELECT id, 'grant', '2025-01', 30000 + id * 7919 % 120000, "
            "CASE programme WHEN 'dibao' THEN 1 + id % 4 ELSE 1 END, '2025-01-05', 'admin', "
            "'bench', '2025-01-05T08:00:00Z' FROM cases");
    tx.commit();
    db.exec("ANALYZE");
}

Office &office()
{
    static Office o = [] {
        Office office;
        office.db = std::move(storage::Database::open((tempDir() / "bank.db").string()).value());
        AccountService accounts(*office.db, clock());
        office.admin =
            accounts.setupOffice({"示例街道办事处", "110105", "admin", "管理员", "admin-pass-1"})
                .value();
        (void)accounts.addUser(office.admin, {"sue", "sue", {Role::Supervisor}, "sue-pass-1234"});
        const Session sue = accounts.login("sue", "sue-pass-1234").value();
        build(*office.db);
        PayrollService payroll(*office.db, clock());
        auto g = payroll.generate(office.admin, kMonth);
        auto s = g.ok() ? payroll.submit(office.admin, kMonth) : g;
        auto a = s.ok() ? payroll.approve(sue, kMonth) : s;
        auto l = a.ok() ? payroll.lock(sue, kMonth) : a;
        if (!l.ok())
            office.error = l.error().message;
        else
            office.lines = l->lines;
        return office;
    }();
    return o;
}

void exportFiles(benchmark::State &state, const char *templateId)
{
    Office &o = office();
    if (!o.error.empty()) {
        state.SkipWithError(o.error.c_str());
        return;
    }
    BankService bank(*o.db, clock());
    BankExportResult result;
    int run = 0;
    for (auto _ : state) {
        auto r = bank.exportRoll(
            o.admin, kMonth, templateId,
            (tempDir() / (std::string(templateId) + std::to_string(++run))).string());
        if (!r.ok()) {
            state.SkipWithError(r.error().message.c_str());
            return;
        }
        result = *r;
    }
    state.counters["lines"] = o.lines;
    state.counters["payments"] = result.payments;
    state.counters["files"] = static_cast<double>(result.files.size());
}

BENCHMARK_CAPTURE(exportFiles, genericCsv, "generic-csv")
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(3);
BENCHMARK_CAPTURE(exportFiles, pipeGb18030, "pipe-gb18030")
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(3);
BENCHMARK_CAPTURE(exportFiles, xlsxDaifa, "xlsx-daifa")
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(3);

// The bank's answer to the latest export: every payment, paid or failed.
std::string resultFile(storage::Database &db, bool paid)
{
    std::string csv = "\xEF\xBB\xBF代发结果\r\n银行账号,金额,处理结果,失败原因\r\n";
    storage::Statement st(db,
                          "SELECT account, amount FROM bank_payments WHERE export_id = "
                          "(SELECT max(id) FROM bank_exports) ORDER BY id");
    while (st.step()) {
        csv += st.text(0);
        csv += ',';
        csv += Money::fromFen(st.int64(1)).toString();
        csv += paid ? ",成功,\r\n" : ",失败,卡号不存在\r\n";
    }
    return csv;
}

void reconcileResults(benchmark::State &state, bool dryRun)
{
    Office &o = office();
    if (!o.error.empty()) {
        state.SkipWithError(o.error.c_str());
        return;
    }
    BankService bank(*o.db, clock());
    const std::string files[] = {resultFile(*o.db, true), resultFile(*o.db, false)};
    ReconcileReport report;
    int run = 0;
    for (auto _ : state) {
        ReconcileOptions options;
        options.fileName = "result.csv";
        options.dryRun = dryRun;
        auto r = bank.reconcile(o.admin, kMonth, "generic-csv", files[run++ % 2], options);
        if (!r.ok()) {
            state.SkipWithError(r.error().message.c_str());
            return;
        }
        report = *r;
    }
    state.counters["rows"] = report.rows;
    state.counters["changed"] = report.changed;
    state.counters["unmatched"] = static_cast<double>(report.unmatched.size());
}

// After the exports (registration order): reconciliation refuses further exports.
BENCHMARK_CAPTURE(reconcileResults, dryRun, true)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(3);
BENCHMARK_CAPTURE(reconcileResults, apply, false)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(3);

} // namespace

int main(int argc, char **argv)
{
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    std::error_code ec;
    std::filesystem::remove_all(tempDir(), ec);
    return 0;
}
