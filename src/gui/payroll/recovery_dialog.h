#pragma once

// Recoveries (追缴, PR-6 / DA-6; ui/payroll/recovery_dialog.ui): every overpayment
// to collect with its household, month, amount, what has been collected and its
// status; "Record receipt…" (a caseworker: money collected, on a date, with the
// receipt's number) and "Waive…" (a supervisor, with a reason). Only recoveries of
// locked rolls (real ones) take receipts or waivers. The payroll page opens it.

#include "services/payroll/payroll_service.h"
#include "services/session.h"

#include <QDialog>

#include <memory>
#include <vector>

namespace relief::gui {

class Ui_RecoveryDialog;
class Ui_RecoveryReceiptDialog;

class AppContext;
class FieldErrors;

// The receipt form: amount (yuan), date received (not in the future), receipt
// number and note; OK calls PayrollService::recordReceipt and stays open on a
// refusal (the message at its field).
class RecoveryReceiptDialog : public QDialog
{
    Q_OBJECT
public:
    RecoveryReceiptDialog(AppContext &context, services::Session session,
                          const services::RecoveryView &recovery, QWidget *parent = nullptr);
    ~RecoveryReceiptDialog() override;

    void accept() override;

private:
    std::unique_ptr<Ui_RecoveryReceiptDialog> m_ui;
    std::unique_ptr<FieldErrors> m_errors;
    AppContext &m_context;
    services::Session m_session;
    std::int64_t m_recoveryId = 0;
};

class RecoveryDialog : public QDialog
{
    Q_OBJECT
public:
    RecoveryDialog(AppContext &context, services::Session session, QWidget *parent = nullptr);
    ~RecoveryDialog() override;

    void refresh();
    // Open the receipt form / the waiver's reason for the selected recovery.
    void recordReceipt();
    void waive();

    static QString statusName(services::RecoveryStatus status);

Q_SIGNALS:
    void changed();

private:
    const services::RecoveryView *selected() const;
    void updateButtons();

    std::unique_ptr<Ui_RecoveryDialog> m_ui;
    AppContext &m_context;
    services::Session m_session;
    std::vector<services::RecoveryView> m_rows;
};

} // namespace relief::gui
