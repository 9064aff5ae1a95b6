// libFuzzer: the resident ID parser (GB 11643-1999, policy-rules §9).
// Checks: errors stay short; an accepted number is 18 characters, parses again to
// itself, has a consistent check character and masks to 18 characters.

#include "fuzz_support.h"

#include "domain/id_number.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

using namespace relief;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    auto id = IdNumber::parse(text, size % 2 ? Lang::En : Lang::Zh);
    if (!id.ok()) {
        fuzz::requireShortError(id.error());
        return 0;
    }
    const std::string &t = id->text();
    fuzz::require(t.size() == 18, "accepted length", t);
    fuzz::require(IdNumber::checkCharacter(t) == t[17], "check character", t);
    auto again = IdNumber::parse(t);
    fuzz::require(again.ok() && *again == *id, "does not parse back", t);
    fuzz::require(id->masked().size() == 18 && id->masked().substr(6, 8) == "********", "mask", t);
    return 0;
}
