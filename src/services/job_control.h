#pragma once

// How a long service call (an import, a payroll run, an export, a report) talks
// to whoever started it: it reports its stage and progress, and asks between
// batches whether to stop. Stopping is honoured only before the commit: a call
// that is asked to stop rolls back and returns ErrorCode::Cancelled; a request
// that comes after the commit changes nothing.

#include <cstdint>
#include <string>

namespace relief::services {

class JobControl
{
public:
    virtual ~JobControl() = default;
    // A short sentence for people ("Checking the rows…"), already translated.
    virtual void stage(const std::string &text) = 0;
    // `done` of `total` units (rows, households); total 0 = unknown.
    virtual void progress(std::int64_t done, std::int64_t total) = 0;
    virtual bool cancelRequested() const = 0;
};

// For callers that want no reports and never cancel (the CLI, tests).
class NoJobControl final : public JobControl
{
public:
    void stage(const std::string &) override { }
    void progress(std::int64_t, std::int64_t) override { }
    bool cancelRequested() const override { return false; }
};

// The shared NoJobControl: the default of every long service call (stateless,
// so one instance serves every thread).
inline JobControl &noJobControl()
{
    static NoJobControl none;
    return none;
}

} // namespace relief::services
