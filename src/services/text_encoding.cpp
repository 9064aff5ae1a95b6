#include "text_encoding.h"

#include <cerrno>
#include <iconv.h>

namespace relief::services {

namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// Converts GB18030 to UTF-8; on failure returns the offset of the offending byte.
bool gb18030ToUtf8(std::string_view in, std::string &out, std::size_t &badOffset)
{
    iconv_t cd = iconv_open("UTF-8", "GB18030");
    if (cd == reinterpret_cast<iconv_t>(-1)) {
        badOffset = 0;
        return false;
    }
    // A GB18030 character is at most 4 bytes and becomes at most 4 UTF-8 bytes;
    // two-byte Hanzi become three, so 3/2 of the input plus slack always fits.
    out.resize(in.size() * 2 + 16);
    char *src = const_cast<char *>(in.data()); // iconv's signature; it does not write
    std::size_t srcLeft = in.size();
    char *dst = out.data();
    std::size_t dstLeft = out.size();
    bool ok = true;
    while (srcLeft > 0) {
        if (iconv(cd, &src, &srcLeft, &dst, &dstLeft) == static_cast<std::size_t>(-1)) {
            if (errno == E2BIG) {
                const auto used = static_cast<std::size_t>(dst - out.data());
                out.resize(out.size() * 2);
                dst = out.data() + used;
                dstLeft = out.size() - used;
                continue;
            }
            badOffset = in.size() - srcLeft;
            ok = false;
            break;
        }
    }
    iconv_close(cd);
    out.resize(static_cast<std::size_t>(dst - out.data()));
    return ok;
}

} // namespace

std::size_t firstInvalidUtf8(std::string_view bytes)
{
    const auto *begin = reinterpret_cast<const unsigned char *>(bytes.data());
    const auto *p = begin;
    const auto *end = p + bytes.size();
    const auto bad = [&] { return static_cast<std::size_t>(p - begin); };
    while (p < end) {
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int extra = 0;
        unsigned min = 0;
        unsigned cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
            cp = c & 0x1Fu;
            min = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            cp = c & 0x0Fu;
            min = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            cp = c & 0x07u;
            min = 0x10000;
        } else {
            return bad();
        }
        if (end - p <= extra)
            return bad();
        for (int i = 1; i <= extra; ++i) {
            if ((p[i] & 0xC0u) != 0x80u)
                return bad();
            cp = (cp << 6) | (p[i] & 0x3Fu);
        }
        // Overlong forms, surrogates and code points past U+10FFFF are not UTF-8.
        if (cp < min || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
            return bad();
        p += extra + 1;
    }
    return std::string_view::npos;
}

DecodedText decodeText(std::string_view bytes)
{
    DecodedText result;
    if (bytes.starts_with(kUtf8Bom)) {
        // A BOM says UTF-8; broken bytes after it are an error, not a hint to guess.
        const std::size_t bad = firstInvalidUtf8(bytes.substr(kUtf8Bom.size()));
        if (bad == std::string_view::npos) {
            result.text.assign(bytes.substr(kUtf8Bom.size()));
            result.encoding = "UTF-8-BOM";
        } else {
            result.badOffset = bad + kUtf8Bom.size();
        }
        return result;
    }
    if (isValidUtf8(bytes)) {
        result.text.assign(bytes);
        result.encoding = "UTF-8";
        return result;
    }
    if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF")) {
        result.utf16 = true;
        return result;
    }
    if (gb18030ToUtf8(bytes, result.text, result.badOffset)) {
        result.encoding = "GB18030";
        return result;
    }
    result.text.clear();
    return result;
}

} // namespace relief::services
