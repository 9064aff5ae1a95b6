#pragma once

// Imports cross-department check results from a CSV file (docs/data-formats.md
// §A1; ui/check_import_dialog.ui). The service writes all rows or none: a file
// with bad rows lists each of them (line, column, reason) and imports nothing.

#include "services/session.h"

#include <QDialog>

#include <memory>

class QPushButton;

namespace relief::gui {

class Ui_CheckImportDialog;
class AppContext;

class CheckImportDialog : public QDialog
{
    Q_OBJECT
public:
    CheckImportDialog(AppContext &context, services::Session session, QWidget *parent = nullptr);
    ~CheckImportDialog() override;

    // Imports this file now (the Import button does the same with the typed path).
    bool importFile(const QString &path);

Q_SIGNALS:
    // Results were written (the application page refreshes).
    void imported();

private:
    void chooseFile();
    void showProblem(const QString &message);

    std::unique_ptr<Ui_CheckImportDialog> m_ui;
    AppContext &m_context;
    services::Session m_session;
    QPushButton *m_importButton = nullptr;
};

} // namespace relief::gui
