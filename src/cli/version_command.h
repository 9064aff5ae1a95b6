#pragma once

// `version` (also `--version`): the program's version and the database schema
// version it knows, for support and for scripts that check compatibility.

#include "command.h"

namespace relief::cli {

class VersionCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(VersionCommand)
public:
    QString name() const override { return QStringLiteral("version"); }
    QString summary() const override;
    QString description() const override;

protected:
    int execute(Context &context, const OptionParser &options) override;
};

} // namespace relief::cli
