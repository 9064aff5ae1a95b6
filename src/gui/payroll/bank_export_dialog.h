#pragma once

// "Export bank files…" of a locked roll (代发, issue 12 §2;
// ui/payroll/bank_export_dialog.ui): the template (BankService::templates) and the
// folder, both remembered; Export asks the payroll page to run
// BankService::exportRoll as a background job (exportRequested) and the page hands
// the outcome back (showResult): the files written with their programme, rows and
// total, or the service's refusal (which names the households to fix).

#include "services/bank/bank_service.h"
#include "services/session.h"

#include "domain/year_month.h"

#include <QDialog>

#include <memory>

namespace relief::gui {

class Ui_BankExportDialog;

class AppContext;

class BankExportDialog : public QDialog
{
    Q_OBJECT
public:
    BankExportDialog(AppContext &context, services::Session session, const YearMonth &month,
                     QWidget *parent = nullptr);
    ~BankExportDialog() override;

    QString templateId() const;
    QString folder() const;
    void setFolder(const QString &folder);
    // What Export does: checks the choice, remembers it, emits exportRequested.
    void exportFiles();
    // While the job runs (the page says so), Export is disabled.
    void setBusy(bool busy);
    void showResult(const Result<services::BankExportResult> &result);

Q_SIGNALS:
    void exportRequested(const QString &templateId, const QString &folder);

private:
    void chooseFolder();

    std::unique_ptr<Ui_BankExportDialog> m_ui;
    YearMonth m_month;
};

} // namespace relief::gui
