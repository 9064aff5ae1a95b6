#pragma once

// A small reader of zip archives held in memory (an xlsx is one): the central
// directory, stored and deflated entries (zlib raw inflate), nothing else — no
// zip64, no encryption, no multi-disk. Hostile archives are bounded: entries
// inflate to at most the caller's limit (a zip bomb stops there), offsets and
// sizes are checked against the buffer, and each entry's CRC-32 is verified.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace relief::services {

class ZipReader
{
public:
    // Reads the central directory; error() says why when it cannot.
    explicit ZipReader(std::string_view bytes);

    bool ok() const { return m_error.empty(); }
    const std::string &error() const { return m_error; } // English, for the message's detail
    std::vector<std::string> names() const;

    // The entry named `name` (compared without regard to ASCII case), inflated; nothing
    // when there is none. On damage or beyond `maxBytes` sets error() and returns nothing.
    std::optional<std::string> read(std::string_view name, std::size_t maxBytes);

private:
    struct Entry
    {
        std::string name;
        int method = 0; // 0 stored, 8 deflated
        std::size_t compressed = 0;
        std::size_t size = 0;
        std::size_t localOffset = 0;
        unsigned long crc = 0;
    };

    std::string_view m_bytes;
    std::vector<Entry> m_entries;
    std::string m_error;
};

} // namespace relief::services
