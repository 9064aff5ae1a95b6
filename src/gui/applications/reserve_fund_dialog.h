#pragma once

// The reserve fund (备用金, ui/reserve_fund_dialog.ui): the balance, every entry
// newest first (top-ups, payments with their payee), and the top-up form for
// supervisors.

#include "services/session.h"

#include <QDialog>

#include <memory>

namespace relief::gui {

class Ui_ReserveFundDialog;

class AppContext;
class FieldErrors;

class ReserveFundDialog : public QDialog
{
    Q_OBJECT
public:
    ReserveFundDialog(AppContext &context, services::Session session, QWidget *parent = nullptr);
    ~ReserveFundDialog() override;

    void refresh();

private:
    void attemptTopUp();

    std::unique_ptr<Ui_ReserveFundDialog> m_ui;
    std::unique_ptr<FieldErrors> m_errors;
    AppContext &m_context;
    services::Session m_session;
};

} // namespace relief::gui
