#include "window_lock.h"

#include <QApplication>
#include <QDialog>
#include <QEvent>

#include <algorithm>

namespace relief::gui {

namespace {
// Windows that only last while the user looks at them.
bool isTransient(const QWidget *w)
{
    const Qt::WindowType type = w->windowType();
    return type == Qt::Popup || type == Qt::ToolTip || type == Qt::SplashScreen;
}

int depth(const QWidget *w)
{
    int d = 0;
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget())
        ++d;
    return d;
}

// Parents first (ascending) or dialogs before the windows they were opened from.
void sortByDepth(QList<QPointer<QWidget>> &windows, bool parentsFirst)
{
    std::stable_sort(windows.begin(), windows.end(),
                     [parentsFirst](const QPointer<QWidget> &a, const QPointer<QWidget> &b) {
                         const int da = a ? depth(a) : 0;
                         const int db = b ? depth(b) : 0;
                         return parentsFirst ? da < db : da > db;
                     });
}
} // namespace

HiddenWindows::HiddenWindows(QObject *parent)
    : QObject(parent)
{ }

HiddenWindows::~HiddenWindows()
{
    stop();
}

bool HiddenWindows::exempt(const QWidget *w) const
{
    if (w == m_mainWindow)
        return true;
    for (const QWidget *p = w; p; p = p->parentWidget())
        if (p == m_lockDialog)
            return true;
    return false;
}

void HiddenWindows::hideWindow(QWidget *w)
{
    if (isTransient(w)) {
        w->close();
        return;
    }
    if (!m_windows.contains(w))
        m_windows.append(QPointer<QWidget>(w));
}

void HiddenWindows::lock(QWidget *mainWindow, QWidget *lockDialog)
{
    if (!m_locked) {
        m_active = QApplication::activeWindow();
        qApp->installEventFilter(this);
    }
    m_locked = true;
    m_mainWindow = mainWindow;
    m_lockDialog = lockDialog;
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *w : windows)
        if (w->isWindow() && w->isVisible() && !exempt(w))
            hideWindow(w);
    // Dialogs before the windows they were opened from: a modal dialog never outlives
    // the sight of its parent.
    QList<QPointer<QWidget>> order = m_windows;
    sortByDepth(order, false);
    for (const QPointer<QWidget> &w : order)
        if (w && w->isVisible())
            w->hide();
}

bool HiddenWindows::eventFilter(QObject *watched, QEvent *event)
{
    if (m_locked && event->type() == QEvent::Show && watched->isWidgetType()) {
        auto *w = static_cast<QWidget *>(watched);
        if (w->isWindow() && !exempt(w) && !isTransient(w)) {
            if (!m_windows.contains(w))
                m_windows.append(QPointer<QWidget>(w));
            // Not inside its own show event (the window system shows it right after):
            // as soon as the event loop runs.
            QPointer<QWidget> guard(w);
            QMetaObject::invokeMethod(
                this,
                [this, guard] {
                    if (guard && m_locked && guard->isVisible())
                        guard->hide();
                },
                Qt::QueuedConnection);
        }
    }
    return QObject::eventFilter(watched, event);
}

void HiddenWindows::stop()
{
    if (m_locked)
        qApp->removeEventFilter(this);
    m_locked = false;
    m_mainWindow = nullptr;
    m_lockDialog = nullptr;
}

void HiddenWindows::restore()
{
    stop();
    QList<QPointer<QWidget>> order = m_windows;
    m_windows.clear();
    sortByDepth(order, true);
    for (const QPointer<QWidget> &w : order)
        if (w)
            w->show();
    if (m_active && m_active->isVisible())
        m_active->activateWindow();
    m_active = nullptr;
}

void HiddenWindows::closeAll()
{
    stop();
    QList<QPointer<QWidget>> order = m_windows;
    m_windows.clear();
    m_active = nullptr;
    sortByDepth(order, false);
    for (const QPointer<QWidget> &w : order) {
        if (!w)
            continue;
        if (auto *dialog = qobject_cast<QDialog *>(w.data()))
            dialog->reject();
        else
            w->close();
    }
}

QList<QWidget *> HiddenWindows::windows() const
{
    QList<QWidget *> result;
    for (const QPointer<QWidget> &w : m_windows)
        if (w)
            result.append(w.data());
    return result;
}

} // namespace relief::gui
