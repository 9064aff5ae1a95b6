// libFuzzer: a policy parameter set (data-formats §1) as `policy import` reads it.
// Checks: errors stay short; an accepted set writes back to JSON that reads back
// to the same set (what the database stores is what export gives).

#include "fuzz_support.h"

#include "domain/rules/policy_parameters.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

using namespace relief;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    auto p = PolicyParameters::fromJson(text, size % 2 ? Lang::En : Lang::Zh);
    if (!p.ok()) {
        fuzz::requireShortError(p.error());
        return 0;
    }
    const std::string written = p->toJson();
    auto again = PolicyParameters::fromJson(written, Lang::En);
    fuzz::require(again.ok(), "written set does not read back",
                  again.ok() ? std::string() : again.error().field);
    fuzz::require(again->toJson() == written, "round trip changed the set");
    return 0;
}
