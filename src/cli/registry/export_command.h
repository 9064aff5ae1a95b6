#pragma once

// `export households|persons FILE|- [--unmasked] [--all]`: the registry as a
// ledger CSV with the import's columns (data-formats §3).

#include "cli/command_group.h"

namespace relief::cli {

class ExportCommand final : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
public:
    ExportCommand();
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
};

class ExportLedgerCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ExportLedgerCommand)
public:
    explicit ExportLedgerCommand(bool persons)
        : m_persons(persons)
    { }
    QString name() const override
    {
        return m_persons ? QStringLiteral("persons") : QStringLiteral("households");
    }
    QString summary() const override;
    QString description() const override;

protected:
    void defineOptions(OptionParser &parser) const override;
    int execute(Context &context, const OptionParser &options) override;

private:
    bool m_persons;
};

} // namespace relief::cli
