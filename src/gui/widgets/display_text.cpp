#include "display_text.h"

#include "services/actions.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QStringList>
#include <QTimeZone>
#include <QWidget>

namespace relief::gui {

QString roleName(Role role)
{
    switch (role) {
    case Role::Caseworker:
        return QCoreApplication::translate("DisplayText", "Caseworker");
    case Role::Supervisor:
        return QCoreApplication::translate("DisplayText", "Supervisor");
    case Role::Statistician:
        return QCoreApplication::translate("DisplayText", "Statistician");
    case Role::Admin:
        return QCoreApplication::translate("DisplayText", "Administrator");
    }
    return {};
}

QString roleList(const RoleSet &roles)
{
    QStringList names;
    for (Role r : roles)
        names << roleName(r);
    return names.join(QCoreApplication::translate("DisplayText", ", "));
}

QString auditActionName(const std::string &action)
{
    // One catalogue (services/actions): every audit key with its name.
    return services::auditActionName(action);
}

QString auditEntityName(const std::string &entity)
{
    if (entity == "user")
        return QCoreApplication::translate("DisplayText", "Account");
    if (entity == "office_settings")
        return QCoreApplication::translate("DisplayText", "Office settings");
    if (entity == "holiday_calendar")
        return QCoreApplication::translate("DisplayText", "Holiday calendar");
    return qs(entity);
}

int dateEditWidth(const QWidget &edit)
{
    return edit.fontMetrics().horizontalAdvance(QStringLiteral("0000-00-000")) + 40;
}

QString localTimeFromIsoUtc(const std::string &isoUtc)
{
    QDateTime t = QDateTime::fromString(qs(isoUtc), Qt::ISODateWithMs);
    if (!t.isValid())
        return qs(isoUtc);
    return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

std::string isoUtcAtLocalMidnight(const QDate &date)
{
    const QDateTime local(date, QTime(0, 0));
    return ss(local.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")));
}

QDate toQDate(const Date &date)
{
    return QDate(date.year(), date.month(), date.day());
}

Date fromQDate(const QDate &date)
{
    return Date::fromYmd(date.year(), date.month(), date.day()).value_or(Date());
}

QString longDate(const QDate &date)
{
    return QLocale().toString(date, QLocale::LongFormat);
}

} // namespace relief::gui
