#include "bank_display.h"

#include "gui/widgets/display_text.h"

#include "reports/payroll/payroll_text.h"

#include <QComboBox>
#include <QHeaderView>
#include <QSettings>
#include <QTableWidget>

#include <algorithm>

namespace relief::gui {

const QString BankDisplay::kTemplateKey = QStringLiteral("bank/template");
const QString BankDisplay::kExportFolderKey = QStringLiteral("bank/exportFolder");
const QString BankDisplay::kResultFolderKey = QStringLiteral("bank/resultFolder");

Status BankDisplay::fillTemplates(QComboBox *combo, services::BankService &bank,
                                  const services::Session &session)
{
    combo->clear();
    auto templates = bank.templates(session);
    if (!templates.ok())
        return templates.error();
    for (const auto &t : *templates)
        combo->addItem(tr("%1 (%2)").arg(qs(t.tmpl.name), qs(t.tmpl.id)), qs(t.tmpl.id));
    const int remembered = combo->findData(QSettings().value(kTemplateKey).toString());
    combo->setCurrentIndex(remembered >= 0 ? remembered : 0);
    return Status(Unit {});
}

void BankDisplay::rememberTemplate(const QComboBox *combo)
{
    if (combo->currentIndex() >= 0)
        QSettings().setValue(kTemplateKey, combo->currentData().toString());
}

QString BankDisplay::programme(const std::string &key)
{
    if (const auto p = payroll::parseLineProgramme(key))
        return reports::PayrollText::programme(*p);
    return qs(key);
}

QString BankDisplay::failedStatus(const std::string &status)
{
    if (status == "reissued")
        return tr("Paid again in a later roll");
    if (status == "ready")
        return tr("Ready: the next roll pays it");
    if (status == "invalid_account")
        return tr("New account not valid");
    if (status == "waiting")
        return tr("Waiting for the account");
    return qs(status);
}

void BankDisplay::setUpTable(QTableWidget *table, const QStringList &header)
{
    table->setColumnCount(static_cast<int>(header.size()));
    table->setHorizontalHeaderLabels(header);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->horizontalHeader()->setStretchLastSection(true);
}

void BankDisplay::fitRows(QTableWidget *table, int maxRows)
{
    const int rows = std::min(table->rowCount(), maxRows);
    const int height = table->horizontalHeader()->sizeHint().height() +
        std::max(rows, 1) * table->verticalHeader()->defaultSectionSize() +
        2 * table->frameWidth() + 4;
    table->setMinimumHeight(height);
    table->setMaximumHeight(table->rowCount() > maxRows ? QWIDGETSIZE_MAX : height);
}

} // namespace relief::gui
