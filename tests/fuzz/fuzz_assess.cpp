// libFuzzer: the `assess` input (data-formats §2) parsed and assessed, with its
// inline policy or the shipped 2025-07 set, as `reliefdesk-cli assess` does.
// Checks: errors stay short; an assessment has no negative or out-of-range
// amount and its total is the sum of its parts.

#include "fuzz_support.h"

#include "domain/rules/assess.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

using namespace relief;

namespace {

std::optional<PolicyParameters> g_policy;

void requireAmount(Money m, const char *what)
{
    fuzz::require(!m.isNegative() && m.fen() <= Money::kMaxFen, what, m.toString());
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    auto p =
        PolicyParameters::fromJson(fuzz::readSourceFile("resources/policy/policy-2025-07.json"));
    fuzz::require(p.ok(), "shipped policy");
    g_policy = *p;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    const Lang lang = size % 2 ? Lang::En : Lang::Zh;
    auto request = parseAssessInput(text, lang);
    if (!request.ok()) {
        fuzz::requireShortError(request.error());
        return 0;
    }
    auto a = assess(*request, &*g_policy, lang);
    if (!a.ok()) {
        fuzz::requireShortError(a.error());
        return 0;
    }
    Money sum = a->dibao.monthly;
    requireAmount(a->dibao.monthly, "dibao.monthly");
    requireAmount(a->dibao.base, "dibao.base");
    for (const auto &l : a->singlePerson)
        requireAmount(l.monthly, "single_person"), sum += l.monthly;
    for (const auto &t : a->tekun)
        requireAmount(t.monthly, "tekun"), sum += t.monthly;
    for (const auto *list : {&a->childAllowance, &a->disabilityLiving, &a->disabilityCare})
        for (const auto &l : *list)
            requireAmount(l.monthly, "benefit line"), sum += l.monthly;
    if (a->priceSubsidy)
        requireAmount(a->priceSubsidy->monthly, "price_subsidy"), sum += a->priceSubsidy->monthly;
    if (a->temporary)
        requireAmount(a->temporary->amount, "temporary");
    requireAmount(a->totalMonthly, "total_monthly");
    fuzz::require(sum == a->totalMonthly, "total is not the sum", a->totalMonthly.toString());
    // The output is what the CLI prints: it must be valid JSON.
    const std::string json = assessmentToJson(*a, lang);
    fuzz::require(nlohmann::json::accept(json), "output is not JSON");
    return 0;
}
