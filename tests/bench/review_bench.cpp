// Re-verification benchmark (issue 13 §7): ReviewService::coverage and ::due over a
// city's caseload — 100,000 households (60 % dibao, 30 % 特困, 10 % child allowance, a
// grant each; a head of working age in a third of the dibao households) and 100,000
// visits (90 % of households visited in 2025, a tenth of those not meeting RV-2).
// docs/performance.md "Re-verification". Target: under 200 ms each.
//
//   build/tests/bench/bench_review

#include "services/accounts/account_service.h"
#include "services/clock.h"
#include "services/review/review_service.h"

#include "storage/database.h"
#include "storage/transaction.h"

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <random>

using namespace relief;
using namespace relief::services;

namespace {

constexpr int kHouseholds = 100'000;

std::filesystem::path tempDir()
{
    static const std::filesystem::path dir = [] {
        std::random_device rd;
        auto p = std::filesystem::temp_directory_path() /
            ("reliefdesk-review-bench-" + std::to_string(rd()));
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

struct Office
{
    std::unique_ptr<storage::Database> db;
    std::string error;
};

void build(storage::Database &db)
{
    const std::string now = "2025-01-05T08:00:00Z";
    storage::Transaction tx(db);
    db.exec("INSERT INTO communities (code, name, created_at) VALUES "
            "('XF', '幸福社区', '2025-01-01T00:00:00Z'), ('HP', '和平社区', "
            "'2025-01-01T00:00:00Z'), ('GM', '光明社区', '2025-01-01T00:00:00Z')");
    db.exec("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000) "
            "INSERT INTO households (id, household_no, community_id, area, address, created_at, "
            "updated_at) SELECT i, printf('B%06d', i), 1 + i % 3, 'urban', '幸福路' || i || '号', "
            "'" +
            now + "', '" + now + "' FROM n");
    db.exec("INSERT INTO persons (id, name, birth_date, sex, id_number, id_reversed, created_at, "
            "updated_at) SELECT id, '户主' || id, CASE WHEN id % 3 = 0 THEN '1990-06-01' ELSE "
            "'1950-06-01' END, 'male', printf('110105195006%06dX', id), "
            "reverse_placeholder, created_at, created_at FROM (SELECT id, created_at, "
            "printf('X%06d', id) AS reverse_placeholder FROM households)");
    db.exec("INSERT INTO memberships (household_id, person_id, relation) "
            "SELECT id, id, 'head' FROM households");
    db.exec("INSERT INTO cases (id, household_id, person_id, programme, source, created_at, "
            "created_by) SELECT id, id, CASE WHEN id % 10 < 6 THEN NULL ELSE id END, "
            "CASE WHEN id % 10 < 6 THEN 'dibao' WHEN id % 10 < 9 THEN 'tekun' "
            "ELSE 'child_allowance' END, 'ledger', created_at, 'admin' FROM households");
    db.exec("INSERT INTO decisions (case_id, kind, effective_month, amount, persons, person_count, "
            "decided_on, decided_by, reason, created_at) "
            "SELECT id, 'grant', '2025-01', 30000 + id * 7919 % 120000, json_array(id), 1, "
            "'2025-01-05', 'admin', 'bench', '2025-01-05T08:00:00Z' FROM cases");
    db.exec("INSERT INTO review_visits (household_id, person_id, visit_date, staff, staff_count, "
            "method, seen_in_person, staff_signed, family_signed, purpose, qualifies, source, "
            "recorded_by, created_at) "
            "SELECT id, CASE WHEN id % 10 BETWEEN 6 AND 8 THEN id END, "
            "printf('2025-%02d-%02d', 1 + id % 12, 1 + id % 28), '[\"张三\",\"李四\"]', 2, "
            "'home', 1, 1, CASE WHEN id % 100 < 10 THEN 0 ELSE 1 END, 'review', "
            "CASE WHEN id % 100 < 10 THEN 0 ELSE 1 END, 'import', 'admin', '" +
            now + "' FROM households WHERE id % 10 <> 9 AND id % 100 <> 95");
    tx.commit();
    db.exec("ANALYZE");
}

Office &office()
{
    static Office o = [] {
        Office office;
        office.db = std::move(storage::Database::open((tempDir() / "review.db").string()).value());
        AccountService accounts(*office.db, clock());
        auto admin =
            accounts.setupOffice({"示例街道办事处", "110105", "admin", "管理员", "admin-pass-1"});
        if (!admin.ok())
            office.error = admin.error().message;
        try {
            build(*office.db);
        } catch (const std::exception &e) {
            office.error = e.what();
        }
        return office;
    }();
    return o;
}

void coverage(benchmark::State &state)
{
    Office &o = office();
    if (!o.error.empty()) {
        state.SkipWithError(o.error.c_str());
        return;
    }
    ReviewService review(*o.db, clock());
    CoverageReport report;
    for (auto _ : state) {
        auto r = review.coverage(2025);
        if (!r.ok()) {
            state.SkipWithError(r.error().message.c_str());
            return;
        }
        report = *r;
    }
    state.counters["population"] =
        static_cast<double>(report.population.dibaoHouseholds + report.population.tekunPersons);
    state.counters["not_covered"] = static_cast<double>(report.notCovered.size());
}

void due(benchmark::State &state)
{
    Office &o = office();
    if (!o.error.empty()) {
        state.SkipWithError(o.error.c_str());
        return;
    }
    ReviewService review(*o.db, clock());
    std::size_t items = 0;
    for (auto _ : state) {
        auto r = review.due(*Date::parse("2026-03-31"));
        if (!r.ok()) {
            state.SkipWithError(r.error().message.c_str());
            return;
        }
        items = r->size();
    }
    state.counters["due"] = static_cast<double>(items);
}

BENCHMARK(coverage)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(5);
BENCHMARK(due)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(5);

} // namespace

int main(int argc, char **argv)
{
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    std::error_code ec;
    if (!std::getenv("RELIEF_BENCH_KEEP")) // keep the database to look at its query plans
        std::filesystem::remove_all(tempDir(), ec);
    else
        std::printf("kept %s\n", (tempDir() / "review.db").c_str());
    return 0;
}
