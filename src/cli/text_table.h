#pragma once

// Plain-text columns for terminals: Chinese characters take two columns, so
// padding counts display width, not characters.

#include <QString>
#include <QStringList>

#include <vector>

namespace relief::cli {

class TextTable
{
public:
    void setHeader(const QStringList &header) { m_header = header; }
    void setIndent(int spaces) { m_indent = spaces; }
    void addRow(const QStringList &row) { m_rows.push_back(row); }
    bool isEmpty() const { return m_rows.empty(); }

    // Every line ends with '\n'; the last column is not padded.
    QString render() const;

    // Columns a text takes on a terminal (East Asian wide characters count two).
    static int displayWidth(const QString &text);

private:
    QStringList m_header;
    std::vector<QStringList> m_rows;
    int m_indent = 0;
};

} // namespace relief::cli
