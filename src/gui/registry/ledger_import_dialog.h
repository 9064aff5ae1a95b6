#pragma once

// Imports a household ledger (CSV, data-formats §3; ui/ledger_import_dialog.ui):
// choose the file (or type its path), see a preview (the rows read, households
// found, warnings, or every bad row with line, column, value and reason, which
// can be saved as a CSV to fix in Excel), then import all or nothing and read the
// report: households created, updated and unchanged, and every amount that
// differs from the rules, listed for review.
//
// The reading, the preview and the import run on a worker thread with a
// database connection of its own (the same file, a LedgerImportService of its
// own, the context's clock), so the window never freezes and the GUI's
// connection is never used from two threads. The bar shows the rows written of
// the file's rows (the service reports about every 200 rows, queued to the GUI
// thread). The preview and the import can be cancelled at any time: the worker
// stops at its next check of the runner's JobControl (the service checks it
// after each report and before the commit), an import's one transaction is rolled back
// and nothing is written; the preview stays, to be imported again.

#include "services/session.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <string>

class QCloseEvent;
class QTimer;

namespace Ui {
class LedgerImportDialog;
}

namespace relief::services {
struct LedgerImportReport;
}

namespace relief::gui {

class AppContext;
class JobRunner;
class LedgerRowsModel;
struct LedgerImportJob;

class LedgerImportDialog : public QDialog
{
    Q_OBJECT
public:
    LedgerImportDialog(AppContext &context, services::Session session, QWidget *parent = nullptr);
    ~LedgerImportDialog() override;

    // Reads the file and starts its preview (what the file field's Enter does).
    void setFile(const QString &path);
    // Starts the import of the previewed file (the bytes previewed, even if the
    // file has changed since).
    void startImport();
    // Asks the running preview or import to stop (an import writes nothing then,
    // unless its last rows were already written); false when nothing runs or a
    // cancel is already pending.
    bool cancel();
    // Tests: called on the worker thread at each progress report (rows done of
    // the file's rows), before the cancel request is read.
    void setProgressHookForTesting(std::function<void(int done, int total)> hook);
    bool isBusy() const;
    // Writes the preview's error list (writeLedgerErrorsCsv); false on failure.
    bool saveErrorReport(const QString &path);

    void reject() override;

Q_SIGNALS:
    void imported();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void chooseFile();
    void chooseErrorReportFile();
    void run(bool preview);
    void finished(const std::shared_ptr<LedgerImportJob> &job);
    void showProgress(qint64 done, qint64 total);
    void showReport(const services::LedgerImportReport &report, bool preview);
    void setBusy(bool busy);
    void updateStage();
    void invalidate();

    std::unique_ptr<::Ui::LedgerImportDialog> m_ui;
    AppContext &m_context;
    services::Session m_session;
    QString m_path;
    std::shared_ptr<const std::string> m_bytes; // the previewed file
    std::unique_ptr<services::LedgerImportReport> m_report;
    LedgerRowsModel *m_rows = nullptr;
    std::shared_ptr<LedgerImportJob> m_job;
    JobRunner *m_runner = nullptr; // the preview and the import run on it (issue 10 §2)
    QTimer *m_tick = nullptr;
    QString m_stage;
    std::function<void(int, int)> m_progressHook;
};

} // namespace relief::gui
