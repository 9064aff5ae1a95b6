#include "export_households_dialog.h"

#include "ui_export_households_dialog.h"

#include "gui/app_context.h"
#include "gui/display_text.h"
#include "gui/message_boxes.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLayout>
#include <QPushButton>
#include <QStandardPaths>

namespace relief::gui {

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
    const bool mayUnmask = m_context.registry().allows(m_session, services::Action::ExportUnmasked);
    m_ui->unmaskedCheck->setEnabled(mayUnmask);
    if (!mayUnmask)
        m_ui->unmaskedCheck->setToolTip(tr("Your role may export masked numbers only."));
    m_ui->errorLabel->hide();

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

ExportHouseholdsDialog::~ExportHouseholdsDialog() = default;

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
    if (!exportTo(path))
        return;
    showInfo(parentWidget(), tr("Export households"),
             tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
    accept();
}

bool ExportHouseholdsDialog::exportTo(const QString &path)
{
    m_ui->errorLabel->hide();
    const auto kind =
        static_cast<services::LedgerExportKind>(m_ui->exportKindCombo->currentData().toInt());
    const bool unmasked = m_ui->unmaskedCheck->isEnabled() && m_ui->unmaskedCheck->isChecked();
    auto csv = m_context.ledger().exportCsv(&m_session, kind, services::CsvTarget::File, unmasked,
                                            m_ui->includeFormerCheck->isChecked());
    QString problem;
    if (!csv.ok()) {
        problem = qs(csv.error().message);
    } else {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(csv->data(), static_cast<qint64>(csv->size())) !=
                static_cast<qint64>(csv->size()))
            problem = tr("The file could not be written: %1").arg(file.errorString());
    }
    if (!problem.isEmpty()) {
        showProblem(problem);
        return false;
    }
    return true;
}

} // namespace relief::gui
