#pragma once

// Exports the registry as a ledger CSV (data-formats §3; ui/export_households_dialog.ui):
// households or persons, masked unless the role may see personal numbers and
// the user ticks unmasked (which the service audits). The file is typed or
// chosen; a file that exists is replaced only when Export is pressed again.

#include "services/session.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ExportHouseholdsDialog;
}

namespace relief::gui {

class AppContext;

class ExportHouseholdsDialog : public QDialog
{
    Q_OBJECT
public:
    ExportHouseholdsDialog(AppContext &context, services::Session session,
                           QWidget *parent = nullptr);
    ~ExportHouseholdsDialog() override;

    // Writes the export to `path`; false (with the message shown) on failure.
    bool exportTo(const QString &path);

private:
    void chooseFile();
    void attemptExport();
    void suggestFileName();
    void showProblem(const QString &message);

    std::unique_ptr<::Ui::ExportHouseholdsDialog> m_ui;
    AppContext &m_context;
    services::Session m_session;
    QString m_suggested; // the name put in the field, replaced when the kind changes
    QString m_overwriteConfirmed; // a path that exists and may be replaced
};

} // namespace relief::gui
