#include "services/bank/bank_service.h"
#include "services/bank/bank_service_internal.h"

#include "services/bank/bank_encoding.h"
#include "services/bank/bank_xlsx.h"
#include "services/csv_writer.h"
#include "services/output_file.h"

#include "domain/bank/bank_layout.h"
#include "domain/bank_account.h"
#include "storage/bank/bank_repository.h"
#include "storage/payroll/payroll_repository.h"
#include "storage/settings_repository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <map>

namespace relief::services {

namespace bank_detail {

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

static BankTemplateView viewOf(const storage::BankTemplateRecord &r, bank::BankTemplate t)
{
    return {std::move(t), bank::isShippedTemplateId(r.id), true, r.updatedAt, r.updatedBy};
}

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

Result<storage::RollRecord> lockedRoll(storage::PayrollRepository &payroll, const YearMonth &month,
                                       const QString &notLocked)
{
    auto roll = payroll.roll(month);
    if (!roll)
        return Error {ErrorCode::NotFound,
                      toStd(BankService::tr("There is no roll for %1.").arg(q(month.toString()))),
                      "month"};
    if (!payroll::isLocked(roll->state))
        return Error {ErrorCode::Conflict,
                      toStd(notLocked.arg(q(month.toString()),
                                          q(std::string(payroll::rollStateKey(roll->state))))),
                      "month"};
    return *roll;
}

} // namespace bank_detail

using namespace bank_detail;

namespace {

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
            const auto roll = lockedRoll(
                payroll, month,
                tr("The roll for %1 is %2: only a locked roll is sent to the bank. Nothing was "
                   "written."));
            if (!roll.ok())
                return roll.error();
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

} // namespace relief::services
