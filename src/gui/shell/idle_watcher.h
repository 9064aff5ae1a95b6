#pragma once

// Notices when nobody has touched the keyboard or mouse for a while, so the
// main window can lock. Time comes from the injected Clock (tests use a
// ManualClock and call checkNow()); a timer only decides how often to look.

#include <QObject>
#include <QTimer>

namespace relief::services {
class Clock;
}

namespace relief::gui {

class IdleWatcher : public QObject
{
    Q_OBJECT
public:
    explicit IdleWatcher(const services::Clock &clock, QObject *parent = nullptr);
    ~IdleWatcher() override;

    // 0 minutes: never report idle.
    void setIdleMinutes(int minutes);
    int idleMinutes() const { return m_minutes; }
    // How often the clock is looked at; the default is a few seconds.
    void setCheckInterval(int milliseconds);

    // Starts counting from now (after sign-in and after unlocking).
    void start();
    // Stops reporting (while locked or signed out).
    void stop();
    bool isRunning() const { return m_running; }

public Q_SLOTS:
    // Reports idle() when the idle period has passed; the test hook.
    void checkNow();

Q_SIGNALS:
    // Sent once; call start() again to re-arm.
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    const services::Clock &m_clock;
    QTimer m_timer;
    qint64 m_lastInputMs = 0; // on m_clock
    qint64 nowMs() const;
    int m_minutes = 15;
    bool m_running = false;
};

} // namespace relief::gui
