#pragma once

// `policy import FILE`: adds a parameter set as a new version (administrators).

#include "cli/command.h"

namespace relief::cli {

class PolicyImportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PolicyImportCommand)
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    QString description() const override;
    bool signsIn() const override { return true; }

protected:
    void defineOptions(OptionParser &parser) const override;
    int execute(Context &context, const OptionParser &options) override;
};

} // namespace relief::cli
