// PagedTableModel: the shared base of the long lists (households, applications, audit):
// the first page and the count on reload, each further page after the last row read
// (keyset), a stop on an error or an empty page, and a fresh start on reload.

#include "gui/widgets/paged_table_model.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <optional>

using namespace relief;
using relief::gui::PagedTableModel;

namespace {
// A list of numbers in ascending order; `after` is a keyset (the next page holds the
// numbers greater than it), so inserts before it shift nothing.
class NumberModel : public PagedTableModel<int>
{
public:
    explicit NumberModel(int pageSize)
        : PagedTableModel<int>(pageSize)
    { }

    std::vector<int> numbers;
    std::vector<std::optional<int>> afters; // what each fetch was given
    std::vector<int> positions;
    bool failNext = false;
    bool canGoBack = true;
    int backwardFetches = 0;
    int forwardFetches = 0;

    void start() { reload(); }

    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : 1;
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        const int *n = rowAt(index.row());
        return n && role == Qt::DisplayRole ? QVariant(*n) : QVariant();
    }

protected:
    Result<std::int64_t> countRows() override { return static_cast<std::int64_t>(numbers.size()); }
    Result<std::vector<int>> fetchPage(const int *after, int position, int limit) override
    {
        afters.push_back(after ? std::optional<int>(*after) : std::nullopt);
        positions.push_back(position);
        if (failNext) {
            failNext = false;
            return Error {ErrorCode::Storage, "disk on fire", {}};
        }
        ++forwardFetches;
        std::vector<int> page;
        if (!after) { // by offset
            for (size_t i = static_cast<size_t>(position);
                 i < numbers.size() && static_cast<int>(page.size()) < limit; ++i)
                page.push_back(numbers[i]);
            return page;
        }
        for (int n : numbers)
            if (n > *after && static_cast<int>(page.size()) < limit)
                page.push_back(n);
        return page;
    }
    std::optional<Result<std::vector<int>>> fetchPageBackward(const int *before, int position,
                                                              int limit) override
    {
        if (!canGoBack)
            return std::nullopt;
        ++backwardFetches;
        std::vector<int> page;
        for (auto it = numbers.rbegin(); it != numbers.rend(); ++it) {
            const int index = static_cast<int>(numbers.rend() - it) - 1;
            if (static_cast<int>(page.size()) == limit)
                break;
            if (before ? *it < *before : index <= position)
                page.push_back(*it);
        }
        return Result<std::vector<int>>(page);
    }
};

std::vector<int> upTo(int n)
{
    std::vector<int> v(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i)
        v[static_cast<size_t>(i)] = i * 10;
    return v;
}
} // namespace

class PagedTableModelTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void reloadReadsTheCountAndTheFirstPage()
    {
        NumberModel model(10);
        model.numbers = upTo(25);
        QSignalSpy total(&model, &gui::PagedTableModelBase::totalChanged);
        model.start();
        QCOMPARE(model.totalCount(), std::int64_t(25));
        QCOMPARE(total.size(), 1);
        QCOMPARE(total.first().first().toLongLong(), 25);
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.index(9, 0).data().toInt(), 90);
        QVERIFY(model.canFetchMore({}));
        QCOMPARE(model.afters.front(), std::optional<int>());
    }

    void fetchMoreContinuesAfterTheLastRow()
    {
        NumberModel model(10);
        model.numbers = upTo(25);
        model.start();
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 20);
        QCOMPARE(model.afters.back(), std::optional<int>(90));
        QCOMPARE(model.positions.back(), 10);
        // A row inserted before the last one read shifts nothing: no row twice.
        model.numbers.insert(model.numbers.begin(), -5);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 25);
        QCOMPARE(model.index(24, 0).data().toInt(), 240);
        QVERIFY(!model.canFetchMore({}));
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.index(row, 0).data().toInt() > model.index(row - 1, 0).data().toInt());
    }

    void anErrorStopsFetching()
    {
        NumberModel model(10);
        model.numbers = upTo(25);
        model.start();
        QSignalSpy errors(&model, &gui::PagedTableModelBase::errorOccurred);
        model.failNext = true;
        model.fetchMore({});
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().first().toString(), QStringLiteral("disk on fire"));
        QCOMPARE(model.rowCount(), 10);
        QVERIFY(!model.canFetchMore({}));
        // The footer still says what the filter matches.
        QCOMPARE(model.totalCount(), std::int64_t(25));
    }

    void rowsRemovedMeanwhileEndTheList()
    {
        NumberModel model(10);
        model.numbers = upTo(25);
        model.start();
        model.numbers.resize(10);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 10);
        QVERIFY(!model.canFetchMore({}));
    }

    void reloadStartsOver()
    {
        NumberModel model(10);
        model.numbers = upTo(25);
        model.start();
        model.fetchMore({});
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.numbers = upTo(3);
        model.start();
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.totalCount(), std::int64_t(3));
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.afters.back(), std::optional<int>());
        QVERIFY(!model.rowAt(3));
    }

    // Windowed (issue 18): a row per match; rows read where asked, by keyset from the
    // loaded rows nearby or from the nearer end.
    void windowedShowsEveryRowAndReadsWhereAsked()
    {
        NumberModel model(10);
        model.setWindowed(true);
        model.numbers = upTo(1000);
        model.start();
        QCOMPARE(model.rowCount(), 1000);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.loadedCount(), 10);
        // The last row: one backward read from the end, nothing in between.
        const int before = model.forwardFetches;
        QCOMPARE(model.index(999, 0).data().toInt(), 9990);
        QCOMPARE(model.backwardFetches, 1);
        QCOMPARE(model.forwardFetches, before);
        QCOMPARE(model.afters.size(), size_t(1));
        QCOMPARE(model.loadedCount(), 20);
        // Scrolling up from the end: reverse keyset before the first row loaded there.
        QCOMPARE(model.index(989, 0).data().toInt(), 9890);
        QCOMPARE(model.backwardFetches, 2);
        // Scrolling down from the start: keyset after the last row loaded.
        QCOMPARE(model.index(10, 0).data().toInt(), 100);
        QCOMPARE(model.afters.back(), std::optional<int>(90));
        // A jump into the first half: an offset read around the row.
        QCOMPARE(model.index(300, 0).data().toInt(), 3000);
        QCOMPARE(model.afters.back(), std::optional<int>());
        QCOMPARE(model.positions.back(), 295);
        // Every row in order, both ways.
        for (int row = 0; row < 1000; ++row)
            QCOMPARE(model.index(row, 0).data().toInt(), row * 10);
        for (int row = 999; row >= 0; --row)
            QCOMPARE(model.index(row, 0).data().toInt(), row * 10);
    }

    void windowedKeepsAFewPagesLoaded()
    {
        NumberModel model(100);
        model.setWindowed(true);
        model.numbers = upTo(20000);
        model.start();
        for (int row = 0; row < 20000; row += 50)
            QCOMPARE(model.index(row, 0).data().toInt(), row * 10);
        QVERIFY(model.loadedCount() <= PagedTableModel<int>::kMaxLoaded + 100);
        QCOMPARE(model.index(0, 0).data().toInt(), 0);
        QCOMPARE(model.index(19999, 0).data().toInt(), 199990);
    }

    void windowedWithoutBackwardReadsReadsFromAnOffset()
    {
        NumberModel model(10);
        model.setWindowed(true);
        model.canGoBack = false;
        model.numbers = upTo(100);
        model.start();
        QCOMPARE(model.index(99, 0).data().toInt(), 990);
        QCOMPARE(model.positions.back(), 90);
        QCOMPARE(model.index(50, 0).data().toInt(), 500);
        QCOMPARE(model.backwardFetches, 0);
    }

    void windowedStopsAtRowsRemovedMeanwhile()
    {
        NumberModel model(10);
        model.setWindowed(true);
        model.canGoBack = false;
        model.numbers = upTo(30);
        model.start();
        model.numbers.resize(15);
        QCOMPARE(model.index(12, 0).data().toInt(), 120);
        const auto fetches = model.forwardFetches;
        QVERIFY(!model.index(20, 0).data().isValid());
        QVERIFY(!model.index(25, 0).data().isValid());
        QCOMPARE(model.forwardFetches, fetches); // not asked again row by row
    }

    void windowedErrorIsReportedOnce()
    {
        NumberModel model(10);
        model.setWindowed(true);
        model.numbers = upTo(100);
        model.start();
        QSignalSpy errors(&model, &gui::PagedTableModelBase::errorOccurred);
        model.canGoBack = false;
        model.failNext = true;
        QVERIFY(!model.index(50, 0).data().isValid());
        QVERIFY(!model.index(60, 0).data().isValid());
        QCOMPARE(errors.size(), 1);
        model.start(); // a new search tries again
        QCOMPARE(model.index(60, 0).data().toInt(), 600);
    }

    void aFailedReloadShowsNothing()
    {
        NumberModel model(10);
        model.numbers = upTo(25);
        model.failNext = true;
        QSignalSpy errors(&model, &gui::PagedTableModelBase::errorOccurred);
        model.start();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totalCount(), std::int64_t(0));
        QVERIFY(!model.canFetchMore({}));
    }
};

QTEST_GUILESS_MAIN(PagedTableModelTest)
#include "paged_table_model_test.moc"
