#include "ledger_import_dialog.h"

#include "ui_ledger_import_dialog.h"

#include "gui/shell/app_context.h"
#include "gui/widgets/display_text.h"
#include "gui/widgets/job_runner.h"
#include "registry_text.h"

#include "domain/mask.h"
#include "services/output_file.h"
#include "storage/database.h"

#include <QAbstractTableModel>
#include <QCheckBox>
#include <QCloseEvent>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimer>

#include <functional>
#include <optional>

namespace relief::gui {

// The rows of the previewed file, ID numbers masked (the preview is a screen
// anyone passing by may see; the import takes the file as it is).
class LedgerRowsModel final : public QAbstractTableModel
{
public:
    enum Column {
        LineColumn,
        HouseholdColumn,
        RelationColumn,
        NameColumn,
        IdColumn,
        CommunityColumn,
        AddressColumn,
        ProgrammeColumn,
        StatusColumn,
        StartColumn,
        AmountColumn,
        ColumnCount
    };

    explicit LedgerRowsModel(QObject *parent)
        : QAbstractTableModel(parent)
    { }

    void setRows(std::vector<services::LedgerRow> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    std::size_t size() const { return m_rows.size(); }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : ColumnCount;
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        switch (section) {
        case LineColumn:
            return LedgerImportDialog::tr("Line");
        case HouseholdColumn:
            return LedgerImportDialog::tr("Household no.");
        case RelationColumn:
            return LedgerImportDialog::tr("Relation");
        case NameColumn:
            return LedgerImportDialog::tr("Name");
        case IdColumn:
            return LedgerImportDialog::tr("ID number");
        case CommunityColumn:
            return LedgerImportDialog::tr("Community");
        case AddressColumn:
            return LedgerImportDialog::tr("Address");
        case ProgrammeColumn:
            return LedgerImportDialog::tr("Programme");
        case StatusColumn:
            return LedgerImportDialog::tr("Status");
        case StartColumn:
            return LedgerImportDialog::tr("Since");
        case AmountColumn:
            return LedgerImportDialog::tr("Monthly amount");
        default:
            return {};
        }
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.row() >= rowCount())
            return {};
        const services::LedgerRow &r = m_rows[static_cast<std::size_t>(index.row())];
        if (role == Qt::TextAlignmentRole)
            return index.column() == LineColumn || index.column() == AmountColumn
                ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                : QVariant();
        if (role != Qt::DisplayRole)
            return {};
        const bool hasProgramme = r.programme != services::LedgerProgramme::None;
        switch (index.column()) {
        case LineColumn:
            return r.line;
        case HouseholdColumn:
            return qs(r.householdNo);
        case RelationColumn:
            return relationName(r.relation);
        case NameColumn:
            return qs(r.name);
        case IdColumn:
            return qs(maskIdNumber(r.idNumber));
        case CommunityColumn:
            return qs(r.community);
        case AddressColumn:
            return qs(r.address);
        case ProgrammeColumn:
            return programmeText(r.programme);
        case StatusColumn:
            return !hasProgramme ? QString()
                : r.active       ? LedgerImportDialog::tr("Active")
                                 : LedgerImportDialog::tr("Stopped");
        case StartColumn:
            return r.startMonth ? qs(r.startMonth->toString()) : QString();
        case AmountColumn:
            return r.monthlyAmount ? qs(r.monthlyAmount->toString()) : QString();
        default:
            return {};
        }
    }

private:
    static QString programmeText(services::LedgerProgramme p)
    {
        using services::LedgerProgramme;
        switch (p) {
        case LedgerProgramme::None:
            return {};
        case LedgerProgramme::OrphanInstitutional:
            return childStatusName(ChildStatus::OrphanInstitutional);
        case LedgerProgramme::OrphanHome:
            return childStatusName(ChildStatus::OrphanHome);
        case LedgerProgramme::Unsupported:
            return childStatusName(ChildStatus::Unsupported);
        default:
            break;
        }
        const auto programme = services::programmeOf(p);
        return programme ? programmeName(*programme) : QString();
    }

    std::vector<services::LedgerRow> m_rows;
};

// One preview or import, shared by the dialog and its worker thread. The worker
// writes the results; the dialog reads them once the thread has finished.
struct LedgerImportJob
{
    // In.
    const services::Clock *clock = nullptr;
    services::Session session;
    QString filePath;
    std::shared_ptr<const std::string> bytes; // null: read filePath
    std::string fileName;
    bool preview = true;
    bool createCommunities = false; // v1.1: the unknown communities are created
    std::function<void(int, int)> progressHook; // tests: on the worker, at each report
    QElapsedTimer elapsed;

    // Out.
    std::shared_ptr<const std::string> readBytes;
    std::optional<std::vector<services::LedgerRow>> rows; // preview only
    std::optional<Result<services::LedgerImportReport>> result;
    QString failure;
    bool cancelled = false; // the worker stopped on the request: nothing was written

    // Runs on the JobRunner's worker thread with its connection (issue 10 §2). The
    // runner's control carries everything: the stages and the rows written go to
    // the dialog through the runner's signals, and a cancel (the dialog's button,
    // or anyone holding the runner) is read from it here and in the service.
    void run(storage::Database &db, services::JobControl &control)
    {
        if (!bytes) {
            control.stage(ss(LedgerImportDialog::tr("Reading the file…")));
            QFile file(filePath);
            if (!file.open(QIODevice::ReadOnly)) {
                failure =
                    LedgerImportDialog::tr("The file cannot be read: %1").arg(file.errorString());
                return;
            }
            const QByteArray data = file.readAll();
            bytes = std::make_shared<const std::string>(data.constData(),
                                                        static_cast<std::size_t>(data.size()));
            readBytes = bytes;
        }
        if (control.cancelRequested())
            return void(cancelled = true);
        if (preview) {
            rows = services::readLedgerCsv(*bytes, services::currentLang()).rows;
            if (control.cancelRequested())
                return void(cancelled = true);
        }
        services::LedgerImportService ledger(db, *clock);
        HookedControl hooked(control, progressHook);
        result.emplace(
            ledger.importLedger(session, *bytes, fileName, preview, hooked, createCommunities));
        cancelled = !result->ok() && result->error().code == ErrorCode::Cancelled;
    }

private:
    // The runner's control, with the tests' hook called at each progress report
    // (before the service reads the cancel request).
    class HookedControl final : public services::JobControl
    {
    public:
        HookedControl(services::JobControl &inner, const std::function<void(int, int)> &hook)
            : m_inner(inner)
            , m_hook(hook)
        { }
        void stage(const std::string &text) override { m_inner.stage(text); }
        void progress(std::int64_t done, std::int64_t total) override
        {
            if (m_hook)
                m_hook(static_cast<int>(done), static_cast<int>(total));
            m_inner.progress(done, total);
        }
        bool cancelRequested() const override { return m_inner.cancelRequested(); }

    private:
        services::JobControl &m_inner;
        const std::function<void(int, int)> &m_hook;
    };
};

LedgerImportDialog::LedgerImportDialog(AppContext &context, services::Session session,
                                       QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::LedgerImportDialog>())
    , m_context(context)
    , m_session(std::move(session))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("importLedgerDialog"));

    m_rows = new LedgerRowsModel(this);
    m_ui->ledgerRowsTable->setModel(m_rows);
    m_ui->ledgerRowsTable->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft |
                                                                   Qt::AlignVCenter);
    m_ui->ledgerRowsTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->importErrorTable->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft |
                                                                    Qt::AlignVCenter);
    m_ui->importErrorTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->importErrorTable->horizontalHeader()->setStretchLastSection(true);
    // Until a preview: the (empty) rows tab only.
    m_ui->resultTabs->setTabVisible(m_ui->resultTabs->indexOf(m_ui->errorsTab), false);
    m_ui->resultTabs->setTabVisible(m_ui->resultTabs->indexOf(m_ui->reportTab), false);
    m_ui->saveErrorReportButton->hide();
    m_runner = new JobRunner(m_context.connections(), this);
    m_runner->setObjectName(QStringLiteral("importJobRunner"));
    // The job's reports, on this thread; a job's reports all come before its end.
    connect(m_runner, &JobRunner::stageChanged, this, [this](const QString &text) {
        if (m_job && !m_runner->cancelRequested()) {
            m_stage = text;
            updateStage();
        }
    });
    connect(m_runner, &JobRunner::progressChanged, this, &LedgerImportDialog::showProgress);
    connect(m_runner, &JobRunner::cancelRequestedChanged, this, [this] {
        if (!m_job)
            return;
        m_stage = tr("Cancelling…");
        updateStage();
    });
    m_tick = new QTimer(this);
    m_tick->setInterval(1000);
    setBusy(false);
    connect(m_tick, &QTimer::timeout, this, &LedgerImportDialog::updateStage);

    connect(m_ui->ledgerFileEdit, &QLineEdit::textEdited, this, &LedgerImportDialog::invalidate);
    connect(m_ui->ledgerFileEdit, &QLineEdit::returnPressed, this, [this] {
        const QString path = m_ui->ledgerFileEdit->text().trimmed();
        if (!path.isEmpty())
            setFile(QDir::fromNativeSeparators(path));
    });
    connect(m_ui->chooseLedgerButton, &QPushButton::clicked, this, &LedgerImportDialog::chooseFile);
    connect(m_ui->saveErrorReportButton, &QPushButton::clicked, this,
            &LedgerImportDialog::chooseErrorReportFile);
    connect(m_ui->importButton, &QPushButton::clicked, this, &LedgerImportDialog::startImport);
    // Checked or cleared: the preview again, with or without the new communities.
    connect(m_ui->createCommunitiesCheck, &QCheckBox::toggled, this, [this] {
        if (!isBusy() && !m_path.isEmpty())
            run(true);
    });
    connect(m_ui->cancelImportButton, &QPushButton::clicked, this, &LedgerImportDialog::cancel);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);
    m_ui->ledgerFileEdit->setFocus();
}

bool LedgerImportDialog::isBusy() const
{
    return m_runner && m_runner->isRunning();
}

LedgerImportDialog::~LedgerImportDialog()
{
    if (isBusy()) {
        // Closing is refused while busy; this is the application going away: the
        // worker stops at its next report and the runner waits for it.
        m_runner->cancel();
    }
}

void LedgerImportDialog::reject()
{
    if (isBusy()) {
        cancel();
        return;
    }
    QDialog::reject();
}

void LedgerImportDialog::closeEvent(QCloseEvent *event)
{
    if (isBusy()) {
        cancel();
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

void LedgerImportDialog::chooseFile()
{
    auto *files = new QFileDialog(this, tr("Choose a ledger"), QFileInfo(m_path).path(),
                                  tr("CSV files (*.csv);;All files (*)"));
    files->setObjectName(QStringLiteral("ledgerFileDialog"));
    files->setAttribute(Qt::WA_DeleteOnClose);
    files->setFileMode(QFileDialog::ExistingFile);
    connect(files, &QFileDialog::fileSelected, this, &LedgerImportDialog::setFile);
    files->open();
}

// The file field no longer names what was previewed: nothing to import yet.
void LedgerImportDialog::invalidate()
{
    if (isBusy())
        return;
    m_report.reset();
    m_bytes.reset();
    m_ui->importButton->setEnabled(false);
    m_ui->importButton->setDefault(false);
}

void LedgerImportDialog::setFile(const QString &path)
{
    if (isBusy())
        return;
    m_path = path;
    m_ui->ledgerFileEdit->setText(QDir::toNativeSeparators(path));
    invalidate();
    {
        const QSignalBlocker quiet(m_ui->createCommunitiesCheck);
        m_ui->createCommunitiesCheck->setChecked(false);
    }
    m_ui->createCommunitiesCheck->hide();
    m_ui->unknownCommunitiesLabel->hide();
    // The last file's results go; the new file's come with its preview.
    m_rows->setRows({});
    QTabWidget *tabs = m_ui->resultTabs;
    tabs->setTabVisible(tabs->indexOf(m_ui->rowsTab), true);
    tabs->setTabVisible(tabs->indexOf(m_ui->errorsTab), false);
    tabs->setTabVisible(tabs->indexOf(m_ui->reportTab), false);
    tabs->setCurrentWidget(m_ui->rowsTab);
    m_ui->saveErrorReportButton->hide();
    m_ui->importButton->show();
    run(true);
}

void LedgerImportDialog::startImport()
{
    if (isBusy() || !m_report || !m_report->errors.empty() || !m_bytes)
        return;
    run(false);
}

bool LedgerImportDialog::cancel()
{
    // The worker sees the request at its next stage or progress report (about
    // every 200 rows) and stops; an import's transaction is rolled back.
    if (!m_job || !isBusy() || m_runner->cancelRequested())
        return false;
    m_runner->cancel(); // the stage says so (cancelRequestedChanged)
    return true;
}

void LedgerImportDialog::setProgressHookForTesting(std::function<void(int, int)> hook)
{
    m_progressHook = std::move(hook);
}

void LedgerImportDialog::showProgress(qint64 done, qint64 total)
{
    const auto job = m_job;
    if (!job || m_runner->cancelRequested())
        return;
    m_ui->importProgress->setRange(0, static_cast<int>(total));
    m_ui->importProgress->setValue(static_cast<int>(done));
    const QLocale locale;
    m_stage = (job->preview ? tr("Checking: %1 of %2 rows…")
                            : tr("Importing: %1 of %2 rows written (all or nothing)…"))
                  .arg(locale.toString(done), locale.toString(total));
    updateStage();
}

void LedgerImportDialog::run(bool preview)
{
    auto job = std::make_shared<LedgerImportJob>();
    job->clock = &m_context.clock();
    job->session = m_session;
    job->filePath = m_path;
    job->bytes = preview ? nullptr : m_bytes;
    job->fileName = ss(QFileInfo(m_path).fileName());
    job->preview = preview;
    job->createCommunities =
        !m_ui->createCommunitiesCheck->isHidden() && m_ui->createCommunitiesCheck->isChecked();
    job->progressHook = m_progressHook;
    job->elapsed.start();
    m_job = job;
    m_stage.clear();
    m_ui->importProgress->setRange(0, 0); // busy until the rows are written
    setBusy(true);
    m_ui->importSummaryLabel->setText(preview ? tr("Checking the file; nothing is imported yet.")
                                              : tr("Importing…"));
    m_runner->start<Unit>(
        tr("Import a ledger"),
        [job](storage::Database &db, services::JobControl &control) -> Result<Unit> {
            // Services turn database failures into errors; anything else (memory)
            // must not escape the thread.
            try {
                job->run(db, control);
            } catch (const std::exception &e) {
                job->result.reset();
                job->failure = tr("The import stopped: %1").arg(QString::fromLocal8Bit(e.what()));
            }
            return Unit {};
        },
        [this, job](Result<Unit> opened) {
            if (!opened.ok() && job->failure.isEmpty() && !job->result)
                job->failure = tr("The database could not be opened for the import: %1")
                                   .arg(qs(opened.error().message));
            finished(job);
        });
}

void LedgerImportDialog::finished(const std::shared_ptr<LedgerImportJob> &job)
{
    m_job.reset();
    setBusy(false);
    QString stopped; // why nothing came of it
    // A preview cancelled after its last report still ran to its end (and rolled
    // back): its result is dropped all the same.
    if (job->cancelled || (job->preview && m_runner->cancelRequested()))
        stopped = job->preview ? tr("Cancelled. Nothing has been imported.")
                               : tr("The import was cancelled; nothing has been imported. The "
                                    "previewed file can be imported again.");
    else if (!job->failure.isEmpty() || !job->result)
        stopped = job->failure.isEmpty() ? tr("The file could not be checked.") : job->failure;
    else if (!job->result->ok())
        stopped = qs(job->result->error().message);
    if (!stopped.isEmpty()) {
        m_ui->importSummaryLabel->setText(stopped);
        // The previewed file can still be imported (or tried again).
        if (!job->preview && m_report && m_report->errors.empty())
            m_ui->importButton->setEnabled(true);
        return;
    }
    if (job->preview) {
        m_bytes = job->readBytes;
        m_rows->setRows(job->rows ? std::move(*job->rows) : std::vector<services::LedgerRow> {});
        m_ui->ledgerRowsTable->resizeColumnsToContents();
    }
    m_report = std::make_unique<services::LedgerImportReport>(std::move(**job->result));
    showReport(*m_report, job->preview);
    if (!job->preview && m_runner->cancelRequested() && m_report->committed)
        // The request came after the last rows were written: it was all imported.
        m_ui->importSummaryLabel->setText(
            m_ui->importSummaryLabel->text() + u'\n' +
            tr("The import had already been written when it was cancelled."));
    if (!job->preview && m_report->committed)
        Q_EMIT imported();
}

void LedgerImportDialog::setBusy(bool busy)
{
    m_ui->importProgress->setVisible(busy);
    m_ui->importStageLabel->setVisible(busy);
    m_ui->cancelImportButton->setVisible(busy);
    m_ui->cancelImportButton->setEnabled(busy);
    m_ui->ledgerFileEdit->setReadOnly(busy);
    m_ui->chooseLedgerButton->setEnabled(!busy);
    m_ui->closeButton->setEnabled(!busy);
    m_ui->saveErrorReportButton->setEnabled(!busy);
    if (busy) {
        m_ui->importButton->setEnabled(false);
        m_ui->cancelImportButton->setFocus();
        m_tick->start();
    } else {
        m_tick->stop();
    }
}

void LedgerImportDialog::updateStage()
{
    if (!m_job)
        return;
    m_ui->cancelImportButton->setEnabled(!m_runner->cancelRequested());
    const qint64 seconds = m_runner->elapsedMs() / 1000;
    m_ui->importStageLabel->setText(seconds > 0 ? tr("%1 (%2 s)").arg(m_stage).arg(seconds)
                                                : m_stage);
}

void LedgerImportDialog::showReport(const services::LedgerImportReport &report, bool preview)
{
    const bool failed = !report.errors.empty();
    // v1.1: the communities the file names that are not on the list, each once with
    // its proposed code; an administrator may have them created by the import.
    QStringList unknown;
    for (const auto &u : report.unknownCommunities)
        unknown << tr("%1 → code %2 (%n row(s))", nullptr, static_cast<int>(u.lines.size()))
                       .arg(qs(u.name), qs(u.proposedCode));
    m_ui->unknownCommunitiesLabel->setVisible(!unknown.isEmpty());
    m_ui->unknownCommunitiesLabel->setText(tr("Communities not on the list:") + u'\n' +
                                           unknown.join(u'\n'));
    const bool mayCreate =
        m_context.registry().allows(m_session, services::Action::ManageCommunities);
    m_ui->createCommunitiesCheck->setVisible(!unknown.isEmpty() && mayCreate);
    QTabWidget *tabs = m_ui->resultTabs;
    tabs->setTabVisible(tabs->indexOf(m_ui->rowsTab), m_rows->size() > 0);
    tabs->setTabVisible(tabs->indexOf(m_ui->errorsTab), failed);
    tabs->setTabVisible(tabs->indexOf(m_ui->reportTab), !failed);
    m_ui->saveErrorReportButton->setVisible(failed);

    QTableWidget *table = m_ui->importErrorTable;
    table->setRowCount(static_cast<int>(report.errors.size()));
    for (int row = 0; row < static_cast<int>(report.errors.size()); ++row) {
        const services::LedgerIssue &e = report.errors[static_cast<size_t>(row)];
        const QString cells[] = {QString::number(e.line), qs(e.column), qs(e.value), qs(e.reason)};
        for (int col = 0; col < 4; ++col)
            table->setItem(row, col, new QTableWidgetItem(cells[col]));
    }
    if (failed) {
        tabs->setCurrentWidget(m_ui->errorsTab);
        m_ui->importSummaryLabel->setText(
            tr("%n error(s) in the file (%1). Nothing can be imported until every row is "
               "right; save the error report to fix the rows in Excel.",
               nullptr, static_cast<int>(report.errors.size()))
                .arg(qs(report.encoding)));
        m_ui->importButton->setEnabled(false);
        m_ui->saveErrorReportButton->setFocus();
        return;
    }
    if (preview) {
        tabs->setCurrentWidget(m_ui->rowsTab);
        m_ui->importSummaryLabel->setText(
            tr("%1 rows, %2 households (%3). Nothing has been imported yet: check the rows "
               "and the report, then import.")
                .arg(report.rows)
                .arg(report.households)
                .arg(qs(report.encoding)));
    } else {
        tabs->setCurrentWidget(m_ui->reportTab);
        m_ui->importSummaryLabel->setText(tr("Imported: %1 created, %2 updated, %3 unchanged.")
                                              .arg(report.householdsCreated)
                                              .arg(report.householdsUpdated)
                                              .arg(report.householdsUnchanged));
    }
    QStringList lines;
    lines << (preview ? tr("Would create %1 households, update %2, leave %3 unchanged; %4 new "
                           "people, %5 new cases.")
                      : tr("Created %1 households, updated %2, %3 unchanged; %4 new people, %5 "
                           "new cases."))
                 .arg(report.householdsCreated)
                 .arg(report.householdsUpdated)
                 .arg(report.householdsUnchanged)
                 .arg(report.personsCreated)
                 .arg(report.casesCreated);
    for (const std::string &w : report.warnings)
        lines << tr("Warning: %1").arg(qs(w));
    if (!report.differences.empty()) {
        lines << QString() << tr("Amounts that differ from the rules (for review, not changed):");
        for (const auto &d : report.differences)
            lines << tr("Line %1, household %2, %3, %4: ledger %5, rules %6 (set of %7)")
                         .arg(d.line)
                         .arg(qs(d.householdNo), qs(d.name), programmeName(d.programme),
                              qs(d.ledgerAmount.toString()), qs(d.rulesAmount.toString()),
                              qs(d.policyEffectiveFrom));
    }
    if (!report.reviews.empty()) {
        lines << QString() << tr("Cases on file that the ledger contradicts (left as they are):");
        for (const auto &r : report.reviews)
            lines << tr("Line %1, household %2: %3")
                         .arg(r.line)
                         .arg(qs(r.householdNo), qs(r.message));
    }
    if (!report.changes.empty()) {
        lines << QString() << tr("Changes:");
        for (const auto &c : report.changes)
            lines << (c.from.empty()
                          ? tr("Line %1, household %2, %3: %4")
                                .arg(c.line)
                                .arg(qs(c.householdNo), qs(c.field), qs(c.to))
                          : tr("Line %1, household %2, %3: %4 → %5")
                                .arg(c.line)
                                .arg(qs(c.householdNo), qs(c.field), qs(c.from), qs(c.to)));
    }
    m_ui->importReportText->setPlainText(lines.join(u'\n'));
    const bool canImport = preview && report.rows > 0;
    m_ui->importButton->setEnabled(canImport);
    m_ui->importButton->setDefault(canImport);
    if (canImport)
        m_ui->importButton->setFocus();
    if (!preview) {
        m_ui->importButton->hide();
        m_ui->closeButton->setDefault(true);
        m_ui->closeButton->setFocus();
    }
}

void LedgerImportDialog::chooseErrorReportFile()
{
    auto *files =
        new QFileDialog(this, tr("Save error report"), QString(), tr("CSV files (*.csv)"));
    files->setObjectName(QStringLiteral("errorReportFileDialog"));
    files->setAttribute(Qt::WA_DeleteOnClose);
    files->setAcceptMode(QFileDialog::AcceptSave);
    files->setDefaultSuffix(QStringLiteral("csv"));
    if (!m_path.isEmpty()) {
        const QFileInfo ledger(m_path);
        files->setDirectory(ledger.path());
        files->selectFile(tr("%1-errors.csv").arg(ledger.completeBaseName()));
    }
    connect(files, &QFileDialog::fileSelected, this, [this](const QString &path) {
        // The summary keeps its first line (the count of errors).
        const QString summary = m_ui->importSummaryLabel->text().section(u'\n', 0, 0);
        m_ui->importSummaryLabel->setText(summary + u'\n' +
                                          (saveErrorReport(path)
                                               ? tr("The error report was saved to %1.")
                                               : tr("The error report could not be written to %1."))
                                              .arg(QDir::toNativeSeparators(path)));
    });
    files->open();
}

bool LedgerImportDialog::saveErrorReport(const QString &path)
{
    if (!m_report || m_report->errors.empty())
        return false;
    const std::string csv =
        services::writeLedgerErrorsCsv(m_report->errors, services::currentLang());
    // Through QSaveFile, never over the database's own files (defect 6).
    return services::saveOutputFile(ss(m_context.databasePath()), ss(path), csv).ok();
}

} // namespace relief::gui
