// libFuzzer: the bank card parser (16–19 digits, Luhn; policy-rules §9).
// Checks: errors stay short and never carry the full number; an accepted card is
// 16–19 digits that pass Luhn, and its mask keeps only the last four.

#include "fuzz_support.h"

#include "domain/bank_account.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

using namespace relief;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    auto card = BankAccount::parse(text, size % 2 ? Lang::En : Lang::Zh);
    if (!card.ok()) {
        fuzz::requireShortError(card.error());
        // A number of 8+ digits never appears whole in the message.
        if (text.size() >= 8 && text.find_first_not_of("0123456789") == std::string_view::npos)
            fuzz::require(card.error().message.find(text) == std::string::npos,
                          "message carries the number");
        return 0;
    }
    const std::string &t = card->text();
    fuzz::require(t.size() >= 16 && t.size() <= 19, "accepted length", t);
    fuzz::require(BankAccount::luhnValid(t), "accepted without Luhn", t);
    const std::string m = card->masked();
    fuzz::require(m.size() == t.size() && m.substr(m.size() - 4) == t.substr(t.size() - 4) &&
                      m.find_first_not_of('*') == m.size() - 4,
                  "mask", m);
    return 0;
}
