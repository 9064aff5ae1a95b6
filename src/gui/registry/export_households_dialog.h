#pragma once

// Exports the registry as a ledger CSV (data-formats §3; ui/export_households_dialog.ui):
// households or persons, masked unless the role may see personal numbers and
// the user ticks unmasked (which the service audits). The file is typed or
// chosen; a file that exists is replaced only when Export is pressed again.
//
// The export is read and written on a worker thread with a database connection
// of its own (the same file, a LedgerImportService of its own, the context's
// clock), so a registry of 100,000 households does not freeze the window; the
// dialog shows a busy bar meanwhile and cannot be closed until it ends.

#include "services/session.h"

#include "domain/result.h"

#include <QDialog>

#include <memory>

class QCloseEvent;
class QTimer;

namespace Ui {
class ExportHouseholdsDialog;
}

namespace relief::gui {

class AppContext;
class JobRunner;
struct ExportHouseholdsJob;

class ExportHouseholdsDialog : public QDialog
{
    Q_OBJECT
public:
    ExportHouseholdsDialog(AppContext &context, services::Session session,
                           QWidget *parent = nullptr);
    ~ExportHouseholdsDialog() override;

    // Starts writing the export to `path` on the worker (nothing when busy).
    // exportFinished follows: on success the dialog says where it was saved and
    // closes, on failure it shows the problem and stays open.
    void exportTo(const QString &path);
    bool isBusy() const;

    void reject() override;

Q_SIGNALS:
    void exportFinished(bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void chooseFile();
    void attemptExport();
    void suggestFileName();
    void showProblem(const QString &message);
    void finished(const ExportHouseholdsJob &job, const Result<Unit> &result);
    void setBusy(bool busy);
    void updateStage();

    std::unique_ptr<::Ui::ExportHouseholdsDialog> m_ui;
    AppContext &m_context;
    services::Session m_session;
    QString m_suggested; // the name put in the field, replaced when the kind changes
    QString m_overwriteConfirmed; // a path that exists and may be replaced
    bool m_mayUnmask = false; // the role allows Action::ExportUnmasked
    JobRunner *m_runner = nullptr; // the export runs on it (issue 10 §2)
    QTimer *m_tick = nullptr;
    QString m_stage; // the job's last stage report
};

} // namespace relief::gui
