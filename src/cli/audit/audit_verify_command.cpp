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
              "and the log ends at its anchored head, then 'records: COUNT' and 'head: ID HASH' "
              "(exit 0); otherwise 'BROKEN ID: REASON' for the first record whose hash does not "
              "hold or that is missing, then the same two lines (exit 1). Compare the head with "
              "the one printed on papers or kept with a backup: someone holding the file can "
              "rewrite the log and its head together.");
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
    const auto printHead = [&] {
        context.console().outLine(QStringLiteral("records: %1").arg(result->head.count));
        context.console().outLine(QStringLiteral("head: %1 %2")
                                      .arg(result->head.id)
                                      .arg(QString::fromStdString(result->head.hash)));
    };
    if (result->ok) {
        context.console().outLine(QStringLiteral("OK"));
        printHead();
        context.console().message(tr("%n audit record(s) checked; the chain is intact and ends "
                                     "at its head.",
                                     nullptr, static_cast<int>(result->checked)));
        return kExitSuccess;
    }
    const QString reason = QString::fromStdString(result->reason);
    context.console().outLine(QStringLiteral("BROKEN %1: %2").arg(result->brokenId).arg(reason));
    printHead();
    context.console().error(tr("The audit log is broken at record %1 (%2): it was changed "
                               "outside ReliefDesk. Keep the file as evidence and restore a "
                               "backup.")
                                .arg(result->brokenId)
                                .arg(reason));
    return kExitFailure;
}

} // namespace relief::cli
