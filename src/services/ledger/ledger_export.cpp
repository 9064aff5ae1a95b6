// LedgerImportService: exports of the registry as ledger rows (data-formats §3).

#include "ledger_import_service.h"

#include "storage/registry/case_repository.h"
#include "storage/registry/community_repository.h"
#include "storage/registry/household_repository.h"
#include "storage/registry/person_repository.h"

#include "domain/mask.h"

#include <optional>
#include <unordered_map>

namespace relief::services {

using storage::CaseRepository;
using storage::HouseholdRepository;
using storage::PersonRepository;

namespace {

LedgerProgramme ledgerProgrammeOf(CaseProgramme p, const std::optional<ChildStatus> &child)
{
    switch (p) {
    case CaseProgramme::Dibao:
        return LedgerProgramme::Dibao;
    case CaseProgramme::Marginal:
        return LedgerProgramme::Marginal;
    case CaseProgramme::Tekun:
        return LedgerProgramme::Tekun;
    case CaseProgramme::SinglePerson:
        return LedgerProgramme::SinglePerson;
    case CaseProgramme::ChildAllowance:
        if (child == ChildStatus::OrphanInstitutional)
            return LedgerProgramme::OrphanInstitutional;
        if (child == ChildStatus::Unsupported)
            return LedgerProgramme::Unsupported;
        return LedgerProgramme::OrphanHome;
    default:
        return LedgerProgramme::None; // the disability subsidies have no ledger column
    }
}

class Exporter
{
public:
    explicit Exporter(storage::Database &db)
        : m_households(db)
        , m_persons(db)
        , m_cases(db)
    {
        for (const auto &c : storage::CommunityRepository(db).list())
            m_communityNames.emplace(c.id, c.name);
    }

    void household(std::int64_t householdId, bool includeFormer, std::vector<LedgerRow> &out)
    {
        const auto h = m_households.findById(householdId);
        if (!h)
            return;
        const auto cases = m_cases.casesOfHousehold(householdId);
        for (const auto &m : m_households.memberships(householdId, includeFormer))
            if (auto row = memberRow(*h, m, cases))
                out.push_back(std::move(*row));
    }

    void person(std::int64_t personId, bool includeFormer, std::vector<LedgerRow> &out)
    {
        auto memberships = m_households.membershipsOf(personId);
        if (memberships.empty())
            return;
        const storage::MembershipRecord *chosen = nullptr;
        for (const auto &m : memberships)
            if (m.active())
                chosen = &m;
        if (!chosen && includeFormer)
            chosen = &memberships.back();
        if (!chosen)
            return;
        const auto h = m_households.findById(chosen->householdId);
        if (!h)
            return;
        if (auto row = memberRow(*h, *chosen, m_cases.casesOfHousehold(h->id)))
            out.push_back(std::move(*row));
    }

private:
    std::optional<LedgerRow> memberRow(const storage::HouseholdRecord &h,
                                       const storage::MembershipRecord &m,
                                       const std::vector<storage::CaseRecord> &cases)
    {
        const auto p = m_persons.findById(m.personId);
        if (!p)
            return std::nullopt;
        LedgerRow r;
        r.householdNo = h.householdNo;
        r.relation = m.relation;
        r.name = p->name;
        r.idNumber = p->idNumber.value_or("");
        r.phone = p->phone;
        r.disability = p->disability;
        r.seriousIllness = p->seriousIllness;
        r.inSchool = p->inSchool;
        r.selfCareUnmet = p->selfCareUnmet;
        for (const auto &i : m_persons.incomes(p->id))
            switch (i.kind) {
            case IncomeKind::Wage:
            case IncomeKind::Business:
            case IncomeKind::Property:
            case IncomeKind::Pension:
            case IncomeKind::Support:
            case IncomeKind::Other:
            case IncomeKind::BasicPension:
            case IncomeKind::Veteran:
                r.incomes[i.kind] += i.monthly;
                break;
            default:
                break;
            }
        if (m.relation == Relation::Head && m.active()) {
            r.address = h.address;
            const auto c = m_communityNames.find(h.communityId);
            r.community = c == m_communityNames.end() ? std::string() : c->second;
            r.area = h.area;
            r.bankName = h.bankName;
            r.bankAccount = h.bankAccount;
            r.accountHolder = h.accountHolder;
            r.lastReviewDate = h.lastReviewDate;
        }
        r.active = false;
        // The head's row carries the household programme; every row its own.
        const storage::CaseRecord *chosen = nullptr;
        auto consider = [&](const storage::CaseRecord &c) {
            if (ledgerProgrammeOf(c.programme, p->childStatus) == LedgerProgramme::None)
                return;
            if (!chosen || (c.active && !chosen->active) ||
                (c.active == chosen->active && c.id > chosen->id))
                chosen = &c;
        };
        if (m.active()) {
            if (m.relation == Relation::Head)
                for (const auto &c : cases)
                    if (!c.personId)
                        consider(c);
            if (!chosen)
                for (const auto &c : cases)
                    if (c.personId == p->id)
                        consider(c);
        }
        if (chosen) {
            r.programme = ledgerProgrammeOf(chosen->programme, p->childStatus);
            r.active = chosen->active;
            const auto decisions = m_cases.decisions(chosen->id);
            if (!decisions.empty())
                r.startMonth = decisions.front().effectiveMonth;
            if (chosen->active)
                r.monthlyAmount = chosen->currentAmount;
            else
                for (const auto &d : decisions)
                    if (d.kind != DecisionKind::Stop)
                        r.monthlyAmount = d.amount;
        }
        return r;
    }

    HouseholdRepository m_households;
    PersonRepository m_persons;
    CaseRepository m_cases;
    std::unordered_map<std::int64_t, std::string> m_communityNames;
};

// Households (or persons) between two progress reports.
constexpr std::int64_t kExportProgressInterval = 100;

// Nothing when the control asked to stop.
std::optional<std::vector<LedgerRow>> collect(storage::Database &db, LedgerExportKind kind,
                                              bool includeFormer, JobControl &control)
{
    Exporter exporter(db);
    std::vector<LedgerRow> rows;
    const bool households = kind == LedgerExportKind::Households;
    const std::vector<std::int64_t> ids =
        households ? HouseholdRepository(db).allIds() : PersonRepository(db).allIdsByName();
    const auto total = static_cast<std::int64_t>(ids.size());
    std::int64_t done = 0;
    for (auto id : ids) {
        if (households)
            exporter.household(id, includeFormer, rows);
        else
            exporter.person(id, includeFormer, rows);
        if (++done % kExportProgressInterval == 0 || done == total) {
            control.progress(done, total);
            if (control.cancelRequested())
                return std::nullopt;
        }
    }
    if (control.cancelRequested())
        return std::nullopt;
    return rows;
}

Error exportCancelled()
{
    return Error {ErrorCode::Cancelled, LedgerImportService::exportCancelledMessage(), {}};
}

} // namespace

Result<std::vector<LedgerRow>> LedgerImportService::exportRows(const Session *session,
                                                               LedgerExportKind kind, bool unmasked,
                                                               bool includeFormer,
                                                               JobControl &control)
{
    if (!session)
        return Error {ErrorCode::PermissionDenied,
                      toStd(tr("An export needs a signed-in user whose role may view the "
                               "household registry.")),
                      "as"};
    if (control.cancelRequested())
        return exportCancelled();
    control.stage(toStd(kind == LedgerExportKind::Households ? tr("Reading the households…")
                                                             : tr("Reading the persons…")));
    if (!unmasked)
        return read(*session, Action::ViewRegistry, [&]() -> Result<std::vector<LedgerRow>> {
            auto rows = collect(m_db, kind, includeFormer, control);
            if (!rows)
                return exportCancelled();
            for (auto &r : *rows) {
                r.idNumber = maskIdNumber(r.idNumber);
                r.bankAccount = maskBankAccount(r.bankAccount);
            }
            return std::move(*rows);
        });
    if (!session)
        return Error {ErrorCode::PermissionDenied,
                      toStd(tr("An unmasked export needs a signed-in user whose role may see ID "
                               "numbers and bank accounts.")),
                      "as"};
    // A write: the unmasked export itself is audited.
    return write(*session, Action::ExportUnmasked,
                 [&](AuditLog &audit) -> Result<std::vector<LedgerRow>> {
                     auto rows = collect(m_db, kind, includeFormer, control);
                     if (!rows) // the audit record is not written: the transaction rolls back
                         return exportCancelled();
                     audit.append(*session,
                                  {AuditAction::LedgerExportUnmasked,
                                   "ledger",
                                   kind == LedgerExportKind::Households ? "households" : "persons",
                                   {{"rows", rows->size()}, {"include_former", includeFormer}}});
                     return std::move(*rows);
                 });
}

Result<std::string> LedgerImportService::exportCsv(const Session *session, LedgerExportKind kind,
                                                   CsvTarget target, bool unmasked,
                                                   bool includeFormer, JobControl &control)
{
    auto rows = exportRows(session, kind, unmasked, includeFormer, control);
    if (!rows.ok())
        return rows.error();
    control.stage(toStd(tr("Writing the export…")));
    return writeLedgerCsv(*rows, target, !unmasked);
}

std::string LedgerImportService::exportCancelledMessage()
{
    return toStd(tr("The export was cancelled; no file was written."));
}

} // namespace relief::services
