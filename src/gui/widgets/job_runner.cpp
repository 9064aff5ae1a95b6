#include "job_runner.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>
#include <spdlog/spdlog.h>

#include <atomic>
#include <exception>

namespace relief::gui {

struct JobRunner::State
{
    std::atomic<bool> cancel {false};
    std::optional<Error> failure; // written by the worker before it ends
};

// The worker's side: reports are queued to the runner's thread. A report that
// arrives after the runner is gone is dropped with it (Qt discards events posted
// to a deleted object).
class JobRunner::Control final : public services::JobControl
{
public:
    Control(JobRunner *runner, std::shared_ptr<State> state)
        : m_runner(runner)
        , m_state(std::move(state))
    { }

    void stage(const std::string &text) override
    {
        const QString s = QString::fromStdString(text);
        QMetaObject::invokeMethod(
            m_runner, [r = m_runner, s] { Q_EMIT r->stageChanged(s); }, Qt::QueuedConnection);
    }
    void progress(std::int64_t done, std::int64_t total) override
    {
        QMetaObject::invokeMethod(
            m_runner,
            [r = m_runner, done, total] {
                Q_EMIT r->progressChanged(static_cast<qint64>(done), static_cast<qint64>(total));
            },
            Qt::QueuedConnection);
    }
    bool cancelRequested() const override { return m_state->cancel.load(); }

private:
    JobRunner *m_runner;
    std::shared_ptr<State> m_state;
};

JobRunner::JobRunner(const storage::ConnectionFactory &connections, QObject *parent)
    : QObject(parent)
    , m_connections(connections)
{ }

JobRunner::~JobRunner()
{
    if (m_thread) {
        m_state->cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

void JobRunner::cancel()
{
    if (m_state && !m_state->cancel.exchange(true))
        Q_EMIT cancelRequestedChanged();
}

bool JobRunner::cancelRequested() const
{
    return m_state && m_state->cancel.load();
}

bool JobRunner::startErased(const QString &name,
                            std::function<void(storage::Database &, services::JobControl &)> work,
                            std::function<void(std::optional<Error>)> done)
{
    if (m_thread)
        return false;
    auto state = std::make_shared<State>();
    m_state = state;
    m_done = std::move(done);
    m_name = name;
    const storage::ConnectionFactory *connections = &m_connections;
    m_thread = QThread::create([this, state, connections, work = std::move(work)] {
        try {
            auto db = connections->open();
            if (!db.ok()) {
                state->failure = db.error();
                return;
            }
            Control control(this, state);
            work(**db, control);
        } catch (const std::exception &e) {
            // Services turn database failures into errors; anything else (memory)
            // must not escape the thread.
            state->failure = Error {ErrorCode::Internal,
                                    QCoreApplication::translate("JobRunner", "The work stopped: %1")
                                        .arg(QString::fromLocal8Bit(e.what()))
                                        .toStdString(),
                                    {}};
        }
    });
    m_thread->setObjectName(name.isEmpty() ? QStringLiteral("jobWorker") : name);
    connect(m_thread, &QThread::finished, this, &JobRunner::workerFinished);
    m_elapsed.start();
    spdlog::debug("job started: {}", name.toStdString());
    m_thread->start();
    Q_EMIT started();
    return true;
}

void JobRunner::workerFinished()
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    auto done = std::move(m_done);
    m_done = {};
    std::optional<Error> failure = m_state->failure;
    spdlog::debug("job finished: {} after {} ms", m_name.toStdString(), m_elapsed.elapsed());
    // `done` may start the next job on this runner.
    if (done)
        done(std::move(failure));
    Q_EMIT finished();
}

} // namespace relief::gui
