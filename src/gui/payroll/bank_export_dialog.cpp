#include "bank_export_dialog.h"

#include "ui_bank_export_dialog.h"

#include "bank_display.h"

#include "gui/shell/app_context.h"
#include "gui/widgets/display_text.h"
#include "gui/widgets/error_label.h"
#include "gui/widgets/screen_fit.h"

#include "reports/payroll/payroll_text.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>

namespace relief::gui {

namespace {

QString defaultFolder()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QDir::homePath();
    return folder;
}

} // namespace

BankExportDialog::BankExportDialog(AppContext &context, services::Session session,
                                   const YearMonth &month, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui_BankExportDialog>())
    , m_month(month)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Export bank files – %1").arg(reports::PayrollText::month(month)));
    m_ui->introLabel->setText(
        tr("The bank files (代发) of the locked roll for %1: one file per programme, with the "
           "payees' full account and ID numbers. Keep them where only the office can read them.")
            .arg(reports::PayrollText::month(month)));
    m_ui->errorLabel->clearMessage();
    m_ui->summaryLabel->hide();
    m_ui->filesTable->hide();
    BankDisplay::setUpTable(m_ui->filesTable,
                            {tr("File"), tr("Programme"), tr("Rows"), tr("Amount (yuan)")});
    if (const Status filled =
            BankDisplay::fillTemplates(m_ui->templateCombo, context.bank(), session);
        !filled.ok())
        m_ui->errorLabel->showMessage(qs(filled.error().message));
    const QString remembered = QSettings().value(BankDisplay::kExportFolderKey).toString();
    m_ui->folderEdit->setText(QDir::toNativeSeparators(
        !remembered.isEmpty() && QDir(remembered).exists() ? remembered : defaultFolder()));
    m_ui->folderEdit->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 28);

    connect(m_ui->browseButton, &QPushButton::clicked, this, &BankExportDialog::chooseFolder);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &BankExportDialog::exportFiles);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);
    m_ui->exportButton->setEnabled(m_ui->templateCombo->count() > 0);
    // As tall as the form until there are files to list.
    if (layout())
        layout()->activate();
    resizeToFit(this, QSize(720, sizeHint().height()));
}

BankExportDialog::~BankExportDialog() = default;

QString BankExportDialog::templateId() const
{
    return m_ui->templateCombo->currentData().toString();
}

QString BankExportDialog::folder() const
{
    return QDir::fromNativeSeparators(m_ui->folderEdit->text().trimmed());
}

void BankExportDialog::setFolder(const QString &folder)
{
    m_ui->folderEdit->setText(QDir::toNativeSeparators(folder));
}

void BankExportDialog::chooseFolder()
{
    auto *files = new QFileDialog(this, tr("Folder for the bank files"), folder());
    files->setObjectName(QStringLiteral("bankExportFolderDialog"));
    files->setFileMode(QFileDialog::Directory);
    files->setOption(QFileDialog::ShowDirsOnly);
    files->setAttribute(Qt::WA_DeleteOnClose);
    connect(files, &QFileDialog::fileSelected, this, &BankExportDialog::setFolder);
    files->open();
}

void BankExportDialog::exportFiles()
{
    m_ui->errorLabel->clearMessage();
    if (templateId().isEmpty()) {
        m_ui->errorLabel->showMessage(tr("Choose the bank's template."));
        m_ui->templateCombo->setFocus();
        return;
    }
    const QString dir = folder();
    if (dir.isEmpty() || QDir::isRelativePath(dir)) {
        m_ui->errorLabel->showMessage(tr("Choose the folder the files are written to."));
        m_ui->folderEdit->setFocus();
        return;
    }
    BankDisplay::rememberTemplate(m_ui->templateCombo);
    QSettings().setValue(BankDisplay::kExportFolderKey, dir);
    Q_EMIT exportRequested(templateId(), dir);
}

void BankExportDialog::setBusy(bool busy)
{
    m_ui->exportButton->setEnabled(!busy && m_ui->templateCombo->count() > 0);
}

void BankExportDialog::showResult(const Result<services::BankExportResult> &result)
{
    setBusy(false);
    QTableWidget *table = m_ui->filesTable;
    table->setRowCount(0);
    if (!result.ok()) {
        m_ui->summaryLabel->hide();
        table->hide();
        const bool cancelled = result.error().code == ErrorCode::Cancelled;
        m_ui->errorLabel->showMessage(
            cancelled ? tr("The export was cancelled; nothing was written.")
                      : qs(result.error().message),
            cancelled ? ErrorLabel::Tone::Warning : ErrorLabel::Tone::Error);
    } else {
        const auto &r = *result;
        m_ui->summaryLabel->setText(tr("%n file(s) written to %1: %2 payment(s), %3 yuan.", nullptr,
                                       static_cast<int>(r.files.size()))
                                        .arg(QDir::toNativeSeparators(folder()))
                                        .arg(QLocale().toString(r.payments))
                                        .arg(qs(r.amount.toString())));
        table->setRowCount(static_cast<int>(r.files.size()));
        for (int row = 0; row < table->rowCount(); ++row) {
            const auto &f = r.files[static_cast<std::size_t>(row)];
            auto *name = new QTableWidgetItem(QFileInfo(qs(f.path)).fileName());
            name->setToolTip(QDir::toNativeSeparators(qs(f.path)));
            table->setItem(row, 0, name);
            table->setItem(row, 1, new QTableWidgetItem(BankDisplay::programme(f.programme)));
            for (const auto &[col, text] : {std::pair {2, QLocale().toString(f.rows)},
                                            std::pair {3, qs(f.total.toString())}}) {
                auto *item = new QTableWidgetItem(text);
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                table->setItem(row, col, item);
            }
        }
        sizeColumnsToContents(table, 24);
        // The amount beside the rows, not at the far edge.
        table->horizontalHeader()->setStretchLastSection(false);
        table->resizeColumnToContents(3);
        table->setColumnWidth(3, table->columnWidth(3) + 24);
        BankDisplay::fitRows(table, 12);
        m_ui->summaryLabel->show();
        table->show();
        m_ui->errorLabel->showMessage(
            tr("Send these files to the bank; import its result file (回盘) when it answers."),
            ErrorLabel::Tone::Success);
    }
    // Room for the files (or the message), within the screen; never smaller.
    if (layout())
        layout()->activate();
    const int wanted = sizeHint().height();
    if (wanted > height())
        resizeToFit(this, QSize(width(), wanted));
}

} // namespace relief::gui
