#include "audit_verify_command.h"

#include "cli/console.h"
#include "cli/context.h"
#include "cli/exit_code.h"

#include "services/audit_service.h"

namespace relief::cli {

QString AuditVerifyCommand::summary() const
{
    return tr("Verify the audit log's hash chain.");
}

QString AuditVerifyCommand::description() const
{
    return tr("Needs no sign-in. Prints 'OK' on standard output when every record is intact "
              "(exit 0); otherwise 'BROKEN ID: REASON' for the first record whose hash does not "
              "hold (exit 1).");
}

int AuditVerifyCommand::execute(Context &context, const OptionParser &)
{
    auto db = context.database();
    if (!db.ok())
        return context.fail(db.error());
    auto result = services::AuditService(**db, context.clock()).verify();
    if (!result.ok())
        return context.fail(result.error());
    // Standard output stays the same in every language: scripts read it.
    if (result->ok) {
        context.console().outLine(QStringLiteral("OK"));
        context.console().message(tr("%n audit record(s) checked; the chain is intact.", nullptr,
                                     static_cast<int>(result->checked)));
        return kExitSuccess;
    }
    const QString reason = QString::fromStdString(result->reason);
    context.console().outLine(QStringLiteral("BROKEN %1: %2").arg(result->brokenId).arg(reason));
    context.console().error(tr("The audit log is broken at record %1 (%2): it was changed "
                               "outside ReliefDesk. Keep the file as evidence and restore a "
                               "backup.")
                                .arg(result->brokenId)
                                .arg(reason));
    return kExitFailure;
}

} // namespace relief::cli
