#pragma once

// The printed roll (发放花名册, issue 12 §4) of a month: per community its lines,
// a fixed number of rows a page (22–25) with the page's subtotal, the community's
// total on its last page; then a summary (per community and programme, per
// programme, the grand total and the grand total in Chinese capitals). Every page
// has the office, the month and "page N of M" above, and below who prepared and
// who approved the roll and its lock record (or a clear "not locked (draft)").
//
// Painted page by page with QPainter (no QTextDocument): the lines are read in
// keyset pages through a RollLinePager (PayrollService::lines), twice — a first
// pass counts each community's lines for the page numbers and the summary, the
// second paints them — so a 100,000-line roll never sits in memory.
// A draft that changes between the passes is an error (print again).

#include "services/job_control.h"
#include "services/payroll/payroll_service.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <functional>
#include <vector>

class QPagedPaintDevice;

namespace relief::reports {

// The lines after `afterId` that pass `filter`, at most `limit`, in id order.
using RollLinePager = std::function<Result<std::vector<services::RollLineView>>(
    const services::RollLineFilter &filter, std::int64_t afterId, int limit)>;

struct RollRegisterOptions
{
    QString officeName;
    QString printedDate; // in every page's footer
    int rowsPerPage = 25; // clamped to 22–25
    int fetchSize = 500; // lines read at a time
};

struct RollRegisterResult
{
    int pages = 0;
    int lines = 0;
    Money amount;
};

class RollRegisterReport
{
    Q_DECLARE_TR_FUNCTIONS(RollRegisterReport)

public:
    static constexpr int kMinRowsPerPage = 22;
    static constexpr int kMaxRowsPerPage = 25;

    RollRegisterReport(services::RollSummary roll, RollLinePager pager,
                       RollRegisterOptions options);

    // The roll's lines as `session` may see them (accounts masked unless the role
    // may see them in full). The service and the session must outlive the pager.
    static RollLinePager servicePager(services::PayrollService &service,
                                      const services::Session &session, const YearMonth &month);

    // A4 landscape, 12 mm margins: what print() expects of a printer or a PDF writer.
    static void setUpPage(QPagedPaintDevice *device);

    // Paints every page; the stage and progress go to `job`, which may cancel
    // between reads (ErrorCode::Cancelled).
    Result<RollRegisterResult> print(QPagedPaintDevice *device,
                                     services::JobControl &job = services::noJobControl()) const;
    // The PDF (nothing left behind on failure).
    Result<RollRegisterResult> writePdf(const QString &path,
                                        services::JobControl &job = services::noJobControl()) const;

    // "2025年12月发放花名册.pdf" (Chinese names, as the office files them).
    static QString fileName(const YearMonth &month);
    // The footer's lock line: "Locked 2025-12-20 08:30 UTC by qian: 120 lines,
    // 1234.00 yuan; audit head #57 ab12cd34ef56ab12 (first 16 hex digits of its
    // hash)", or "NOT LOCKED (DRAFT) …" for a roll that is not locked.
    static QString lockRecord(const services::RollSummary &roll);
    // 制表人: who submitted the roll, else who generated it; 审核人: who approved it.
    static QString preparedBy(const services::RollSummary &roll);
    static QString approvedBy(const services::RollSummary &roll);

private:
    services::RollSummary m_roll;
    RollLinePager m_pager;
    RollRegisterOptions m_options;
};

} // namespace relief::reports
