#pragma once

// Imports a household ledger (CSV, data-formats §3): choose the file, see a
// preview (rows and households found, warnings, or every bad row with line,
// column, value and reason, which can be saved as a CSV to fix in Excel), then
// import all or nothing and read the report: households created, updated and
// unchanged, and every amount that differs from the rules, listed for review.
// The service runs on a worker thread so the window never freezes.

#include "services/session.h"

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QThread;

namespace relief::services {
struct LedgerImportReport;
}

namespace relief::gui {

class AppContext;

class LedgerImportDialog : public QDialog
{
    Q_OBJECT
public:
    LedgerImportDialog(AppContext &context, services::Session session, QWidget *parent = nullptr);
    ~LedgerImportDialog() override;

    // Reads the file and starts its preview.
    void setFile(const QString &path);
    // Starts the import of the previewed file.
    void startImport();
    bool isBusy() const { return m_thread != nullptr; }
    // Writes the preview's error list (writeLedgerErrorsCsv); false on failure.
    bool saveErrorReport(const QString &path);

Q_SIGNALS:
    void imported();

private:
    void chooseFile();
    void chooseErrorReportFile();
    void run(bool preview);
    void showReport(const services::LedgerImportReport &report, bool preview);
    void setBusy(bool busy);

    AppContext &m_context;
    services::Session m_session;
    QString m_path;
    QByteArray m_bytes;
    std::unique_ptr<services::LedgerImportReport> m_report;
    QThread *m_thread = nullptr;
    QLineEdit *m_fileEdit = nullptr;
    QPushButton *m_browseButton = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QTableWidget *m_errorTable = nullptr;
    QPlainTextEdit *m_reportText = nullptr;
    QPushButton *m_saveErrorsButton = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace relief::gui
