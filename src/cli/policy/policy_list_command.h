#pragma once

// `policy list [--json]`: the stored sets, oldest first.

#include "cli/command.h"

namespace relief::cli {

class PolicyListCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PolicyListCommand)
public:
    QString name() const override { return QStringLiteral("list"); }
    QString summary() const override;

protected:
    void defineOptions(OptionParser &parser) const override;
    int execute(Context &context, const OptionParser &options) override;
};

} // namespace relief::cli
