#pragma once

// `user disable NAME` and `user enable NAME`. Accounts are never deleted: the
// audit log refers to them.

#include "cli/command.h"

namespace relief::cli {

class UserSetActiveCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(UserSetActiveCommand)
public:
    // active: true for `enable`, false for `disable`.
    explicit UserSetActiveCommand(bool active)
        : m_active(active)
    { }
    QString name() const override;
    QString summary() const override;
    QString description() const override;
    bool signsIn() const override { return true; }

protected:
    void defineOptions(OptionParser &parser) const override;
    int execute(Context &context, const OptionParser &options) override;

private:
    bool m_active;
};

} // namespace relief::cli
