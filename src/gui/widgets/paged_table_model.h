#pragma once

// One base for the lists that are too long to read at once (households, applications,
// the audit log): the model owns the rows, reads them a page at a time by keyset (the
// list's fetcher gets the row the page continues from), starts over when the filter or
// sort changes (reload), and keeps the filter's total count for the footer. Each list
// supplies the count, the page fetcher(s) and its columns.
//
// Two ways to show the rows:
// - appending (the default): rowCount() is what is loaded, the view asks for more as it
//   scrolls (canFetchMore/fetchMore), each page after the last row read;
// - windowed (setWindowed(true), issue 18): rowCount() is the total, so the scrollbar and
//   Ctrl+End reach the whole list, and rows are read where the view looks: a page after
//   the loaded rows just before (keyset), before the loaded rows just after (reverse
//   keyset, when the list can read backwards), or, for a jump, from the nearer end (from
//   the end: the reverse keyset's first page, so Ctrl+End reads the last rows as fast as
//   the first). At most kMaxLoaded rows stay loaded; the farthest go first.
//
// PagedTableModelBase carries the signals (moc takes no templates); PagedTableModel<Row>
// the rows.

#include "domain/result.h"

#include <QAbstractTableModel>
#include <QString>

#include <algorithm>
#include <climits>
#include <cstdint>
#include <iterator>
#include <map>
#include <optional>
#include <vector>

namespace relief::gui {

class PagedTableModelBase : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    // The rows the filter matches (the footer's 共 N), whatever is loaded.
    std::int64_t totalCount() const { return m_total; }
    int pageSize() const { return m_pageSize; }
    bool isWindowed() const { return m_windowed; }

Q_SIGNALS:
    void errorOccurred(const QString &message);
    void totalChanged(qint64 total);

protected:
    void reportError(const Error &error);

    std::int64_t m_total = 0;
    int m_pageSize = 200;
    bool m_windowed = false;
};

template<class Row> class PagedTableModel : public PagedTableModelBase
{
public:
    // Rows kept loaded in windowed mode (a few screens' worth of pages).
    static constexpr int kMaxLoaded = 4000;

    explicit PagedTableModel(int pageSize, QObject *parent = nullptr)
        : PagedTableModelBase(parent)
    {
        m_pageSize = pageSize > 0 ? pageSize : 1;
    }

    // Windowed (rowCount = total) or appending; takes effect at the next reload.
    void setWindowed(bool windowed) { m_windowed = windowed; }

    // The row `row`: read now when windowed and not loaded; null when out of range or
    // the read failed.
    const Row *rowAt(int row) const
    {
        if (const Row *r = loadedRowAt(row))
            return r;
        if (!m_windowed || row < 0 || row >= rowCount())
            return nullptr;
        const_cast<PagedTableModel *>(this)->load(row);
        return loadedRowAt(row);
    }
    // The row if it is loaded, without reading.
    const Row *loadedRowAt(int row) const
    {
        auto it = m_blocks.upper_bound(row);
        if (it == m_blocks.begin())
            return nullptr;
        --it;
        const int offset = row - it->first;
        return offset >= 0 && offset < static_cast<int>(it->second.size())
            ? &it->second[static_cast<size_t>(offset)]
            : nullptr;
    }
    int loadedCount() const
    {
        int n = 0;
        for (const auto &[start, rows] : m_blocks)
            n += static_cast<int>(rows.size());
        return n;
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        if (parent.isValid())
            return 0;
        if (m_windowed)
            return static_cast<int>(m_total);
        return m_blocks.empty() ? 0 : static_cast<int>(m_blocks.begin()->second.size());
    }

    bool canFetchMore(const QModelIndex &parent) const override
    {
        return !parent.isValid() && !m_windowed && !m_exhausted &&
            static_cast<std::int64_t>(rowCount()) < m_total;
    }

    void fetchMore(const QModelIndex &parent) override
    {
        if (!canFetchMore(parent))
            return;
        std::vector<Row> &rows = m_blocks[0];
        const Row *last = rows.empty() ? nullptr : &rows.back();
        auto more = fetchPage(last, static_cast<int>(rows.size()), m_pageSize);
        if (!more.ok() || more->empty()) {
            m_exhausted = true; // an error or the end (rows removed meanwhile): ask no more
            if (!more.ok())
                reportError(more.error());
            return;
        }
        const int first = static_cast<int>(rows.size());
        beginInsertRows({}, first, first + static_cast<int>(more->size()) - 1);
        for (auto &r : *more)
            rows.push_back(std::move(r));
        endInsertRows();
    }

protected:
    // The list's part. The filter's total (count() ignores any paging).
    virtual Result<std::int64_t> countRows() = 0;
    // At most `limit` rows that follow `after` in the list's order, the first of them at
    // row `position` (after's row + 1). Without `after`, the rows from `position` on
    // (an offset: row 0 for the first page, elsewhere a jump).
    virtual Result<std::vector<Row>> fetchPage(const Row *after, int position, int limit) = 0;
    // The same backwards: at most `limit` rows that precede `before` (the row at
    // position + 1), nearest first, the first of them at row `position`; without
    // `before`, from row `position` back (position totalCount() - 1: the last rows).
    // A list that cannot read backwards returns nothing (the default): the base then
    // reads forwards from an offset.
    virtual std::optional<Result<std::vector<Row>>> fetchPageBackward(const Row *before,
                                                                      int position, int limit)
    {
        (void)before;
        (void)position;
        (void)limit;
        return std::nullopt;
    }

    // Starts over: the count and the first page (a filter or sort change).
    void reload()
    {
        beginResetModel();
        m_blocks.clear();
        m_total = 0;
        m_exhausted = true;
        m_failed = false;
        m_knownEnd = INT_MAX;
        auto count = countRows();
        auto first = count.ok() ? fetchPage(nullptr, 0, m_pageSize)
                                : Result<std::vector<Row>>(count.error());
        if (first.ok()) {
            m_total = *count;
            if (!first->empty())
                m_blocks.emplace(0, std::move(*first));
            m_exhausted = false;
        }
        endResetModel();
        Q_EMIT totalChanged(m_total);
        if (!first.ok())
            reportError(first.error());
    }

    // Appending mode: the rows loaded, in order.
    const std::vector<Row> &loadedRows() const
    {
        static const std::vector<Row> none;
        return m_blocks.empty() || m_blocks.begin()->first != 0 ? none : m_blocks.begin()->second;
    }

private:
    // Windowed: reads rows so that `row` is loaded.
    void load(int row)
    {
        if (m_failed || row >= m_knownEnd)
            return; // one message per reload, not one per painted cell; no rows past the end
        const int total = static_cast<int>(m_total);
        auto next = m_blocks.upper_bound(row);
        auto prev = next == m_blocks.begin() ? m_blocks.end() : std::prev(next);
        std::optional<Result<std::vector<Row>>> backward;
        if (prev != m_blocks.end()) {
            const int prevEnd = prev->first + static_cast<int>(prev->second.size());
            if (row - prevEnd < m_pageSize) {
                // Just past loaded rows (scrolling down): continue after them.
                const int limit = row - prevEnd + m_pageSize;
                if (!store(prevEnd, false, fetchPage(&prev->second.back(), prevEnd, limit), limit))
                    return;
                trim(row);
                return;
            }
        }
        if (next != m_blocks.end() && next->first - row <= m_pageSize) {
            // Just before loaded rows (scrolling up): continue before them.
            const int limit = next->first - row + m_pageSize / 2;
            backward = fetchPageBackward(&next->second.front(), next->first - 1, limit);
            if (backward) {
                if (store(next->first - 1, true, std::move(*backward), limit))
                    trim(row);
                return;
            }
        }
        // A jump: from the nearer end.
        if (row >= total / 2) {
            const int position = std::min(total - 1, row + m_pageSize / 2);
            backward = fetchPageBackward(nullptr, position, m_pageSize);
            if (backward) {
                if (store(position, true, std::move(*backward), m_pageSize))
                    trim(row);
                return;
            }
        }
        const int position = std::max(0, std::min(row - m_pageSize / 2, total - m_pageSize));
        if (store(position, false, fetchPage(nullptr, position, m_pageSize), m_pageSize))
            trim(row);
    }

    // Puts fetched rows in place: forwards from `position`, or backwards (nearest first)
    // ending at `position`; `asked` rows were asked for. False on an error (reported once).
    bool store(int position, bool backwards, Result<std::vector<Row>> fetched, int asked)
    {
        if (!fetched.ok()) {
            m_failed = true;
            reportError(fetched.error());
            return false;
        }
        std::vector<Row> rows = std::move(*fetched);
        if (!backwards && rows.size() < static_cast<size_t>(asked))
            m_knownEnd = std::min(m_knownEnd, position + static_cast<int>(rows.size()));
        if (rows.empty())
            return true;
        int start = position;
        if (backwards) {
            std::reverse(rows.begin(), rows.end());
            start = position - static_cast<int>(rows.size()) + 1;
            if (start < 0) { // more rows than the count said (added meanwhile)
                rows.erase(rows.begin(), rows.begin() + (-start));
                start = 0;
            }
        }
        // Overlapping rows already loaded keep their place; the new ones fill the gap.
        std::map<int, std::vector<Row>> merged;
        for (auto &[s, block] : m_blocks)
            merged.emplace(s, std::move(block));
        merged.emplace(start, std::move(rows)); // an equal start: the loaded block wins
        m_blocks.clear();
        for (auto &[s, block] : merged) {
            if (!m_blocks.empty()) {
                auto &[ls, last] = *std::prev(m_blocks.end());
                const int lastEnd = ls + static_cast<int>(last.size());
                if (s <= lastEnd) {
                    const int skip = lastEnd - s;
                    for (int i = skip; i < static_cast<int>(block.size()); ++i)
                        last.push_back(std::move(block[static_cast<size_t>(i)]));
                    continue;
                }
            }
            m_blocks.emplace(s, std::move(block));
        }
        return true;
    }

    // Keeps at most kMaxLoaded rows, those nearest `row`.
    void trim(int row)
    {
        const int low = row - kMaxLoaded / 2;
        const int high = row + kMaxLoaded / 2;
        if (loadedCount() <= kMaxLoaded)
            return;
        std::map<int, std::vector<Row>> kept;
        for (auto &[s, block] : m_blocks) {
            const int end = s + static_cast<int>(block.size());
            if (end <= low || s >= high)
                continue;
            const int from = std::max(s, low);
            const int to = std::min(end, high);
            std::vector<Row> part(std::make_move_iterator(block.begin() + (from - s)),
                                  std::make_move_iterator(block.begin() + (to - s)));
            kept.emplace(from, std::move(part));
        }
        m_blocks = std::move(kept);
    }

    // Loaded rows in runs of consecutive rows, by their first row number. Appending
    // mode has one run, from 0.
    std::map<int, std::vector<Row>> m_blocks;
    bool m_exhausted = true;
    bool m_failed = false;
    int m_knownEnd = INT_MAX; // the list ended here (rows removed since the count)
};

} // namespace relief::gui
