#pragma once

// Failed payments (PR-7, issue 12 §3; ui/payroll/failed_payments_dialog.ui): every
// payment the bank returned as failed, newest first, with its household, payee,
// account (masked by the service for a role without ViewPersonalNumbers), amount,
// the bank's reason and what stands between it and its reissue. "Confirm
// account…" (ReconcilePayroll) takes a note saying why the same account can be
// paid again (BankService::confirmAccount) for a payment still waiting.

#include "services/bank/bank_service.h"
#include "services/session.h"

#include <QDialog>

#include <memory>
#include <vector>

namespace relief::gui {

class Ui_FailedPaymentsDialog;

class AppContext;
class ReasonDialog;

class FailedPaymentsDialog : public QDialog
{
    Q_OBJECT
public:
    FailedPaymentsDialog(AppContext &context, services::Session session, QWidget *parent = nullptr);
    ~FailedPaymentsDialog() override;

    void refresh();
    // Opens the note for the selected payment (window-modal, deleted on close);
    // nullptr when the selection is not a payment waiting for a confirmation.
    ReasonDialog *confirmSelected();
    const std::vector<services::FailedPaymentView> &payments() const { return m_rows; }

Q_SIGNALS:
    void changed();

private:
    const services::FailedPaymentView *selected() const;
    void updateButtons();

    std::unique_ptr<Ui_FailedPaymentsDialog> m_ui;
    AppContext &m_context;
    services::Session m_session;
    std::vector<services::FailedPaymentView> m_rows;
    bool m_mayConfirm = false;
};

} // namespace relief::gui
