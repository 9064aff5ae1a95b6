#include "export_households_dialog.h"

#include "gui/app_context.h"
#include "gui/display_text.h"
#include "gui/message_boxes.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace relief::gui {

ExportHouseholdsDialog::ExportHouseholdsDialog(AppContext &context, services::Session session,
                                               QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_session(std::move(session))
{
    setObjectName(QStringLiteral("exportHouseholdsDialog"));
    setWindowTitle(tr("Export households"));
    auto *form = new QFormLayout(this);
    m_kindCombo = new QComboBox(this);
    m_kindCombo->setObjectName(QStringLiteral("exportKindCombo"));
    m_kindCombo->addItem(tr("Households (members grouped by household)"),
                         static_cast<int>(services::LedgerExportKind::Households));
    m_kindCombo->addItem(tr("Persons (each person once)"),
                         static_cast<int>(services::LedgerExportKind::Persons));
    form->addRow(tr("&Export:"), m_kindCombo);
    m_formerCheck = new QCheckBox(tr("Include people who left"), this);
    m_formerCheck->setObjectName(QStringLiteral("includeFormerCheck"));
    form->addRow(QString(), m_formerCheck);
    m_unmaskedCheck = new QCheckBox(tr("Full ID numbers and bank accounts (recorded in the "
                                       "audit log)"),
                                    this);
    m_unmaskedCheck->setObjectName(QStringLiteral("unmaskedCheck"));
    const bool mayUnmask = m_context.registry().allows(m_session, services::Action::ExportUnmasked);
    m_unmaskedCheck->setEnabled(mayUnmask);
    if (!mayUnmask)
        m_unmaskedCheck->setToolTip(tr("Your role may export masked numbers only."));
    form->addRow(QString(), m_unmaskedCheck);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_errorLabel->hide();
    form->addRow(m_errorLabel);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *save = buttons->addButton(tr("Save as…"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveButton"));
    form->addRow(buttons);
    connect(save, &QPushButton::clicked, this, &ExportHouseholdsDialog::chooseFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ExportHouseholdsDialog::chooseFile()
{
    auto *files = new QFileDialog(this, tr("Export households"), tr("households.csv"),
                                  tr("CSV files (*.csv)"));
    files->setObjectName(QStringLiteral("exportFileDialog"));
    files->setAttribute(Qt::WA_DeleteOnClose);
    files->setAcceptMode(QFileDialog::AcceptSave);
    files->setDefaultSuffix(QStringLiteral("csv"));
    connect(files, &QFileDialog::fileSelected, this, [this](const QString &path) {
        if (exportTo(path)) {
            showInfo(parentWidget(), tr("Export households"),
                     tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
            accept();
        }
    });
    files->open();
}

bool ExportHouseholdsDialog::exportTo(const QString &path)
{
    m_errorLabel->hide();
    const auto kind = static_cast<services::LedgerExportKind>(m_kindCombo->currentData().toInt());
    const bool unmasked = m_unmaskedCheck->isEnabled() && m_unmaskedCheck->isChecked();
    auto csv = m_context.ledger().exportCsv(&m_session, kind, services::CsvTarget::File, unmasked,
                                            m_formerCheck->isChecked());
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
        m_errorLabel->setText(problem);
        m_errorLabel->show();
        return false;
    }
    return true;
}

} // namespace relief::gui
