#pragma once

// A QTableWidget that shows a vector of records row by row (administration
// lists): the selected row's record, and selecting the row of a record by id.

#include <QSignalBlocker>
#include <QTableWidget>

#include <cstdint>
#include <vector>

namespace relief::gui {

// The record of the selected row, or null.
template<class Record>
const Record *selectedRecord(const QTableWidget *table, const std::vector<Record> &records)
{
    const auto rows = table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    const auto row = static_cast<std::size_t>(rows.first().row());
    return row < records.size() ? &records[row] : nullptr;
}

// Selects the row of the record with this id, without selection signals.
template<class Record>
void selectRecordRow(QTableWidget *table, const std::vector<Record> &records, std::int64_t id)
{
    const QSignalBlocker blocker(table);
    for (std::size_t i = 0; i < records.size(); ++i)
        if (records[i].id == id)
            table->selectRow(static_cast<int>(i));
}

} // namespace relief::gui
