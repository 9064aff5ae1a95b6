#pragma once

// `assess FILE|-`: one household judged by the rules (data-formats §2). Needs no
// sign-in and writes nothing.

#include "cli/command.h"

namespace relief::cli {

class AssessCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AssessCommand)
public:
    QString name() const override { return QStringLiteral("assess"); }
    QString summary() const override;
    QString description() const override;

protected:
    void defineOptions(OptionParser &parser) const override;
    int execute(Context &context, const OptionParser &options) override;
};

} // namespace relief::cli
