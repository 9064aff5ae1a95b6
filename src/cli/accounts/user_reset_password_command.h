#pragma once

// `user reset-password NAME`: an administrator sets a temporary password; the
// user chooses their own at the next sign-in to the app.

#include "cli/command.h"

namespace relief::cli {

class UserResetPasswordCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(UserResetPasswordCommand)
public:
    QString name() const override { return QStringLiteral("reset-password"); }
    QString summary() const override;
    QString description() const override;
    bool signsIn() const override { return true; }

protected:
    void defineOptions(OptionParser &parser) const override;
    int execute(Context &context, const OptionParser &options) override;
};

} // namespace relief::cli
