#pragma once

// Reading a bank's xlsx result file (回盘, issue 12 §3) into cells: the workbook's first
// worksheet, shared and inline strings, numbers as written in the file (an account
// Excel turned into a number reads as "6.2284800000000004E+18" and the mapping then
// says it is not digits — never rounded back into digits). Unzipped by ZipReader
// (zlib), parsed with QXmlStreamReader; hostile files are
// bounded: kMaxXlsxPartBytes uncompressed per part, kMaxXlsxCells cells, no DTDs.

#include "domain/result.h"

#include <cstddef>
#include <string>
#include <vector>

namespace relief::services {

inline constexpr std::size_t kMaxXlsxPartBytes = 256u * 1024 * 1024;
inline constexpr std::size_t kMaxXlsxCells = 20'000'000;
inline constexpr int kMaxXlsxColumns = 16'384; // Excel's XFD

// True when the bytes start like a zip archive (an xlsx).
bool looksLikeXlsx(const std::string &bytes);
Result<std::vector<std::vector<std::string>>> readXlsxCells(const std::string &bytes);

} // namespace relief::services
