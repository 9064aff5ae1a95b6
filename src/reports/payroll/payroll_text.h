#pragma once

// User-facing names of the payroll's vocabulary (programmes of a roll line, line
// kinds, roll states and steps, change kinds, decision kinds), translated; the
// 待遇发放 page and the printed 增减表 use the same words.

#include "domain/payroll/change_table.h"
#include "domain/payroll/payroll_types.h"
#include "domain/payroll/roll_workflow.h"

#include <QCoreApplication>
#include <QString>

namespace relief::reports {

class PayrollText
{
    Q_DECLARE_TR_FUNCTIONS(PayrollText)

public:
    static QString programme(payroll::LineProgramme p);
    static QString kind(payroll::LineKind k);
    static QString state(payroll::RollState s);
    // As a button's text: "Generate", "Submit"…
    static QString step(payroll::RollStep s);
    static QString changeKind(payroll::ChangeKind k);
    static QString decisionKind(DecisionKind k);
    // "2025-12" as the office writes it: "2025年12月" in Chinese, "2025-12" otherwise.
    static QString month(const YearMonth &m);
};

} // namespace relief::reports
