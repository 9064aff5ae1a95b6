#include "payroll_text.h"

#include <iterator>

namespace relief::reports {

namespace {
template<std::size_t N> QString pick(const char *const (&names)[N], std::size_t i)
{
    return i < N ? PayrollText::tr(names[i]) : QString();
}
} // namespace

QString PayrollText::programme(payroll::LineProgramme p)
{
    static const char *const names[] = {
        QT_TR_NOOP("Minimum living allowance"),
        QT_TR_NOOP("Single-person allowance"),
        QT_TR_NOOP("Extreme-poverty support"),
        QT_TR_NOOP("Child allowance"),
        QT_TR_NOOP("Disability living subsidy"),
        QT_TR_NOOP("Disability care subsidy"),
        QT_TR_NOOP("Price subsidy"),
    };
    return pick(names, static_cast<std::size_t>(p));
}

QString PayrollText::kind(payroll::LineKind k)
{
    static const char *const names[] = {QT_TR_NOOP("Regular"), QT_TR_NOOP("Back pay"),
                                        QT_TR_NOOP("Reissue")};
    return pick(names, static_cast<std::size_t>(k));
}

QString PayrollText::state(payroll::RollState s)
{
    static const char *const names[] = {QT_TR_NOOP("Draft"), QT_TR_NOOP("Submitted"),
                                        QT_TR_NOOP("Approved"), QT_TR_NOOP("Locked"),
                                        QT_TR_NOOP("Reconciled")};
    return pick(names, static_cast<std::size_t>(s));
}

QString PayrollText::step(payroll::RollStep s)
{
    static const char *const names[] = {
        QT_TR_NOOP("Generate"), QT_TR_NOOP("Hold…"),     QT_TR_NOOP("Release"),
        QT_TR_NOOP("Submit"),   QT_TR_NOOP("Return…"),   QT_TR_NOOP("Approve"),
        QT_TR_NOOP("Lock"),     QT_TR_NOOP("Reconcile"),
    };
    return pick(names, static_cast<std::size_t>(s));
}

QString PayrollText::changeKind(payroll::ChangeKind k)
{
    static const char *const names[] = {QT_TR_NOOP("New"), QT_TR_NOOP("Stopped"),
                                        QT_TR_NOOP("Increased"), QT_TR_NOOP("Decreased")};
    return pick(names, static_cast<std::size_t>(k));
}

QString PayrollText::decisionKind(DecisionKind k)
{
    static const char *const names[] = {
        QT_TR_NOOP("Grant"),    QT_TR_NOOP("Increase"),        QT_TR_NOOP("Decrease"),
        QT_TR_NOOP("Maintain"), QT_TR_NOOP("Standard change"), QT_TR_NOOP("Gradual exit"),
        QT_TR_NOOP("Stop"),
    };
    return pick(names, static_cast<std::size_t>(k));
}

QString PayrollText::month(const YearMonth &m)
{
    return tr("%1-%2").arg(m.year()).arg(m.month(), 2, 10, QLatin1Char('0'));
}

} // namespace relief::reports
