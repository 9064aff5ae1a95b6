#pragma once

// While the idle lock is on, no window of the program may show data: the main window
// hides its pages (MainWindow::setLocked) and every other window of the program — open
// dialogs with unmasked ID or bank numbers, a print preview, a message box — is hidden
// too, and so is any window that opens while locked (a background job's result). Unlocking
// shows them again as they were (parents before their dialogs, the window that was active
// activated again); switching user closes them instead: they belong to the previous
// user's work.

#include <QList>
#include <QObject>
#include <QPointer>
#include <QWidget>

namespace relief::gui {

class HiddenWindows : public QObject
{
    Q_OBJECT
public:
    explicit HiddenWindows(QObject *parent = nullptr);
    ~HiddenWindows() override;

    // Hides every visible window of the program but `mainWindow` and `lockDialog` (and
    // the lock dialog's own windows), and keeps hiding windows that open until restore()
    // or closeAll(). Popups and tool tips are closed, not brought back.
    void lock(QWidget *mainWindow, QWidget *lockDialog);
    // Shows the hidden windows that still exist, then forgets them.
    void restore();
    // Closes the hidden windows that still exist (a dialog is rejected, so its owner hears
    // finished()), then forgets them.
    void closeAll();

    bool isLocked() const { return m_locked; }
    // The windows hidden now (those still alive), for tests.
    QList<QWidget *> windows() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool exempt(const QWidget *w) const;
    void hideWindow(QWidget *w);
    void stop();

    QList<QPointer<QWidget>> m_windows;
    QPointer<QWidget> m_active;
    QPointer<QWidget> m_mainWindow;
    QPointer<QWidget> m_lockDialog;
    bool m_locked = false;
};

} // namespace relief::gui
