#include "ledger_import_dialog.h"

#include "gui/app_context.h"
#include "gui/display_text.h"
#include "gui/registry_text.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

namespace relief::gui {

LedgerImportDialog::LedgerImportDialog(AppContext &context, services::Session session,
                                       QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_session(std::move(session))
{
    setObjectName(QStringLiteral("importLedgerDialog"));
    setWindowTitle(tr("Import ledger"));
    auto *layout = new QVBoxLayout(this);

    auto *fileRow = new QHBoxLayout;
    m_fileEdit = new QLineEdit(this);
    m_fileEdit->setObjectName(QStringLiteral("ledgerFileEdit"));
    m_fileEdit->setReadOnly(true);
    m_fileEdit->setPlaceholderText(tr("A ledger CSV file (UTF-8 or GB18030)"));
    m_browseButton = new QPushButton(tr("Choose file…"), this);
    m_browseButton->setObjectName(QStringLiteral("chooseLedgerButton"));
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(m_browseButton);
    layout->addLayout(fileRow);

    m_summaryLabel = new QLabel(tr("Choose a file to see what it holds before anything is "
                                   "imported."),
                                this);
    m_summaryLabel->setObjectName(QStringLiteral("importSummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    layout->addWidget(m_summaryLabel);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 0);
    m_progress->hide();
    layout->addWidget(m_progress);

    m_errorTable = new QTableWidget(0, 4, this);
    m_errorTable->setObjectName(QStringLiteral("importErrorTable"));
    m_errorTable->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Value"), tr("Reason")});
    m_errorTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_errorTable->setAlternatingRowColors(true);
    m_errorTable->verticalHeader()->hide();
    m_errorTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_errorTable->horizontalHeader()->setStretchLastSection(true);
    m_errorTable->hide();
    layout->addWidget(m_errorTable, 1);

    m_reportText = new QPlainTextEdit(this);
    m_reportText->setObjectName(QStringLiteral("importReportText"));
    m_reportText->setReadOnly(true);
    m_reportText->hide();
    layout->addWidget(m_reportText, 1);

    auto *buttons = new QDialogButtonBox(this);
    m_saveErrorsButton = buttons->addButton(tr("Save error report…"), QDialogButtonBox::ActionRole);
    m_saveErrorsButton->setObjectName(QStringLiteral("saveErrorReportButton"));
    m_saveErrorsButton->hide();
    m_importButton = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setEnabled(false);
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    layout->addWidget(buttons);

    connect(m_browseButton, &QPushButton::clicked, this, &LedgerImportDialog::chooseFile);
    connect(m_saveErrorsButton, &QPushButton::clicked, this,
            &LedgerImportDialog::chooseErrorReportFile);
    connect(m_importButton, &QPushButton::clicked, this, &LedgerImportDialog::startImport);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);
    resize(760, 520);
}

LedgerImportDialog::~LedgerImportDialog()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void LedgerImportDialog::chooseFile()
{
    auto *files = new QFileDialog(this, tr("Choose a ledger"), QString(),
                                  tr("CSV files (*.csv);;All files (*)"));
    files->setObjectName(QStringLiteral("ledgerFileDialog"));
    files->setAttribute(Qt::WA_DeleteOnClose);
    files->setFileMode(QFileDialog::ExistingFile);
    connect(files, &QFileDialog::fileSelected, this, &LedgerImportDialog::setFile);
    files->open();
}

void LedgerImportDialog::setFile(const QString &path)
{
    if (m_thread)
        return;
    m_path = path;
    m_fileEdit->setText(QDir::toNativeSeparators(path));
    m_report.reset();
    m_importButton->setEnabled(false);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_summaryLabel->setText(tr("The file cannot be read: %1").arg(file.errorString()));
        return;
    }
    m_bytes = file.readAll();
    run(true);
}

void LedgerImportDialog::startImport()
{
    if (m_thread || !m_report || !m_report->errors.empty())
        return;
    run(false);
}

void LedgerImportDialog::run(bool preview)
{
    setBusy(true);
    m_summaryLabel->setText(preview ? tr("Checking the file…") : tr("Importing…"));
    auto result = std::make_shared<std::optional<Result<services::LedgerImportReport>>>();
    const std::string bytes = m_bytes.toStdString();
    const std::string name = ss(QFileInfo(m_path).fileName());
    services::LedgerImportService &ledger = m_context.ledger();
    const services::Session session = m_session;
    // The dialog is window-modal, so nothing else uses the database meanwhile.
    m_thread = QThread::create([result, bytes, name, &ledger, session, preview] {
        result->emplace(ledger.importLedger(session, bytes, name, preview));
    });
    connect(m_thread, &QThread::finished, this, [this, result, preview] {
        m_thread->deleteLater();
        m_thread = nullptr;
        setBusy(false);
        if (!result->has_value())
            return;
        if (!(*result)->ok()) {
            m_summaryLabel->setText(qs((*result)->error().message));
            return;
        }
        m_report = std::make_unique<services::LedgerImportReport>(std::move(***result));
        showReport(*m_report, preview);
        if (!preview && m_report->committed)
            Q_EMIT imported();
    });
    m_thread->start();
}

void LedgerImportDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_browseButton->setEnabled(!busy);
    m_closeButton->setEnabled(!busy);
    if (busy)
        m_importButton->setEnabled(false);
}

void LedgerImportDialog::showReport(const services::LedgerImportReport &report, bool preview)
{
    const bool failed = !report.errors.empty();
    m_errorTable->setVisible(failed);
    m_saveErrorsButton->setVisible(failed);
    m_reportText->setVisible(!failed);
    m_errorTable->setRowCount(static_cast<int>(report.errors.size()));
    for (int row = 0; row < static_cast<int>(report.errors.size()); ++row) {
        const services::LedgerIssue &e = report.errors[static_cast<size_t>(row)];
        const QString cells[] = {QString::number(e.line), qs(e.column), qs(e.value), qs(e.reason)};
        for (int col = 0; col < 4; ++col)
            m_errorTable->setItem(row, col, new QTableWidgetItem(cells[col]));
    }
    if (failed) {
        m_summaryLabel->setText(
            tr("%n error(s) in the file (%1). Nothing can be imported until every row is "
               "right; save the error report to fix the rows in Excel.",
               nullptr, static_cast<int>(report.errors.size()))
                .arg(qs(report.encoding)));
        m_importButton->setEnabled(false);
        return;
    }
    QStringList lines;
    if (preview)
        m_summaryLabel->setText(tr("%1 rows, %2 households (%3). Nothing has been imported yet.")
                                    .arg(report.rows)
                                    .arg(report.households)
                                    .arg(qs(report.encoding)));
    else
        m_summaryLabel->setText(tr("Imported: %1 created, %2 updated, %3 unchanged.")
                                    .arg(report.householdsCreated)
                                    .arg(report.householdsUpdated)
                                    .arg(report.householdsUnchanged));
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
            lines << tr("Line %1, household %2, %3: %4 → %5")
                         .arg(c.line)
                         .arg(qs(c.householdNo), qs(c.field), qs(c.from), qs(c.to));
    }
    m_reportText->setPlainText(lines.join(u'\n'));
    m_importButton->setEnabled(preview && report.rows > 0);
    if (!preview)
        m_importButton->hide();
}

void LedgerImportDialog::chooseErrorReportFile()
{
    auto *files =
        new QFileDialog(this, tr("Save error report"), QString(), tr("CSV files (*.csv)"));
    files->setObjectName(QStringLiteral("errorReportFileDialog"));
    files->setAttribute(Qt::WA_DeleteOnClose);
    files->setAcceptMode(QFileDialog::AcceptSave);
    files->setDefaultSuffix(QStringLiteral("csv"));
    connect(files, &QFileDialog::fileSelected, this, [this](const QString &path) {
        if (!saveErrorReport(path))
            m_summaryLabel->setText(tr("The error report could not be written to %1.")
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
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(csv.data(), static_cast<qint64>(csv.size())) ==
        static_cast<qint64>(csv.size());
}

} // namespace relief::gui
