#pragma once

// Time is an input: services read it from a Clock that tests replace.

#include "domain/date.h"

#include <chrono>
#include <cstdint>
#include <string>

namespace relief::services {

class Clock
{
public:
    virtual ~Clock() = default;
    virtual std::chrono::system_clock::time_point now() const = 0;

    std::int64_t unixSeconds() const;
    // The office's calendar date (local time zone).
    Date today() const;
    // UTC ISO 8601 with milliseconds, for the audit log: 2025-09-15T08:30:00.123Z.
    std::string isoUtc() const;
};

class SystemClock final : public Clock
{
public:
    std::chrono::system_clock::time_point now() const override;
};

// A clock that moves only when told to: tests and demos.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(std::chrono::system_clock::time_point start)
        : m_now(start)
    { }
    std::chrono::system_clock::time_point now() const override { return m_now; }
    void advance(std::chrono::seconds by) { m_now += by; }
    void set(std::chrono::system_clock::time_point t) { m_now = t; }

private:
    std::chrono::system_clock::time_point m_now;
};

} // namespace relief::services
