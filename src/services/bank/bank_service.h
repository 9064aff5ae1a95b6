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
// same transaction. docs/bank.md.

#include "services/job_control.h"
#include "services/service_base.h"

#include "domain/bank/bank_template.h"
#include "domain/money.h"
#include "domain/year_month.h"

#include <QCoreApplication>

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

class BankService : public ServiceBase
{
    Q_DECLARE_TR_FUNCTIONS(BankService)

public:
    BankService(storage::Database &db, const Clock &clock)
        : ServiceBase(db, clock)
    { }

    // Action::ViewPayroll: the shipped templates (as saved when edited), then the office's.
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
};

} // namespace relief::services
