#include "services/bank/bank_encoding.h"

#include <iconv.h>

#include <memory>

namespace relief::services {

namespace {

// Decodes one UTF-8 character at s[i]; advances i. Invalid input yields U+FFFD.
char32_t nextCodePoint(std::string_view s, std::size_t &i)
{
    const auto c = static_cast<unsigned char>(s[i]);
    int extra = c < 0x80 ? 0 : (c >> 5) == 6 ? 1 : (c >> 4) == 14 ? 2 : (c >> 3) == 30 ? 3 : -1;
    if (extra < 0 || i + static_cast<std::size_t>(extra) >= s.size()) {
        ++i;
        return 0xFFFD;
    }
    char32_t cp = extra == 0 ? c : c & (0x3F >> extra);
    for (int k = 1; k <= extra; ++k)
        cp = (cp << 6) | (static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]) & 0x3F);
    i += static_cast<std::size_t>(extra) + 1;
    return cp;
}

struct IconvCloser
{
    void operator()(void *cd) const { iconv_close(static_cast<iconv_t>(cd)); }
};

} // namespace

std::size_t gb18030Bytes(char32_t cp)
{
    if (cp < 0x80)
        return 1;
    if (cp > 0xFFFF)
        return 4;
    // Two bytes for the characters of GBK (all of CJK Unified Ideographs U+4E00–U+9FA5
    // and the usual punctuation); four for the rest of the BMP. Asked of iconv once per
    // character: the mapping is the library's, not a table of ours.
    static thread_local std::unique_ptr<void, IconvCloser> cd([] {
        iconv_t h = iconv_open("GB18030", "UTF-32LE");
        return h == reinterpret_cast<iconv_t>(-1) ? nullptr : static_cast<void *>(h);
    }());
    if (!cd)
        return 2;
    char in[4] = {static_cast<char>(cp & 0xFF), static_cast<char>((cp >> 8) & 0xFF),
                  static_cast<char>((cp >> 16) & 0xFF), 0};
    char out[8];
    char *src = in;
    char *dst = out;
    std::size_t srcLeft = 4, dstLeft = sizeof out;
    iconv(static_cast<iconv_t>(cd.get()), nullptr, nullptr, nullptr, nullptr);
    if (iconv(static_cast<iconv_t>(cd.get()), &src, &srcLeft, &dst, &dstLeft) ==
        static_cast<std::size_t>(-1))
        return 4;
    return sizeof out - dstLeft;
}

Result<std::string> encodeBankText(std::string_view utf8, bank::Encoding encoding)
{
    switch (encoding) {
    case bank::Encoding::Utf8:
        return std::string(utf8);
    case bank::Encoding::Utf8Bom:
        return std::string("\xEF\xBB\xBF") + std::string(utf8);
    case bank::Encoding::Gb18030:
        break;
    }
    iconv_t cd = iconv_open("GB18030", "UTF-8");
    if (cd == reinterpret_cast<iconv_t>(-1))
        return Error {ErrorCode::Internal, "GB18030 is not available (iconv)", {}};
    std::string out(utf8.size() * 2 + 16, '\0');
    char *src = const_cast<char *>(utf8.data()); // iconv's signature; it does not write
    std::size_t srcLeft = utf8.size();
    char *dst = out.data();
    std::size_t dstLeft = out.size();
    bool ok = iconv(cd, &src, &srcLeft, &dst, &dstLeft) != static_cast<std::size_t>(-1);
    ok = ok && iconv(cd, nullptr, nullptr, &dst, &dstLeft) != static_cast<std::size_t>(-1);
    iconv_close(cd);
    if (!ok)
        return Error {ErrorCode::InvalidInput, "the text cannot be written in GB18030", {}};
    out.resize(out.size() - dstLeft);
    return out;
}

bank::ByteWidth bankByteWidth(bank::Encoding encoding)
{
    if (encoding != bank::Encoding::Gb18030)
        return bank::utf8Bytes;
    return [](std::string_view s) {
        std::size_t n = 0;
        for (std::size_t i = 0; i < s.size();)
            n += gb18030Bytes(nextCodePoint(s, i));
        return n;
    };
}

} // namespace relief::services
