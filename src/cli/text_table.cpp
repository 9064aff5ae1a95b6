#include "text_table.h"

#include <algorithm>

namespace relief::cli {

namespace {
constexpr int kGap = 2;

bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) ||
        (c >= 0x3041 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
        (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
        (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) ||
        (c >= 0x20000 && c <= 0x3FFFD);
}
} // namespace

int TextTable::displayWidth(const QString &text)
{
    int width = 0;
    for (char32_t c : text.toUcs4())
        width += isWide(c) ? 2 : 1;
    return width;
}

QString TextTable::render() const
{
    std::vector<QStringList> all;
    if (!m_header.isEmpty())
        all.push_back(m_header);
    all.insert(all.end(), m_rows.begin(), m_rows.end());

    std::vector<int> widths;
    for (const QStringList &row : all)
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (widths.size() <= static_cast<std::size_t>(c))
                widths.push_back(0);
            widths[static_cast<std::size_t>(c)] =
                std::max(widths[static_cast<std::size_t>(c)], displayWidth(row[c]));
        }

    QString out;
    const QString indent(m_indent, QLatin1Char(' '));
    for (const QStringList &row : all) {
        QString line = indent;
        for (qsizetype c = 0; c < row.size(); ++c) {
            line += row[c];
            if (c + 1 < row.size())
                line += QString(widths[static_cast<std::size_t>(c)] - displayWidth(row[c]) + kGap,
                                QLatin1Char(' '));
        }
        out += line + QLatin1Char('\n');
    }
    return out;
}

} // namespace relief::cli
