// libFuzzer: a bank template (data-formats §4) as the template editor's import reads
// it. Checks: errors stay short; an accepted template writes back to JSON that reads
// back to the same template; laying out a small roll with it either succeeds with
// totals that equal the details or fails with a short error — never a crash.

#include "fuzz_support.h"

#include "domain/bank/bank_layout.h"
#include "domain/bank/bank_template.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

using namespace relief;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    const Lang lang = size % 2 ? Lang::En : Lang::Zh;
    auto t = bank::templateFromJson(text, lang);
    if (!t.ok()) {
        fuzz::requireShortError(t.error());
        return 0;
    }
    const std::string written = bank::templateToJson(*t).dump();
    auto again = bank::templateFromJson(written, Lang::En);
    fuzz::require(again.ok(), "written template does not read back",
                  again.ok() ? std::string() : again.error().field);
    fuzz::require(*again == *t, "round trip changed the template");

    bank::LayoutInput in;
    in.month = *YearMonth::parse("2025-12");
    in.date = *Date::parse("2025-12-15");
    in.office = "示例街道办事处";
    for (int i = 0; i < 3; ++i) {
        bank::Payment p;
        p.name = i == 1 ? "=HYPERLINK(\"x\")" : "王秀英";
        p.account = "6228480402564890" + std::to_string(100 + i);
        p.idNumber = "11010519491231002X";
        p.amount = Money::fromFen(83000 + i * 5);
        p.memo = "2025年12月低保金";
        p.bankName = "中国农业银行";
        in.payments.push_back(p);
    }
    // UTF-8 bytes, and two bytes a non-ASCII character as GB18030 mostly takes.
    const bank::ByteWidth twoByte = [](std::string_view s) {
        std::size_t n = 0;
        for (char c : s)
            if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
                n += static_cast<unsigned char>(c) < 0x80 ? 1 : 2;
        return n;
    };
    for (const bank::ByteWidth &width : {bank::ByteWidth(bank::utf8Bytes), twoByte}) {
        auto files = bank::layoutFiles(*t, in, lang, width);
        if (!files.ok()) {
            fuzz::requireShortError(files.error());
            continue;
        }
        int rows = 0;
        Money total;
        for (const auto &f : *files) {
            rows += f.count;
            total += f.total;
        }
        fuzz::require(rows == 3, "the files do not hold every payment");
        fuzz::require(total == Money::fromFen(3 * 83000 + 15), "the totals do not add up");
    }
    return 0;
}
