#pragma once

// The main window: navigation for the whole product, one page per area, menus
// and the signed-in user in the status bar. It is rebuilt for each person who
// signs in (switch user keeps the window and replaces its pages).

#include "services/session.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class QLabel;

namespace Ui {
class MainWindow;
}

namespace relief::gui {

class AboutDialog;
class AppContext;
class DashboardPage;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Area {
        Dashboard,
        Households,
        Applications,
        HomeVisits,
        Payments,
        TemporaryAssistance,
        InKindRelief,
        Reports,
        Administration,
    };

    explicit MainWindow(AppContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    void setSession(const services::Session &session);
    // Signed out: no pages, no user, until the next person signs in.
    void clearSession();
    // Hides the content while the lock dialog is up.
    void setLocked(bool locked);

    bool hasArea(Area area) const;
    bool showArea(Area area);
    Area currentArea() const;

    // Opened non-modally so that callers (and tests) can reach them.
    AboutDialog *openAbout();
    void openChangePassword();

Q_SIGNALS:
    void switchUserRequested();
    void lockRequested();
    void officeSettingsChanged();
    void closing();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setupMenus();
    void rebuildPages();
    void addArea(Area area, const QString &name, QWidget *page);
    void updateTitle();
    void updateStatusBar();
    void chooseLanguage(const QString &language);
    void onOfficeSettingsChanged();

    std::unique_ptr<Ui::MainWindow> m_ui;
    AppContext &m_context;
    std::optional<services::Session> m_session;
    DashboardPage *m_dashboard = nullptr;
    QLabel *m_userStatusLabel = nullptr;
};

} // namespace relief::gui
