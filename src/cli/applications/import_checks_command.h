#pragma once

// `import checks FILE.csv`: cross-department check results of applications under
// investigation (docs/data-formats.md §A1), all or nothing.

#include "cli/command.h"

namespace relief::cli {

class ImportChecksCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ImportChecksCommand)
public:
    QString name() const override { return QStringLiteral("checks"); }
    QString summary() const override;
    QString description() const override;
    bool signsIn() const override { return true; }

protected:
    void defineOptions(OptionParser &parser) const override;
    int execute(Context &context, const OptionParser &options) override;
};

} // namespace relief::cli
