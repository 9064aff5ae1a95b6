#pragma once

// "Import bank results…" (回盘, issue 12 §3; ui/payroll/bank_result_dialog.ui): the
// bank's result file (.csv or .xlsx, read here, at most kMaxFileBytes), the template
// whose result mapping reads it and, optionally, the one programme the file answers
// for. Preview asks the payroll page to run BankService::reconcile as a dry run in
// the background (reconcileRequested); the outcome (showReport) gives the counts,
// the bad rows (then nothing can be applied) and the rows not recorded (unmatched,
// or refused because the payment was reissued). Apply runs the same bytes for real;
// the page then reads the roll again (reconciled once every payment has a result).
// Changing the file, template or programme asks for a new preview.

#include "services/bank/bank_service.h"
#include "services/session.h"

#include "domain/year_month.h"

#include <QDialog>

#include <memory>
#include <optional>
#include <string>

namespace relief::gui {

class Ui_BankResultDialog;

class AppContext;

class BankResultDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr qint64 kMaxFileBytes = 200LL * 1024 * 1024;

    BankResultDialog(AppContext &context, services::Session session, const YearMonth &month,
                     QWidget *parent = nullptr);
    ~BankResultDialog() override;

    void setFile(const QString &path);
    QString file() const;
    // What the buttons do: read the file and ask for a dry run; ask for the real run.
    void preview();
    void apply();
    // While the job runs (the page says so), the buttons are disabled.
    void setBusy(bool busy);
    // The page's answer to reconcileRequested.
    void showReport(const Result<services::ReconcileReport> &result, bool dryRun);

    bool canApply() const { return m_previewed; }
    const std::optional<services::ReconcileReport> &report() const { return m_report; }

Q_SIGNALS:
    void reconcileRequested(const QString &templateId, std::shared_ptr<const std::string> bytes,
                            const services::ReconcileOptions &options);

private:
    void chooseFile();
    void invalidate();
    void clearReport();
    void fillReport(const services::ReconcileReport &report, bool dryRun);
    void updateButtons();
    services::ReconcileOptions options(bool dryRun) const;

    std::unique_ptr<Ui_BankResultDialog> m_ui;
    YearMonth m_month;
    std::shared_ptr<const std::string> m_bytes; // the file as previewed
    std::optional<services::ReconcileReport> m_report;
    bool m_previewed = false; // a clean dry run of the current choice: Apply may run
    bool m_busy = false;
    bool m_hasTemplates = false;
};

} // namespace relief::gui
