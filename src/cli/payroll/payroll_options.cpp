#include "payroll_options.h"

#include "cli/console.h"
#include "cli/context.h"
#include "cli/exit_code.h"
#include "cli/option_parser.h"

namespace relief::cli {

std::optional<YearMonth> PayrollOptions::month(Context &context, const OptionParser &options,
                                               const QString &commandPath, int &exitCode)
{
    const QString text = options.value(QStringLiteral("--month"));
    if (auto m = YearMonth::parse(text.toStdString()))
        return m;
    exitCode = context.usageError(
        tr("--month: '%1' is not a month; give it as YYYY-MM, e.g. 2025-12.").arg(text),
        commandPath);
    return std::nullopt;
}

std::optional<std::int64_t> PayrollOptions::lineId(Context &context, const OptionParser &options,
                                                   const QString &commandPath, int &exitCode)
{
    const QString text = options.value(QStringLiteral("--line"));
    bool ok = false;
    const qlonglong id = text.toLongLong(&ok);
    if (ok && id > 0 && !text.startsWith(QLatin1Char('+')))
        return static_cast<std::int64_t>(id);
    exitCode = context.usageError(
        tr("--line: '%1' is not a line number; 'payroll lines' shows them.").arg(text),
        commandPath);
    return std::nullopt;
}

int PayrollOptions::fail(Context &context, const Error &error)
{
    if (error.code == ErrorCode::InvalidInput && !error.field.empty()) {
        context.console().error(tr("%1: %2").arg(QString::fromStdString(error.field),
                                                 QString::fromStdString(error.message)));
        return kExitUsage;
    }
    return context.fail(error);
}

QString PayrollOptions::stateText(payroll::RollState state)
{
    switch (state) {
    case payroll::RollState::Draft:
        return tr("draft");
    case payroll::RollState::Submitted:
        return tr("submitted for approval");
    case payroll::RollState::Approved:
        return tr("approved");
    case payroll::RollState::Locked:
        return tr("locked");
    case payroll::RollState::Reconciled:
        return tr("reconciled");
    }
    return {};
}

} // namespace relief::cli
