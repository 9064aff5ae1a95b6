#include "bank_result_dialog.h"

#include "ui_bank_result_dialog.h"

#include "bank_display.h"

#include "gui/shell/app_context.h"
#include "gui/widgets/display_text.h"
#include "gui/widgets/error_label.h"
#include "gui/widgets/screen_fit.h"

#include "reports/payroll/payroll_text.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>

namespace relief::gui {

namespace {

QTableWidgetItem *cell(const QString &text, bool number = false)
{
    auto *item = new QTableWidgetItem(text);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setToolTip(text);
    return item;
}

} // namespace

BankResultDialog::BankResultDialog(AppContext &context, services::Session session,
                                   const YearMonth &month, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui_BankResultDialog>())
    , m_month(month)
{
    m_ui->setupUi(this);
    const QString monthText = reports::PayrollText::month(month);
    setWindowTitle(tr("Import bank results – %1").arg(monthText));
    m_ui->introLabel->setText(
        tr("The bank's result file (回盘) for the roll of %1, matched to the payments of its "
           "latest bank files by account and amount. Preview shows what the file would record; "
           "Apply records it. A file with a bad row is refused as a whole.")
            .arg(monthText));
    m_ui->errorLabel->clearMessage();
    m_hasTemplates = true;
    if (const Status filled =
            BankDisplay::fillTemplates(m_ui->templateCombo, context.bank(), session);
        !filled.ok()) {
        m_hasTemplates = false;
        m_ui->errorLabel->showMessage(qs(filled.error().message));
    }
    m_hasTemplates = m_hasTemplates && m_ui->templateCombo->count() > 0;
    m_ui->programmeCombo->addItem(tr("All programmes"));
    for (const std::string_view key : payroll::kLineProgrammeKeys)
        m_ui->programmeCombo->addItem(
            BankDisplay::programme(std::string(key)),
            QString::fromLatin1(key.data(), static_cast<qsizetype>(key.size())));
    m_ui->programmeCombo->setToolTip(
        tr("When the bank answers each programme's file apart: the one programme this file is "
           "for (its rows are matched to that programme's payments only)."));
    m_ui->fileEdit->setPlaceholderText(tr("The .csv or .xlsx file the bank sent back"));
    m_ui->fileEdit->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 30);

    BankDisplay::setUpTable(m_ui->errorsTable, {tr("Row"), tr("Column"), tr("Message")});
    BankDisplay::setUpTable(
        m_ui->unmatchedTable,
        {tr("Row"), tr("Account"), tr("Amount"), tr("Result"), tr("Reason"), tr("Why")});
    clearReport();

    connect(m_ui->browseButton, &QPushButton::clicked, this, &BankResultDialog::chooseFile);
    connect(m_ui->previewButton, &QPushButton::clicked, this, &BankResultDialog::preview);
    connect(m_ui->applyButton, &QPushButton::clicked, this, &BankResultDialog::apply);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->fileEdit, &QLineEdit::textChanged, this, &BankResultDialog::invalidate);
    connect(m_ui->templateCombo, &QComboBox::currentIndexChanged, this,
            &BankResultDialog::invalidate);
    connect(m_ui->programmeCombo, &QComboBox::currentIndexChanged, this,
            &BankResultDialog::invalidate);
    updateButtons();
    resizeToFit(this, QSize(960, 420));
}

BankResultDialog::~BankResultDialog() = default;

void BankResultDialog::setFile(const QString &path)
{
    m_ui->fileEdit->setText(QDir::toNativeSeparators(path));
}

QString BankResultDialog::file() const
{
    return QDir::fromNativeSeparators(m_ui->fileEdit->text().trimmed());
}

void BankResultDialog::chooseFile()
{
    QString folder = QSettings().value(BankDisplay::kResultFolderKey).toString();
    if (!file().isEmpty())
        folder = QFileInfo(file()).path();
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QDir::homePath();
    auto *files = new QFileDialog(this, tr("The bank's result file"), folder,
                                  tr("Bank result files (*.csv *.xlsx);;All files (*)"));
    files->setObjectName(QStringLiteral("bankResultFileDialog"));
    files->setFileMode(QFileDialog::ExistingFile);
    files->setAttribute(Qt::WA_DeleteOnClose);
    connect(files, &QFileDialog::fileSelected, this, &BankResultDialog::setFile);
    files->open();
}

services::ReconcileOptions BankResultDialog::options(bool dryRun) const
{
    services::ReconcileOptions o;
    o.fileName = ss(QFileInfo(file()).fileName());
    if (m_ui->programmeCombo->currentIndex() > 0)
        o.programme = ss(m_ui->programmeCombo->currentData().toString());
    o.dryRun = dryRun;
    return o;
}

void BankResultDialog::preview()
{
    if (m_busy)
        return;
    invalidate();
    m_ui->errorLabel->clearMessage();
    const QString path = file();
    if (path.isEmpty()) {
        m_ui->errorLabel->showMessage(tr("Choose the bank's result file."));
        m_ui->fileEdit->setFocus();
        return;
    }
    if (!m_hasTemplates) {
        m_ui->errorLabel->showMessage(tr("Choose the bank's template."));
        return;
    }
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile()) {
        m_ui->errorLabel->showMessage(
            tr("There is no file %1.").arg(QDir::toNativeSeparators(path)));
        m_ui->fileEdit->setFocus();
        return;
    }
    if (info.size() > kMaxFileBytes) {
        m_ui->errorLabel->showMessage(
            tr("%1 is %2: a bank's result file is far smaller (at most %3). Is it the right "
               "file?")
                .arg(info.fileName(), QLocale().formattedDataSize(info.size()),
                     QLocale().formattedDataSize(kMaxFileBytes)));
        return;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        m_ui->errorLabel->showMessage(
            tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
        return;
    }
    const QByteArray data = f.read(kMaxFileBytes + 1);
    if (data.size() > kMaxFileBytes) {
        m_ui->errorLabel->showMessage(
            tr("%1 is larger than %2.")
                .arg(info.fileName(), QLocale().formattedDataSize(kMaxFileBytes)));
        return;
    }
    m_bytes = std::make_shared<const std::string>(data.constData(),
                                                  static_cast<std::size_t>(data.size()));
    BankDisplay::rememberTemplate(m_ui->templateCombo);
    QSettings().setValue(BankDisplay::kResultFolderKey, info.absolutePath());
    Q_EMIT reconcileRequested(m_ui->templateCombo->currentData().toString(), m_bytes,
                              options(true));
}

void BankResultDialog::apply()
{
    if (m_busy || !m_previewed || !m_bytes)
        return;
    m_ui->errorLabel->clearMessage();
    Q_EMIT reconcileRequested(m_ui->templateCombo->currentData().toString(), m_bytes,
                              options(false));
}

void BankResultDialog::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void BankResultDialog::invalidate()
{
    // What is shown was for another file, template or programme.
    if (!m_report && !m_previewed)
        return;
    m_previewed = false;
    clearReport();
    m_ui->errorLabel->clearMessage();
    updateButtons();
}

void BankResultDialog::updateButtons()
{
    m_ui->previewButton->setEnabled(!m_busy && m_hasTemplates);
    const bool mayApply = !m_busy && m_previewed;
    m_ui->applyButton->setEnabled(mayApply);
    QString why;
    if (!mayApply && !m_busy) {
        if (m_report && !m_report->errors.empty())
            why = tr("The file has bad rows: the bank must correct them first.");
        else if (m_report && m_report->applied)
            why = tr("The results are recorded.");
        else if (m_report && m_report->changed == 0)
            why = tr("The file changes nothing: every row is recorded already or not matched.");
        else
            why = tr("Preview the file first.");
    }
    m_ui->applyButton->setToolTip(why);
    m_ui->browseButton->setEnabled(!m_busy);
    m_ui->fileEdit->setEnabled(!m_busy);
    m_ui->templateCombo->setEnabled(!m_busy);
    m_ui->programmeCombo->setEnabled(!m_busy);
}

void BankResultDialog::clearReport()
{
    m_report.reset();
    for (QLabel *value : {m_ui->rowsValue, m_ui->headerRowValue, m_ui->encodingValue,
                          m_ui->paidValue, m_ui->failedValue, m_ui->changedValue,
                          m_ui->unchangedValue, m_ui->pendingValue, m_ui->reconciledValue})
        value->setText(QStringLiteral("–"));
    m_ui->errorsTable->setRowCount(0);
    m_ui->unmatchedTable->setRowCount(0);
    m_ui->errorsBox->hide();
    m_ui->unmatchedBox->hide();
    m_ui->summaryBox->setTitle(tr("What the file says"));
}

void BankResultDialog::showReport(const Result<services::ReconcileReport> &result, bool dryRun)
{
    m_busy = false;
    m_previewed = false;
    clearReport();
    if (!result.ok()) {
        const bool cancelled = result.error().code == ErrorCode::Cancelled;
        m_ui->errorLabel->showMessage(
            cancelled ? tr("Cancelled: nothing was recorded.") : qs(result.error().message),
            cancelled ? ErrorLabel::Tone::Warning : ErrorLabel::Tone::Error);
        updateButtons();
        return;
    }
    m_report = *result;
    fillReport(*result, dryRun);
    const auto &r = *result;
    if (!r.errors.empty()) {
        m_ui->errorLabel->showMessage(
            tr("%n row(s) of the file cannot be read: nothing can be recorded from it. Ask the "
               "bank for a corrected file.",
               nullptr, static_cast<int>(r.errors.size())));
    } else if (dryRun) {
        m_previewed = r.changed > 0;
        const int notRecorded = static_cast<int>(r.unmatched.size() + r.refused.size());
        QString text = r.changed > 0
            ? tr("Preview only: nothing is recorded yet. Apply records %n payment result(s).",
                 nullptr, r.changed)
            : tr("The file changes nothing: its results are recorded already.");
        if (notRecorded > 0)
            text += QLatin1Char(' ') +
                tr("%n row(s) would not be recorded (listed below).", nullptr, notRecorded);
        m_ui->errorLabel->showMessage(text,
                                      notRecorded > 0 || r.changed == 0 ? ErrorLabel::Tone::Warning
                                                                        : ErrorLabel::Tone::Plain);
    } else if (r.applied) {
        QString text = tr("Recorded: %n payment result(s).", nullptr, r.changed);
        text += QLatin1Char(' ') +
            (r.reconciled
                 ? tr("Every payment has its result: the roll is reconciled.")
                 : tr("%n payment(s) still wait for the bank's result.", nullptr, r.pending));
        m_ui->errorLabel->showMessage(text, ErrorLabel::Tone::Success);
    } else {
        m_ui->errorLabel->showMessage(tr("Nothing was recorded: the file changes nothing."),
                                      ErrorLabel::Tone::Warning);
    }
    updateButtons();
    // The tables fully visible when they are short, within the screen.
    if (layout())
        layout()->activate();
    const int wanted = sizeHint().height();
    if (wanted > height())
        resizeToFit(this, QSize(width(), wanted));
}

void BankResultDialog::fillReport(const services::ReconcileReport &r, bool dryRun)
{
    const QLocale locale;
    m_ui->summaryBox->setTitle(dryRun ? tr("What the file would record (preview)")
                                      : tr("What the file recorded"));
    m_ui->rowsValue->setText(locale.toString(r.rows));
    m_ui->headerRowValue->setText(r.headerRow > 0 ? locale.toString(r.headerRow) : tr("none"));
    m_ui->encodingValue->setText(qs(r.encoding));
    m_ui->paidValue->setText(locale.toString(r.paid));
    m_ui->failedValue->setText(locale.toString(r.failed));
    m_ui->changedValue->setText(locale.toString(r.changed));
    m_ui->unchangedValue->setText(locale.toString(r.unchanged));
    m_ui->pendingValue->setText(
        tr("%1 of %2 payment(s)").arg(locale.toString(r.pending), locale.toString(r.payments)));
    m_ui->reconciledValue->setText(!r.errors.empty()  ? tr("No (the file is refused)")
                                       : r.reconciled ? tr("Yes")
                                                      : tr("No"));

    QTableWidget *errors = m_ui->errorsTable;
    errors->setRowCount(static_cast<int>(r.errors.size()));
    for (int row = 0; row < errors->rowCount(); ++row) {
        const auto &e = r.errors[static_cast<std::size_t>(row)];
        errors->setItem(row, 0, cell(locale.toString(e.row), true));
        errors->setItem(row, 1, cell(qs(e.column)));
        auto *message = cell(qs(e.message));
        message->setForeground(ErrorLabel::color(ErrorLabel::Tone::Error));
        errors->setItem(row, 2, message);
    }
    m_ui->errorsBox->setTitle(tr("Rows with errors (%1)").arg(r.errors.size()));
    m_ui->errorsBox->setVisible(!r.errors.empty());
    sizeColumnsToContents(errors, 16);
    BankDisplay::fitRows(errors, 6);

    QTableWidget *rows = m_ui->unmatchedTable;
    rows->setRowCount(static_cast<int>(r.unmatched.size() + r.refused.size()));
    int row = 0;
    for (const auto *list : {&r.unmatched, &r.refused})
        for (const auto &u : *list) {
            rows->setItem(row, 0, cell(locale.toString(u.row), true));
            rows->setItem(row, 1, cell(qs(u.account)));
            rows->setItem(row, 2, cell(qs(u.amount.toString()), true));
            rows->setItem(row, 3, cell(qs(u.result)));
            rows->setItem(row, 4, cell(qs(u.reason)));
            rows->setItem(row, 5, cell(qs(u.why)));
            ++row;
        }
    m_ui->unmatchedBox->setTitle(
        tr("Rows not recorded (%1): not matched to a payment, or refused").arg(rows->rowCount()));
    m_ui->unmatchedBox->setVisible(rows->rowCount() > 0);
    sizeColumnsToContents(rows, 16);
    BankDisplay::fitRows(rows, 8);
}

} // namespace relief::gui
