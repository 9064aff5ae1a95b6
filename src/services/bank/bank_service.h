#pragma once

// Bank templates and the bank files of a locked roll (代发, issue 12 §1–§2,
// data-formats §4, PR-4). Templates: the three shipped ones (domain/bank) and
// those the office saved (a saved template with a shipped id overrides it).
// The export reads the locked roll's lines that go to the bank (held lines stay
// out), makes one payment per payee account and programme, refuses the whole
// export when any of them lacks a valid account (naming each household and what
// to fix), lays out one file per programme split at max_rows, encodes it and
// writes it through saveOutputFile; the payments are recorded (bank_payments,
// what the reconciliation matches by account and amount) and audited in the
// same transaction. The bank results and failed payments (reconcile, failedPayments,
// confirmAccount) are implemented in bank_reconcile.cpp. docs/bank.md.

#include "services/job_control.h"
#include "services/service_base.h"

#include "domain/bank/bank_template.h"
#include "domain/money.h"
#include "domain/year_month.h"

#include <QCoreApplication>

#include <optional>
#include <string>
#include <vector>

namespace relief::services {

struct BankTemplateView
{
    bank::BankTemplate tmpl;
    bool shipped = false; // the id is one of the shipped templates
    bool saved = false; // stored in the database (edited or the office's own)
    std::string updatedAt;
    std::string updatedBy;
};

struct BankFileWritten
{
    std::string path;
    std::string programme; // key (data-formats §6)
    int number = 1; // within the programme
    int rows = 0; // payments in the file
    Money total;
};

struct BankExportResult
{
    std::int64_t exportId = 0;
    std::vector<BankFileWritten> files;
    int payments = 0;
    Money amount;
};

// Reading a bank's result file (回盘, issue 12 §3, docs/bank.md §3).
struct ReconcileOptions
{
    std::string fileName; // for the record and the messages (the bytes are given)
    std::optional<std::string> programme; // match only this programme's payments
    bool dryRun = false; // read and match, change nothing (the import dialog's preview)
};

struct ReconcileRowView
{
    int row = 0; // in the file, 1-based
    std::string account; // as read (full: the file already holds it)
    Money amount;
    std::string result; // the bank's word
    std::string reason;
    std::string why; // unmatched: why, in the user's language
};

struct ReconcileError
{
    int row = 0;
    std::string column;
    std::string message;
};

struct ReconcileReport
{
    std::string month;
    std::string fileName;
    std::string encoding; // UTF-8, UTF-8-BOM, GB18030 or xlsx
    int headerRow = 0;
    int rows = 0; // result rows read
    int paid = 0; // payments the file settles as paid
    int failed = 0; // … as failed
    int changed = 0; // payments whose result this import changes
    int unchanged = 0; // matched, already recorded so
    std::vector<ReconcileRowView> unmatched;
    std::vector<ReconcileRowView> refused; // would change a failed payment already reissued
    std::vector<ReconcileError> errors; // bad rows: the whole file is refused
    int pending = 0; // payments of the export still without a result afterwards
    int payments = 0; // payments of the export (of the programme, when one is given)
    bool reconciled = false; // the roll is reconciled afterwards
    bool applied = false; // written (false for a dry run or a file with errors)
};

// A failed payment (PR-7) and what stands between it and its reissue.
struct FailedPaymentView
{
    std::int64_t paymentId = 0;
    std::string month; // the roll's
    std::string programme; // key
    std::string householdNumber;
    std::string payeeName;
    std::string account; // masked unless the role may see personal numbers
    Money amount;
    std::string reason; // the bank's
    std::string currentAccount; // masked likewise
    bool currentAccountOk = false;
    bool accountChanged = false;
    bool confirmed = false;
    std::string confirmedBy;
    std::string confirmNote;
    bool reissued = false; // a later roll pays it again
    // "reissued", "ready" (changed or confirmed and valid: the next roll reissues it),
    // "invalid_account" (changed to an invalid one), "waiting" (the same account)
    std::string status;
};

class BankService : public ServiceBase
{
    Q_DECLARE_TR_FUNCTIONS(BankService)

public:
    BankService(storage::Database &db, const Clock &clock)
        : ServiceBase(db, clock)
    { }

    // Action::ViewPayroll or ManageBankTemplates: the shipped templates (as saved when
    // edited), then the office's.
    Result<std::vector<BankTemplateView>> templates(const Session &session);
    Result<BankTemplateView> templateById(const Session &session, const std::string &id);
    // Action::ManageBankTemplates: validated, saved (insert or replace), audited.
    Result<BankTemplateView> saveTemplate(const Session &session, const bank::BankTemplate &t);
    // The same from JSON (the template editor's import); errors name the JSON path.
    Result<BankTemplateView> importTemplate(const Session &session, const std::string &json);

    // Action::ExportBankFiles. Files go to outDir (created when missing) as
    // YYYY-MM_<programme>_<n>.<csv|xlsx|txt>. Refused (nothing written) when M has no
    // roll, the roll is not locked or reconciled, the template is unknown, or a payment
    // lacks a valid account or does not fit the template. JobControl: stages, progress
    // by programme, a cancel before the files are written returns Cancelled.
    Result<BankExportResult> exportRoll(const Session &session, const YearMonth &month,
                                        const std::string &templateId, const std::string &outDir,
                                        JobControl &job = noJobControl());

    // Action::ReconcilePayroll. Reads the result file (CSV in UTF-8 or GB18030, or xlsx)
    // through the template's result mapping, matches its rows to the roll's latest
    // export by account and amount, and — unless options.dryRun or any row is bad —
    // records each settled payment's result and reason on it and its lines, audits the
    // import, and moves the roll locked → reconciled when no payment is pending. A row
    // that would change a failed payment already reissued is refused and listed.
    // Refused as a whole (Error) when M has no locked roll, the roll was never
    // exported, the template is unknown or the file is not a table the mapping reads.
    Result<ReconcileReport> reconcile(const Session &session, const YearMonth &month,
                                      const std::string &templateId, const std::string &bytes,
                                      const ReconcileOptions &options,
                                      JobControl &job = noJobControl());

    // Action::ViewPayroll: failed payments of locked rolls (newest first).
    Result<std::vector<FailedPaymentView>> failedPayments(const Session &session);
    // Action::ReconcilePayroll: the account of a failed payment is right as it is (the
    // bank lifted a freeze…); the next roll reissues it. The note is required.
    Result<FailedPaymentView> confirmAccount(const Session &session, std::int64_t paymentId,
                                             const std::string &note);

private:
    Action templateReader(const Session &session);
};

} // namespace relief::services
