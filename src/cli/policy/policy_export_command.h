#pragma once

// `policy export --effective-from DATE FILE|-`: writes one stored set as JSON.

#include "cli/command.h"

namespace relief::cli {

class PolicyExportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PolicyExportCommand)
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;

protected:
    void defineOptions(OptionParser &parser) const override;
    int execute(Context &context, const OptionParser &options) override;
};

} // namespace relief::cli
