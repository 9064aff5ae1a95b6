#pragma once

// `review …` (issue 13 §4, data-formats §7): the year's re-verification coverage and
// what RV-1 makes due by a date, neither needing a sign-in (totals, household numbers,
// masked ID numbers and names). `import visits` lives with the other imports.

#include "cli/command_group.h"

namespace relief::cli {

class ReviewCommand final : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(ReviewCommand)
public:
    ReviewCommand();
    QString name() const override { return QStringLiteral("review"); }
    QString summary() const override;
};

class ReviewCoverageCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ReviewCoverageCommand)
public:
    QString name() const override { return QStringLiteral("coverage"); }
    QString summary() const override;
    QString description() const override;

protected:
    void defineOptions(OptionParser &parser) const override;
    int execute(Context &context, const OptionParser &options) override;
};

class ReviewDueCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ReviewDueCommand)
public:
    QString name() const override { return QStringLiteral("due"); }
    QString summary() const override;

protected:
    void defineOptions(OptionParser &parser) const override;
    int execute(Context &context, const OptionParser &options) override;
};

// import visits FILE.csv [--errors OUT.csv]
class ImportVisitsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ImportVisitsCommand)
public:
    QString name() const override { return QStringLiteral("visits"); }
    QString summary() const override;
    QString description() const override;
    bool signsIn() const override { return true; }

protected:
    void defineOptions(OptionParser &parser) const override;
    int execute(Context &context, const OptionParser &options) override;
};

} // namespace relief::cli
