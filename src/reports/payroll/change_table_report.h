#pragma once

// The printed change table (增减表, PR-8) of a month's roll against the month
// before: per community and programme the groups new / stopped / increased /
// decreased (households, persons, before, after, difference), the check line
// M−1 + Σ differences = M, the cases with their reasons, signature lines for
// the preparer and the checker, and the roll's state and lock record (for the
// page footer: footerNote()).

#include "reports/applications/application_forms.h" // OfficeHeading

#include "services/payroll/payroll_service.h"

#include <QCoreApplication>
#include <QString>

namespace relief::reports {

class ChangeTableReport
{
    Q_DECLARE_TR_FUNCTIONS(ChangeTableReport)

public:
    // One section per community and programme (a page break between communities).
    static QString html(const services::ChangeTableView &view, const OfficeHeading &office);
    // "Roll 2025-12: locked by zhao at …; 120 lines, 123456.00 yuan; audit head #57 ab12…"
    static QString rollRecord(const services::RollSummary &roll);
    // The current roll's record, and the previous roll's when there is one.
    static QString footerNote(const services::ChangeTableView &view);
    // Suggested file name, "增减表-2025-12.pdf" (Chinese names, as the office files them).
    static QString fileName(const YearMonth &month);
};

} // namespace relief::reports
