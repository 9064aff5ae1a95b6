#include "idle_watcher.h"

#include "services/clock.h"

#include <QCoreApplication>
#include <QEvent>

namespace relief::gui {

IdleWatcher::IdleWatcher(const services::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_lastInputMs(nowMs())
{
    m_timer.setInterval(5000);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::checkNow);
    // Every widget's input passes the application first.
    QCoreApplication::instance()->installEventFilter(this);
}

IdleWatcher::~IdleWatcher()
{
    if (auto *app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

qint64 IdleWatcher::nowMs() const
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(m_clock.now().time_since_epoch()).count();
}

void IdleWatcher::setIdleMinutes(int minutes)
{
    m_minutes = std::max(0, minutes);
}

void IdleWatcher::setCheckInterval(int milliseconds)
{
    m_timer.setInterval(milliseconds);
}

void IdleWatcher::start()
{
    m_lastInputMs = nowMs();
    m_running = true;
    m_timer.start();
}

void IdleWatcher::stop()
{
    m_running = false;
    m_timer.stop();
}

void IdleWatcher::checkNow()
{
    if (!m_running || m_minutes <= 0)
        return;
    if (nowMs() - m_lastInputMs >= qint64(m_minutes) * 60 * 1000) {
        stop();
        Q_EMIT idle();
    }
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        m_lastInputMs = nowMs();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace relief::gui
