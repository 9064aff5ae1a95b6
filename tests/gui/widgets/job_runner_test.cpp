// JobRunner: work on a worker thread with its own connection, progress and
// stage reports on the GUI thread, cancel before commit, failures as errors.

#include "gui/widgets/job_runner.h"

#include "storage/connection_factory.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "storage/transaction.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <stdexcept>
#include <string>
#include <vector>

using namespace relief;
using relief::gui::JobRunner;

class JobRunnerTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    QString path() const { return m_dir.filePath(QStringLiteral("jobs.db")); }

    template<class T> static Result<T> waitFor(JobRunner &runner, std::optional<Result<T>> &out)
    {
        QSignalSpy finished(&runner, &JobRunner::finished);
        if (!finished.wait(10000))
            return Error {ErrorCode::Internal, "timed out", {}};
        return *out;
    }

private Q_SLOTS:
    void init()
    {
        auto db = storage::Database::open(path().toStdString());
        QVERIFY(db.ok());
        m_db = std::move(*db);
        m_db->exec("CREATE TABLE IF NOT EXISTS job_test(n INTEGER)");
        m_db->exec("DELETE FROM job_test");
    }
    void cleanup() { m_db.reset(); }

    void runsOnAWorkerWithItsOwnConnection()
    {
        storage::SqliteFileFactory factory(path().toStdString());
        JobRunner runner(factory);
        QThread *gui = QThread::currentThread();
        QThread *worker = nullptr;
        bool ownConnection = false;
        std::optional<Result<int>> out;
        bool doneOnGui = false;
        QSignalSpy progress(&runner, &JobRunner::progressChanged);
        QSignalSpy stages(&runner, &JobRunner::stageChanged);
        QVERIFY(runner.start<int>(
            QStringLiteral("testJob"),
            [&](storage::Database &db, services::JobControl &control) -> Result<int> {
                worker = QThread::currentThread();
                ownConnection = &db != m_db.get();
                control.stage("counting");
                storage::Transaction tx(db);
                for (int i = 0; i < 3; ++i) {
                    db.exec("INSERT INTO job_test VALUES (1)");
                    control.progress(i + 1, 3);
                }
                tx.commit();
                return 3;
            },
            [&](Result<int> r) {
                doneOnGui = QThread::currentThread() == gui;
                out = std::move(r);
            }));
        QVERIFY(runner.isRunning());
        QVERIFY(!runner.start<int>(
            {}, [](storage::Database &, services::JobControl &) -> Result<int> { return 0; },
            [](Result<int>) {}));
        auto r = waitFor(runner, out);
        QVERIFY(r.ok());
        QCOMPARE(*r, 3);
        QVERIFY(doneOnGui);
        QVERIFY(worker && worker != gui);
        QVERIFY(ownConnection);
        QVERIFY(!runner.isRunning());
        QCoreApplication::processEvents();
        QCOMPARE(progress.count(), 3);
        QCOMPARE(progress.last().at(0).toLongLong(), 3);
        QCOMPARE(stages.count(), 1);
        QCOMPARE(stages.first().at(0).toString(), QStringLiteral("counting"));
        storage::Statement st(*m_db, "SELECT COUNT(*) FROM job_test");
        QVERIFY(st.step());
        QCOMPARE(st.int64(0), 3);
    }

    void cancelledWorkRollsBack()
    {
        storage::SqliteFileFactory factory(path().toStdString());
        JobRunner runner(factory);
        std::atomic<bool> inside {false};
        std::optional<Result<int>> out;
        QVERIFY(runner.start<int>(
            {},
            [&](storage::Database &db, services::JobControl &control) -> Result<int> {
                storage::Transaction tx(db);
                db.exec("INSERT INTO job_test VALUES (1)");
                inside = true;
                while (!control.cancelRequested())
                    QThread::msleep(5);
                return Error {ErrorCode::Cancelled, "cancelled", {}};
            },
            [&](Result<int> r) { out = std::move(r); }));
        QTRY_VERIFY(inside.load());
        QSignalSpy cancelSpy(&runner, &JobRunner::cancelRequestedChanged);
        runner.cancel();
        runner.cancel();
        QCOMPARE(cancelSpy.count(), 1);
        QVERIFY(runner.cancelRequested());
        auto r = waitFor(runner, out);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Cancelled);
        storage::Statement st(*m_db, "SELECT COUNT(*) FROM job_test");
        QVERIFY(st.step());
        QCOMPARE(st.int64(0), 0);
    }

    void aThrowingJobOrAMissingDatabaseIsAnError()
    {
        storage::SqliteFileFactory factory(path().toStdString());
        JobRunner runner(factory);
        std::optional<Result<int>> out;
        QVERIFY(runner.start<int>(
            {},
            [](storage::Database &, services::JobControl &) -> Result<int> {
                throw std::runtime_error("boom");
            },
            [&](Result<int> r) { out = std::move(r); }));
        auto r = waitFor(runner, out);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Internal);
        QVERIFY(QString::fromStdString(r.error().message).contains(QStringLiteral("boom")));

        storage::SqliteFileFactory missing(m_dir.filePath(QStringLiteral("nope.db")).toStdString());
        JobRunner other(missing);
        out.reset();
        QVERIFY(other.start<int>(
            {}, [](storage::Database &, services::JobControl &) -> Result<int> { return 1; },
            [&](Result<int> r) { out = std::move(r); }));
        auto m = waitFor(other, out);
        QVERIFY(!m.ok());
        QCOMPARE(m.error().code, ErrorCode::NotFound);
    }

    // Every report reaches the GUI thread, in the order the worker made it
    // (stages and progress interleaved), all of them before the result, which
    // arrives on the GUI thread too, and `finished` after it.
    void reportsReachTheGuiThreadInOrderBeforeTheResult()
    {
        storage::SqliteFileFactory factory(path().toStdString());
        JobRunner runner(factory);
        QThread *gui = QThread::currentThread();
        constexpr int kReports = 2000;
        std::vector<std::string> seen; // "s:<text>" or "p:<done>/<total>", GUI thread only
        bool allOnGui = true;
        QThread *worker = nullptr;
        connect(&runner, &JobRunner::stageChanged, this, [&](const QString &text) {
            allOnGui = allOnGui && QThread::currentThread() == gui;
            seen.push_back("s:" + text.toStdString());
        });
        connect(&runner, &JobRunner::progressChanged, this, [&](qint64 done, qint64 total) {
            allOnGui = allOnGui && QThread::currentThread() == gui;
            seen.push_back("p:" + std::to_string(done) + "/" + std::to_string(total));
        });
        std::optional<Result<int>> out;
        size_t seenAtDone = 0;
        bool doneOnGui = false;
        bool finishedAfterDone = false;
        connect(&runner, &JobRunner::finished, this, [&] { finishedAfterDone = out.has_value(); });
        QVERIFY(runner.start<int>(
            QStringLiteral("orderedJob"),
            [&](storage::Database &, services::JobControl &control) -> Result<int> {
                worker = QThread::currentThread();
                for (int i = 1; i <= kReports; ++i) {
                    if (i % 500 == 1)
                        control.stage("stage " + std::to_string(i / 500) + " 检查");
                    control.progress(i, kReports);
                }
                return kReports;
            },
            [&](Result<int> r) {
                doneOnGui = QThread::currentThread() == gui;
                seenAtDone = seen.size();
                out = std::move(r);
            }));
        auto r = waitFor(runner, out);
        QVERIFY(r.ok());
        QCOMPARE(*r, kReports);
        QVERIFY(worker && worker != gui);
        QVERIFY(doneOnGui);
        QVERIFY(finishedAfterDone);
        QVERIFY(allOnGui);
        std::vector<std::string> expected;
        for (int i = 1; i <= kReports; ++i) {
            if (i % 500 == 1)
                expected.push_back("s:stage " + std::to_string(i / 500) + " 检查");
            expected.push_back("p:" + std::to_string(i) + "/" + std::to_string(kReports));
        }
        // All delivered before the result, none after it.
        QCOMPARE(seenAtDone, expected.size());
        QCoreApplication::processEvents();
        QCOMPARE(seen.size(), expected.size());
        QVERIFY(seen == expected);
    }

    void destroyingTheRunnerStopsAndWaits()
    {
        storage::SqliteFileFactory factory(path().toStdString());
        std::atomic<bool> stopped {false};
        bool doneRan = false;
        {
            JobRunner runner(factory);
            QVERIFY(runner.start<int>(
                {},
                [&](storage::Database &, services::JobControl &control) -> Result<int> {
                    while (!control.cancelRequested()) {
                        control.progress(1, 0);
                        QThread::msleep(2);
                    }
                    stopped = true;
                    return 0;
                },
                [&](Result<int>) { doneRan = true; }));
            QTest::qWait(20);
        }
        QVERIFY(stopped.load());
        QCoreApplication::processEvents(); // reports queued to the dead runner are dropped
        QVERIFY(!doneRan);
    }
};

QTEST_GUILESS_MAIN(JobRunnerTest)
#include "job_runner_test.moc"
