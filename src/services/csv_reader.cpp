#include "csv_reader.h"

namespace relief::services {

bool CsvReader::next(std::vector<std::string> &fields)
{
    if (m_pos >= m_text.size())
        return false;
    ++m_row;
    m_unterminated = false;
    std::size_t count = 0;
    const std::size_t size = m_text.size();
    const char *data = m_text.data();
    for (;;) {
        if (count == fields.size())
            fields.emplace_back();
        std::string &field = fields[count++];
        field.clear();
        if (m_pos < size && data[m_pos] == '"') {
            ++m_pos;
            for (;;) {
                const std::size_t quote = m_text.find('"', m_pos);
                if (quote == std::string_view::npos) {
                    field.append(data + m_pos, size - m_pos);
                    m_pos = size;
                    m_unterminated = true;
                    break;
                }
                field.append(data + m_pos, quote - m_pos);
                m_pos = quote + 1;
                if (m_pos < size && data[m_pos] == '"') {
                    field.push_back('"');
                    ++m_pos;
                    continue;
                }
                break;
            }
        }
        // Unquoted text, or stray text after a closing quote (kept, as Excel does).
        const std::size_t start = m_pos;
        while (m_pos < size) {
            const char c = data[m_pos];
            if (c == ',' || c == '\n' || c == '\r')
                break;
            ++m_pos;
        }
        field.append(data + start, m_pos - start);
        if (m_pos >= size)
            break;
        const char c = data[m_pos++];
        if (c == ',')
            continue;
        if (c == '\r' && m_pos < size && data[m_pos] == '\n')
            ++m_pos;
        break;
    }
    fields.resize(count);
    return true;
}

} // namespace relief::services
