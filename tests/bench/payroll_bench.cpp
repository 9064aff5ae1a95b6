// Payroll benchmark (issue 11 §7): PayrollService::generate for one month over
// 100,000 active cases, beside a hand-written INSERT … SELECT producing the same
// lines in the same database; prints both and their ratio (target: generate
// under 2 s, ratio at most 2; docs/performance.md "Payroll generation").
//
//   build-rel/tests/bench/bench_payroll    (RELIEF_BENCH_KEEP=1: keep the database)
//
// The database is built once per run with SQL (not through the services) in a
// temporary folder: five communities, 100,000 households each with a Luhn-valid
// account and one active case (60 % dibao of 1–4 persons, 30 % 特困, 10 % child
// allowance), a grant each, an increase for a fifth of them in 2025-10 and, for a
// seventh, a decrease from 2026-02 that December 2025 must ignore (PR-2).

#include "services/accounts/account_service.h"
#include "services/clock.h"
#include "services/payroll/payroll_service.h"

#include "domain/bank_account.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "storage/transaction.h"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <memory>
#include <random>
#include <vector>

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
            ("reliefdesk-payroll-bench-" + std::to_string(rd()));
        std::filesystem::create_directories(p);
        return p;
    }();
    return dir;
}

ManualClock &clock()
{
    // 2026-01-05 08:00 UTC: December's roll is made in early January.
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
    Session admin; // holds all four roles (the first administrator)
    double buildSeconds = 0;
};

void build(storage::Database &db)
{
    const std::string now = "2025-01-05T08:00:00Z";
    storage::Transaction tx(db);
    db.exec(
        "INSERT INTO communities (code, name, created_at) VALUES "
        "('XF', '幸福社区', '2025-01-01T00:00:00Z'), ('HP', '和平社区', '2025-01-01T00:00:00Z'), "
        "('GM', '光明社区', '2025-01-01T00:00:00Z'), ('TJ', '团结社区', '2025-01-01T00:00:00Z'), "
        "('JS', '建设社区', '2025-01-01T00:00:00Z')");
    {
        storage::Statement h(db,
                             "INSERT INTO households (id, household_no, community_id, area, "
                             "bank_name, bank_account, account_holder, created_at, updated_at) "
                             "VALUES (?, ?, ?, ?, '中国农业银行', ?, ?, ?, ?)");
        char no[16];
        for (int i = 1; i <= kCases; ++i) {
            std::snprintf(no, sizeof no, "B%06d", i);
            h.bind(1, i)
                .bind(2, no)
                .bind(3, 1 + i % 5)
                .bind(4, i % 7 == 0 ? "rural" : "urban")
                .bind(5, bankAccount(i))
                .bind(6, "户主" + std::to_string(i))
                .bind(7, now)
                .bind(8, now);
            h.step();
            h.reset();
        }
    }
    // One person per household (its head) with the household's id; the case's
    // persons (dibao: 1–4) come from the decisions' person_count, as PR-3 reads them.
    db.exec("INSERT INTO persons (id, name, birth_date, sex, child_status, created_at, "
            "updated_at) SELECT id, account_holder, CASE WHEN id % 10 = 9 THEN '2015-06-01' "
            "ELSE '1955-06-01' END, CASE id % 2 WHEN 0 THEN 'female' ELSE 'male' END, "
            "CASE WHEN id % 10 = 9 THEN 'orphan_home' END, created_at, created_at FROM households");
    db.exec("INSERT INTO memberships (household_id, person_id, relation) "
            "SELECT id, id, 'head' FROM households");
    db.exec("INSERT INTO cases (id, household_id, person_id, programme, source, created_at, "
            "created_by) SELECT id, id, CASE WHEN id % 10 < 6 THEN NULL ELSE id END, "
            "CASE WHEN id % 10 < 6 THEN 'dibao' WHEN id % 10 < 9 THEN 'tekun' "
            "ELSE 'child_allowance' END, 'ledger', created_at, 'admin' FROM households");
    db.exec("INSERT INTO decisions (case_id, kind, effective_month, amount, person_count, "
            "decided_on, decided_by, reason, created_at) "
            "SELECT id, 'grant', printf('2025-%02d', 1 + id % 11), 30000 + id * 7919 % 120000, "
            "CASE programme WHEN 'dibao' THEN 1 + id % 4 ELSE 1 END, '2025-01-05', 'admin', "
            "'bench', '2025-01-05T08:00:00Z' FROM cases");
    db.exec("INSERT INTO decisions (case_id, kind, effective_month, amount, person_count, "
            "decided_on, decided_by, reason, created_at) "
            "SELECT id, 'increase', '2025-10', 30000 + id * 7919 % 120000 + 5000, "
            "CASE programme WHEN 'dibao' THEN 1 + id % 4 ELSE 1 END, '2025-09-20', 'admin', "
            "'bench', '2025-09-20T08:00:00Z' FROM cases WHERE id % 5 = 0");
    db.exec("INSERT INTO decisions (case_id, kind, effective_month, amount, person_count, "
            "decided_on, decided_by, reason, created_at) "
            "SELECT id, 'decrease', '2026-02', 20000, CASE programme WHEN 'dibao' THEN 1 ELSE 1 "
            "END, '2025-12-20', 'admin', 'bench', '2025-12-20T08:00:00Z' FROM cases "
            "WHERE id % 7 = 0");
    tx.commit();
    db.exec("ANALYZE");
}

Office &office()
{
    static Office o = [] {
        Office office;
        const auto path = (tempDir() / "payroll.db").string();
        office.db = std::move(storage::Database::open(path).value());
        office.admin =
            AccountService(*office.db, clock())
                .setupOffice({"示例街道办事处", "110105", "admin", "管理员", "admin-pass-1"})
                .value();
        const auto start = std::chrono::steady_clock::now();
        build(*office.db);
        office.buildSeconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        return office;
    }();
    return o;
}

std::int64_t count(storage::Database &db, const char *sql)
{
    storage::Statement st(db, sql);
    return st.step() ? st.int64(0) : -1;
}

// What each side took per run (wall and this process's CPU), for the ratio
// printed at the end: the median of the iterations, as the build machine is shared.
struct Timing
{
    std::vector<double> wall, cpu;
    void add(std::chrono::steady_clock::time_point wall0, std::clock_t cpu0)
    {
        wall.push_back(
            std::chrono::duration<double>(std::chrono::steady_clock::now() - wall0).count());
        cpu.push_back(static_cast<double>(std::clock() - cpu0) / CLOCKS_PER_SEC);
    }
    static double median(std::vector<double> v)
    {
        if (v.empty())
            return 0;
        std::sort(v.begin(), v.end());
        return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
    }
};
// [0]: an ordinary month; [1]: a month whose price indices trigger price subsidies.
Timing g_generate[2], g_hand[2];
std::int64_t g_differing[2] = {-1, -1};

// The second pair: December's indices trigger price subsidies (PS-1), so every
// dibao, 特困 and child-allowance line gets a price-subsidy line beside it.
bool enterTriggeringPrices(benchmark::State &state)
{
    Office &o = office();
    auto set = PriceIndexService(*o.db, clock()).set(o.admin, kMonth, "3.6", "6.5");
    if (!set.ok() || !set->triggers) {
        state.SkipWithError(set.ok() ? "the indices do not trigger" : set.error().message.c_str());
        return false;
    }
    return true;
}

void generate(benchmark::State &state, int subsidy)
{
    Office &o = office();
    if (subsidy && !enterTriggeringPrices(state))
        return;
    PayrollService payroll(*o.db, clock());
    RollSummary roll;
    for (auto _ : state) {
        const auto wall0 = std::chrono::steady_clock::now();
        const std::clock_t cpu0 = std::clock();
        auto r = payroll.generate(o.admin, kMonth);
        g_generate[subsidy].add(wall0, cpu0);
        if (!r.ok()) {
            state.SkipWithError(r.error().message.c_str());
            return;
        }
        roll = *r;
    }
    state.counters["lines"] = roll.lines;
    state.counters["build_s"] = o.buildSeconds;
}

// The same month's regular lines by one hand-written statement: PR-2's governing
// decision, PR-3's line, PR-4's payee and its account check (the SQL function
// relief_account_ok that Database::open registers on every connection). It
// replaces the draft's lines in one transaction, the way a regeneration does.
constexpr const char *kHandWritten = R"SQL(
INSERT INTO roll_lines (roll_id, case_id, household_id, person_id, community_id, programme,
                        kind, amount, persons, payee_kind, institution_id, payee_name,
                        bank_name, bank_account, account_ok)
SELECT ?1, c.id, c.household_id, c.person_id, h.community_id, c.programme, 'regular', d.amount,
       CASE c.programme WHEN 'dibao' THEN d.person_count ELSE 1 END,
       CASE WHEN i.id IS NULL THEN 'household' ELSE 'institution' END, i.id,
       CASE WHEN i.id IS NULL THEN coalesce(nullif(h.account_holder, ''), h.head_name)
            ELSE coalesce(nullif(i.account_holder, ''), i.name) END,
       coalesce(i.bank_name, h.bank_name), coalesce(i.bank_account, h.bank_account),
       relief_account_ok(coalesce(i.bank_account, h.bank_account))
FROM cases c
JOIN decisions d ON d.id = (SELECT d2.id FROM decisions d2
                            WHERE d2.case_id = c.id AND d2.effective_month <= ?2
                            ORDER BY d2.effective_month DESC, d2.decided_on DESC, d2.id DESC
                            LIMIT 1)
JOIN households h ON h.id = c.household_id
LEFT JOIN persons p ON p.id = c.person_id
LEFT JOIN institutions i ON i.id = p.institution_id
     AND (c.programme = 'tekun'
          OR (c.programme = 'child_allowance' AND p.child_status = 'orphan_institutional'))
WHERE c.programme <> 'marginal' AND d.kind <> 'stop' AND d.amount > 0
  AND (d.kind <> 'gradual_exit' OR d.last_paid_month >= ?2)
)SQL";

// A triggered month's price subsidies (PR-3, PS-4): one line per regular line of
// the PS programmes with persons, persons × the area's per-person amount (?2 urban,
// ?3 rural), the same payee.
constexpr const char *kHandWrittenSubsidy = R"SQL(
INSERT INTO roll_lines (roll_id, case_id, household_id, person_id, community_id, programme,
                        kind, amount, persons, memo, payee_kind, institution_id, payee_name,
                        bank_name, bank_account, account_ok)
SELECT l.roll_id, l.case_id, l.household_id, l.person_id, l.community_id, 'price_subsidy',
       'regular', l.persons * CASE h.area WHEN 'rural' THEN ?3 ELSE ?2 END, l.persons, ?4,
       l.payee_kind, l.institution_id, l.payee_name, l.bank_name, l.bank_account, l.account_ok
FROM roll_lines l JOIN households h ON h.id = l.household_id
WHERE l.roll_id = ?1 AND l.kind = 'regular'
  AND l.programme IN ('dibao', 'single_person', 'tekun', 'child_allowance') AND l.persons > 0
)SQL";

constexpr const char *kLineColumns =
    "case_id, household_id, person_id, community_id, programme, kind, for_month, amount, "
    "persons, memo, held, payee_kind, institution_id, payee_name, bank_name, bank_account, "
    "account_ok";

void handWritten(benchmark::State &state, int subsidy)
{
    Office &o = office();
    storage::Database &db = *o.db;
    // The service's lines of this kind of month, to compare with the statements'.
    if (subsidy && count(db, "SELECT count(*) FROM price_indices") == 0 &&
        !enterTriggeringPrices(state))
        return;
    (void)PayrollService(db, clock()).generate(o.admin, kMonth);
    const std::int64_t roll =
        count(db, "SELECT id FROM payroll_rolls WHERE month = '2025-12' AND state = 'draft'");
    if (roll <= 0) {
        state.SkipWithError("no draft roll for 2025-12");
        return;
    }
    // The per-person amounts priceSubsidy() gave (the service binds them the same way).
    std::int64_t urban = 0, rural = 0;
    {
        storage::Statement st(db,
                              "SELECT h.area, max(l.amount / l.persons) FROM roll_lines l "
                              "JOIN households h ON h.id = l.household_id WHERE l.roll_id = ? "
                              "AND l.programme = 'price_subsidy' GROUP BY h.area");
        st.bind(1, roll);
        while (st.step())
            (st.text(0) == "rural" ? rural : urban) = st.int64(1);
    }
    if (subsidy && (urban <= 0 || rural <= 0)) {
        state.SkipWithError("the service wrote no price subsidies");
        return;
    }
    db.exec("DROP TABLE IF EXISTS temp.service_lines");
    db.exec(std::string("CREATE TEMP TABLE service_lines AS SELECT ") + kLineColumns +
            " FROM roll_lines WHERE roll_id = " + std::to_string(roll));
    for (auto _ : state) {
        const auto wall0 = std::chrono::steady_clock::now();
        const std::clock_t cpu0 = std::clock();
        storage::Transaction tx(db);
        storage::Statement del(db, "DELETE FROM roll_lines WHERE roll_id = ?");
        del.bind(1, roll);
        del.step();
        storage::Statement insert(db, kHandWritten);
        insert.bind(1, roll).bind(2, kMonth.toString());
        insert.step();
        if (subsidy) {
            storage::Statement ps(db, kHandWrittenSubsidy);
            ps.bind(1, roll).bind(2, urban).bind(3, rural).bind(4, "临时价补");
            ps.step();
        }
        tx.commit();
        g_hand[subsidy].add(wall0, cpu0);
    }
    const std::string mine = std::string("SELECT ") + kLineColumns +
        " FROM roll_lines WHERE roll_id = " + std::to_string(roll);
    const std::string theirs = std::string("SELECT ") + kLineColumns + " FROM service_lines";
    g_differing[subsidy] =
        count(db,
              ("SELECT (SELECT count(*) FROM (" + mine + " EXCEPT " + theirs +
               ")) + (SELECT count(*) FROM (" + theirs + " EXCEPT " + mine + "))")
                  .c_str());
    state.counters["lines"] = static_cast<double>(count(
        db, ("SELECT count(*) FROM roll_lines WHERE roll_id = " + std::to_string(roll)).c_str()));
    state.counters["differing_lines"] = static_cast<double>(g_differing[subsidy]);
}

// In this order: the ordinary month first, then the same month triggered.
BENCHMARK_CAPTURE(generate, month, 0)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(7);
BENCHMARK_CAPTURE(handWritten, month, 0)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(7);
BENCHMARK_CAPTURE(generate, priceSubsidyMonth, 1)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(7);
BENCHMARK_CAPTURE(handWritten, priceSubsidyMonth, 1)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(7);

} // namespace

int main(int argc, char **argv)
{
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    for (int subsidy = 0; subsidy < 2; ++subsidy) {
        const Timing &gen = g_generate[subsidy], &hand = g_hand[subsidy];
        const double genWall = Timing::median(gen.wall), genCpu = Timing::median(gen.cpu);
        const double handWall = Timing::median(hand.wall), handCpu = Timing::median(hand.cpu);
        if (genWall <= 0 || handWall <= 0)
            continue;
        std::printf("\nPayroll generation, %d active cases, 2025-12%s (medians of %zu runs):\n"
                    "                              wall ms    CPU ms\n"
                    "  PayrollService::generate   %8.1f  %8.1f\n"
                    "  hand-written INSERT SELECT %8.1f  %8.1f\n"
                    "  ratio                      %8.2f  %8.2f   (target <= 2; generate < 2000 "
                    "ms)\n"
                    "  lines differing            %8lld\n",
                    kCases, subsidy ? ", price subsidies triggered" : "", gen.wall.size(),
                    genWall * 1000, genCpu * 1000, handWall * 1000, handCpu * 1000,
                    genWall / handWall, handCpu > 0 ? genCpu / handCpu : 0.0,
                    static_cast<long long>(g_differing[subsidy]));
    }
    // RELIEF_BENCH_KEEP=1 keeps the database for a look with sqlite3.
    if (const char *keep = std::getenv("RELIEF_BENCH_KEEP"); keep && *keep == '1') {
        std::printf("\nThe database: %s\n", (tempDir() / "payroll.db").c_str());
        return 0;
    }
    std::error_code ec;
    std::filesystem::remove_all(tempDir(), ec);
    return 0;
}
