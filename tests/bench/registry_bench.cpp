// Registry benchmarks (issue 4 §5): ledger import rows per second, and the
// household list's search with 100,000 households and ~250,000 persons.
//
//   build-rel/tests/bench/bench_registry --benchmark_repetitions=5
//
// The 100,000-household database is built once per run with the demo generator
// (it takes a while) in a temporary folder.

#include "services/accounts/account_service.h"
#include "services/clock.h"
#include "services/ledger/ledger_import_service.h"
#include "services/registry/demo_service.h"
#include "services/registry/registry_service.h"

#include "storage/database.h"

#include <benchmark/benchmark.h>

#include <filesystem>
#include <memory>
#include <random>

using namespace relief;
using namespace relief::services;

namespace {

struct Office
{
    std::unique_ptr<storage::Database> db;
    Session admin;
};

std::filesystem::path tempDir()
{
    static const std::filesystem::path dir = [] {
        std::random_device rd;
        auto p =
            std::filesystem::temp_directory_path() / ("reliefdesk-bench-" + std::to_string(rd()));
        std::filesystem::create_directories(p);
        return p;
    }();
    return dir;
}

ManualClock &clock()
{
    static ManualClock c(std::chrono::system_clock::time_point(std::chrono::seconds(1757923200)));
    return c;
}

Office newOffice(const std::string &name)
{
    Office o;
    const auto path = (tempDir() / name).string();
    std::filesystem::remove(path);
    o.db = std::move(storage::Database::open(path).value());
    o.admin = AccountService(*o.db, clock())
                  .setupOffice({"示例街道办事处", "110105", "admin", "管理员", "admin-pass-1"})
                  .value();
    return o;
}

// 100,000 demo households, built once.
Office &bigOffice()
{
    static Office office = [] {
        Office o = newOffice("big.db");
        auto r = DemoService(*o.db, clock()).generate(o.admin, 100'000);
        if (!r.ok())
            throw std::runtime_error(r.error().message);
        return o;
    }();
    return office;
}

// A ledger of about `rows` rows, exported (unmasked) from a demo office.
std::string ledger(int households)
{
    Office o = newOffice("source-" + std::to_string(households) + ".db");
    if (!DemoService(*o.db, clock()).generate(o.admin, households).ok())
        throw std::runtime_error("demo failed");
    return LedgerImportService(*o.db, clock())
        .exportCsv(&o.admin, LedgerExportKind::Households, CsvTarget::File, true, false)
        .value();
}

void importLedger(benchmark::State &state)
{
    const std::string csv = ledger(static_cast<int>(state.range(0)));
    std::int64_t rows = 0;
    int round = 0;
    for (auto _ : state) {
        state.PauseTiming();
        Office o = newOffice("import-" + std::to_string(round++) + ".db");
        RegistryService registry(*o.db, clock());
        for (auto [code, name] : {std::pair {"XF", "幸福社区"},
                                  {"HP", "和平社区"},
                                  {"GM", "光明社区"},
                                  {"TJ", "团结社区"},
                                  {"JS", "建设社区"}})
            (void)registry.addCommunity(o.admin, {code, name, true});
        state.ResumeTiming();
        auto report = LedgerImportService(*o.db, clock()).importLedger(o.admin, csv, "bench.csv");
        if (!report.ok() || !report->errors.empty())
            state.SkipWithError("import failed");
        else
            rows = report->rows;
        state.PauseTiming();
        o.db.reset();
        state.ResumeTiming();
    }
    state.counters["rows"] = static_cast<double>(rows);
    state.counters["rows_per_s"] =
        benchmark::Counter(static_cast<double>(rows) * static_cast<double>(state.iterations()),
                           benchmark::Counter::kIsRate);
}
BENCHMARK(importLedger)->Arg(4000)->Unit(benchmark::kMillisecond)->UseRealTime();

void search(benchmark::State &state, storage::HouseholdFilter filter)
{
    Office &o = bigOffice();
    RegistryService registry(*o.db, clock());
    filter.limit = 100;
    std::int64_t total = 0;
    for (auto _ : state) {
        auto rows = registry.listHouseholds(o.admin, filter);
        auto count = registry.countHouseholds(o.admin, filter);
        if (!rows.ok() || !count.ok())
            state.SkipWithError("query failed");
        else
            total = *count;
        benchmark::DoNotOptimize(rows);
    }
    state.counters["matches"] = static_cast<double>(total);
}

// A page deep in the list by keyset (what the list model's fetchMore does): the
// filter continues after row `row` of its order, whose key is read once, untimed.
void searchAfter(benchmark::State &state, storage::HouseholdFilter filter, int row)
{
    Office &o = bigOffice();
    RegistryService registry(*o.db, clock());
    storage::HouseholdFilter at = filter;
    at.offset = row - 1;
    at.limit = 1;
    auto last = registry.listHouseholds(o.admin, at);
    if (!last.ok() || last->empty()) {
        state.SkipWithError("no such row");
        return;
    }
    filter.after = storage::pageKeyOf(last->front());
    filter.limit = 100;
    std::int64_t total = 0;
    for (auto _ : state) {
        auto rows = registry.listHouseholds(o.admin, filter);
        auto count = registry.countHouseholds(o.admin, filter);
        if (!rows.ok() || !count.ok() || rows->size() != 100)
            state.SkipWithError("query failed");
        else
            total = *count;
        benchmark::DoNotOptimize(rows);
    }
    state.counters["matches"] = static_cast<double>(total);
}

storage::HouseholdFilter text(const std::string &t)
{
    storage::HouseholdFilter f;
    f.text = t;
    return f;
}

storage::HouseholdFilter sorted(storage::HouseholdSort sort, int offset)
{
    storage::HouseholdFilter f;
    f.sort = sort;
    f.offset = offset;
    return f;
}

storage::HouseholdFilter reversed(storage::HouseholdSort sort)
{
    storage::HouseholdFilter f;
    f.sort = sort;
    f.descending = true;
    return f;
}

storage::HouseholdFilter community(std::int64_t id)
{
    storage::HouseholdFilter f;
    f.communityId = id;
    f.sort = storage::HouseholdSort::HeadName;
    return f;
}

storage::HouseholdFilter programme(std::optional<CaseProgramme> p, storage::HouseholdStatusFilter s)
{
    storage::HouseholdFilter f;
    f.programme = p;
    f.status = s;
    f.sort = storage::HouseholdSort::HeadName;
    return f;
}

BENCHMARK_CAPTURE(search, firstPage, sorted(storage::HouseholdSort::HouseholdNo, 0))
    ->Unit(benchmark::kMillisecond);
// Row 50,000 by head name: keyset (the list model), and OFFSET (other callers).
BENCHMARK_CAPTURE(searchAfter, pageByHeadNameAfter50000,
                  sorted(storage::HouseholdSort::HeadName, 0), 50000)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(search, pageByHeadNameOffset50000,
                  sorted(storage::HouseholdSort::HeadName, 50000))
    ->Unit(benchmark::kMillisecond);
// The windowed list (issue 18): Ctrl+End reads the first page of the reversed sort
// (the last rows), scrolling up from there a page before the first row loaded (the
// reversed sort after that row's key); a scrollbar jump reads from the nearer end, so
// at most OFFSET 50,000 (pageByHeadNameOffset50000).
BENCHMARK_CAPTURE(search, ctrlEndByHeadName, reversed(storage::HouseholdSort::HeadName))
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(search, ctrlEndByNumber, reversed(storage::HouseholdSort::HouseholdNo))
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(searchAfter, pageByHeadNameBefore50000,
                  reversed(storage::HouseholdSort::HeadName), 50000)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(search, sortByCommunity, sorted(storage::HouseholdSort::Community, 0))
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(search, namePrefix, text("王秀"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(search, idSuffix4, text("0014"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(search, fullId, text("110105194912310021"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(search, householdNo, text("XF012"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(search, addressContains, text("单元102"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(search, dibaoInCare,
                  programme(CaseProgramme::Dibao, storage::HouseholdStatusFilter::InCare))
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(search, stopped,
                  programme(CaseProgramme::Dibao, storage::HouseholdStatusFilter::Stopped))
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(searchAfter, dibaoInCareAfter20000,
                  programme(CaseProgramme::Dibao, storage::HouseholdStatusFilter::InCare), 20000)
    ->Unit(benchmark::kMillisecond);
// A filter matching no household walks no index to the end: few matches are
// found through the cases index and sorted.
BENCHMARK_CAPTURE(search, tekunStopped,
                  programme(CaseProgramme::Tekun, storage::HouseholdStatusFilter::Stopped))
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(search, noCase, programme(std::nullopt, storage::HouseholdStatusFilter::NoCase))
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(search, communityByHeadName, community(3))->Unit(benchmark::kMillisecond);

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
