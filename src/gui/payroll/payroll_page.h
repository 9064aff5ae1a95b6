#pragma once

// 待遇发放 (issue 11 §2): a month's roll (ui/payroll/payroll_page.ui). The month
// picker, the roll's state and step history (at lock: its totals and the audit
// head), the steps the user may take now (the others disabled with the reason as
// their tooltip, or hidden when the user's role never takes them), generation as
// a background job with a progress dialog, the lines in a lazy model with their
// filters applied in SQL, the totals by programme and kind, the problems (double-
// click: the line), Hold… / Release on the selected line, Return… with a reason,
// the change table (增减表), and the printed roll (发放花名册): a print preview and
// a PDF written as a background job; the bank (issue 12): the bank files of a
// locked roll, the bank's results (回盘) and the failed payments. Every refusal
// shows the service's message.

#include "services/payroll/payroll_service.h"
#include "services/session.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>
#include <string>

class QFileDialog;
class QPrintPreviewDialog;
class QProgressDialog;
class QTimer;

namespace relief::services {
struct ReconcileOptions;
}

namespace relief::gui {

class Ui_PayrollPage;

class AppContext;
class BankExportDialog;
class BankResultDialog;
class ChangeTableDialog;
class FailedPaymentsDialog;
class JobRunner;
class ReasonDialog;
class RollLineModel;

class PayrollPage : public QWidget
{
    Q_OBJECT
public:
    PayrollPage(AppContext &context, services::Session session, QWidget *parent = nullptr);
    ~PayrollPage() override;

    // The month after the latest locked roll, or the current month.
    YearMonth defaultMonth();
    YearMonth month() const;
    void setMonth(const YearMonth &month);
    // Reads the month's roll again (after a step, or another user's).
    void refresh();

    // What the buttons do; each shows the service's refusal in the message label.
    // Generate starts the background job (see isBusy()); Return and Hold open their
    // dialogs (window-modal, deleted on close).
    void takeStep(payroll::RollStep step);
    ReasonDialog *openHold();
    ReasonDialog *openReturn();
    void releaseSelected();
    ChangeTableDialog *openChangeTable();
    // The printed roll of M (reports::RollRegisterReport, a draft marked as such):
    // the print preview (objectName "rollPreviewDialog", window-modal, deleted on
    // close; painting shows a progress dialog when it takes more than a moment), and
    // "Export roll as PDF…" through a file dialog ("rollPdfFileDialog") suggesting
    // "2025年12月发放花名册.pdf", which writes with exportRollPdf.
    QPrintPreviewDialog *openRollPreview();
    QFileDialog *openRollPdf();
    // Writes the PDF as a background job (progress dialog "rollPdfProgressDialog",
    // cancellable; nothing left behind on failure); false while another job runs.
    bool exportRollPdf(const QString &path);
    // The bank (issue 12), window-modal dialogs deleted on close: "Export bank
    // files…" of a locked or reconciled roll (ExportBankFiles), "Import bank
    // results…" (ReconcilePayroll) and "Failed payments…". The export and the
    // reconciliation run on the page's job runner behind a progress dialog over the
    // dialog ("bankExportProgressDialog", "bankResultProgressDialog"); after an
    // applied import the page reads the roll again. nullptr when not offered now.
    BankExportDialog *openBankExport();
    BankResultDialog *openBankResults();
    FailedPaymentsDialog *openFailedPayments();
    // Shows the problem's line (filters cleared, searched by its household).
    void goToProblem(int row);
    // Selects the line in the table when it matches the filter; false otherwise.
    bool selectLine(std::int64_t lineId);

    bool isBusy() const;
    const std::optional<services::RollOverview> &overview() const { return m_overview; }
    RollLineModel *lineModel() const { return m_lines; }
    const services::RollLineView *selectedLine() const;

Q_SIGNALS:
    // A step changed M's roll (the household pages may show new payments).
    void rollChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void setupFilters();
    void applyFilters();
    services::RollLineFilter currentFilter() const;
    void showOverview();
    void updateButtons();
    void updateLineButtons();
    void fillTotals();
    void fillProblems();
    void fillHistory();
    QString refusalHint(payroll::RollStep step) const;
    void startGenerate();
    void generateFinished(Result<services::RollSummary> result);
    void stepDone(const QString &done, const Status &status);
    bool mayEver(payroll::RollStep step) const;
    void updateBankButtons();
    // m_progress over `over` (window-modal, cancellable: cancels the job), shown by
    // the caller once the job has started.
    void makeProgress(QWidget *over, const QString &objectName, const QString &title,
                      const QString &label);
    void closeProgress();
    bool startBankExport(BankExportDialog *dialog, const QString &templateId,
                         const QString &folder);
    bool startReconcile(BankResultDialog *dialog, const QString &templateId,
                        std::shared_ptr<const std::string> bytes,
                        const services::ReconcileOptions &options);
    bool allowed(payroll::RollStep step) const;

    std::unique_ptr<Ui_PayrollPage> m_ui;
    AppContext &m_context;
    services::Session m_session;
    RollLineModel *m_lines = nullptr;
    JobRunner *m_runner = nullptr;
    QPointer<QProgressDialog> m_progress;
    QTimer *m_searchTimer = nullptr;
    std::optional<services::RollOverview> m_overview;
    std::vector<payroll::RollStep> m_allowed;
    bool m_filling = false;
    bool m_shownOnce = false;
};

} // namespace relief::gui
