#include "services/bank/bank_xlsx.h"

#include <QFile>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <algorithm>
#include <cstdlib>

namespace relief::services {

namespace {

// An amount text of the layout ("123.45" or "12345") as the number Excel stores. The
// domain never computes with it: the xlsx number is written from the exact decimal
// text (at most 14 integer digits and two decimals, exact in a double's 15–17 digits).
double cellNumber(const std::string &text)
{
    return std::strtod(text.c_str(), nullptr);
}

} // namespace

Result<std::string> xlsxFileBytes(const bank::LaidOutFile &file)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return Error {ErrorCode::Internal, "no temporary folder for the xlsx file", {}};
    const QByteArray path = QFile::encodeName(dir.filePath(QStringLiteral("bank.xlsx")));
    const QByteArray tmp = QFile::encodeName(dir.path());
    lxw_workbook_options options {};
    options.constant_memory = LXW_FALSE;
    options.tmpdir = const_cast<char *>(tmp.constData()); // libxlsxwriter's signature
    lxw_workbook *wb = workbook_new_opt(path.constData(), &options);
    if (!wb)
        return Error {ErrorCode::Internal, "libxlsxwriter cannot create the workbook", {}};
    lxw_worksheet *ws = workbook_add_worksheet(wb, nullptr);
    lxw_format *text = workbook_add_format(wb);
    format_set_num_format_index(text, 49); // the built-in Text format "@"
    lxw_format *money = workbook_add_format(wb);
    format_set_num_format(money, "0.00");
    lxw_format *title = workbook_add_format(wb);
    format_set_bold(title);
    format_set_align(title, LXW_ALIGN_CENTER);

    std::size_t columns = 1;
    for (const auto &row : file.rows)
        columns = std::max(columns, row.cells.size());
    std::vector<std::size_t> widths(columns, 6);
    lxw_row_t r = 0;
    for (const auto &row : file.rows) {
        if (row.kind == bank::RowKind::Title) {
            const std::string &t = row.cells.empty() ? std::string() : row.cells[0].text;
            if (columns > 1)
                worksheet_merge_range(ws, r, 0, r, static_cast<lxw_col_t>(columns - 1), t.c_str(),
                                      title);
            else
                worksheet_write_string(ws, r, 0, t.c_str(), title);
            ++r;
            continue;
        }
        for (std::size_t c = 0; c < row.cells.size(); ++c) {
            const auto &cell = row.cells[c];
            const auto col = static_cast<lxw_col_t>(c);
            if (cell.text.empty())
                continue; // an empty literal: a blank cell
            if (cell.type == bank::CellType::Number) {
                const bool decimals = cell.text.find('.') != std::string::npos;
                worksheet_write_number(ws, r, col, cellNumber(cell.text),
                                       decimals ? money : nullptr);
            } else {
                worksheet_write_string(ws, r, col, cell.text.c_str(), text);
            }
            widths[c] = std::max(widths[c], cell.text.size());
        }
        ++r;
    }
    for (std::size_t c = 0; c < columns; ++c)
        worksheet_set_column(ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c),
                             static_cast<double>(std::min<std::size_t>(widths[c], 40) + 2),
                             nullptr);
    if (workbook_close(wb) != LXW_NO_ERROR)
        return Error {ErrorCode::Internal, "libxlsxwriter could not write the workbook", {}};
    QFile f(dir.filePath(QStringLiteral("bank.xlsx")));
    if (!f.open(QIODevice::ReadOnly))
        return Error {ErrorCode::Internal, "the xlsx file cannot be read back", {}};
    const QByteArray bytes = f.readAll();
    return std::string(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

} // namespace relief::services
