#include "name_key.h"

#include <sqlite3.h>
#include <unicode/ucol.h>
#include <unicode/ustring.h>

#include <stdexcept>
#include <vector>

namespace relief::storage {

namespace {
// One collator for the program: ICU collators may be used from several threads at once
// for keys (ucol_getSortKey does not change it).
const UCollator *collator()
{
    static const UCollator *const instance = [] {
        UErrorCode status = U_ZERO_ERROR;
        UCollator *c = ucol_open("zh", &status);
        if (U_FAILURE(status) || !c)
            throw std::runtime_error(std::string("cannot open the Chinese collator: ") +
                                     u_errorName(status));
        return c;
    }();
    return instance;
}

void nameKeyFunction(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (argc != 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const int bytes = sqlite3_value_bytes(argv[0]);
    try {
        const std::string key =
            nameSortKey(std::string_view(text ? text : "", static_cast<size_t>(bytes)));
        sqlite3_result_text(context, key.data(), static_cast<int>(key.size()), SQLITE_TRANSIENT);
    } catch (const std::exception &e) {
        sqlite3_result_error(context, e.what(), -1);
    }
}
void nameKeyVersionFunction(sqlite3_context *context, int, sqlite3_value **)
{
    try {
        const std::string v = nameSortKeyVersion();
        sqlite3_result_text(context, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
    } catch (const std::exception &e) {
        sqlite3_result_error(context, e.what(), -1);
    }
}
} // namespace

std::string nameSortKey(std::string_view utf8)
{
    if (utf8.empty())
        return {};
    std::vector<UChar> utf16(utf8.size() + 1);
    int32_t length = 0;
    UErrorCode status = U_ZERO_ERROR;
    u_strFromUTF8WithSub(utf16.data(), static_cast<int32_t>(utf16.size()), &length, utf8.data(),
                         static_cast<int32_t>(utf8.size()), 0xFFFD, nullptr, &status);
    if (U_FAILURE(status))
        throw std::runtime_error(std::string("cannot key a name: ") + u_errorName(status));
    std::vector<uint8_t> key(64);
    int32_t size = ucol_getSortKey(collator(), utf16.data(), length, key.data(),
                                   static_cast<int32_t>(key.size()));
    if (size > static_cast<int32_t>(key.size())) {
        key.resize(static_cast<size_t>(size));
        size = ucol_getSortKey(collator(), utf16.data(), length, key.data(), size);
    }
    static constexpr char kHex[] = "0123456789abcdef";
    std::string hex;
    // The key ends with a NUL, which is no part of the order.
    const int32_t n = size > 0 && key[static_cast<size_t>(size - 1)] == 0 ? size - 1 : size;
    hex.reserve(static_cast<size_t>(n) * 2);
    for (int32_t i = 0; i < n; ++i) {
        hex.push_back(kHex[key[static_cast<size_t>(i)] >> 4]);
        hex.push_back(kHex[key[static_cast<size_t>(i)] & 0xF]);
    }
    return hex;
}

std::string nameSortKeyVersion()
{
    UVersionInfo v;
    ucol_getVersion(collator(), v);
    char dotted[U_MAX_VERSION_STRING_LENGTH];
    u_versionToString(v, dotted);
    return dotted;
}

void registerNameKeyFunction(sqlite3 *db)
{
    sqlite3_create_function_v2(db, "relief_name_key", 1,
                               SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                               nameKeyFunction, nullptr, nullptr, nullptr);
    sqlite3_create_function_v2(db, "relief_name_key_version", 0, SQLITE_UTF8 | SQLITE_INNOCUOUS,
                               nullptr, nameKeyVersionFunction, nullptr, nullptr, nullptr);
}

} // namespace relief::storage
