#pragma once

// `init`: creates the database and the office's first administrator. The only
// command that may create a database.

#include "cli/command.h"

namespace relief::cli {

class InitCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(InitCommand)
public:
    QString name() const override { return QStringLiteral("init"); }
    QString summary() const override;
    QString description() const override;

protected:
    void defineOptions(OptionParser &parser) const override;
    int execute(Context &context, const OptionParser &options) override;
};

} // namespace relief::cli
