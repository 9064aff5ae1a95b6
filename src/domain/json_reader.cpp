#include "json_reader.h"

#include "json_document.h"

#include <cstdint>

namespace relief {

namespace {

const nlohmann::json kNull;

// Never the whole value: a 50 MB string or a long array gives a short message.
std::string quoted(const nlohmann::json &v)
{
    return jsonPreview(v);
}

} // namespace

JsonReader::JsonReader(const nlohmann::json *object, std::string path, Sink &sink)
    : m_object(object && object->is_object() ? object : nullptr)
    , m_path(std::move(path))
    , m_sink(&sink)
{ }

JsonReader JsonReader::root(const nlohmann::json &doc, Sink &sink)
{
    JsonReader r(&doc, "", sink);
    if (!doc.is_object())
        r.failAt("", std::string(tr(sink.lang, "输入应为一个 JSON 对象", "must be a JSON object")));
    return r;
}

std::string JsonReader::fieldPath(std::string_view key) const
{
    return m_path.empty() ? std::string(key) : m_path + "." + std::string(key);
}

bool JsonReader::has(std::string_view key) const
{
    return value(key) != nullptr;
}

const nlohmann::json *JsonReader::value(std::string_view key) const
{
    if (!m_object)
        return nullptr;
    const auto it = m_object->find(key);
    if (it == m_object->end() || it->is_null())
        return nullptr;
    return &*it;
}

void JsonReader::fail(std::string_view key, std::string message) const
{
    failAt(fieldPath(key), std::move(message));
}

void JsonReader::failAt(std::string path, std::string message) const
{
    if (!m_sink->error)
        m_sink->error = Error::invalid(std::move(path), std::move(message));
}

Money JsonReader::money(std::string_view key, std::optional<Money> fallback,
                        bool allowNegative) const
{
    const Lang l = lang();
    const auto *v = value(key);
    if (!v) {
        if (!fallback)
            fail(key, std::string(tr(l, "缺少必填字段", "is required")));
        return fallback.value_or(Money());
    }
    const auto m = v->is_string() ? Money::parse(v->get_ref<const std::string &>()) : std::nullopt;
    if (!m) {
        fail(key,
             std::string(tr(l, "金额应为保留两位小数的字符串（如 \"830.00\"）：",
                            "must be an amount string with exactly two decimals (such as "
                            "\"830.00\"): ")) +
                 quoted(*v));
        return Money();
    }
    if (m->isNegative() && !allowNegative) {
        fail(key, std::string(tr(l, "金额不能为负数：", "must not be negative: ")) + quoted(*v));
        return Money();
    }
    return *m;
}

int JsonReader::integer(std::string_view key, std::optional<int> fallback, int min, int max) const
{
    const Lang l = lang();
    const auto *v = value(key);
    if (!v) {
        if (!fallback)
            fail(key, std::string(tr(l, "缺少必填字段", "is required")));
        return fallback.value_or(0);
    }
    const std::string range =
        std::to_string(min) + (l == Lang::En ? " to " : " 至 ") + std::to_string(max);
    if (!v->is_number_integer()) {
        fail(key,
             std::string(tr(l, "应为整数（", "must be an integer (")) + range +
                 (l == Lang::En ? "): " : ")：") + quoted(*v));
        return 0;
    }
    // Parsed non-negative integers are unsigned in nlohmann::json; compare in a type
    // that holds both without wrapping.
    const bool tooBig =
        v->is_number_unsigned() && v->get<std::uint64_t>() > static_cast<std::uint64_t>(INT64_MAX);
    const std::int64_t n = tooBig ? INT64_MAX : v->get<std::int64_t>();
    if (n < min || n > max) {
        fail(key,
             std::string(tr(l, "超出范围（", "out of range (")) + range +
                 (l == Lang::En ? "): " : ")：") + quoted(*v));
        return 0;
    }
    return static_cast<int>(n);
}

Money JsonReader::moneyAtMost(std::string_view key, Money ceiling) const
{
    const Money m = money(key);
    if (!failed() && m > ceiling)
        fail(key,
             std::string(tr(lang(), "超出上限 ", "must be at most ")) + ceiling.toString() +
                 std::string(tr(lang(), "：", ": ")) + m.toString());
    return failed() ? Money() : m;
}

std::optional<Decimal> JsonReader::decimalInRange(std::string_view key, bool required,
                                                  const Decimal &min, const Decimal &max,
                                                  std::string *text) const
{
    const auto d = decimal(key, required, min.isNegative(), text);
    if (d && (*d < min || *d > max)) {
        const Lang l = lang();
        fail(key,
             std::string(tr(l, "超出范围（", "out of range (")) + min.toString() +
                 std::string(tr(l, " 至 ", " to ")) + max.toString() +
                 std::string(tr(l, "）：", "): ")) + d->toString());
        return std::nullopt;
    }
    return d;
}

bool JsonReader::boolean(std::string_view key, bool fallback) const
{
    const auto *v = value(key);
    if (!v)
        return fallback;
    if (!v->is_boolean()) {
        fail(key,
             std::string(tr(lang(), "应为 true 或 false：", "must be true or false: ")) +
                 quoted(*v));
        return fallback;
    }
    return v->get<bool>();
}

std::optional<Date> JsonReader::date(std::string_view key, bool required) const
{
    const Lang l = lang();
    const auto *v = value(key);
    if (!v) {
        if (required)
            fail(key, std::string(tr(l, "缺少必填字段", "is required")));
        return std::nullopt;
    }
    const auto d = v->is_string() ? Date::parse(v->get_ref<const std::string &>()) : std::nullopt;
    if (!d)
        fail(key,
             std::string(tr(l, "日期不存在或格式不是 YYYY-MM-DD：",
                            "not a real date in the form YYYY-MM-DD: ")) +
                 quoted(*v));
    return d;
}

std::optional<YearMonth> JsonReader::yearMonth(std::string_view key, bool required) const
{
    const Lang l = lang();
    const auto *v = value(key);
    if (!v) {
        if (required)
            fail(key, std::string(tr(l, "缺少必填字段", "is required")));
        return std::nullopt;
    }
    const auto m =
        v->is_string() ? YearMonth::parse(v->get_ref<const std::string &>()) : std::nullopt;
    if (!m)
        fail(key,
             std::string(tr(l, "月份格式应为 YYYY-MM：", "must be a month YYYY-MM: ")) +
                 quoted(*v));
    return m;
}

std::optional<Decimal> JsonReader::decimal(std::string_view key, bool required, bool allowNegative,
                                           std::string *text) const
{
    const Lang l = lang();
    const auto *v = value(key);
    if (!v) {
        if (required)
            fail(key, std::string(tr(l, "缺少必填字段", "is required")));
        return std::nullopt;
    }
    const auto d = v->is_string() ? Decimal::parse(v->get_ref<const std::string &>(), allowNegative)
                                  : std::nullopt;
    if (!d) {
        fail(key,
             std::string(allowNegative
                             ? tr(l, "应为小数字符串（如 \"3.5\" 或 \"-0.4\"）：",
                                  "must be a decimal string (such as \"3.5\" or \"-0.4\"): ")
                             : tr(l, "应为非负小数字符串（如 \"1.5\"）：",
                                  "must be a non-negative decimal string (such as \"1.5\"): ")) +
                 quoted(*v));
        return std::nullopt;
    }
    if (text)
        *text = v->get<std::string>();
    return d;
}

std::optional<std::string> JsonReader::string(std::string_view key, bool required) const
{
    const Lang l = lang();
    const auto *v = value(key);
    if (!v) {
        if (required)
            fail(key, std::string(tr(l, "缺少必填字段", "is required")));
        return std::nullopt;
    }
    if (!v->is_string()) {
        fail(key, std::string(tr(l, "应为字符串：", "must be a string: ")) + quoted(*v));
        return std::nullopt;
    }
    return v->get<std::string>();
}

int JsonReader::choice(std::string_view key, std::span<const std::string_view> keys,
                       int fallback) const
{
    const Lang l = lang();
    const auto *v = value(key);
    if (!v) {
        if (fallback < 0)
            fail(key, std::string(tr(l, "缺少必填字段", "is required")));
        return fallback;
    }
    if (v->is_string()) {
        int i = 0;
        for (std::string_view k : keys) {
            if (k == v->get_ref<const std::string &>())
                return i;
            ++i;
        }
    }
    std::string list;
    for (std::string_view k : keys)
        list += (list.empty() ? "" : ", ") + std::string(k);
    fail(key,
         std::string(tr(l, "取值无效：", "unknown value: ")) + quoted(*v) +
             std::string(tr(l, "（可选值：", " (expected one of: ")) + list +
             std::string(tr(l, "）", ")")));
    return -1;
}

JsonReader JsonReader::object(std::string_view key, bool required) const
{
    const Lang l = lang();
    const auto *v = value(key);
    if (!v) {
        if (required)
            fail(key, std::string(tr(l, "缺少必填字段", "is required")));
        return JsonReader(nullptr, fieldPath(key), *m_sink);
    }
    if (!v->is_object())
        fail(key, std::string(tr(l, "应为 JSON 对象：", "must be a JSON object: ")) + quoted(*v));
    return JsonReader(v, fieldPath(key), *m_sink);
}

size_t JsonReader::arraySize(std::string_view key, bool required) const
{
    const Lang l = lang();
    const auto *v = value(key);
    if (!v) {
        if (required)
            fail(key, std::string(tr(l, "缺少必填字段", "is required")));
        return 0;
    }
    if (!v->is_array()) {
        fail(key, std::string(tr(l, "应为数组：", "must be an array: ")) + quoted(*v));
        return 0;
    }
    return v->size();
}

JsonReader JsonReader::element(std::string_view key, size_t index) const
{
    const auto *array = value(key);
    const std::string path = fieldPath(key) + "[" + std::to_string(index) + "]";
    const nlohmann::json *v =
        array && array->is_array() && index < array->size() ? &(*array)[index] : &kNull;
    if (!v->is_object()) {
        failAt(path,
               std::string(tr(lang(), "应为 JSON 对象：", "must be a JSON object: ")) + quoted(*v));
        return JsonReader(nullptr, path, *m_sink);
    }
    return JsonReader(v, path, *m_sink);
}

} // namespace relief
