#include "setup_wizard.h"

#include "gui/widgets/display_text.h"
#include "gui/widgets/error_label.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCursor>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace relief::gui {

namespace {
QLabel *makeErrorLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new ErrorLabel(parent);
    label->setObjectName(objectName);
    label->hide();
    return label;
}

QLabel *makeHint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}
} // namespace

SetupWizard::SetupWizard(services::AccountService &accounts, QWidget *parent)
    : QWizard(parent)
    , m_accounts(accounts)
{
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(tr("ReliefDesk: first-time setup"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setMinimumSize(620, 460);
    setPage(IntroPage, makeIntroPage());
    setPage(OfficePage, makeOfficePage());
    setPage(AdminPage, makeAdminPage());
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("finishButton"));
    button(QWizard::NextButton)->setObjectName(QStringLiteral("nextButton"));
}

QWizardPage *SetupWizard::makeIntroPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Welcome to ReliefDesk"));
    page->setSubTitle(tr("This database is new. Set up the office and its first administrator."));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(makeHint(
        tr("ReliefDesk keeps the social-assistance cases of one street office. The "
           "administrator you create next manages the staff accounts, the holiday calendar "
           "and the office settings. Other staff get their own accounts afterwards."),
        page));
    layout->addStretch();
    return page;
}

QWizardPage *SetupWizard::makeOfficePage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Office"));
    page->setSubTitle(tr("The office's name appears on the sign-in screen and on printed "
                         "documents."));
    auto *form = new QFormLayout(page);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    QLineEdit *name = addField(page, OfficePage, form, "office", tr("Office name:"),
                               QStringLiteral("officeNameEdit"));
    name->setPlaceholderText(tr("e.g. Social Assistance Office, Heping Street"));
    QLineEdit *area = addField(page, OfficePage, form, "area_code", tr("Area code:"),
                               QStringLiteral("areaCodeEdit"));
    area->setPlaceholderText(tr("6 to 12 digits, e.g. 110105 (optional)"));
    area->setMaxLength(12);
    return page;
}

QWizardPage *SetupWizard::makeAdminPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Administrator"));
    page->setSubTitle(tr("The first account holds every role. Keep its password safe."));
    auto *form = new QFormLayout(page);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    QLineEdit *user = addField(page, AdminPage, form, "username", tr("User name:"),
                               QStringLiteral("adminUserEdit"));
    user->setPlaceholderText(tr("used to sign in, e.g. admin"));
    QLineEdit *display = addField(page, AdminPage, form, "display_name", tr("Full name:"),
                                  QStringLiteral("adminDisplayNameEdit"));
    display->setPlaceholderText(tr("shown on screen and in the audit log"));
    QLineEdit *pw = addField(page, AdminPage, form, "password", tr("Password:"),
                             QStringLiteral("adminPasswordEdit"));
    pw->setEchoMode(QLineEdit::Password);
    pw->setPlaceholderText(tr("at least 8 characters"));
    QLineEdit *confirm = addField(page, AdminPage, form, "password_confirm", tr("Repeat password:"),
                                  QStringLiteral("adminPasswordConfirmEdit"));
    confirm->setEchoMode(QLineEdit::Password);
    m_pageError = makeErrorLabel(page, QStringLiteral("setupErrorLabel"));
    form->addRow(m_pageError);
    page->setButtonText(QWizard::FinishButton, tr("Create office"));
    return page;
}

QLineEdit *SetupWizard::addField(QWizardPage *page, int pageId, QFormLayout *form,
                                 const std::string &key, const QString &label,
                                 const QString &objectName)
{
    auto *edit = new QLineEdit(page);
    edit->setObjectName(objectName);
    edit->setMinimumWidth(280);
    QString errorName = objectName;
    errorName.replace(QLatin1String("Edit"), QLatin1String("ErrorLabel"));
    QLabel *error = makeErrorLabel(page, errorName);
    form->addRow(label, edit);
    form->addRow(QString(), error);
    m_fields[key] = Field {edit, error, pageId};
    return edit;
}

QString SetupWizard::adminUsername() const
{
    return m_fields.at("username").edit->text().trimmed();
}

void SetupWizard::clearErrors()
{
    for (auto &[key, field] : m_fields) {
        field.error->clear();
        field.error->hide();
    }
    m_pageError->clear();
    m_pageError->hide();
}

void SetupWizard::showError(const Error &error)
{
    auto it = m_fields.find(error.field);
    QLabel *label = it == m_fields.end() ? m_pageError : it->second.error;
    label->setText(qs(error.message));
    label->show();
    if (it == m_fields.end())
        return;
    while (currentId() != it->second.page && currentId() > it->second.page)
        back();
    it->second.edit->setFocus();
    it->second.edit->selectAll();
}

bool SetupWizard::validateCurrentPage()
{
    if (currentId() == IntroPage)
        return true;
    clearErrors();
    if (currentId() == OfficePage) {
        // Only the obvious here; the service checks everything on Finish.
        if (m_fields.at("office").edit->text().trimmed().isEmpty()) {
            showError(Error::invalid("office", ss(tr("Enter the office's name."))));
            return false;
        }
        return true;
    }
    auto text = [this](const char *key) { return ss(m_fields.at(key).edit->text().trimmed()); };
    const std::string password = ss(m_fields.at("password").edit->text());
    if (auto e = services::AccountService::checkUsername(text("username"))) {
        showError(*e);
        return false;
    }
    if (auto e = services::AccountService::checkPassword(password)) {
        showError(*e);
        return false;
    }
    if (password != ss(m_fields.at("password_confirm").edit->text())) {
        showError(Error::invalid("password_confirm",
                                 ss(tr("The two passwords are not the same; "
                                       "type them again."))));
        return false;
    }
    services::OfficeSetup setup {text("office"), text("area_code"), text("username"),
                                 text("display_name"), password};
    // Hashing the password takes a noticeable moment.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto result = m_accounts.setupOffice(setup);
    QApplication::restoreOverrideCursor();
    if (!result.ok()) {
        showError(result.error());
        return false;
    }
    m_session = *result;
    return true;
}

} // namespace relief::gui
