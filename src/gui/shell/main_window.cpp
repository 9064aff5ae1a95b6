#include "main_window.h"

#include "ui_main_window.h"

#include "about_dialog.h"
#include "app_context.h"
#include "change_password_dialog.h"
#include "gui/admin/administration_page.h"
#include "gui/applications/applications_area.h"
#include "gui/payroll/payroll_page.h"
#include "gui/registry/household_list_page.h"
#include "gui/registry/household_page.h"
#include "gui/registry/households_area.h"
#include "gui/widgets/display_text.h"
#include "gui/widgets/message_boxes.h"
#include "gui/workbench/dashboard_page.h"
#include "unavailable_page.h"

#include "services/permissions.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QLabel>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QStatusBar>
#include <QStyle>

namespace relief::gui {

namespace {
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kLanguageKey = QStringLiteral("ui/language");
} // namespace

MainWindow::MainWindow(AppContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_context(context)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("mainWindow"));
    QFont navFont = m_ui->navList->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.1);
    m_ui->navList->setFont(navFont);
    m_ui->navList->setStyleSheet(QStringLiteral(
        "QListWidget#navList { background: palette(base); padding-top: 8px; outline: 0; }"
        "QListWidget#navList::item { padding: 9px 12px; border: none;"
        " border-left: 4px solid transparent; }"
        "QListWidget#navList::item:hover { background: palette(alternate-base); }"
        "QListWidget#navList::item:selected { background: palette(alternate-base);"
        " color: palette(text); border-left: 4px solid palette(highlight); }"));
    m_userStatusLabel = new QLabel(this);
    m_userStatusLabel->setObjectName(QStringLiteral("userStatusLabel"));
    m_userStatusLabel->setContentsMargins(8, 0, 8, 0);
    statusBar()->addPermanentWidget(m_userStatusLabel);
    connect(m_ui->navList, &QListWidget::currentRowChanged, m_ui->pageStack,
            &QStackedWidget::setCurrentIndex);
    setupMenus();
    // The last geometry; the first time, nearly the whole screen (not the form's
    // 1100×700 on a larger screen; issue 18).
    if (!restoreGeometry(QSettings().value(kGeometryKey).toByteArray()))
        if (const QScreen *screen = QGuiApplication::primaryScreen()) {
            const QRect available = screen->availableGeometry();
            const QSize size(available.width() * 95 / 100, available.height() * 92 / 100);
            setGeometry(QStyle::alignedRect(Qt::LeftToRight, Qt::AlignCenter, size, available));
        }
    clearSession();
}

MainWindow::~MainWindow() = default;

void MainWindow::setupMenus()
{
    m_ui->quitAction->setShortcut(QKeySequence::Quit);
    connect(m_ui->switchUserAction, &QAction::triggered, this, &MainWindow::switchUserRequested);
    connect(m_ui->lockAction, &QAction::triggered, this, &MainWindow::lockRequested);
    connect(m_ui->changePasswordAction, &QAction::triggered, this, &MainWindow::openChangePassword);
    connect(m_ui->quitAction, &QAction::triggered, this, &MainWindow::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::openAbout);

    auto *languages = new QActionGroup(this);
    languages->addAction(m_ui->languageChineseAction);
    languages->addAction(m_ui->languageEnglishAction);
    const bool english =
        QSettings().value(kLanguageKey, QStringLiteral("zh")).toString().startsWith(u"en");
    (english ? m_ui->languageEnglishAction : m_ui->languageChineseAction)->setChecked(true);
    connect(m_ui->languageChineseAction, &QAction::triggered, this,
            [this] { chooseLanguage(QStringLiteral("zh")); });
    connect(m_ui->languageEnglishAction, &QAction::triggered, this,
            [this] { chooseLanguage(QStringLiteral("en")); });

    // Alt+1 … Alt+9 jump to the areas in navigation order.
    for (int i = 0; i < 9; ++i) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)), this);
        connect(shortcut, &QShortcut::activated, this, [this, i] {
            if (i < m_ui->navList->count() && m_ui->centralWidget->isVisible())
                m_ui->navList->setCurrentRow(i);
        });
    }
}

void MainWindow::setSession(const services::Session &session)
{
    m_session = session;
    rebuildPages();
    m_ui->centralWidget->setVisible(true);
    for (QAction *a : {m_ui->switchUserAction, m_ui->lockAction, m_ui->changePasswordAction})
        a->setEnabled(true);
    updateTitle();
    updateStatusBar();
}

void MainWindow::clearSession()
{
    m_session.reset();
    rebuildPages();
    m_ui->centralWidget->setVisible(false);
    for (QAction *a : {m_ui->switchUserAction, m_ui->lockAction, m_ui->changePasswordAction})
        a->setEnabled(false);
    updateTitle();
    updateStatusBar();
}

void MainWindow::setLocked(bool locked)
{
    m_ui->centralWidget->setVisible(!locked && m_session);
    menuBar()->setEnabled(!locked);
    updateStatusBar();
}

void MainWindow::rebuildPages()
{
    m_ui->navList->clear();
    while (QWidget *page = m_ui->pageStack->widget(0)) {
        m_ui->pageStack->removeWidget(page);
        delete page;
    }
    m_dashboard = nullptr;
    if (!m_session)
        return;
    m_dashboard = new DashboardPage(m_context, *m_session);
    addArea(Area::Dashboard, tr("Dashboard"), m_dashboard);
    auto *households = new HouseholdsArea(m_context, *m_session);
    addArea(Area::Households, tr("Households"), households);
    // Applications: for the roles that may see them (an administrator alone may not).
    if (rolesAllow(m_session->roles, services::Action::ViewApplications)) {
        auto *applications = new ApplicationsArea(m_context, *m_session);
        addArea(Area::Applications, tr("Applications"), applications);
        // A task on the workbench, or a new application on a household's page, opens
        // the application's page.
        auto openApplication = [this, applications](qint64 id) {
            showArea(Area::Applications);
            applications->openApplication(id);
        };
        connect(m_dashboard, &DashboardPage::applicationRequested, this, openApplication);
        connect(households->householdPage(), &HouseholdPage::applicationRequested, this,
                openApplication);
    }
    addArea(Area::HomeVisits, tr("Home visits"), new UnavailablePage(tr("Home visits")));
    // 待遇发放: for the roles that may see the rolls.
    if (rolesAllow(m_session->roles, services::Action::ViewPayroll)) {
        auto *payroll = new PayrollPage(m_context, *m_session);
        addArea(Area::Payments, tr("Payments"), payroll);
        // A step on the roll changes what the household pages show as paid.
        HouseholdPage *householdPage = households->householdPage();
        connect(payroll, &PayrollPage::rollChanged, householdPage, [householdPage] {
            if (householdPage->householdId() != 0)
                householdPage->refresh();
        });
    }
    const std::pair<Area, QString> later[] = {
        {Area::TemporaryAssistance, tr("Temporary assistance")},
        {Area::InKindRelief, tr("In-kind relief")},
        {Area::Reports, tr("Reports")},
    };
    for (const auto &[area, name] : later)
        addArea(area, name, new UnavailablePage(name));
    if (AdministrationPage::isAvailableTo(m_session->roles)) {
        auto *admin = new AdministrationPage(m_context, *m_session);
        connect(admin, &AdministrationPage::officeSettingsChanged, this,
                &MainWindow::onOfficeSettingsChanged);
        connect(admin, &AdministrationPage::communitiesChanged, households->listPage(),
                &HouseholdListPage::reloadCommunities);
        addArea(Area::Administration, tr("Administration"), admin);
    }
    m_ui->navList->setCurrentRow(0);
}

void MainWindow::addArea(Area area, const QString &name, QWidget *page)
{
    auto *item = new QListWidgetItem(name, m_ui->navList);
    item->setData(Qt::UserRole, static_cast<int>(area));
    m_ui->pageStack->addWidget(page);
}

bool MainWindow::hasArea(Area area) const
{
    for (int row = 0; row < m_ui->navList->count(); ++row)
        if (m_ui->navList->item(row)->data(Qt::UserRole).toInt() == static_cast<int>(area))
            return true;
    return false;
}

bool MainWindow::showArea(Area area)
{
    for (int row = 0; row < m_ui->navList->count(); ++row) {
        if (m_ui->navList->item(row)->data(Qt::UserRole).toInt() == static_cast<int>(area)) {
            m_ui->navList->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

MainWindow::Area MainWindow::currentArea() const
{
    const QListWidgetItem *item = m_ui->navList->currentItem();
    return item ? static_cast<Area>(item->data(Qt::UserRole).toInt()) : Area::Dashboard;
}

void MainWindow::updateTitle()
{
    auto settings = m_context.officeSettings().load();
    const QString office = settings.ok() ? qs(settings->officeName) : QString();
    setWindowTitle(office.isEmpty() ? tr("ReliefDesk") : tr("ReliefDesk – %1").arg(office));
}

void MainWindow::updateStatusBar()
{
    if (!m_session) {
        m_userStatusLabel->setText(tr("Nobody is signed in"));
        return;
    }
    m_userStatusLabel->setText(
        tr("Signed in: %1 (%2) · Roles: %3")
            .arg(qs(m_session->displayName), qs(m_session->username), roleList(m_session->roles)));
}

void MainWindow::onOfficeSettingsChanged()
{
    updateTitle();
    if (m_dashboard)
        m_dashboard->refresh();
    Q_EMIT officeSettingsChanged();
}

AboutDialog *MainWindow::openAbout()
{
    auto *dialog = new AboutDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void MainWindow::openChangePassword()
{
    if (!m_session)
        return;
    auto *dialog = new ChangePasswordDialog(m_context.accounts(), *m_session, std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        showInfo(this, tr("Change password"), tr("Your password has been changed."));
    });
    dialog->open();
}

void MainWindow::chooseLanguage(const QString &language)
{
    QSettings settings;
    if (settings.value(kLanguageKey, QStringLiteral("zh")).toString() == language)
        return;
    settings.setValue(kLanguageKey, language);
    settings.sync();
    showInfo(this, tr("Language"), tr("The new language is used the next time ReliefDesk starts."));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(kGeometryKey, saveGeometry());
    event->accept();
    Q_EMIT closing();
}

} // namespace relief::gui
