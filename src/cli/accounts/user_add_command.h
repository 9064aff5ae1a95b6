#pragma once

// `user add NAME --roles ROLES`: a new staff account.

#include "cli/command.h"

namespace relief::cli {

class UserAddCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(UserAddCommand)
public:
    QString name() const override { return QStringLiteral("add"); }
    QString summary() const override;
    QString description() const override;
    bool signsIn() const override { return true; }

protected:
    void defineOptions(OptionParser &parser) const override;
    int execute(Context &context, const OptionParser &options) override;
};

} // namespace relief::cli
