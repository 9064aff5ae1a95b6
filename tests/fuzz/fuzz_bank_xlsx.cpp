// libFuzzer: an xlsx bank result (回盘) as the reconciliation unzips and reads it
// (services/bank/zip_reader.h, bank_xlsx_reader.h). Checks: no crash, no hang, no
// unbounded memory (the part and cell limits hold), a refusal names the file.

#include "fuzz_support.h"

#include "services/bank/bank_xlsx_reader.h"

#include <cstddef>
#include <cstdint>
#include <string>

using namespace relief;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string bytes(reinterpret_cast<const char *>(data), size);
    auto cells = services::readXlsxCells(bytes);
    if (!cells.ok()) {
        fuzz::require(cells.error().field == "file", "a refusal not naming the file");
        fuzz::require(!cells.error().message.empty(), "an empty refusal");
        return 0;
    }
    std::size_t n = 0;
    for (const auto &row : *cells)
        n += row.size();
    fuzz::require(n <= services::kMaxXlsxCells + cells->size() * 16384, "cells beyond the limit");
    return 0;
}
