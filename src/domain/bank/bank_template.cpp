#include "domain/bank/bank_template.h"

#include "domain/json_document.h"
#include "domain/json_reader.h"

#include <algorithm>
#include <mutex>
#include <stdexcept>

namespace relief::bank {

// resources/bank/*.json, embedded by relief_embed_files (src/domain/CMakeLists.txt).
std::vector<std::pair<std::string_view, std::string_view>> embeddedTemplates();

namespace {

std::string msg(Lang l, std::string_view zh, std::string_view en)
{
    return std::string(tr(l, zh, en));
}

template<std::size_t N> int indexOf(const std::array<std::string_view, N> &keys, std::string_view k)
{
    for (std::size_t i = 0; i < N; ++i)
        if (keys[i] == k)
            return static_cast<int>(i);
    return -1;
}

bool isAmountSource(Source s)
{
    return s == Source::Amount || s == Source::Total;
}
bool isDateSource(Source s)
{
    return s == Source::Date || s == Source::Month;
}

// A text of the template: a string of at most kMaxTemplateText bytes.
std::string boundedText(const JsonReader &r, std::string_view key, bool required)
{
    auto s = r.string(key, required);
    if (!s)
        return {};
    if (s->size() > kMaxTemplateText) {
        r.fail(key, msg(r.lang(), "过长（最多 200 字节）", "is too long (at most 200 bytes)"));
        return {};
    }
    return *s;
}

Field readField(const JsonReader &r)
{
    const Lang l = r.lang();
    Field f;
    const std::string source = boundedText(r, "source", true);
    if (r.failed())
        return f;
    if (source.starts_with(kLiteralPrefix)) {
        f.source = Source::Literal;
        f.literal = source.substr(kLiteralPrefix.size());
    } else if (const int i = indexOf(kSourceKeys, source); i >= 0) {
        f.source = static_cast<Source>(i);
    } else {
        r.fail("source", msg(l, "未知的数据来源：", "is not a known source: ") + source);
        return f;
    }
    f.title = boundedText(r, "title", false);
    if (r.has("width"))
        f.width = r.integer("width", 0, 1, kMaxFieldWidth);
    if (auto pad = r.string("pad", false)) {
        if (pad->size() != 1 || static_cast<unsigned char>((*pad)[0]) < 0x20 ||
            static_cast<unsigned char>((*pad)[0]) > 0x7e)
            r.fail("pad", msg(l, "应为一个 ASCII 字符", "must be one ASCII character"));
        else
            f.pad = (*pad)[0];
    }
    if (r.has("align"))
        f.align = static_cast<Align>(std::max(0, r.choice("align", kAlignKeys, 0)));
    if (r.has("unit")) {
        if (!isAmountSource(f.source))
            r.fail("unit", msg(l, "只用于 amount 和 total", "applies to amount and total only"));
        else
            f.unit = static_cast<AmountUnit>(std::max(0, r.choice("unit", kAmountUnitKeys, 0)));
    }
    if (r.has("style")) {
        if (!isDateSource(f.source))
            r.fail("style", msg(l, "只用于 date 和 month", "applies to date and month only"));
        else
            f.style = static_cast<DateStyle>(std::max(0, r.choice("style", kDateStyleKeys, 0)));
    }
    return f;
}

std::vector<Field> readLine(const JsonReader &r, std::string_view key, bool required)
{
    std::vector<Field> out;
    const std::size_t n = r.arraySize(key, required);
    if (n > kMaxFieldsPerLine) {
        r.fail(key, msg(r.lang(), "字段过多（最多 64 个）", "has too many fields (at most 64)"));
        return out;
    }
    for (std::size_t i = 0; i < n && !r.failed(); ++i)
        out.push_back(readField(r.element(key, i)));
    return out;
}

std::vector<std::string> readWords(const JsonReader &r, std::string_view key,
                                   std::vector<std::string> fallback)
{
    const auto *v = r.value(key);
    if (!v)
        return fallback;
    const Lang l = r.lang();
    if (!v->is_array()) {
        r.fail(key, msg(l, "应为字符串数组", "must be an array of strings"));
        return {};
    }
    if (v->size() > kMaxResultWords || v->empty()) {
        r.fail(key, msg(l, "应有 1 至 16 个词", "must hold 1 to 16 words"));
        return {};
    }
    std::vector<std::string> out;
    for (std::size_t i = 0; i < v->size(); ++i) {
        const auto &w = (*v)[i];
        const std::string path = r.fieldPath(key) + "[" + std::to_string(i) + "]";
        if (!w.is_string() || w.get_ref<const std::string &>().empty() ||
            w.get_ref<const std::string &>().size() > kMaxTemplateText) {
            r.failAt(path,
                     msg(l, "应为非空字符串（最多 200 字节）",
                         "must be a non-empty string (at most 200 bytes)"));
            return {};
        }
        out.push_back(w.get<std::string>());
    }
    return out;
}

Status fieldError(std::string path, std::string message)
{
    return Error::invalid(std::move(path), std::move(message));
}

Status validateLine(const BankTemplate &t, const std::vector<Field> &line, std::string_view key,
                    bool detail, Lang l)
{
    if (line.size() > kMaxFieldsPerLine)
        return fieldError(std::string(key),
                          msg(l, "字段过多（最多 64 个）", "has too many fields (at most 64)"));
    for (std::size_t i = 0; i < line.size(); ++i) {
        const Field &f = line[i];
        const std::string path = std::string(key) + "[" + std::to_string(i) + "]";
        if (t.format == FileFormat::Fixed && f.width <= 0)
            return fieldError(path + ".width",
                              msg(l, "定长格式的每个字段都需要宽度",
                                  "is required for every field of a fixed format"));
        if (f.width < 0 || f.width > kMaxFieldWidth)
            return fieldError(path + ".width", msg(l, "应在 1 至 512 之间", "must be 1 to 512"));
        if (static_cast<unsigned char>(f.pad) < 0x20 || static_cast<unsigned char>(f.pad) > 0x7e)
            return fieldError(path + ".pad",
                              msg(l, "应为一个 ASCII 字符", "must be one ASCII character"));
        const bool perPayment = f.source == Source::Seq || f.source == Source::Name ||
            f.source == Source::Account || f.source == Source::IdNumber ||
            f.source == Source::Amount || f.source == Source::Memo ||
            f.source == Source::BankName || f.source == Source::BankCode;
        if (!detail && perPayment)
            return fieldError(
                path + ".source",
                msg(l, "该数据来源只能用于明细行：", "belongs to the details only: ") +
                    std::string(sourceKey(f)));
        if (f.literal.size() > kMaxTemplateText || f.title.size() > kMaxTemplateText)
            return fieldError(
                path,
                msg(l, "文字过长（最多 200 字节）", "has a text too long (at most 200 bytes)"));
        if (t.format == FileFormat::Delimited && f.literal.find(t.separator) != std::string::npos)
            return fieldError(path + ".source", msg(l, "文字中含有分隔符", "holds the separator"));
    }
    return okStatus();
}

bool validId(std::string_view id)
{
    if (id.empty() || id.size() > 40)
        return false;
    return std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    });
}

} // namespace

std::string_view sourceKey(const Field &field)
{
    if (field.source == Source::Literal)
        return "literal";
    return kSourceKeys[static_cast<std::size_t>(field.source)];
}

std::string sourceText(const Field &field)
{
    if (field.source == Source::Literal)
        return std::string(kLiteralPrefix) + field.literal;
    return std::string(sourceKey(field));
}

Status validateTemplate(const BankTemplate &t, Lang l)
{
    if (!validId(t.id))
        return fieldError("id",
                          msg(l, "应为 1 至 40 个小写字母、数字、- 或 _",
                              "must be 1 to 40 lower-case letters, digits, '-' or '_'"));
    if (t.name.empty() || t.name.size() > kMaxTemplateText)
        return fieldError("name", msg(l, "应为 1 至 200 字节的文字", "must be 1 to 200 bytes"));
    if (t.maxRows < 1 || t.maxRows > kMaxRowsLimit)
        return fieldError("max_rows", msg(l, "应在 1 至 1000000 之间", "must be 1 to 1000000"));
    if (t.format == FileFormat::Delimited) {
        const char s = t.separator;
        const bool bad = (s >= '0' && s <= '9') || (s >= 'a' && s <= 'z') ||
            (s >= 'A' && s <= 'Z') || s == '.' || s == '"' || s == '\r' || s == '\n' || s == '\0' ||
            static_cast<unsigned char>(s) > 0x7e;
        if (bad)
            return fieldError("separator",
                              msg(l, "应为一个 ASCII 标点或制表符（不能是字母、数字、点或引号）",
                                  "must be one ASCII punctuation character or a tab "
                                  "(not a letter, digit, dot or quote)"));
    }
    if (t.details.empty())
        return fieldError("details", msg(l, "至少需要一个字段", "needs at least one field"));
    if (!t.titleRow.empty() && t.format != FileFormat::Xlsx)
        return fieldError("title_row", msg(l, "只用于 xlsx", "applies to xlsx only"));
    if (t.titleRow.size() > kMaxTemplateText)
        return fieldError("title_row",
                          msg(l, "过长（最多 200 字节）", "is too long (at most 200 bytes)"));
    if (auto s = validateLine(t, t.header, "header", false, l); !s.ok())
        return s;
    if (auto s = validateLine(t, t.details, "details", true, l); !s.ok())
        return s;
    if (auto s = validateLine(t, t.trailer, "trailer", false, l); !s.ok())
        return s;
    const ResultMapping &m = t.results;
    const std::pair<const std::string *, const char *> columns[] = {
        {&m.accountColumn, "results.account"},
        {&m.amountColumn, "results.amount"},
        {&m.resultColumn, "results.result"},
        {&m.reasonColumn, "results.reason"}};
    for (const auto &[column, path] : columns)
        if (column->empty() || column->size() > kMaxTemplateText)
            return fieldError(
                path,
                msg(l, "应为 1 至 200 字节的列名", "must be a column title of 1 to 200 bytes"));
    const std::pair<const std::vector<std::string> *, const char *> words[] = {
        {&m.successWords, "results.success"}, {&m.failureWords, "results.failure"}};
    for (const auto &[list, path] : words) {
        if (list->empty() || list->size() > kMaxResultWords)
            return fieldError(path, msg(l, "应有 1 至 16 个词", "must hold 1 to 16 words"));
        for (const auto &w : *list)
            if (w.empty() || w.size() > kMaxTemplateText)
                return fieldError(path,
                                  msg(l, "应为非空字符串（最多 200 字节）",
                                      "must be a non-empty string (at most 200 bytes)"));
    }
    for (const auto &w : m.successWords)
        if (std::find(m.failureWords.begin(), m.failureWords.end(), w) != m.failureWords.end())
            return fieldError("results.failure",
                              msg(l, "与成功用词重复：", "repeats a success word: ") + w);
    return okStatus();
}

Result<BankTemplate> templateFromJsonValue(const nlohmann::json &doc, Lang l)
{
    JsonReader::Sink sink {l, std::nullopt};
    const JsonReader r = JsonReader::root(doc, sink);
    BankTemplate t;
    t.id = boundedText(r, "id", true);
    t.name = boundedText(r, "name", true);
    if (!r.failed())
        t.format = static_cast<FileFormat>(std::max(0, r.choice("format", kFileFormatKeys)));
    if (auto sep = r.string("separator", false)) {
        if (t.format != FileFormat::Delimited)
            r.fail("separator",
                   msg(l, "只用于 delimited 格式", "applies to the delimited format only"));
        else if (sep->size() != 1)
            r.fail("separator", msg(l, "应为一个字符", "must be one character"));
        else
            t.separator = (*sep)[0];
    } else if (!r.failed() && t.format == FileFormat::Delimited) {
        r.fail("separator",
               msg(l, "delimited 格式需要分隔符", "is required for the delimited format"));
    }
    if (!r.failed())
        t.encoding = static_cast<Encoding>(std::max(0, r.choice("encoding", kEncodingKeys)));
    if (!r.failed())
        t.lineEnding =
            static_cast<LineEnding>(std::max(0, r.choice("line_ending", kLineEndingKeys, 0)));
    if (!r.failed())
        t.maxRows = r.integer("max_rows", std::nullopt, 1, kMaxRowsLimit);
    if (!r.failed())
        t.columnTitles = r.boolean("column_titles", false);
    if (!r.failed())
        t.titleRow = boundedText(r, "title_row", false);
    if (!r.failed())
        t.header = readLine(r, "header", false);
    if (!r.failed())
        t.details = readLine(r, "details", true);
    if (!r.failed())
        t.trailer = readLine(r, "trailer", false);
    if (!r.failed() && r.has("results")) {
        const JsonReader m = r.object("results", false);
        ResultMapping &rm = t.results;
        rm.accountColumn = boundedText(m, "account", true);
        if (!m.failed())
            rm.amountColumn = boundedText(m, "amount", true);
        if (!m.failed())
            rm.resultColumn = boundedText(m, "result", true);
        if (!m.failed())
            rm.reasonColumn = boundedText(m, "reason", true);
        if (!m.failed() && m.has("amount_unit"))
            rm.amountUnit =
                static_cast<AmountUnit>(std::max(0, m.choice("amount_unit", kAmountUnitKeys)));
        if (!m.failed())
            rm.successWords = readWords(m, "success", rm.successWords);
        if (!m.failed())
            rm.failureWords = readWords(m, "failure", rm.failureWords);
    }
    if (sink.error)
        return *sink.error;
    if (auto s = validateTemplate(t, l); !s.ok())
        return s.error();
    return t;
}

Result<BankTemplate> templateFromJson(std::string_view text, Lang l)
{
    if (text.size() > kMaxTemplateBytes)
        return Error::invalid(
            "",
            msg(l, "模板文件过大（最多 256 KiB）", "the template is too large (at most 256 KiB)"));
    auto doc = parseJsonDocument(text, l);
    if (!doc.ok())
        return doc.error();
    return templateFromJsonValue(doc.value(), l);
}

namespace {

nlohmann::json fieldToJson(const Field &f)
{
    nlohmann::json j = nlohmann::json::object();
    j["source"] = sourceText(f);
    if (!f.title.empty())
        j["title"] = f.title;
    if (f.width > 0) {
        j["width"] = f.width;
        j["pad"] = std::string(1, f.pad);
        j["align"] = kAlignKeys[static_cast<std::size_t>(f.align)];
    }
    if (isAmountSource(f.source))
        j["unit"] = kAmountUnitKeys[static_cast<std::size_t>(f.unit)];
    if (isDateSource(f.source))
        j["style"] = kDateStyleKeys[static_cast<std::size_t>(f.style)];
    return j;
}

nlohmann::json lineToJson(const std::vector<Field> &line)
{
    nlohmann::json a = nlohmann::json::array();
    for (const auto &f : line)
        a.push_back(fieldToJson(f));
    return a;
}

} // namespace

nlohmann::json templateToJson(const BankTemplate &t)
{
    nlohmann::json j = nlohmann::json::object();
    j["id"] = t.id;
    j["name"] = t.name;
    j["format"] = kFileFormatKeys[static_cast<std::size_t>(t.format)];
    if (t.format == FileFormat::Delimited)
        j["separator"] = std::string(1, t.separator);
    j["encoding"] = kEncodingKeys[static_cast<std::size_t>(t.encoding)];
    j["line_ending"] = kLineEndingKeys[static_cast<std::size_t>(t.lineEnding)];
    j["max_rows"] = t.maxRows;
    j["column_titles"] = t.columnTitles;
    if (!t.titleRow.empty())
        j["title_row"] = t.titleRow;
    if (!t.header.empty())
        j["header"] = lineToJson(t.header);
    j["details"] = lineToJson(t.details);
    if (!t.trailer.empty())
        j["trailer"] = lineToJson(t.trailer);
    const ResultMapping &m = t.results;
    j["results"] = {{"account", m.accountColumn},
                    {"amount", m.amountColumn},
                    {"result", m.resultColumn},
                    {"reason", m.reasonColumn},
                    {"amount_unit", kAmountUnitKeys[static_cast<std::size_t>(m.amountUnit)]},
                    {"success", m.successWords},
                    {"failure", m.failureWords}};
    return j;
}

const std::vector<BankTemplate> &shippedTemplates()
{
    static const std::vector<BankTemplate> list = [] {
        std::vector<BankTemplate> out;
        for (const char *id : {"generic-csv", "xlsx-daifa", "pipe-gb18030"}) {
            const std::string file = std::string(id) + ".json";
            bool found = false;
            for (const auto &[name, text] : embeddedTemplates()) {
                if (name != file)
                    continue;
                auto t = templateFromJson(text, Lang::En);
                if (!t.ok() || t->id != id)
                    throw std::logic_error(
                        "shipped bank template " + file + " is invalid: " +
                        (t.ok() ? "id" : t.error().field + " " + t.error().message));
                out.push_back(std::move(t.value()));
                found = true;
            }
            if (!found)
                throw std::logic_error("shipped bank template " + file + " is missing");
        }
        return out;
    }();
    return list;
}

bool isShippedTemplateId(std::string_view id)
{
    return id == "generic-csv" || id == "xlsx-daifa" || id == "pipe-gb18030";
}

} // namespace relief::bank
