#include "check_import_dialog.h"

#include "ui_check_import_dialog.h"

#include "gui/shell/app_context.h"
#include "gui/widgets/display_text.h"
#include "gui/widgets/error_label.h"

#include "services/applications/application_service.h"

#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QPushButton>

namespace relief::gui {

CheckImportDialog::CheckImportDialog(AppContext &context, services::Session session,
                                     QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui_CheckImportDialog>())
    , m_context(context)
    , m_session(std::move(session))
{
    m_ui->setupUi(this);
    m_ui->errorTable->setColumnCount(3);
    m_ui->errorTable->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Reason")});
    m_ui->errorTable->verticalHeader()->hide();
    m_ui->errorTable->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_ui->errorTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->errorTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->errorTable->hide();
    m_importButton = m_ui->buttonBox->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setDefault(true);
    m_importButton->setEnabled(false);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));

    connect(m_ui->fileEdit, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_importButton->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_ui->chooseFileButton, &QPushButton::clicked, this, &CheckImportDialog::chooseFile);
    // Accepting imports and keeps the dialog open to show the outcome.
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this,
            [this] { importFile(m_ui->fileEdit->text().trimmed()); });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

CheckImportDialog::~CheckImportDialog() = default;

void CheckImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the check results file"),
                                                      m_ui->fileEdit->text(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        m_ui->fileEdit->setText(path);
}

void CheckImportDialog::showProblem(const QString &message)
{
    ErrorLabel::applyTone(m_ui->summaryLabel, ErrorLabel::Tone::Error);
    m_ui->summaryLabel->setText(message);
}

bool CheckImportDialog::importFile(const QString &path)
{
    if (m_ui->fileEdit->text().trimmed() != path)
        m_ui->fileEdit->setText(path);
    m_ui->errorTable->setRowCount(0);
    m_ui->errorTable->hide();
    ErrorLabel::applyTone(m_ui->summaryLabel, ErrorLabel::Tone::Plain);
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        showProblem(tr("The file %1 cannot be read: %2")
                        .arg(path, path.isEmpty() ? tr("no file chosen") : file.errorString()));
        return false;
    }
    const QByteArray bytes = file.readAll();
    auto report = m_context.applications().importCrossChecks(
        m_session, std::string_view(bytes.constData(), static_cast<size_t>(bytes.size())));
    if (!report.ok()) {
        showProblem(qs(report.error().message));
        return false;
    }
    if (!report->ok()) {
        auto *table = m_ui->errorTable;
        table->setRowCount(static_cast<int>(report->errors.size()));
        for (int row = 0; row < table->rowCount(); ++row) {
            const auto &e = report->errors[static_cast<size_t>(row)];
            table->setItem(row, 0,
                           new QTableWidgetItem(e.line > 0 ? QString::number(e.line) : QString()));
            table->setItem(row, 1, new QTableWidgetItem(qs(e.column)));
            table->setItem(row, 2, new QTableWidgetItem(qs(e.message)));
        }
        table->show();
        showProblem(tr("Nothing was imported: %n problem(s) in the file. Correct the rows below "
                       "and import the file again.",
                       nullptr, table->rowCount()));
        return false;
    }
    m_ui->summaryLabel->setText(
        tr("%n row(s) read: %1 result(s) recorded, %2 already on file.", nullptr, report->rows)
            .arg(report->imported)
            .arg(report->unchanged));
    if (report->imported > 0)
        Q_EMIT imported();
    return true;
}

} // namespace relief::gui
