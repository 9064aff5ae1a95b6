#pragma once

// What the bank dialogs of the payroll page share (issue 12): the template choice
// (the shipped and saved templates, the last one used remembered in QSettings),
// the programme names of the service's keys, and the words for a failed
// payment's status.

#include "services/bank/bank_service.h"

#include <QCoreApplication>
#include <QString>

class QComboBox;
class QTableWidget;

namespace relief::gui {

class BankDisplay
{
    Q_DECLARE_TR_FUNCTIONS(BankDisplay)

public:
    // QSettings keys: the template last used (export and import share it: one bank),
    // the folder the files were last written to, the folder of the last result file.
    static const QString kTemplateKey;
    static const QString kExportFolderKey;
    static const QString kResultFolderKey;

    // Fills `combo` with the templates ("name (id)", the id as item data) and
    // selects the remembered one; the service's refusal as the result.
    static Status fillTemplates(QComboBox *combo, services::BankService &bank,
                                const services::Session &session);
    static void rememberTemplate(const QComboBox *combo);

    // "dibao" → "Minimum living allowance"; an unknown key as it is.
    static QString programme(const std::string &key);
    // "waiting", "ready", "invalid_account", "reissued" in words; an unknown one as it is.
    static QString failedStatus(const std::string &status);

    // Row-per-item tables of the dialogs: compact rows, headers left, last column stretched.
    static void setUpTable(QTableWidget *table, const QStringList &header);
    // A table as tall as its rows, up to `maxRows` (then it may grow and scrolls).
    static void fitRows(QTableWidget *table, int maxRows);
};

} // namespace relief::gui
