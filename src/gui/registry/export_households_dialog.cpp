#include "export_households_dialog.h"

#include "ui_export_households_dialog.h"

#include "gui/shell/app_context.h"
#include "gui/widgets/display_text.h"
#include "gui/widgets/job_runner.h"
#include "gui/widgets/message_boxes.h"

#include "services/output_file.h"
#include "storage/database.h"

#include <QCloseEvent>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLayout>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>

namespace relief::gui {

// One export's inputs, copied for the worker (JobRunner, a connection of its own
// from AppContext::connections()).
struct ExportHouseholdsJob
{
    const services::Clock *clock = nullptr;
    services::Session session;
    services::LedgerExportKind kind = services::LedgerExportKind::Households;
    bool unmasked = false;
    bool includeFormer = false;
    QString path;

    // Runs on the worker thread, with the runner's connection and control: the
    // service reports its stage and the households read, and stops (nothing
    // written, an unmasked export's audit record rolled back) when asked; the
    // control is asked once more before the file replaces what was there.
    Result<Unit> run(storage::Database &db, services::JobControl &control) const
    {
        // Never over the database's own files (defect 6), checked before the export.
        if (auto refused = services::refuseDatabaseFile(db.path(), path.toStdString());
            !refused.ok())
            return refused.error();
        services::LedgerImportService ledger(db, *clock);
        const auto csv = ledger.exportCsv(&session, kind, services::CsvTarget::File, unmasked,
                                          includeFormer, control);
        if (!csv.ok())
            return csv.error();
        const auto cancelled = [] {
            return Error {
                ErrorCode::Cancelled, services::LedgerImportService::exportCancelledMessage(), {}};
        };
        if (control.cancelRequested())
            return cancelled();
        // QSaveFile: a failed write leaves the file that was there, not half a ledger.
        QSaveFile file(path);
        const bool written = file.open(QIODevice::WriteOnly) &&
            file.write(csv->data(), static_cast<qint64>(csv->size())) ==
                static_cast<qint64>(csv->size());
        if (written && control.cancelRequested()) {
            file.cancelWriting();
            return cancelled();
        }
        if (!written || !file.commit())
            return Error {ErrorCode::Internal,
                          ss(ExportHouseholdsDialog::tr("The file could not be written: %1")
                                 .arg(file.errorString())),
                          {}};
        return Unit {};
    }
};

ExportHouseholdsDialog::ExportHouseholdsDialog(AppContext &context, services::Session session,
                                               QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::ExportHouseholdsDialog>())
    , m_context(context)
    , m_session(std::move(session))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("exportHouseholdsDialog"));
    m_ui->exportKindCombo->addItem(tr("Households (members grouped by household)"),
                                   static_cast<int>(services::LedgerExportKind::Households));
    m_ui->exportKindCombo->addItem(tr("Persons (each person once)"),
                                   static_cast<int>(services::LedgerExportKind::Persons));
    m_mayUnmask = m_context.registry().allows(m_session, services::Action::ExportUnmasked);
    m_ui->unmaskedCheck->setEnabled(m_mayUnmask);
    if (!m_mayUnmask)
        m_ui->unmaskedCheck->setToolTip(tr("Your role may export masked numbers only."));
    m_ui->errorLabel->hide();
    m_runner = new JobRunner(m_context.connections(), this);
    m_runner->setObjectName(QStringLiteral("exportJobRunner"));
    // The job's reports (the runner's control), on this thread.
    connect(m_runner, &JobRunner::stageChanged, this, [this](const QString &text) {
        m_stage = text;
        updateStage();
    });
    connect(m_runner, &JobRunner::progressChanged, this, [this](qint64 done, qint64 total) {
        if (total <= 0)
            return;
        m_ui->exportProgress->setRange(0, static_cast<int>(total));
        m_ui->exportProgress->setValue(static_cast<int>(done));
    });
    connect(m_runner, &JobRunner::cancelRequestedChanged, this, [this] {
        m_stage = tr("Cancelling…");
        updateStage();
    });
    m_tick = new QTimer(this);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &ExportHouseholdsDialog::updateStage);
    setBusy(false);

    QPushButton *save = m_ui->buttonBox->button(QDialogButtonBox::Save);
    save->setObjectName(QStringLiteral("saveButton"));
    save->setText(tr("E&xport"));
    save->setDefault(true);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)
        ->setObjectName(QStringLiteral("cancelButton"));
    suggestFileName();

    connect(m_ui->exportKindCombo, &QComboBox::currentIndexChanged, this,
            &ExportHouseholdsDialog::suggestFileName);
    connect(m_ui->exportFileEdit, &QLineEdit::textEdited, this, [this] {
        m_overwriteConfirmed.clear();
        m_ui->errorLabel->hide();
    });
    connect(m_ui->chooseExportFileButton, &QPushButton::clicked, this,
            &ExportHouseholdsDialog::chooseFile);
    connect(save, &QPushButton::clicked, this, &ExportHouseholdsDialog::attemptExport);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->exportKindCombo->setFocus();
    resize(minimumWidth(), layout()->heightForWidth(minimumWidth()));
}

ExportHouseholdsDialog::~ExportHouseholdsDialog() = default; // the runner waits for its job

bool ExportHouseholdsDialog::isBusy() const
{
    return m_runner && m_runner->isRunning();
}

void ExportHouseholdsDialog::reject()
{
    if (isBusy())
        return; // refused while busy: the export ends by itself (a cancel through the
                // runner's control, as when the application goes away, stops it unwritten)
    QDialog::reject();
}

void ExportHouseholdsDialog::closeEvent(QCloseEvent *event)
{
    if (isBusy()) {
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

// households-20250915.csv in the documents folder, until the user types a name.
void ExportHouseholdsDialog::suggestFileName()
{
    const QString current = m_ui->exportFileEdit->text();
    if (!current.isEmpty() && current != m_suggested)
        return;
    const bool persons =
        static_cast<services::LedgerExportKind>(m_ui->exportKindCombo->currentData().toInt()) ==
        services::LedgerExportKind::Persons;
    const QString day = toQDate(m_context.clock().today()).toString(QStringLiteral("yyyyMMdd"));
    const QString name = (persons ? tr("persons-%1.csv") : tr("households-%1.csv")).arg(day);
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    m_suggested = QDir::toNativeSeparators(QDir(folder).filePath(name));
    m_ui->exportFileEdit->setText(m_suggested);
    m_overwriteConfirmed.clear();
}

void ExportHouseholdsDialog::chooseFile()
{
    auto *files = new QFileDialog(this, tr("Export households"),
                                  QDir::fromNativeSeparators(m_ui->exportFileEdit->text()),
                                  tr("CSV files (*.csv)"));
    files->setObjectName(QStringLiteral("exportFileDialog"));
    files->setAttribute(Qt::WA_DeleteOnClose);
    files->setAcceptMode(QFileDialog::AcceptSave);
    files->setDefaultSuffix(QStringLiteral("csv"));
    connect(files, &QFileDialog::fileSelected, this, [this](const QString &path) {
        m_ui->exportFileEdit->setText(QDir::toNativeSeparators(path));
        // The file dialog has asked about replacing it already.
        m_overwriteConfirmed = path;
        m_ui->errorLabel->hide();
    });
    files->open();
}

void ExportHouseholdsDialog::showProblem(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->show();
}

void ExportHouseholdsDialog::attemptExport()
{
    m_ui->errorLabel->hide();
    const QString path = QDir::fromNativeSeparators(m_ui->exportFileEdit->text().trimmed());
    if (path.isEmpty()) {
        m_ui->exportFileEdit->setFocus();
        return showProblem(tr("Choose where to save the file."));
    }
    const QFileInfo info(path);
    if (info.isDir())
        return showProblem(
            tr("%1 is a folder; add a file name.").arg(QDir::toNativeSeparators(path)));
    if (info.exists() && m_overwriteConfirmed != path) {
        m_overwriteConfirmed = path;
        return showProblem(tr("%1 exists already. Press Export again to replace it.")
                               .arg(QDir::toNativeSeparators(path)));
    }
    exportTo(path);
}

void ExportHouseholdsDialog::exportTo(const QString &path)
{
    if (isBusy())
        return;
    m_ui->errorLabel->hide();
    auto job = std::make_shared<ExportHouseholdsJob>();
    job->clock = &m_context.clock();
    job->session = m_session;
    job->kind =
        static_cast<services::LedgerExportKind>(m_ui->exportKindCombo->currentData().toInt());
    job->unmasked = m_mayUnmask && m_ui->unmaskedCheck->isChecked();
    job->includeFormer = m_ui->includeFormerCheck->isChecked();
    job->path = path;
    const bool started = m_runner->start<Unit>(
        tr("Export households"),
        [job](storage::Database &db, services::JobControl &control) {
            return job->run(db, control);
        },
        [this, job](Result<Unit> result) { finished(*job, result); });
    if (started) {
        m_stage = tr("Writing the export…");
        m_ui->exportProgress->setRange(0, 0); // busy until the first report
        setBusy(true);
    }
}

void ExportHouseholdsDialog::finished(const ExportHouseholdsJob &job, const Result<Unit> &result)
{
    setBusy(false);
    if (!result.ok()) {
        if (result.error().code == ErrorCode::Cancelled) {
            // Stopped by the user: the dialog goes away as Cancel asked.
            Q_EMIT exportFinished(false);
            QDialog::reject();
            return;
        }
        showProblem(result.error().message.empty() ? tr("The export stopped.")
                                                   : qs(result.error().message));
        Q_EMIT exportFinished(false);
        return;
    }
    Q_EMIT exportFinished(true);
    showInfo(parentWidget(), tr("Export households"),
             tr("Saved to %1.").arg(QDir::toNativeSeparators(job.path)));
    accept();
}

void ExportHouseholdsDialog::setBusy(bool busy)
{
    m_ui->exportProgress->setVisible(busy);
    m_ui->exportStageLabel->setVisible(busy);
    m_ui->exportKindCombo->setEnabled(!busy);
    m_ui->includeFormerCheck->setEnabled(!busy);
    m_ui->unmaskedCheck->setEnabled(!busy && m_mayUnmask);
    m_ui->exportFileEdit->setReadOnly(busy);
    m_ui->chooseExportFileButton->setEnabled(!busy);
    m_ui->buttonBox->setEnabled(!busy);
    if (busy) {
        updateStage();
        m_tick->start();
    } else {
        m_tick->stop();
    }
}

void ExportHouseholdsDialog::updateStage()
{
    if (!isBusy())
        return;
    const qint64 seconds = m_runner->elapsedMs() / 1000;
    const QString text = m_stage;
    m_ui->exportStageLabel->setText(seconds > 0 ? tr("%1 (%2 s)").arg(text).arg(seconds) : text);
}

} // namespace relief::gui
