#include "dashboard_page.h"

#include "gui/app_context.h"
#include "gui/display_text.h"

#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QVBoxLayout>

namespace relief::gui {

namespace {
QLabel *value(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}
} // namespace

DashboardPage::DashboardPage(AppContext &context, services::Session session, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_session(std::move(session))
{
    setObjectName(QStringLiteral("dashboardPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 28);
    layout->setSpacing(16);

    m_greetingLabel = value(QStringLiteral("greetingLabel"), this);
    QFont font = m_greetingLabel->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    m_greetingLabel->setFont(font);
    layout->addWidget(m_greetingLabel);

    auto *frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    auto *form = new QFormLayout(frame);
    form->setContentsMargins(20, 16, 20, 16);
    form->setHorizontalSpacing(24);
    form->setVerticalSpacing(12);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_officeLabel = value(QStringLiteral("officeNameLabel"), frame);
    m_userLabel = value(QStringLiteral("signedInUserLabel"), frame);
    m_rolesLabel = value(QStringLiteral("rolesLabel"), frame);
    m_dateLabel = value(QStringLiteral("todayLabel"), frame);
    form->addRow(tr("Office:"), m_officeLabel);
    form->addRow(tr("Signed in as:"), m_userLabel);
    form->addRow(tr("Roles:"), m_rolesLabel);
    form->addRow(tr("Today:"), m_dateLabel);
    layout->addWidget(frame);

    m_errorLabel = value(QStringLiteral("errorLabel"), this);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);

    auto *note = new QLabel(tr("Caseload figures, due re-verifications and payroll status will "
                               "appear here as those areas become available."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(note);
    layout->addStretch();
    refresh();
}

void DashboardPage::refresh()
{
    m_greetingLabel->setText(tr("Welcome, %1").arg(qs(m_session.displayName)));
    m_userLabel->setText(tr("%1 (%2)").arg(qs(m_session.displayName), qs(m_session.username)));
    m_rolesLabel->setText(roleList(m_session.roles));

    m_errorLabel->hide();
    auto settings = m_context.officeSettings().load();
    if (settings.ok()) {
        m_officeLabel->setText(qs(settings->officeName));
    } else {
        m_errorLabel->setText(qs(settings.error().message));
        m_errorLabel->show();
    }

    const Date today = m_context.clock().today();
    QString dateText = longDate(toQDate(today));
    auto calendar = m_context.holidays().calendar();
    if (calendar.ok()) {
        dateText = tr("%1 (%2)").arg(
            dateText, calendar->isWorkingDay(today) ? tr("working day") : tr("day off"));
    } else {
        m_errorLabel->setText(qs(calendar.error().message));
        m_errorLabel->show();
    }
    m_dateLabel->setText(dateText);
}

} // namespace relief::gui
