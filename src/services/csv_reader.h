#pragma once

// RFC 4180 comma-separated values over UTF-8 text: quoted fields, doubled quotes,
// commas and line breaks inside quotes; CRLF, LF or a lone CR end a record.
// Records are numbered as Excel numbers rows: a record whose quoted cell holds a
// line break is still one row, so numbers can differ from physical line counts.

#include <string>
#include <string_view>
#include <vector>

namespace relief::services {

class CsvReader
{
public:
    explicit CsvReader(std::string_view text)
        : m_text(text)
    { }

    // Reads the next record into fields (reusing their storage); false at the end.
    // An empty line is a record of one empty field.
    bool next(std::vector<std::string> &fields);
    // The row of the record last read, 1-based.
    int row() const { return m_row; }
    // The record last read ran to the end of the text inside an open quote.
    bool unterminatedQuote() const { return m_unterminated; }

private:
    std::string_view m_text;
    std::size_t m_pos = 0;
    int m_row = 0;
    bool m_unterminated = false;
};

} // namespace relief::services
