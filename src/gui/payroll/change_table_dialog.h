#pragma once

// 增减表 (PR-8) of a month's roll against the month before (ui/payroll/
// change_table_dialog.ui): per community and programme the groups new / stopped /
// increased / decreased, the check line M−1 + Σ = M, the cases with their reasons;
// print preview and PDF through reports::ChangeTableReport.

#include "gui/widgets/report_output.h"

#include "services/payroll/payroll_service.h"
#include "services/session.h"

#include <QDialog>

#include <memory>
#include <optional>

class QFileDialog;
class QPrintPreviewDialog;

namespace relief::gui {

class Ui_ChangeTableDialog;

class AppContext;

class ChangeTableDialog : public QDialog
{
    Q_OBJECT
public:
    ChangeTableDialog(AppContext &context, services::Session session, const YearMonth &month,
                      QWidget *parent = nullptr);
    ~ChangeTableDialog() override;

    // Reads the table again.
    void load();
    const std::optional<services::ChangeTableView> &view() const { return m_view; }
    // What is printed (empty html when the table could not be read).
    PrintJob printJob() const;
    QPrintPreviewDialog *openPreview();
    QFileDialog *openSavePdf();

private:
    void fill();

    std::unique_ptr<Ui_ChangeTableDialog> m_ui;
    AppContext &m_context;
    services::Session m_session;
    YearMonth m_month;
    std::optional<services::ChangeTableView> m_view;
    QString m_html;
};

} // namespace relief::gui
