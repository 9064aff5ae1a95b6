// Bank results (回盘, issue 12 §3) and failed payments (PR-7): BankService::reconcile,
// failedPayments, confirmAccount. Templates and the export are bank_service.cpp.

#include "services/bank/bank_service.h"
#include "services/bank/bank_service_internal.h"

#include "services/bank/bank_xlsx_reader.h"
#include "services/csv_reader.h"
#include "services/text_encoding.h"

#include "domain/bank/bank_results.h"
#include "domain/mask.h"
#include "storage/bank/bank_repository.h"
#include "storage/payroll/payroll_repository.h"

#include <QCryptographicHash>
#include <QFileInfo>

#include <map>

namespace relief::services {

using namespace bank_detail;

namespace {

using Cells = std::vector<std::vector<std::string>>;

// Cells a result file may hold (the xlsx reader's limit): a file of commas would
// otherwise become hundreds of millions of strings.
constexpr std::size_t kMaxResultCells = kMaxXlsxCells;

Error tooManyCells()
{
    return Error::invalid("file",
                          toStd(BankService::tr("The result file has more than "
                                                "20,000,000 cells.")));
}

Result<Cells> csvCells(const std::string &text)
{
    Cells out;
    CsvReader reader(text);
    std::vector<std::string> fields;
    std::size_t cells = 0;
    while (reader.next(fields)) {
        // A quote never closed would swallow every later row into one cell: the rows
        // after it would silently stay pending.
        if (reader.unterminatedQuote())
            return Error::invalid(
                "file",
                toStd(BankService::tr("Row %1 of the result file opens a quote that is "
                                      "never closed; the rows after it cannot be read.")
                          .arg(reader.row())));
        cells += fields.size();
        if (cells > kMaxResultCells)
            return tooManyCells();
        // A record holding a line break inside quotes is one row, as Excel numbers it;
        // pad so that out[i] is row i + 1.
        while (out.size() + 1 < static_cast<std::size_t>(reader.row()))
            out.emplace_back();
        out.push_back(fields);
    }
    return out;
}

// A delimited template's bank may answer in its own layout: lines split at the
// separator, no quoting.
Result<Cells> delimitedCells(const std::string &text, char separator)
{
    Cells out;
    std::size_t cells = 0;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos)
            end = text.size();
        std::string_view line(text.data() + start, end - start);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        std::vector<std::string> fields;
        std::size_t from = 0;
        for (;;) {
            const std::size_t at = line.find(separator, from);
            fields.emplace_back(
                line.substr(from, at == std::string_view::npos ? line.npos : at - from));
            if (++cells > kMaxResultCells)
                return tooManyCells();
            if (at == std::string_view::npos)
                break;
            from = at + 1;
        }
        out.push_back(std::move(fields));
        if (end == text.size())
            break;
        start = end + 1;
    }
    return out;
}

std::string resultKey(bool paid)
{
    return paid ? "paid" : "failed";
}

ReconcileRowView rowView(const bank::ResultRow &r)
{
    return {r.row, r.account, r.amount, r.result, r.reason, {}};
}

FailedPaymentView failedView(const storage::BankPaymentRow &p, bool full)
{
    FailedPaymentView v;
    v.paymentId = p.id;
    v.month = p.month;
    v.programme = p.programme;
    v.householdNumber = p.householdNumber;
    v.payeeName = p.payeeName;
    v.account = full ? p.account : maskBankAccount(p.account);
    v.amount = Money::fromFen(p.amount);
    v.reason = p.reason;
    v.currentAccount = full ? p.currentAccount : maskBankAccount(p.currentAccount);
    v.currentAccountOk = p.currentAccountOk;
    v.accountChanged = p.accountChanged;
    v.confirmed = p.confirmedAt.has_value();
    v.confirmedBy = p.confirmedBy;
    v.confirmNote = p.confirmNote;
    v.reissued = p.reissued;
    if (p.reissued)
        v.status = "reissued";
    else if ((p.accountChanged || v.confirmed) && p.currentAccountOk)
        v.status = "ready";
    else if (p.accountChanged)
        v.status = "invalid_account";
    else
        v.status = "waiting";
    return v;
}

} // namespace

Result<ReconcileReport> BankService::reconcile(const Session &session, const YearMonth &month,
                                               const std::string &templateId,
                                               const std::string &bytes,
                                               const ReconcileOptions &options, JobControl &job)
{
    const Lang lang = currentLang();
    return write(
        session, Action::ReconcilePayroll, [&](AuditLog &audit) -> Result<ReconcileReport> {
            job.stage(toStd(tr("Reading the bank's result file")));
            storage::PayrollRepository payroll(m_db);
            const auto roll = lockedRoll(
                payroll, month, tr("The roll for %1 is %2: bank results belong to a locked roll."));
            if (!roll.ok())
                return roll.error();
            storage::BankRepository repo(m_db);
            const auto exported = repo.latestExport(roll->id);
            if (!exported)
                return Error {ErrorCode::Conflict,
                              toStd(tr("The roll for %1 has not been sent to the bank: export "
                                       "its bank files first.")
                                        .arg(q(month.toString()))),
                              "month"};
            auto resolved = resolveTemplate(repo, templateId);
            if (!resolved.ok())
                return resolved.error();
            const bank::BankTemplate &tmpl = resolved->tmpl;
            if (options.programme && !programmeOf(*options.programme))
                return Error::invalid(
                    "programme",
                    toStd(tr("\"%1\" is not a programme of the roll.").arg(q(*options.programme))));

            ReconcileReport report;
            report.month = month.toString();
            report.fileName = options.fileName;
            Cells cells;
            std::string text;
            if (looksLikeXlsx(bytes)) {
                auto read = readXlsxCells(bytes);
                if (!read.ok())
                    return read.error();
                cells = std::move(read.value());
                report.encoding = "xlsx";
            } else {
                DecodedText decoded = decodeText(bytes);
                if (!decoded.ok())
                    return Error::invalid(
                        "file",
                        toStd(decoded.utf16
                                  ? tr("The result file is UTF-16 text; save it as CSV in UTF-8 "
                                       "or GB18030.")
                                  : tr("The result file is neither UTF-8 nor GB18030 text (byte "
                                       "%1).")
                                        .arg(decoded.badOffset + 1)));
                report.encoding = decoded.encoding;
                text = std::move(decoded.text);
                auto read = csvCells(text);
                if (!read.ok())
                    return read.error();
                cells = std::move(read.value());
            }
            auto table = bank::readResultTable(cells, tmpl.results, lang);
            if (!table.ok() && !text.empty() && tmpl.format == bank::FileFormat::Delimited &&
                tmpl.separator != ',') {
                auto split = delimitedCells(text, tmpl.separator);
                if (!split.ok())
                    return split.error();
                cells = std::move(split.value());
                table = bank::readResultTable(cells, tmpl.results, lang);
            }
            if (!table.ok())
                return table.error();
            cells.clear();
            report.headerRow = table->headerRow;
            report.rows = static_cast<int>(table->rows.size());
            for (const auto &e : table->errors)
                report.errors.push_back({e.row, e.column, e.message});
            if (!report.errors.empty())
                return report; // all or nothing: the office fixes the file first
            if (job.cancelRequested())
                return Error {
                    ErrorCode::Cancelled, toStd(tr("The reconciliation was cancelled.")), {}};

            job.stage(toStd(tr("Matching the results to the payments")));
            const auto payments = repo.payments(exported->id, options.programme);
            report.payments = static_cast<int>(payments.size());
            std::vector<bank::ExportedPayment> candidates;
            candidates.reserve(payments.size());
            std::map<std::int64_t, std::size_t> byId;
            for (std::size_t i = 0; i < payments.size(); ++i) {
                candidates.push_back(
                    {payments[i].id, payments[i].account, Money::fromFen(payments[i].amount)});
                byId.emplace(payments[i].id, i);
            }
            const bank::MatchOutcome outcome = bank::matchResults(table->rows, candidates);
            for (const auto &u : outcome.unmatched) {
                ReconcileRowView v = rowView(table->rows[u.row]);
                v.why = bank::unmatchedWhyText(u.why, lang);
                report.unmatched.push_back(std::move(v));
            }
            struct Change
            {
                std::int64_t paymentId;
                std::string result;
                std::string reason;
            };
            std::vector<Change> changes;
            nlohmann::json changedJson = nlohmann::json::array();
            for (const auto &m : outcome.matched) {
                const bank::ResultRow &r = table->rows[m.row];
                const storage::BankPaymentRow &p = payments[byId.at(m.paymentId)];
                const std::string result = resultKey(r.paid);
                const std::string reason = r.paid ? std::string() : r.reason;
                (r.paid ? report.paid : report.failed) += 1;
                if (p.result == result && p.reason == reason) {
                    ++report.unchanged;
                    continue;
                }
                if (p.reissued) {
                    ReconcileRowView v = rowView(r);
                    v.why = toStd(tr("the payment failed and a later roll already pays it again; "
                                     "its result is kept"));
                    report.refused.push_back(std::move(v));
                    (r.paid ? report.paid : report.failed) -= 1;
                    continue;
                }
                changes.push_back({p.id, result, reason});
                if (changedJson.size() < 200)
                    changedJson.push_back({{"payment", p.id},
                                           {"household", p.householdNumber},
                                           {"from", p.result},
                                           {"to", result},
                                           {"reason", reason}});
            }
            report.changed = static_cast<int>(changes.size());
            const int pendingNow = repo.pendingPayments(exported->id);
            int settledPending = 0;
            for (const auto &c : changes)
                if (payments[byId.at(c.paymentId)].result == "pending")
                    ++settledPending;
            report.pending = pendingNow - settledPending;
            // The roll's state after the import (for a dry run: after it would be applied).
            const bool becomesReconciled = roll->state == payroll::RollState::Locked &&
                report.pending == 0 && !changes.empty();
            report.reconciled = roll->state == payroll::RollState::Reconciled || becomesReconciled;
            if (options.dryRun || changes.empty())
                return report; // nothing to write (a second run of the same file)
            if (job.cancelRequested())
                return Error {
                    ErrorCode::Cancelled, toStd(tr("The reconciliation was cancelled.")), {}};

            job.stage(toStd(tr("Recording the bank's results")));
            const auto total = static_cast<std::int64_t>(changes.size());
            for (std::size_t i = 0; i < changes.size(); ++i) {
                repo.setResult(changes[i].paymentId, changes[i].result, changes[i].reason);
                if (i % 2000 == 0)
                    job.progress(static_cast<std::int64_t>(i), total);
            }
            const std::string now = m_clock.isoUtc();
            if (becomesReconciled)
                payroll.markReconciled(roll->id, now);
            const QByteArray digest =
                QCryptographicHash::hash(
                    QByteArray::fromRawData(bytes.data(), static_cast<qsizetype>(bytes.size())),
                    QCryptographicHash::Sha256)
                    .toHex();
            repo.insertReconciliation({roll->id, exported->id, tmpl.id, options.fileName,
                                       digest.toStdString(), report.rows, report.paid,
                                       report.failed, static_cast<int>(report.unmatched.size()),
                                       report.changed, now, session.username});
            audit.append(session,
                         {AuditAction::BankReconcile,
                          "payroll_roll",
                          month.toString(),
                          {{"month", month.toString()},
                           {"template", tmpl.id},
                           {"file", toStd(QFileInfo(q(options.fileName)).fileName())},
                           {"sha256", digest.toStdString()},
                           {"programme", options.programme.value_or("")},
                           {"rows", report.rows},
                           {"paid", report.paid},
                           {"failed", report.failed},
                           {"unmatched", report.unmatched.size()},
                           {"refused", report.refused.size()},
                           {"changed", report.changed},
                           {"pending", report.pending},
                           {"reconciled", becomesReconciled},
                           {"changes", changedJson}}});
            report.applied = true;
            job.progress(total, total);
            return report;
        });
}

Result<std::vector<FailedPaymentView>> BankService::failedPayments(const Session &session)
{
    return read(session, Action::ViewPayroll, [&]() -> Result<std::vector<FailedPaymentView>> {
        const bool full = allows(session, Action::ViewPersonalNumbers);
        storage::BankRepository repo(m_db);
        std::vector<FailedPaymentView> out;
        for (const auto &p : repo.failedPayments())
            out.push_back(failedView(p, full));
        return out;
    });
}

Result<FailedPaymentView>
BankService::confirmAccount(const Session &session, std::int64_t paymentId, const std::string &note)
{
    const QString trimmedNote = q(note).trimmed();
    if (trimmedNote.isEmpty())
        return Error::invalid("note",
                              toStd(tr("Say why the same account can be paid again "
                                       "(for example: the bank lifted the freeze).")));
    if (trimmedNote.size() > 500)
        return Error::invalid("note", toStd(tr("The note is longer than 500 characters.")));
    const bool full = allows(session, Action::ViewPersonalNumbers);
    return write(
        session, Action::ReconcilePayroll, [&](AuditLog &audit) -> Result<FailedPaymentView> {
            storage::BankRepository repo(m_db);
            const auto p = repo.payment(paymentId);
            if (!p)
                return Error {ErrorCode::NotFound,
                              toStd(tr("There is no payment %1.").arg(paymentId)), "payment"};
            if (p->result != "failed")
                return Error {
                    ErrorCode::Conflict,
                    toStd(
                        tr("Payment %1 did not fail: there is nothing to confirm.").arg(paymentId)),
                    "payment"};
            if (p->reissued)
                return Error {
                    ErrorCode::Conflict,
                    toStd(tr("Payment %1 is already paid again by a later roll.").arg(paymentId)),
                    "payment"};
            if (p->confirmedAt)
                return Error {ErrorCode::Conflict,
                              toStd(tr("The account of payment %1 was confirmed by %2 on %3.")
                                        .arg(paymentId)
                                        .arg(q(p->confirmedBy), q(p->confirmedAt->substr(0, 10)))),
                              "payment"};
            if (!p->currentAccountOk)
                return Error {ErrorCode::Conflict,
                              toStd(tr("Household %1 has no valid bank account now: correct the "
                                       "account in the registry instead.")
                                        .arg(q(p->householdNumber))),
                              "payment"};
            const std::string now = m_clock.isoUtc();
            repo.insertConfirmation(paymentId, toStd(trimmedNote), now, session.username);
            audit.append(session,
                         {AuditAction::BankConfirmAccount,
                          "bank_payment",
                          std::to_string(paymentId),
                          {{"month", p->month},
                           {"household", p->householdNumber},
                           {"programme", p->programme},
                           {"amount", Money::fromFen(p->amount).toString()},
                           {"reason", p->reason},
                           {"note", toStd(trimmedNote)}}});
            auto after = repo.payment(paymentId);
            return failedView(*after, full);
        });
}

} // namespace relief::services
