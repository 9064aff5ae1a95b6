#pragma once

// The payroll service's shared pieces (internal to relief_services): translated
// refusal and problem messages, the roll's situation for checkRollStep, and the
// conversions of storage rows into the service's views.

#include "payroll_service.h"

#include "storage/payroll/payroll_repository.h"

#include <QCoreApplication>
#include <QString>

namespace relief::services::payroll_detail {

class PayrollText
{
    Q_DECLARE_TR_FUNCTIONS(PayrollService)

public:
    // checkRollStep's refusal keys (docs/payroll.md §1.12) for the roll of `month`.
    static QString refusal(std::string_view key, const YearMonth &month,
                           const payroll::RollSituation &situation);
    static QString stateName(payroll::RollState s);
    static QString problem(const std::string &key, const YearMonth &month,
                           const std::string &householdNumber);
    static QString cancelled();
    static QString noRoll(const YearMonth &month);
    static QString noLine();
};

// The roll's situation read inside the caller's transaction.
payroll::RollSituation situationOf(storage::PayrollRepository &repo, const YearMonth &month);

// A refusal as an Error: PermissionDenied for a role or four-eyes, else Conflict.
Error refusalError(std::string_view key, const YearMonth &month,
                   const payroll::RollSituation &situation);

// countLines false: a locked roll's lines and amount are its recorded totals (the list).
RollSummary summaryOf(storage::PayrollRepository &repo, const storage::RollRecord &r,
                      bool countLines = true);
std::vector<RollProblemView> problemViews(storage::PayrollRepository &repo,
                                          const storage::RollRecord &r);
RecoveryView recoveryView(const storage::RecoveryRow &r);
std::optional<RecoveryStatus> parseRecoveryStatus(std::string_view key);
std::string_view recoveryStatusKey(RecoveryStatus s);

} // namespace relief::services::payroll_detail
