#pragma once

// What the payroll and prices commands share: --month YYYY-MM and --line ID read
// with a usage error (exit 2) that names the option, the refusal of a service
// printed with the field it names, and the words for states and amounts.

#include "domain/payroll/payroll_types.h"
#include "domain/payroll/roll_workflow.h"
#include "domain/result.h"
#include "domain/year_month.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <optional>

namespace relief::cli {

class Context;
class OptionParser;

class PayrollOptions
{
    Q_DECLARE_TR_FUNCTIONS(PayrollOptions)
public:
    // --month: nothing when it is not YYYY-MM (the usage error is printed and
    // exitCode set to 2).
    static std::optional<YearMonth> month(Context &context, const OptionParser &options,
                                          const QString &commandPath, int &exitCode);
    // --line: a roll line's id, a whole number above 0.
    static std::optional<std::int64_t> lineId(Context &context, const OptionParser &options,
                                              const QString &commandPath, int &exitCode);
    // A service's error: bad input (exit 2) names its field, a refusal exit 1.
    static int fail(Context &context, const Error &error);

    static QString stateText(payroll::RollState state);
    static QString key(std::string_view key)
    {
        return QString::fromUtf8(key.data(), static_cast<qsizetype>(key.size()));
    }
    static QString text(const std::string &s) { return QString::fromStdString(s); }
};

} // namespace relief::cli
