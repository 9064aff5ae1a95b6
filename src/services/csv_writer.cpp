#include "csv_writer.h"

namespace relief::services {

namespace {

bool startsFormula(char c)
{
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

bool isPlainNumber(std::string_view s)
{
    size_t i = 0;
    if (i < s.size() && s[i] == '-')
        ++i;
    const size_t digitsFrom = i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9')
        ++i;
    if (i == digitsFrom)
        return false;
    if (i < s.size() && s[i] == '.') {
        const size_t fractionFrom = ++i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9')
            ++i;
        if (i == fractionFrom)
            return false;
    }
    return i == s.size();
}

// Whether the cell is apostrophes followed by a formula start.
bool needsGuard(std::string_view cell)
{
    size_t i = 0;
    while (i < cell.size() && cell[i] == '\'')
        ++i;
    return i < cell.size() && startsFormula(cell[i]) && !isPlainNumber(cell);
}

} // namespace

std::string csvFormulaGuarded(std::string_view cell)
{
    if (!needsGuard(cell))
        return std::string(cell);
    std::string out = "'";
    out.append(cell);
    return out;
}

std::string_view csvFormulaUnguarded(std::string_view cell)
{
    if (cell.size() >= 2 && cell.front() == '\'' && needsGuard(cell.substr(1)))
        return cell.substr(1);
    return cell;
}

void appendCsvField(std::string &out, std::string_view raw)
{
    const std::string field = csvFormulaGuarded(raw);
    const bool quote = field.find_first_of(",\"\r\n") != std::string::npos ||
        (!field.empty() && (field.front() == ' ' || field.back() == ' '));
    if (!quote) {
        out.append(field);
        return;
    }
    out.push_back('"');
    for (char c : field) {
        if (c == '"')
            out.push_back('"');
        out.push_back(c);
    }
    out.push_back('"');
}

std::string csvLine(const std::vector<std::string> &fields)
{
    std::string out;
    for (size_t i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out.push_back(',');
        appendCsvField(out, fields[i]);
    }
    return out;
}

} // namespace relief::services
