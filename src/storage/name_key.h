#pragma once

// Sort keys for people's names in the order Chinese users expect: pinyin (issue 18),
// not code points (丁 万 严 … by code point; 陈 chen, 丁 ding, 李 li … by pinyin). The key
// is the ICU collation key of the "zh" locale (CLDR's default Chinese order is pinyin),
// as lowercase hex, so that comparing keys as plain (BINARY) text gives the collation
// order. It is computed on write by triggers that call the SQL function
// relief_name_key(text), which Database::open registers on every connection, and kept
// indexed beside the name (households.head_name_key, schema 6).
//
// Polyphonic surnames take the character's common reading (曾 ceng, 单 dan), as ICU does;
// Latin letters sort after Chinese names. The key depends on ICU's collation version;
// Database::open re-keys when it changes (docs/architecture.md).

#include <string>
#include <string_view>

struct sqlite3;

namespace relief::storage {

// The name's key; empty for an empty name. Invalid UTF-8 is keyed with U+FFFD in place.
std::string nameSortKey(std::string_view utf8);

// The collator's version (ICU's ucol_getVersion, dotted), stored with the keys.
std::string nameSortKeyVersion();

// Registers relief_name_key(text) (deterministic) and relief_name_key_version() on `db`.
void registerNameKeyFunction(sqlite3 *db);

} // namespace relief::storage
