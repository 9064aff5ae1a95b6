// Assessing 100,000 generated households in memory (target: under 1 s on one core).

#include "domain/household_generator.h"
#include "domain/rules/assess.h"

#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <vector>

using namespace relief;

namespace {

constexpr int kHouseholds = 100'000;

const PolicyParameters &policy()
{
    static const PolicyParameters p = [] {
        std::ifstream in(std::string(RELIEF_BENCH_SOURCE_DIR) +
                         "/resources/policy/policy-2025-07.json");
        std::ostringstream s;
        s << in.rdbuf();
        auto parsed = PolicyParameters::fromJson(s.str());
        if (!parsed)
            throw std::runtime_error("cannot read resources/policy/policy-2025-07.json");
        return *parsed;
    }();
    return p;
}

const std::vector<AssessRequest> &households()
{
    static const std::vector<AssessRequest> all = [] {
        test::HouseholdGenerator gen(20250915);
        std::vector<AssessRequest> v;
        v.reserve(kHouseholds);
        for (int i = 0; i < kHouseholds; ++i)
            v.push_back(gen.next());
        return v;
    }();
    return all;
}

// The rules with their structured explanations (what the GUI and assess show).
void assess100k(benchmark::State &state)
{
    const auto &all = households();
    const PolicyParameters &p = policy();
    for (auto _ : state) {
        std::int64_t total = 0;
        for (const AssessRequest &r : all)
            total += assessHousehold(r, p).totalMonthly.fen();
        benchmark::DoNotOptimize(total);
    }
    state.SetItemsProcessed(state.iterations() * kHouseholds);
}
BENCHMARK(assess100k)->Unit(benchmark::kMillisecond);

// Without explanations (bulk checks such as payroll reconciliation).
void assess100kQuiet(benchmark::State &state)
{
    const auto &all = households();
    const PolicyParameters &p = policy();
    for (auto _ : state) {
        std::int64_t total = 0;
        for (const AssessRequest &r : all)
            total += assessHouseholdQuiet(r, p).totalMonthly.fen();
        benchmark::DoNotOptimize(total);
    }
    state.SetItemsProcessed(state.iterations() * kHouseholds);
}
BENCHMARK(assess100kQuiet)->Unit(benchmark::kMillisecond);

// The whole `assess` JSON path (assess and write) for reference, 10,000 households.
void assessAndWriteJson10k(benchmark::State &state)
{
    const auto &all = households();
    const PolicyParameters &p = policy();
    for (auto _ : state) {
        size_t bytes = 0;
        for (int i = 0; i < 10'000; ++i)
            bytes += assessmentToJson(assessHousehold(all[static_cast<size_t>(i)], p)).size();
        benchmark::DoNotOptimize(bytes);
    }
    state.SetItemsProcessed(state.iterations() * 10'000);
}
BENCHMARK(assessAndWriteJson10k)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
