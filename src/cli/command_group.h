#pragma once

// A command made of subcommands: `user add|list|…`, later `policy …`,
// `payroll generate|submit|…`. The group's own --help lists them.

#include "command.h"

#include <memory>
#include <vector>

namespace relief::cli {

class CommandGroup : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CommandGroup)
public:
    void add(std::unique_ptr<Command> subcommand);
    const Command *find(const QString &name) const;
    const std::vector<std::unique_ptr<Command>> &subcommands() const { return m_subcommands; }

    const Command *resolve(const QStringList &args) const override;
    int run(Context &context, const QStringList &args) override;
    QString helpText() const override;

protected:
    int execute(Context &context, const OptionParser &options) override;

private:
    Command *findMutable(const QString &name) const;

    std::vector<std::unique_ptr<Command>> m_subcommands;
};

} // namespace relief::cli
