#pragma once

// `user list [--json]`: the staff accounts, for administrators.

#include "cli/command.h"

namespace relief::cli {

class UserListCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(UserListCommand)
public:
    QString name() const override { return QStringLiteral("list"); }
    QString summary() const override;
    QString description() const override;
    bool signsIn() const override { return true; }

protected:
    void defineOptions(OptionParser &parser) const override;
    int execute(Context &context, const OptionParser &options) override;
};

} // namespace relief::cli
