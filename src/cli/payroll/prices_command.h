#pragma once

// `prices set|list`: the month's price indices (CPI and food, % year on year),
// entered by a supervisor; a month they trigger adds price subsidies (临时价补,
// PS-1) to its roll.

#include "cli/command_group.h"

namespace relief::cli {

class PricesCommand final : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(PricesCommand)
public:
    PricesCommand();
    QString name() const override { return QStringLiteral("prices"); }
    QString summary() const override;
};

class PricesSetCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PricesSetCommand)
public:
    QString name() const override { return QStringLiteral("set"); }
    QString summary() const override;
    QString description() const override;
    bool signsIn() const override { return true; }

protected:
    void defineOptions(OptionParser &parser) const override;
    int execute(Context &context, const OptionParser &options) override;
};

class PricesListCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PricesListCommand)
public:
    QString name() const override { return QStringLiteral("list"); }
    QString summary() const override;
    bool signsIn() const override { return true; }

protected:
    void defineOptions(OptionParser &parser) const override;
    int execute(Context &context, const OptionParser &options) override;
};

} // namespace relief::cli
