#include "migrations.h"

#include "database.h"
#include "holiday_repository.h"
#include "storage/policy/policy_repository.h"

#include "domain/holiday_calendar.h"
#include "domain/rules/policy_parameters.h"

#include <chrono>
#include <ctime>
#include <stdexcept>

namespace relief::storage {

std::vector<std::pair<std::string_view, std::string_view>> embeddedMigrations();
std::vector<std::pair<std::string_view, std::string_view>> embeddedSeeds();

namespace {
void seedHolidays(Database &db)
{
    auto cal = HolidayCalendar::fromJson(defaultHolidayCalendarJson());
    if (!cal.ok())
        throw std::logic_error("shipped holiday calendar is invalid: " + cal.error().message);
    HolidayRepository(db).replaceAll(*cal);
}

// Now as the audit and the repositories write it: 2025-09-15T02:00:00.000Z.
std::string nowIsoUtc()
{
    const auto now = std::chrono::system_clock::now();
    const std::time_t seconds = std::chrono::system_clock::to_time_t(now);
    std::tm utc {};
    gmtime_r(&seconds, &utc);
    char text[32] = {};
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%S.000Z", &utc);
    return text;
}

// The shipped sample sets (resources/policy/*.json), so a new office can assess
// at once; the administrator adds the office's own sets as new versions. They are
// added when the database is created (the policy page's 添加时间; issue 18).
void seedPolicySets(Database &db)
{
    PolicyRepository repo(db);
    const std::string addedAt = nowIsoUtc();
    for (const auto &[name, content] : embeddedSeeds()) {
        if (name.rfind("policy-", 0) != 0)
            continue;
        auto set = PolicyParameters::fromJson(content, Lang::En);
        if (!set.ok())
            throw std::logic_error("shipped policy set " + std::string(name) +
                                   " is invalid: " + set.error().message);
        repo.insert({0, set->effectiveFrom.toString(), set->toJson(), addedAt, "system"});
    }
}

void (*afterHook(int version))(Database &)
{
    switch (version) {
    case 1:
        return seedHolidays;
    case 2:
        return seedPolicySets;
    default:
        return nullptr;
    }
}
} // namespace

std::string_view defaultHolidayCalendarJson()
{
    for (const auto &[name, content] : embeddedSeeds())
        if (name == "holidays-cn.json")
            return content;
    throw std::logic_error("holidays-cn.json is not embedded");
}

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> all = [] {
        std::vector<Migration> list;
        for (const auto &[file, sql] : embeddedMigrations()) {
            // "0001_foundation.sql": the number is the version it produces.
            const int version = std::stoi(std::string(file.substr(0, 4)));
            if (version != static_cast<int>(list.size()) + 1)
                throw std::logic_error("migrations must be numbered 0001, 0002, … without gaps");
            std::string name(file.substr(5, file.size() - 5 - 4));
            list.push_back({version, std::move(name), sql, afterHook(version)});
        }
        return list;
    }();
    return all;
}

} // namespace relief::storage
