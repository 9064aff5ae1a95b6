#pragma once

// `audit verify`: walks the hash chain of the audit log. Needs no sign-in, so
// anyone (an inspector, a backup script) can check that nobody edited the log.

#include "cli/command.h"

namespace relief::cli {

class AuditVerifyCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AuditVerifyCommand)
public:
    QString name() const override { return QStringLiteral("verify"); }
    QString summary() const override;
    QString description() const override;

protected:
    int execute(Context &context, const OptionParser &options) override;
};

} // namespace relief::cli
