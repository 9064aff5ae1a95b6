#include "clock.h"

#include <QDateTime>
#include <cstdio>
#include <ctime>

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
    const auto ms =
        std::chrono::duration_cast<std::chrono::milliseconds>(now().time_since_epoch()).count();
    const QDate d = QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().date();
    return *Date::fromYmd(d.year(), d.month(), d.day());
}

std::string Clock::isoUtc() const
{
    const auto ms =
        std::chrono::duration_cast<std::chrono::milliseconds>(now().time_since_epoch()).count();
    const std::time_t secs = static_cast<std::time_t>(ms / 1000);
    std::tm utc {};
    gmtime_r(&secs, &utc);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", utc.tm_year + 1900,
                  utc.tm_mon + 1, utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec,
                  static_cast<int>(ms % 1000));
    return buf;
}

} // namespace relief::services
