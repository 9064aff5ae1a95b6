#pragma once

// Long work off the GUI thread: an import, a payroll run, an export, a report.
// The work runs on a worker thread with a connection of its own (from the
// ConnectionFactory: a Database serves one thread); it reports its stage and
// progress through signals and may be cancelled until it commits. Its result
// comes back on the GUI thread. One job at a time per runner.

#include "services/job_control.h"
#include "storage/connection_factory.h"

#include "domain/result.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace relief::gui {

class JobRunner : public QObject
{
    Q_OBJECT
public:
    template<class T>
    using Work = std::function<Result<T>(storage::Database &, services::JobControl &)>;

    explicit JobRunner(const storage::ConnectionFactory &connections, QObject *parent = nullptr);
    // Asks a running job to stop and waits for it (it rolls back unless committed).
    ~JobRunner() override;

    // Runs `work` on a worker thread and then `done` with its result on this
    // object's thread. A worker that cannot open its connection, or whose work
    // throws, gives an error result. Returns false (and runs nothing) while a job
    // is running.
    template<class T>
    bool start(const QString &name, Work<T> work, std::function<void(Result<T>)> done)
    {
        auto slot = std::make_shared<std::optional<Result<T>>>();
        return startErased(
            name,
            [work = std::move(work), slot](storage::Database &db, services::JobControl &control) {
                slot->emplace(work(db, control));
            },
            [done = std::move(done), slot](std::optional<Error> failure) {
                if (failure || !slot->has_value())
                    done(Result<T>(failure ? *failure : Error {ErrorCode::Internal, {}, {}}));
                else
                    done(std::move(**slot));
            });
    }

    bool isRunning() const { return m_thread != nullptr; }
    // Asks the running job to stop; the work sees it at its next check.
    void cancel();
    bool cancelRequested() const;
    // Milliseconds since the running (or last) job started.
    qint64 elapsedMs() const { return m_elapsed.isValid() ? m_elapsed.elapsed() : 0; }
    QString jobName() const { return m_name; }

Q_SIGNALS:
    void started();
    void stageChanged(const QString &text);
    void progressChanged(qint64 done, qint64 total);
    void cancelRequestedChanged();
    // After `done` has run.
    void finished();

private:
    struct State;
    class Control;

    bool startErased(const QString &name,
                     std::function<void(storage::Database &, services::JobControl &)> work,
                     std::function<void(std::optional<Error>)> done);
    void workerFinished();

    const storage::ConnectionFactory &m_connections;
    QThread *m_thread = nullptr;
    std::shared_ptr<State> m_state;
    std::function<void(std::optional<Error>)> m_done;
    QElapsedTimer m_elapsed;
    QString m_name;
};

} // namespace relief::gui
