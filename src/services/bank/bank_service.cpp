#include "services/bank/bank_service.h"

#include "services/bank/bank_encoding.h"
#include "services/bank/bank_xlsx.h"
#include "services/bank/bank_xlsx_reader.h"
#include "services/csv_reader.h"
#include "services/csv_writer.h"
#include "services/output_file.h"
#include "services/text_encoding.h"

#include "domain/bank/bank_results.h"
#include "domain/mask.h"

#include "domain/bank/bank_layout.h"
#include "domain/bank_account.h"
#include "storage/bank/bank_repository.h"
#include "storage/payroll/payroll_repository.h"
#include "storage/settings_repository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <map>

namespace relief::services {

namespace {

Lang currentLang()
{
    return QLocale().language() == QLocale::English ? Lang::En : Lang::Zh;
}

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

std::optional<payroll::LineProgramme> programmeOf(std::string_view key)
{
    for (std::size_t i = 0; i < payroll::kLineProgrammeKeys.size(); ++i)
        if (payroll::kLineProgrammeKeys[i] == key)
            return static_cast<payroll::LineProgramme>(i);
    return std::nullopt;
}

payroll::LineKind kindOf(std::string_view key)
{
    if (key == "back_pay")
        return payroll::LineKind::BackPay;
    if (key == "reissue")
        return payroll::LineKind::Reissue;
    return payroll::LineKind::Regular;
}

std::string extensionOf(bank::FileFormat f)
{
    switch (f) {
    case bank::FileFormat::Xlsx:
        return "xlsx";
    case bank::FileFormat::Csv:
        return "csv";
    case bank::FileFormat::Delimited:
    case bank::FileFormat::Fixed:
        return "txt";
    }
    return "txt";
}

// The UTF-8 text of a laid-out file: CSV through the project's writer (formula guard,
// quoting), delimited joined by the separator, fixed joined by nothing; every line
// ends with the template's line ending.
std::string fileText(const bank::BankTemplate &t, const bank::LaidOutFile &file)
{
    const std::string eol = t.lineEnding == bank::LineEnding::Crlf ? "\r\n" : "\n";
    std::string out;
    for (const auto &row : file.rows) {
        if (t.format == bank::FileFormat::Csv) {
            for (std::size_t i = 0; i < row.cells.size(); ++i) {
                if (i)
                    out += ',';
                appendCsvField(out, row.cells[i].text);
            }
        } else {
            for (std::size_t i = 0; i < row.cells.size(); ++i) {
                if (i && t.format == bank::FileFormat::Delimited)
                    out += t.separator;
                out += row.cells[i].text;
            }
        }
        out += eol;
    }
    return out;
}

BankTemplateView viewOf(const storage::BankTemplateRecord &r, bank::BankTemplate t)
{
    return {std::move(t), bank::isShippedTemplateId(r.id), true, r.updatedAt, r.updatedBy};
}

// A saved template's JSON was validated when saved; a later program may read it
// differently, so a stored one that no longer parses is reported, not used.
Result<BankTemplateView> resolveTemplate(storage::BankRepository &repo, const std::string &id)
{
    if (auto r = repo.templateById(id)) {
        auto t = bank::templateFromJson(r->json, currentLang());
        if (!t.ok())
            return Error::invalid("template", t.error().field + ": " + t.error().message);
        return viewOf(*r, std::move(t.value()));
    }
    for (const auto &t : bank::shippedTemplates())
        if (t.id == id)
            return BankTemplateView {t, true, false, {}, {}};
    return Error {ErrorCode::NotFound,
                  toStd(BankService::tr("There is no bank template \"%1\".").arg(q(id))),
                  "template"};
}

struct PaymentGroup
{
    bank::Payment payment;
    std::vector<bank::MemoLine> memoLines;
    std::optional<std::int64_t> householdId;
    std::optional<std::int64_t> institutionId;
    bool severalHouseholds = false;
};

} // namespace

// Templates are read by those who see the payroll and by those who keep the templates
// (an account that is only an administrator holds ManageBankTemplates, not ViewPayroll).
Action BankService::templateReader(const Session &session)
{
    return allows(session, Action::ManageBankTemplates) ? Action::ManageBankTemplates
                                                        : Action::ViewPayroll;
}

Result<std::vector<BankTemplateView>> BankService::templates(const Session &session)
{
    return read(session, templateReader(session), [&]() -> Result<std::vector<BankTemplateView>> {
        storage::BankRepository repo(m_db);
        std::vector<BankTemplateView> out;
        for (const auto &t : bank::shippedTemplates()) {
            auto v = resolveTemplate(repo, t.id);
            out.push_back(v.ok() ? v.value() : BankTemplateView {t, true, false, {}, {}});
        }
        for (const auto &r : repo.templates()) {
            if (bank::isShippedTemplateId(r.id))
                continue;
            auto v = resolveTemplate(repo, r.id);
            if (v.ok())
                out.push_back(std::move(v.value()));
        }
        return out;
    });
}

Result<BankTemplateView> BankService::templateById(const Session &session, const std::string &id)
{
    return read(session, templateReader(session), [&]() -> Result<BankTemplateView> {
        storage::BankRepository repo(m_db);
        return resolveTemplate(repo, id);
    });
}

Result<BankTemplateView> BankService::saveTemplate(const Session &session,
                                                   const bank::BankTemplate &t)
{
    if (auto s = bank::validateTemplate(t, currentLang()); !s.ok())
        return s.error();
    return write(
        session, Action::ManageBankTemplates, [&](AuditLog &audit) -> Result<BankTemplateView> {
            storage::BankRepository repo(m_db);
            const bool existed = repo.templateById(t.id).has_value();
            storage::BankTemplateRecord r {t.id,
                                           t.name,
                                           bank::templateToJson(t).dump(),
                                           bank::isShippedTemplateId(t.id),
                                           m_clock.isoUtc(),
                                           session.username};
            repo.saveTemplate(r);
            audit.append(session,
                         {AuditAction::BankTemplateSave,
                          "bank_template",
                          t.id,
                          {{"id", t.id},
                           {"name", t.name},
                           {"format", bank::kFileFormatKeys[static_cast<std::size_t>(t.format)]},
                           {"replaced", existed}}});
            return viewOf(r, t);
        });
}

Result<BankTemplateView> BankService::importTemplate(const Session &session,
                                                     const std::string &json)
{
    auto t = bank::templateFromJson(json, currentLang());
    if (!t.ok())
        return t.error();
    return saveTemplate(session, t.value());
}

Result<BankExportResult> BankService::exportRoll(const Session &session, const YearMonth &month,
                                                 const std::string &templateId,
                                                 const std::string &outDir, JobControl &job)
{
    const Lang lang = currentLang();
    return write(
        session, Action::ExportBankFiles, [&](AuditLog &audit) -> Result<BankExportResult> {
            job.stage(toStd(tr("Reading the roll")));
            storage::PayrollRepository payroll(m_db);
            const auto roll = payroll.roll(month);
            if (!roll)
                return Error {ErrorCode::NotFound,
                              toStd(tr("There is no roll for %1.").arg(q(month.toString()))),
                              "month"};
            if (roll->state != payroll::RollState::Locked &&
                roll->state != payroll::RollState::Reconciled)
                return Error {
                    ErrorCode::Conflict,
                    toStd(tr("The roll for %1 is %2: only a locked roll is sent to the bank. "
                             "Nothing was written.")
                              .arg(q(month.toString()),
                                   q(std::string(payroll::rollStateKey(roll->state))))),
                    "month"};
            storage::BankRepository repo(m_db);
            if (repo.anyResult(roll->id))
                return Error {
                    ErrorCode::Conflict,
                    toStd(tr("The bank's results for %1 have been read: a new file would send "
                             "the paid payments again. Nothing was written; failed payments are "
                             "reissued in the next roll.")
                              .arg(q(month.toString()))),
                    "month"};
            auto resolved = resolveTemplate(repo, templateId);
            if (!resolved.ok())
                return resolved.error();
            const bank::BankTemplate &tmpl = resolved->tmpl;

            // One payment per programme and payee account, in the order of the lines
            // (household number, line id).
            std::map<payroll::LineProgramme, std::vector<PaymentGroup>> byProgramme;
            std::map<std::pair<payroll::LineProgramme, std::string>, std::size_t> index;
            std::vector<std::pair<std::string, std::string>> problems; // household, what to fix
            for (const auto &l : repo.exportLines(roll->id)) {
                const auto programme = programmeOf(l.programme);
                if (!programme)
                    continue; // the schema allows none other
                bank::Payment probe;
                probe.name = l.payeeName;
                probe.account = l.bankAccount;
                probe.amount = Money::fromFen(l.amount);
                if (auto p = bank::paymentProblem(probe, lang); !p.empty()) {
                    const bool seen =
                        std::any_of(problems.begin(), problems.end(), [&](const auto &x) {
                            return x.first == l.householdNumber && x.second == p;
                        });
                    if (!seen)
                        problems.emplace_back(l.householdNumber, p);
                    continue;
                }
                auto &groups = byProgramme[*programme];
                const auto key = std::make_pair(*programme, l.bankAccount);
                auto it = index.find(key);
                if (it == index.end()) {
                    PaymentGroup g;
                    g.payment.name = l.payeeName;
                    g.payment.account = l.bankAccount;
                    g.payment.idNumber = l.idNumber;
                    g.payment.bankName = l.bankName;
                    g.payment.bankCode = bank::bankCodeOf(l.bankName);
                    g.payment.householdNumber = l.householdNumber;
                    g.householdId = l.householdId;
                    g.institutionId = l.institutionId;
                    it = index.emplace(key, groups.size()).first;
                    groups.push_back(std::move(g));
                }
                PaymentGroup &g = groups[it->second];
                g.payment.amount += Money::fromFen(l.amount);
                g.payment.lineIds.push_back(l.id);
                g.memoLines.push_back(
                    {kindOf(l.kind), l.forMonth ? YearMonth::parse(*l.forMonth) : std::nullopt});
                if (g.householdId && *g.householdId != l.householdId)
                    g.severalHouseholds = true;
            }
            if (!problems.empty()) {
                QStringList names;
                constexpr std::size_t kShown = 50;
                for (std::size_t i = 0; i < problems.size() && i < kShown; ++i)
                    names << tr("household %1 %2").arg(q(problems[i].first), q(problems[i].second));
                QString text = tr("%n payment(s) of the roll for %1 cannot be sent to the bank; "
                                  "nothing was written. Fix these households and export again: %2",
                                  nullptr, static_cast<int>(problems.size()))
                                   .arg(q(month.toString()), names.join(QStringLiteral("; ")));
                if (problems.size() > kShown)
                    text +=
                        tr(" … and %n more.", nullptr, static_cast<int>(problems.size() - kShown));
                return Error {ErrorCode::Conflict, toStd(text), "account"};
            }

            // Lay out and encode every file before writing any.
            const auto settings = storage::SettingsRepository(m_db).all();
            const auto officeIt = settings.find("office_name");
            const std::string office =
                officeIt == settings.end() ? std::string() : officeIt->second;
            const bank::ByteWidth width = bankByteWidth(tmpl.encoding);
            struct Pending
            {
                BankFileWritten file;
                std::string bytes;
            };
            std::vector<Pending> pending;
            BankExportResult result;
            std::vector<std::pair<storage::BankPaymentRecord, std::size_t>> records;
            const QDir dir(q(outDir));
            std::int64_t step = 0;
            const auto steps = static_cast<std::int64_t>(byProgramme.size()) + 1;
            job.stage(toStd(tr("Laying out the bank files")));
            for (auto &[programme, groups] : byProgramme) {
                if (job.cancelRequested())
                    return Error {ErrorCode::Cancelled, toStd(tr("The export was cancelled.")), {}};
                bank::LayoutInput input;
                input.month = month;
                input.date = m_clock.today();
                input.office = office;
                input.programme = programme;
                for (auto &g : groups) {
                    g.payment.memo = bank::paymentMemo(month, programme, g.memoLines);
                    input.payments.push_back(g.payment);
                }
                auto files = bank::layoutFiles(tmpl, input, lang, width);
                if (!files.ok())
                    return Error::invalid(
                        files.error().field,
                        toStd(tr("The template \"%1\" cannot hold the %2 payments (%3): %4. "
                                 "Nothing was written.")
                                  .arg(q(tmpl.id),
                                       q(std::string(payroll::lineProgrammeKey(programme))),
                                       q(files.error().field), q(files.error().message))));
                const std::string key(payroll::lineProgrammeKey(programme));
                for (const auto &f : files.value()) {
                    Pending p;
                    p.file.programme = key;
                    p.file.number = f.number;
                    p.file.rows = f.count;
                    p.file.total = f.total;
                    const std::string name = month.toString() + "_" + key + "_" +
                        std::to_string(f.number) + "." + extensionOf(tmpl.format);
                    p.file.path = toStd(QDir::cleanPath(dir.absoluteFilePath(q(name))));
                    if (tmpl.format == bank::FileFormat::Xlsx) {
                        auto bytes = xlsxFileBytes(f);
                        if (!bytes.ok())
                            return bytes.error();
                        p.bytes = std::move(bytes.value());
                    } else {
                        auto bytes = encodeBankText(fileText(tmpl, f), tmpl.encoding);
                        if (!bytes.ok())
                            return bytes.error();
                        p.bytes = std::move(bytes.value());
                    }
                    for (int i = 0; i < f.count; ++i) {
                        const PaymentGroup &g =
                            groups[f.firstPayment + static_cast<std::size_t>(i)];
                        nlohmann::json ids = g.payment.lineIds;
                        records.push_back({storage::BankPaymentRecord {
                                               key, f.number, i + 1,
                                               g.severalHouseholds ? std::nullopt : g.householdId,
                                               g.institutionId, g.payment.name, g.payment.account,
                                               g.payment.amount.fen(), ids.dump()},
                                           pending.size()});
                    }
                    result.payments += f.count;
                    result.amount += f.total;
                    pending.push_back(std::move(p));
                }
                job.progress(++step, steps);
            }

            // Record, write, audit; the transaction commits only when every file is written.
            nlohmann::json filesJson = nlohmann::json::array();
            for (const auto &p : pending)
                filesJson.push_back({{"path", p.file.path},
                                     {"programme", p.file.programme},
                                     {"number", p.file.number},
                                     {"rows", p.file.rows},
                                     {"total", p.file.total.toString()}});
            result.exportId = repo.insertExport(
                {roll->id, tmpl.id, bank::templateToJson(tmpl).dump(), filesJson.dump(),
                 result.payments, result.amount.fen(), m_clock.isoUtc(), session.username});
            for (const auto &[record, file] : records)
                repo.insertPayment(result.exportId, roll->id, record);
            if (job.cancelRequested())
                return Error {ErrorCode::Cancelled, toStd(tr("The export was cancelled.")), {}};
            job.stage(toStd(tr("Writing the bank files")));
            if (!QDir().mkpath(q(outDir)))
                return Error::invalid("out",
                                      toStd(tr("The folder %1 cannot be created.").arg(q(outDir))));
            std::vector<bool> existed;
            for (const auto &p : pending)
                existed.push_back(QFileInfo::exists(q(p.file.path)));
            for (std::size_t i = 0; i < pending.size(); ++i) {
                if (auto s = saveOutputFile(m_db.path(), pending[i].file.path, pending[i].bytes);
                    !s.ok()) {
                    for (std::size_t k = 0; k < i; ++k) // not half an export: new files go again
                        if (!existed[k])
                            QFile::remove(q(pending[k].file.path));
                    return s.error();
                }
                result.files.push_back(pending[i].file);
            }
            nlohmann::json auditFiles = nlohmann::json::array();
            for (const auto &f : result.files)
                auditFiles.push_back({{"file", toStd(QFileInfo(q(f.path)).fileName())},
                                      {"rows", f.rows},
                                      {"total", f.total.toString()}});
            audit.append(session,
                         {AuditAction::BankExport,
                          "payroll_roll",
                          month.toString(),
                          {{"month", month.toString()},
                           {"template", tmpl.id},
                           {"payments", result.payments},
                           {"amount", result.amount.toString()},
                           {"files", auditFiles}}});
            job.progress(steps, steps);
            return result;
        });
}

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
            const auto roll = payroll.roll(month);
            if (!roll)
                return Error {ErrorCode::NotFound,
                              toStd(tr("There is no roll for %1.").arg(q(month.toString()))),
                              "month"};
            if (roll->state != payroll::RollState::Locked &&
                roll->state != payroll::RollState::Reconciled)
                return Error {
                    ErrorCode::Conflict,
                    toStd(tr("The roll for %1 is %2: bank results belong to a locked roll.")
                              .arg(q(month.toString()),
                                   q(std::string(payroll::rollStateKey(roll->state))))),
                    "month"};
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
