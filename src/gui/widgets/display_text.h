#pragma once

// How service values read on screen: role names, role lists, audit actions,
// times and dates in the office's local time. Free functions, because they
// hold no state and several pages share them.

#include "domain/accounts/role.h"
#include "domain/date.h"

#include <QDate>
#include <QString>

class QWidget;

#include <string>

namespace relief::gui {

inline QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}
inline std::string ss(const QString &s)
{
    return s.toStdString();
}

QString roleName(Role role);
// "Caseworker, Administrator" (translated names, in the domain's role order).
QString roleList(const RoleSet &roles);
// "user.add" → "Add account"; an unknown key is shown as it is.
QString auditActionName(const std::string &action);
// "holiday_calendar" → "Holiday calendar"; an unknown key is shown as it is.
QString auditEntityName(const std::string &entity);
// "2025-09-15T08:30:00.123Z" → "2025-09-15 16:30:00" in the local time zone.
QString localTimeFromIsoUtc(const std::string &isoUtc);
// Local midnight at the start of `date`, as the UTC ISO text the audit log stores.
std::string isoUtcAtLocalMidnight(const QDate &date);

// Wide enough for "2025-09-15" in the current font, with room for the arrow.
int dateEditWidth(const QWidget &edit);

QDate toQDate(const Date &date);
Date fromQDate(const QDate &date);
// "2025年9月15日 星期一" in Chinese, "Monday, 15 September 2025" in English.
QString longDate(const QDate &date);

} // namespace relief::gui
