#pragma once

// JsonReader: reads the fields of one JSON object with the conventions of
// data-formats.md — unknown fields ignored, null the same as absent, and every
// bad value reported with its full path ("members[2].id_number") and a reason.
// Readers for nested objects share one sink that keeps the first error, so a
// parser reads straight through and checks failed() once at the end.

#include "date.h"
#include "decimal.h"
#include "lang.h"
#include "money.h"
#include "result.h"
#include "year_month.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace relief {

class JsonReader
{
public:
    struct Sink
    {
        Lang lang = Lang::Zh;
        std::optional<Error> error; // the first one only
    };

    // object may be null or a non-object: then every field is absent. The caller
    // checks the object's own type (see requireObject).
    JsonReader(const nlohmann::json *object, std::string path, Sink &sink);

    // A reader for a top-level document; reports an error when it is not an object.
    static JsonReader root(const nlohmann::json &doc, Sink &sink);

    bool failed() const { return m_sink->error.has_value(); }
    Lang lang() const { return m_sink->lang; }
    const std::string &path() const { return m_path; }
    std::string fieldPath(std::string_view key) const;
    bool has(std::string_view key) const; // present and not null

    // Records an error on key's path (first error wins).
    void fail(std::string_view key, std::string message) const;
    void failAt(std::string path, std::string message) const;

    // Required when fallback is empty.
    Money money(std::string_view key, std::optional<Money> fallback = std::nullopt,
                bool allowNegative = false) const;
    int integer(std::string_view key, std::optional<int> fallback, int min, int max) const;
    bool boolean(std::string_view key, bool fallback) const;
    std::optional<Date> date(std::string_view key, bool required) const;
    std::optional<YearMonth> yearMonth(std::string_view key, bool required) const;
    // Returns the value with its original text (price indices are echoed verbatim).
    std::optional<Decimal> decimal(std::string_view key, bool required, bool allowNegative = false,
                                   std::string *text = nullptr) const;
    // Bounded forms for figures with a documented ceiling (policy-rules.md §2 of
    // docs/): a required non-negative amount ≤ ceiling, a decimal in [min, max].
    Money moneyAtMost(std::string_view key, Money ceiling) const;
    std::optional<Decimal> decimalInRange(std::string_view key, bool required, const Decimal &min,
                                          const Decimal &max, std::string *text = nullptr) const;
    std::optional<std::string> string(std::string_view key, bool required) const;
    // The index of the value in keys; fallback when absent (required when fallback < 0).
    // Returns -1 after an error or when absent with no fallback.
    int choice(std::string_view key, std::span<const std::string_view> keys,
               int fallback = -1) const;

    // A nested object; absent (or null) gives a reader where every field is absent.
    JsonReader object(std::string_view key, bool required) const;
    // Length of an array field; 0 when absent and not required.
    size_t arraySize(std::string_view key, bool required) const;
    // Element i of an array field, which must be an object.
    JsonReader element(std::string_view key, size_t index) const;
    // The raw value of a field; nothing when absent or null.
    const nlohmann::json *value(std::string_view key) const;

private:
    const nlohmann::json *m_object;
    std::string m_path;
    Sink *m_sink;
};

} // namespace relief
