#pragma once

// `import households FILE.csv [--errors OUT.csv]`: old ledgers (data-formats §3).

#include "cli/command_group.h"

#include "services/ledger/ledger_csv.h"

#include <vector>

namespace relief::cli {

class ImportCommand final : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)
public:
    ImportCommand();
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
};

class ImportHouseholdsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ImportHouseholdsCommand)
public:
    QString name() const override { return QStringLiteral("households"); }
    QString summary() const override;
    QString description() const override;
    bool signsIn() const override { return true; }

    // The report of a refused import (ledger, visits): errors grouped by kind on standard
    // error, --errors written as CSV; returns 2 (bad input).
    static int reportErrors(Context &context, const OptionParser &options,
                            const std::vector<services::LedgerIssue> &errors, const QString &file);

protected:
    void defineOptions(OptionParser &parser) const override;
    int execute(Context &context, const OptionParser &options) override;
};

} // namespace relief::cli
