#include "services/bank/zip_reader.h"

#include <zlib.h>

#include <algorithm>
#include <cstdint>

namespace relief::services {

namespace {

std::uint32_t u16(std::string_view b, std::size_t at)
{
    return static_cast<std::uint32_t>(static_cast<unsigned char>(b[at])) |
        static_cast<std::uint32_t>(static_cast<unsigned char>(b[at + 1])) << 8;
}

std::uint32_t u32(std::string_view b, std::size_t at)
{
    return u16(b, at) | u16(b, at + 2) << 16;
}

bool sameName(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; };
               return lower(x) == lower(y);
           });
}

constexpr std::size_t kEndRecord = 22;
constexpr std::size_t kCentralHeader = 46;
constexpr std::size_t kLocalHeader = 30;
constexpr std::size_t kMaxEntries = 10'000;

} // namespace

ZipReader::ZipReader(std::string_view bytes)
    : m_bytes(bytes)
{
    // The end-of-central-directory record: the last "PK\5\6" within its comment's reach.
    if (bytes.size() < kEndRecord) {
        m_error = "it is too short for a zip archive";
        return;
    }
    std::size_t end = std::string_view::npos;
    const std::size_t lowest =
        bytes.size() > kEndRecord + 0xFFFF ? bytes.size() - kEndRecord - 0xFFFF : 0;
    for (std::size_t at = bytes.size() - kEndRecord + 1; at-- > lowest;)
        if (bytes.compare(at, 4, "PK\x05\x06") == 0) {
            end = at;
            break;
        }
    if (end == std::string_view::npos) {
        m_error = "it has no zip directory";
        return;
    }
    const std::size_t count = u16(bytes, end + 10);
    const std::size_t dirSize = u32(bytes, end + 12);
    const std::size_t dirOffset = u32(bytes, end + 16);
    if (count > kMaxEntries || dirOffset > end || dirSize > end - dirOffset) {
        m_error = "its zip directory is damaged";
        return;
    }
    std::size_t at = dirOffset;
    for (std::size_t i = 0; i < count; ++i) {
        if (at + kCentralHeader > end || bytes.compare(at, 4, "PK\x01\x02") != 0) {
            m_error = "its zip directory is damaged";
            return;
        }
        Entry e;
        const std::uint32_t flags = u16(bytes, at + 8);
        e.method = static_cast<int>(u16(bytes, at + 10));
        e.crc = u32(bytes, at + 16);
        e.compressed = u32(bytes, at + 20);
        e.size = u32(bytes, at + 24);
        const std::size_t nameLength = u16(bytes, at + 28);
        const std::size_t extra = u16(bytes, at + 30);
        const std::size_t comment = u16(bytes, at + 32);
        e.localOffset = u32(bytes, at + 42);
        if (at + kCentralHeader + nameLength + extra + comment > end) {
            m_error = "its zip directory is damaged";
            return;
        }
        e.name = std::string(bytes.substr(at + kCentralHeader, nameLength));
        at += kCentralHeader + nameLength + extra + comment;
        if (flags & 1u) {
            m_error = "it is encrypted";
            return;
        }
        m_entries.push_back(std::move(e));
    }
}

std::vector<std::string> ZipReader::names() const
{
    std::vector<std::string> out;
    for (const auto &e : m_entries)
        out.push_back(e.name);
    return out;
}

std::optional<std::string> ZipReader::read(std::string_view name, std::size_t maxBytes)
{
    if (!ok())
        return std::nullopt;
    const auto it = std::find_if(m_entries.begin(), m_entries.end(),
                                 [&](const Entry &e) { return sameName(e.name, name); });
    if (it == m_entries.end())
        return std::nullopt;
    const Entry &e = *it;
    const std::string what = "the part " + e.name;
    if (m_bytes.size() < kLocalHeader || e.localOffset > m_bytes.size() - kLocalHeader ||
        m_bytes.compare(e.localOffset, 4, "PK\x03\x04") != 0) {
        m_error = what + " is damaged";
        return std::nullopt;
    }
    const std::size_t names = u16(m_bytes, e.localOffset + 26) + u16(m_bytes, e.localOffset + 28);
    if (names > m_bytes.size() - kLocalHeader - e.localOffset) {
        m_error = what + " is cut short";
        return std::nullopt;
    }
    const std::size_t data = e.localOffset + kLocalHeader + names;
    if (e.compressed > m_bytes.size() - data) {
        m_error = what + " is cut short";
        return std::nullopt;
    }
    if (e.size > maxBytes) {
        m_error = what + " is too large unpacked";
        return std::nullopt;
    }
    const std::string_view in = m_bytes.substr(data, e.compressed);
    std::string out;
    if (e.method == 0) {
        out = std::string(in);
    } else if (e.method == 8) {
        z_stream z {};
        if (inflateInit2(&z, -MAX_WBITS) != Z_OK) {
            m_error = "zlib cannot start";
            return std::nullopt;
        }
        z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.data()));
        z.avail_in = static_cast<uInt>(in.size());
        char buf[64 * 1024];
        int rc = Z_OK;
        while (rc == Z_OK) {
            z.next_out = reinterpret_cast<Bytef *>(buf);
            z.avail_out = sizeof buf;
            rc = inflate(&z, Z_NO_FLUSH);
            if (rc != Z_OK && rc != Z_STREAM_END)
                break;
            out.append(buf, sizeof buf - z.avail_out);
            if (out.size() > maxBytes) {
                rc = Z_MEM_ERROR;
                break;
            }
            if (rc == Z_OK && z.avail_in == 0 && z.avail_out != 0) {
                rc = Z_DATA_ERROR; // ran out of input before the stream's end
                break;
            }
        }
        inflateEnd(&z);
        if (rc != Z_STREAM_END) {
            m_error =
                out.size() > maxBytes ? what + " is too large unpacked" : what + " is damaged";
            return std::nullopt;
        }
    } else {
        m_error = what + " uses a compression method other than deflate";
        return std::nullopt;
    }
    const unsigned long crc =
        crc32(crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef *>(out.data()),
              static_cast<uInt>(out.size()));
    if (crc != e.crc || out.size() != e.size) {
        m_error = what + " is damaged (its checksum does not match)";
        return std::nullopt;
    }
    return out;
}

} // namespace relief::services
