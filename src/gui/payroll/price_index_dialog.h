#pragma once

// Price indices (ui/payroll/price_index_dialog.ui): every month entered, newest
// first, with its CPI and food figures (% year on year) and whether it triggers
// price subsidies (PS-1), and, for a supervisor, the entry of a month's figures
// (PriceIndexService::set; a month's figures may be replaced until its roll is
// locked). The payroll page opens it.

#include "services/session.h"

#include <QDialog>

#include <memory>

namespace relief::gui {

class Ui_PriceIndexDialog;

class AppContext;
class FieldErrors;

class PriceIndexDialog : public QDialog
{
    Q_OBJECT
public:
    PriceIndexDialog(AppContext &context, services::Session session, QWidget *parent = nullptr);
    ~PriceIndexDialog() override;

    void refresh();
    void save();

Q_SIGNALS:
    // After a month's figures were stored (the payroll page may show the month again).
    void saved(const QString &month);

private:
    void showSelected();

    std::unique_ptr<Ui_PriceIndexDialog> m_ui;
    std::unique_ptr<FieldErrors> m_errors;
    AppContext &m_context;
    services::Session m_session;
};

} // namespace relief::gui
