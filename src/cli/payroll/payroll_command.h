#pragma once

// `payroll …` (data-formats §6, issue 11 §4): the month's roll from generation to
// lock, its holds, `show` (no sign-in: totals only) and `lines`. Every step signs
// in with --as; the payroll service checks the role, the four-eyes rule and the
// roll's state, and audits. `export` writes the bank files of a locked roll
// (issue 12 §2); `reconcile` reads the bank's results, `failed` and `confirm-account`
// handle the failed payments (§3, PR-7).

#include "cli/command_group.h"

#include "domain/payroll/roll_workflow.h"

namespace relief::cli {

class PayrollCommand final : public CommandGroup
{
    Q_DECLARE_TR_FUNCTIONS(PayrollCommand)
public:
    PayrollCommand();
    QString name() const override { return QStringLiteral("payroll"); }
    QString summary() const override;
};

// generate, submit, approve, lock: --month M and nothing else.
class PayrollStepCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PayrollStepCommand)
public:
    explicit PayrollStepCommand(payroll::RollStep step)
        : m_step(step)
    { }
    QString name() const override;
    QString summary() const override;
    QString description() const override;
    bool signsIn() const override { return true; }

protected:
    void defineOptions(OptionParser &parser) const override;
    int execute(Context &context, const OptionParser &options) override;

private:
    payroll::RollStep m_step;
};

// return --month M --reason TEXT: a supervisor sends a submitted roll back to draft.
class PayrollReturnCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PayrollReturnCommand)
public:
    QString name() const override { return QStringLiteral("return"); }
    QString summary() const override;
    bool signsIn() const override { return true; }

protected:
    void defineOptions(OptionParser &parser) const override;
    int execute(Context &context, const OptionParser &options) override;
};

// hold --line ID --reason TEXT, release --line ID: a caseworker, in a draft.
class PayrollHoldCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PayrollHoldCommand)
public:
    explicit PayrollHoldCommand(bool release)
        : m_release(release)
    { }
    QString name() const override
    {
        return m_release ? QStringLiteral("release") : QStringLiteral("hold");
    }
    QString summary() const override;
    bool signsIn() const override { return true; }

protected:
    void defineOptions(OptionParser &parser) const override;
    int execute(Context &context, const OptionParser &options) override;

private:
    bool m_release;
};

// show --month M [--json]: no sign-in; totals only, no personal data.
class PayrollShowCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PayrollShowCommand)
public:
    QString name() const override { return QStringLiteral("show"); }
    QString summary() const override;
    QString description() const override;

protected:
    void defineOptions(OptionParser &parser) const override;
    int execute(Context &context, const OptionParser &options) override;
};

// lines --month M [--community NAME] [--programme KEY]: the roll's lines, accounts
// masked unless the role may see personal numbers.
class PayrollLinesCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PayrollLinesCommand)
public:
    QString name() const override { return QStringLiteral("lines"); }
    QString summary() const override;
    QString description() const override;
    bool signsIn() const override { return true; }

protected:
    void defineOptions(OptionParser &parser) const override;
    int execute(Context &context, const OptionParser &options) override;
};

// export --month M --template ID --out DIR (issue 12 §2): the bank files of a locked
// roll, one per programme (split at the template's max_rows); prints their paths.
class PayrollExportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PayrollExportCommand)
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    QString description() const override;
    bool signsIn() const override { return true; }

protected:
    void defineOptions(OptionParser &parser) const override;
    int execute(Context &context, const OptionParser &options) override;
};

// reconcile --month M --template ID --file FILE [--programme P] [--dry-run] (issue 12
// §3): the bank's result file (回盘) matched to the roll's latest export; prints the
// rows that matched nothing on standard output, the summary on standard error. A file
// with bad rows is refused as a whole (exit 2, each row named).
class PayrollReconcileCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PayrollReconcileCommand)
public:
    QString name() const override { return QStringLiteral("reconcile"); }
    QString summary() const override;
    QString description() const override;
    bool signsIn() const override { return true; }

protected:
    void defineOptions(OptionParser &parser) const override;
    int execute(Context &context, const OptionParser &options) override;
};

// failed: the failed payments of locked rolls and what their reissue waits for (PR-7).
class PayrollFailedCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PayrollFailedCommand)
public:
    QString name() const override { return QStringLiteral("failed"); }
    QString summary() const override;
    bool signsIn() const override { return true; }

protected:
    void defineOptions(OptionParser &parser) const override;
    int execute(Context &context, const OptionParser &options) override;
};

// confirm-account --payment ID --note TEXT: the same account may be paid again (PR-7).
class PayrollConfirmAccountCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PayrollConfirmAccountCommand)
public:
    QString name() const override { return QStringLiteral("confirm-account"); }
    QString summary() const override;
    bool signsIn() const override { return true; }

protected:
    void defineOptions(OptionParser &parser) const override;
    int execute(Context &context, const OptionParser &options) override;
};

} // namespace relief::cli
