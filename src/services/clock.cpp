#include "clock.h"

#include <QDateTime>
#include <QTimeZone>

namespace relief::services {

std::chrono::system_clock::time_point SystemClock::now() const
{
    return std::chrono::system_clock::now();
}

std::int64_t Clock::unixSeconds() const
{
    return std::chrono::duration_cast<std::chrono::seconds>(now().time_since_epoch()).count();
}

Date Clock::today() const
{
    const auto ms
        = std::chrono::duration_cast<std::chrono::milliseconds>(now().time_since_epoch()).count();
    const QDate d = QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().date();
    return *Date::fromYmd(d.year(), d.month(), d.day());
}

std::string Clock::isoUtc() const
{
    const auto ms
        = std::chrono::duration_cast<std::chrono::milliseconds>(now().time_since_epoch()).count();
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc())
        .toString(Qt::ISODateWithMs)
        .toStdString();
}

} // namespace relief::services
