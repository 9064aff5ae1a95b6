#include "holiday_service.h"

#include "storage/holiday_repository.h"

namespace relief::services {

namespace {
nlohmann::json difference(const std::set<Date> &a, const std::set<Date> &b)
{
    nlohmann::json out = nlohmann::json::array();
    for (const Date &d : a)
        if (!b.count(d))
            out.push_back(d.toString());
    return out;
}
} // namespace

Result<HolidayCalendar> HolidayService::calendar()
{
    try {
        return storage::HolidayRepository(m_db).load();
    } catch (const storage::DatabaseError &e) {
        return storageError(e);
    }
}

Status HolidayService::replace(const Session &session, const HolidayCalendar &cal)
{
    for (const Date &d : cal.holidays) {
        if (cal.workdays.count(d))
            return Error::invalid("workdays",
                                  toStd(tr("%1 cannot be both a holiday and a "
                                           "make-up working day.")
                                            .arg(QString::fromStdString(d.toString()))));
    }
    return write(session, Action::EditHolidays, [&](AuditLog &audit) -> Status {
        storage::HolidayRepository repo(m_db);
        const HolidayCalendar before = repo.load();
        repo.replaceAll(cal);
        nlohmann::json details {{"holidays_added", difference(cal.holidays, before.holidays)},
                                {"holidays_removed", difference(before.holidays, cal.holidays)},
                                {"workdays_added", difference(cal.workdays, before.workdays)},
                                {"workdays_removed", difference(before.workdays, cal.workdays)}};
        audit.append(session,
                     {AuditAction::HolidaysReplace, "holiday_calendar", "calendar", details});
        return okStatus();
    });
}

Status HolidayService::importJson(const Session &session, const std::string &json)
{
    auto cal = HolidayCalendar::fromJson(json);
    if (!cal.ok()) {
        Error e = cal.error();
        e.message = toStd(tr("The holiday file is not valid at %1: %2")
                              .arg(QString::fromStdString(e.field.empty() ? "/" : e.field),
                                   QString::fromStdString(e.message)));
        return e;
    }
    return replace(session, *cal);
}

} // namespace relief::services
