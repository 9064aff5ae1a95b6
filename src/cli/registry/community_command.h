#pragma once

// `community add|list`: the administrator's list of communities, whose codes
// start the household numbers.

#include "cli/command_group.h"

namespace relief::cli {

class CommunityCommand final : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(CommunityCommand)
public:
    CommunityCommand();
    QString name() const override { return QStringLiteral("community"); }
    QString summary() const override;
};

class CommunityAddCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CommunityAddCommand)
public:
    QString name() const override { return QStringLiteral("add"); }
    QString summary() const override;
    bool signsIn() const override { return true; }

protected:
    void defineOptions(OptionParser &parser) const override;
    int execute(Context &context, const OptionParser &options) override;
};

class CommunityListCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CommunityListCommand)
public:
    QString name() const override { return QStringLiteral("list"); }
    QString summary() const override;
    bool signsIn() const override { return true; }

protected:
    int execute(Context &context, const OptionParser &options) override;
};

} // namespace relief::cli
