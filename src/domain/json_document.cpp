#include "json_document.h"

#include "text_preview.h"

#include <vector>

namespace relief {

namespace {

constexpr std::size_t kKeyChars = 24; // of each key in a reported path
constexpr std::size_t kPathHead = 48; // an abbreviated path keeps its start …
constexpr std::size_t kPathTail = 32; // … and its end, in bytes

// The last `bytes` bytes of text, moved forward to a character boundary.
std::string_view utf8Suffix(std::string_view text, std::size_t bytes)
{
    std::size_t start = text.size() > bytes ? text.size() - bytes : 0;
    while (start < text.size() && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80)
        ++start;
    return text.substr(start);
}

// A first pass over the text that only measures: nlohmann's parser itself is
// iterative, but a deep value would be dumped, copied and destroyed recursively
// later, so nothing deeper than the cap is ever built. Keeps the path of the
// container being read so the error can name it.
class DepthCheck
{
public:
    using json = nlohmann::json;

    std::string tooDeepPath; // set when the cap was hit
    bool tooDeep = false;
    std::size_t errorPosition = 0;
    bool syntaxError = false;

    bool null() { return value(); }
    bool boolean(bool) { return value(); }
    bool number_integer(json::number_integer_t) { return value(); }
    bool number_unsigned(json::number_unsigned_t) { return value(); }
    bool number_float(json::number_float_t, const json::string_t &) { return value(); }
    bool string(json::string_t &) { return value(); }
    bool binary(json::binary_t &) { return value(); }
    bool start_object(std::size_t) { return open(false); }
    bool start_array(std::size_t) { return open(true); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }
    bool key(json::string_t &k)
    {
        Frame &f = m_frames.back();
        const std::string_view head = utf8Prefix(k, kKeyChars);
        f.key.assign(head);
        if (head.size() < k.size())
            f.key += "…";
        return true;
    }
    bool parse_error(std::size_t position, const std::string &, const nlohmann::detail::exception &)
    {
        syntaxError = true;
        errorPosition = position;
        return false;
    }

private:
    struct Frame
    {
        bool array = false;
        std::size_t count = 0; // elements seen so far (arrays)
        std::string key; // the current key (objects)
    };

    bool value()
    {
        if (!m_frames.empty() && m_frames.back().array)
            ++m_frames.back().count;
        return true;
    }
    bool open(bool array)
    {
        value();
        if (m_frames.size() + 1 > static_cast<std::size_t>(kMaxJsonDepth)) {
            tooDeep = true;
            tooDeepPath = path();
            return false;
        }
        m_frames.push_back({array, 0, {}});
        return true;
    }
    bool close()
    {
        m_frames.pop_back();
        return true;
    }
    // The path of the value being read: one segment per open container.
    std::string path() const
    {
        std::string out;
        for (const Frame &f : m_frames) {
            if (f.array)
                out += "[" + std::to_string(f.count - 1) + "]";
            else
                out += (out.empty() ? "" : ".") + f.key;
        }
        if (out.size() <= kPathHead + kPathTail)
            return out;
        const std::string_view all = out;
        return std::string(utf8Prefix(all, kPathHead)) + "…" +
            std::string(utf8Suffix(all, kPathTail));
    }

    std::vector<Frame> m_frames;
};

// Compact JSON of v into out, stopping once out holds more than limit bytes.
void appendPreview(const nlohmann::json &v, std::string &out, std::size_t limit, int depth)
{
    if (out.size() > limit)
        return;
    if (depth > 8) {
        out += "…";
        return;
    }
    switch (v.type()) {
    case nlohmann::json::value_t::string: {
        const auto &s = v.get_ref<const std::string &>();
        const std::string_view head = utf8Prefix(s, kPreviewChars);
        out += nlohmann::json(std::string(head))
                   .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        if (head.size() < s.size())
            out += "…";
        return;
    }
    case nlohmann::json::value_t::array: {
        out += '[';
        bool first = true;
        for (const auto &e : v) {
            if (out.size() > limit)
                return;
            if (!first)
                out += ',';
            first = false;
            appendPreview(e, out, limit, depth + 1);
        }
        out += ']';
        return;
    }
    case nlohmann::json::value_t::object: {
        out += '{';
        bool first = true;
        for (auto it = v.begin(); it != v.end(); ++it) {
            if (out.size() > limit)
                return;
            if (!first)
                out += ',';
            first = false;
            appendPreview(nlohmann::json(it.key()), out, limit, depth + 1);
            out += ':';
            appendPreview(it.value(), out, limit, depth + 1);
        }
        out += '}';
        return;
    }
    default:
        out += v.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        return;
    }
}

} // namespace

Result<nlohmann::json> parseJsonDocument(std::string_view text, Lang lang)
{
    DepthCheck check;
    nlohmann::json::sax_parse(text, &check);
    if (check.syntaxError)
        return Error::invalid(
            "",
            std::string(tr(lang, "不是有效的 JSON（约第 ", "not valid JSON (near byte ")) +
                std::to_string(check.errorPosition) + std::string(tr(lang, " 字节处）", ")")));
    if (check.tooDeep)
        return Error::invalid(check.tooDeepPath,
                              std::string(tr(lang, "嵌套超过 ", "is nested more than ")) +
                                  std::to_string(kMaxJsonDepth) +
                                  std::string(tr(lang, " 层，请检查文件结构",
                                                 " levels deep; check the file's structure")));
    auto doc = nlohmann::json::parse(text, nullptr, false);
    if (doc.is_discarded()) // cannot happen after the first pass; kept as a guard
        return Error::invalid("", std::string(tr(lang, "不是有效的 JSON", "not valid JSON")));
    return doc;
}

std::string jsonPreview(const nlohmann::json &value)
{
    std::string out;
    appendPreview(value, out, kPreviewChars, 0);
    if (out.size() <= kPreviewChars)
        return out;
    return std::string(utf8Prefix(out, kPreviewChars)) + "…";
}

} // namespace relief
