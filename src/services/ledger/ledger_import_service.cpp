#include "ledger_import_service.h"

#include "services/policy/policy_service.h"
#include "services/registry/rules_household.h"

#include "storage/registry/case_repository.h"
#include "storage/registry/community_repository.h"
#include "storage/registry/household_repository.h"
#include "storage/registry/person_repository.h"
#include "storage/statement.h"

#include "domain/arithmetic_overflow.h"
#include "domain/mask.h"
#include "domain/rules/household_assessor.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

namespace relief::services {

using storage::CaseRepository;
using storage::CommunityRepository;
using storage::HouseholdRepository;
using storage::PersonRepository;

std::optional<CaseProgramme> programmeOf(LedgerProgramme p)
{
    switch (p) {
    case LedgerProgramme::Dibao:
        return CaseProgramme::Dibao;
    case LedgerProgramme::Tekun:
        return CaseProgramme::Tekun;
    case LedgerProgramme::SinglePerson:
        return CaseProgramme::SinglePerson;
    case LedgerProgramme::OrphanInstitutional:
    case LedgerProgramme::OrphanHome:
    case LedgerProgramme::Unsupported:
        return CaseProgramme::ChildAllowance;
    case LedgerProgramme::Marginal:
        return CaseProgramme::Marginal;
    case LedgerProgramme::None:
        break;
    }
    return std::nullopt;
}

namespace {

// The income kinds with a ledger column (§3); the others are kept as they are.
bool isLedgerIncome(IncomeKind k)
{
    switch (k) {
    case IncomeKind::Wage:
    case IncomeKind::Business:
    case IncomeKind::Property:
    case IncomeKind::Pension:
    case IncomeKind::Support:
    case IncomeKind::Other:
    case IncomeKind::BasicPension:
    case IncomeKind::Veteran:
        return true;
    default:
        return false;
    }
}

std::optional<ChildStatus> childStatusOf(LedgerProgramme p)
{
    switch (p) {
    case LedgerProgramme::OrphanInstitutional:
        return ChildStatus::OrphanInstitutional;
    case LedgerProgramme::OrphanHome:
        return ChildStatus::OrphanHome;
    case LedgerProgramme::Unsupported:
        return ChildStatus::Unsupported;
    default:
        return std::nullopt;
    }
}

std::string disabilityText(const std::optional<Disability> &d)
{
    if (!d)
        return {};
    return std::string(disabilityKindKey(d->kind)) + " " + std::to_string(d->grade);
}

std::string dateText(const std::optional<Date> &d)
{
    return d ? d->toString() : std::string();
}

std::map<IncomeKind, Money> ledgerIncomes(const std::vector<storage::IncomeRecord> &incomes)
{
    std::map<IncomeKind, Money> out;
    for (const auto &i : incomes)
        if (isLedgerIncome(i.kind))
            out[i.kind] += i.monthly;
    return out;
}

std::string incomesText(const std::map<IncomeKind, Money> &incomes)
{
    std::string out;
    for (const auto &[kind, amount] : incomes)
        out +=
            (out.empty() ? "" : ", ") + std::string(incomeKindKey(kind)) + " " + amount.toString();
    return out;
}

struct Group
{
    std::string householdNo;
    std::vector<const LedgerRow *> rows;
    const LedgerRow *head = nullptr;
    std::optional<storage::HouseholdRecord> existing;
    std::int64_t communityId = 0;
};

struct PersonState
{
    std::optional<storage::PersonRecord> person;
    std::optional<storage::MembershipRecord> active;
    std::string activeHouseholdNo;
};

class Importer
{
    Q_DECLARE_TR_FUNCTIONS(LedgerImportService)
public:
    Importer(storage::Database &db, const Clock &clock, const Session &session, AuditLog &audit,
             const std::string &fileName, JobControl &control, bool createCommunities)
        : m_db(db)
        , m_createCommunities(createCommunities)
        , m_clock(clock)
        , m_session(session)
        , m_audit(audit)
        , m_file(fileName)
        , m_control(control)
        , m_today(clock.today())
        , m_now(clock.isoUtc())
    {
        freshStatements();
    }

    // New repositories: their cached statements, stepped during the checks, hold
    // the read snapshot open until they are finalised, and a connection cannot
    // take the write lock from a stale snapshot.
    void freshStatements()
    {
        m_households.emplace(m_db);
        m_persons.emplace(m_db);
        m_cases.emplace(m_db);
        m_communities.emplace(m_db);
    }

    // Every check, without the write lock (defect 12): the cells (already read
    // into `file`), the rows against each other and against the database. False
    // when the report has errors.
    bool check(LedgerFile file)
    {
        m_report.encoding = file.encoding;
        m_report.warnings = file.warnings;
        m_report.rows = static_cast<int>(file.rows.size());
        if (!file.errors.empty()) {
            m_report.errors = std::move(file.errors);
            return false;
        }
        m_rows = std::move(file.rows);
        group();
        m_report.households = static_cast<int>(m_groups.size());
        checkRows();
        checkDatabase();
        if (auto policy = PolicyService(m_db, m_clock).inForceOn(m_today); policy.ok())
            m_policy = std::move(*policy);
        return sortErrors();
    }

    // The database checks again, under the write lock, when another connection
    // committed after check() read the database.
    bool recheckDatabase()
    {
        m_people.clear();
        m_unknownIndex.clear();
        m_report.unknownCommunities.clear();
        for (auto &g : m_groups) {
            g.existing.reset();
            g.communityId = 0;
        }
        checkDatabase();
        m_policy.reset();
        if (auto policy = PolicyService(m_db, m_clock).inForceOn(m_today); policy.ok())
            m_policy = std::move(*policy);
        return sortErrors();
    }

    LedgerImportReport takeReport() { return std::move(m_report); }

    // The write phase, inside the write transaction, after check() passed.
    LedgerImportReport write()
    {
        createCommunities();
        releaseLeavers();
        // Progress by rows, reported per household about every kProgressInterval
        // rows: an integer comparison per household when nothing is due.
        const int total = m_report.rows;
        int done = 0;
        int due = LedgerImportService::kProgressInterval;
        for (auto &g : m_groups) {
            apply(g);
            done += static_cast<int>(g.rows.size());
            if (done >= due && done < total) {
                m_control.progress(done, total);
                if (m_control.cancelRequested())
                    return cancel();
                due = done + LedgerImportService::kProgressInterval;
            }
        }
        if (m_report.householdsCreated + m_report.householdsUpdated > 0)
            m_audit.append(m_session,
                           {AuditAction::LedgerImport,
                            "ledger",
                            m_file,
                            {{"file", m_file},
                             {"rows", m_report.rows},
                             {"households_created", m_report.householdsCreated},
                             {"created", m_created},
                             {"households_updated", m_report.householdsUpdated},
                             {"households_unchanged", m_report.householdsUnchanged},
                             {"persons_created", m_report.personsCreated},
                             {"cases_created", m_report.casesCreated},
                             {"differences", m_report.differences.size()},
                             {"reviews", m_report.reviews.size()}}});
        m_control.progress(total, total);
        if (m_control.cancelRequested())
            return cancel();
        return std::move(m_report);
    }

    // Set when the control asked to stop: the caller rolls back.
    bool cancelled() const { return m_cancelled; }

private:
    bool sortErrors()
    {
        std::stable_sort(
            m_report.errors.begin(), m_report.errors.end(),
            [](const LedgerIssue &a, const LedgerIssue &b) { return a.line < b.line; });
        return m_report.errors.empty();
    }

    LedgerImportReport cancel()
    {
        m_cancelled = true;
        return {};
    }

    void issue(int line, const char *column, const std::string &value, const QString &reason)
    {
        // No full personal number in a value or a reason (defect 7).
        m_report.errors.push_back(
            {line, column, maskSensitiveText(value), maskSensitiveText(toStd(reason))});
    }

    void group()
    {
        std::unordered_map<std::string, size_t> index;
        for (const auto &row : m_rows) {
            auto [it, added] = index.emplace(row.householdNo, m_groups.size());
            if (added)
                m_groups.push_back({row.householdNo, {}, nullptr, std::nullopt, 0});
            m_groups[it->second].rows.push_back(&row);
        }
        for (size_t i = 0; i < m_groups.size(); ++i)
            m_groupIndex.emplace(m_groups[i].householdNo, i);
    }

    // A household field given on several rows must agree (the head's row rules).
    template<class Get> void agree(Group &g, const char *column, Get get)
    {
        std::string reference;
        int referenceLine = 0;
        if (g.head && !get(*g.head).empty()) {
            reference = get(*g.head);
            referenceLine = g.head->line;
        }
        for (const LedgerRow *r : g.rows) {
            const std::string v = get(*r);
            if (v.empty())
                continue;
            if (reference.empty()) {
                reference = v;
                referenceLine = r->line;
            } else if (v != reference)
                issue(r->line, column, v,
                      tr("household %1 has %2 on line %3; a household field must be the same on "
                         "every row that gives it")
                          .arg(QString::fromStdString(g.householdNo),
                               QString::fromStdString(reference))
                          .arg(referenceLine));
        }
    }

    void checkRows()
    {
        std::unordered_map<std::string, int> seen;
        for (auto &g : m_groups) {
            for (const LedgerRow *r : g.rows) {
                if (r->relation != Relation::Head)
                    continue;
                if (!g.head)
                    g.head = r;
                else
                    issue(r->line, "relation", "head",
                          tr("household %1 already has its head on line %2; a household has "
                             "one head")
                              .arg(QString::fromStdString(g.householdNo))
                              .arg(g.head->line));
            }
            if (!g.head)
                issue(g.rows.front()->line, "relation", "",
                      tr("household %1 has no head (户主): mark one row's relation as head")
                          .arg(QString::fromStdString(g.householdNo)));
            agree(g, "address", [](const LedgerRow &r) { return r.address; });
            agree(g, "community", [](const LedgerRow &r) { return r.community; });
            agree(g, "area", [](const LedgerRow &r) {
                return r.area ? std::string(areaKey(*r.area)) : std::string();
            });
            agree(g, "bank_name", [](const LedgerRow &r) { return r.bankName; });
            agree(g, "bank_account", [](const LedgerRow &r) { return r.bankAccount; });
            agree(g, "account_holder", [](const LedgerRow &r) { return r.accountHolder; });
            agree(g, "last_review_date",
                  [](const LedgerRow &r) { return dateText(r.lastReviewDate); });
            for (const LedgerRow *r : g.rows) {
                auto [it, added] = seen.emplace(r->idNumber, r->line);
                if (!added)
                    issue(r->line, "id_number", maskIdNumber(r->idNumber),
                          tr("the same person is already on line %1; a person is on one row "
                             "of one household")
                              .arg(it->second));
                const auto programme = programmeOf(r->programme);
                if (!programme)
                    continue;
                const QString key = QString::fromUtf8(
                    ledgerProgrammeKey(r->programme).data(),
                    static_cast<qsizetype>(ledgerProgrammeKey(r->programme).size()));
                if (isHouseholdProgramme(*programme) && r->relation != Relation::Head)
                    issue(r->line, "programme", std::string(ledgerProgrammeKey(r->programme)),
                          tr("%1 is a household programme: it stands on the head's row").arg(key));
                if (r->active && !r->startMonth)
                    issue(r->line, "start_month", "",
                          tr("an active programme needs its start month (YYYY-MM)"));
                if (r->active && !r->monthlyAmount)
                    issue(r->line, "monthly_amount", "",
                          tr("an active programme needs the monthly amount paid"));
            }
        }
    }

    std::optional<storage::CommunityRecord> community(const std::string &text)
    {
        if (auto c = m_communities->findByName(text))
            return c;
        return m_communities->findByCode(text);
    }

    void checkDatabase()
    {
        std::vector<storage::CommunityRecord> active;
        for (const auto &c : m_communities->list())
            if (c.active)
                active.push_back(c);
        for (auto &g : m_groups) {
            g.existing = m_households->findByNo(g.householdNo);
            const LedgerRow *h = g.head ? g.head : g.rows.front();
            std::string communityText;
            std::optional<Area> area;
            for (const LedgerRow *r : g.rows) {
                if (communityText.empty())
                    communityText = r->community;
                if (!area)
                    area = r->area;
            }
            if (!communityText.empty()) {
                const auto c = community(communityText);
                if (!c)
                    unknownCommunity(g, communityText);
                else
                    g.communityId = c->id;
            } else if (g.existing) {
                g.communityId = g.existing->communityId;
            } else if (active.size() == 1) {
                g.communityId = active.front().id;
            } else {
                issue(h->line, "community", "",
                      tr("household %1 is new: give its community")
                          .arg(QString::fromStdString(g.householdNo)));
            }
            if (!g.existing && !area)
                issue(h->line, "area", "",
                      tr("household %1 is new: give its area (城市/农村, urban/rural)")
                          .arg(QString::fromStdString(g.householdNo)));

            for (const LedgerRow *r : g.rows) {
                PersonState state;
                state.person = m_persons->findByIdNumber(r->idNumber);
                if (state.person) {
                    state.active = m_households->activeMembershipOf(state.person->id);
                    if (state.active) {
                        const auto other = m_households->findById(state.active->householdId);
                        state.activeHouseholdNo = other ? other->householdNo : std::string();
                        if (state.activeHouseholdNo != g.householdNo &&
                            !m_groupIndex.count(state.activeHouseholdNo))
                            issue(r->line, "id_number", maskIdNumber(r->idNumber),
                                  tr("%1 is an active member of household %2 (%3), which this "
                                     "file does not name; record there that they moved out "
                                     "first")
                                      .arg(QString::fromStdString(state.person->name),
                                           QString::fromStdString(state.activeHouseholdNo),
                                           QString::fromStdString(other ? other->address : "")));
                    }
                    if (state.person->deceasedOn)
                        issue(
                            r->line, "id_number", maskIdNumber(r->idNumber),
                            tr("%1 is recorded as died on %2")
                                .arg(QString::fromStdString(state.person->name),
                                     QString::fromStdString(state.person->deceasedOn->toString())));
                }
                m_people.emplace(r->idNumber, std::move(state));
            }
        }
    }

    // v1.1: an unknown community is listed once with the rows that name it; an
    // error on each of those rows (the --errors CSV has one row per cell) unless
    // the import creates it.
    void unknownCommunity(Group &g, const std::string &name)
    {
        auto [it, added] = m_unknownIndex.emplace(name, m_report.unknownCommunities.size());
        if (added)
            m_report.unknownCommunities.push_back({name, proposeCode(), {}, false});
        auto &unknown = m_report.unknownCommunities[it->second];
        for (const LedgerRow *r : g.rows) {
            if (r->community != name)
                continue;
            unknown.lines.push_back(r->line);
            if (!m_createCommunities)
                issue(r->line, "community", name,
                      tr("%1 is not in the list of communities; an administrator adds it "
                         "(reliefdesk-cli community add, or Administration → Communities), or "
                         "import with --create-communities")
                          .arg(QString::fromStdString(name)));
        }
    }

    // LC01, LC02, …: the first codes neither on the list nor proposed already.
    std::string proposeCode()
    {
        for (int n = static_cast<int>(m_report.unknownCommunities.size()) + 1;; ++n) {
            char code[16];
            std::snprintf(code, sizeof code, "LC%02d", n);
            bool taken = m_communities->findByCode(code).has_value();
            for (const auto &u : m_report.unknownCommunities)
                taken = taken || u.proposedCode == code;
            if (!taken)
                return code;
        }
    }

    // Under the write lock: the unknown communities, created and audited, and the
    // households that name them pointed at them.
    void createCommunities()
    {
        if (!m_createCommunities)
            return;
        std::map<std::string, std::int64_t> ids;
        for (auto &u : m_report.unknownCommunities) {
            storage::CommunityRecord c {0, u.proposedCode, u.name, 1, true, m_now};
            c.id = m_communities->insert(c);
            ids.emplace(u.name, c.id);
            u.created = true;
            m_audit.append(m_session,
                           {AuditAction::CommunityAdd,
                            "community",
                            std::to_string(c.id),
                            {{"code", c.code},
                             {"name", c.name},
                             {"active", true},
                             {"source", "ledger import"},
                             {"file", m_file}}});
        }
        for (auto &g : m_groups)
            for (const LedgerRow *r : g.rows)
                if (auto it = ids.find(r->community); it != ids.end() && g.communityId == 0) {
                    g.communityId = it->second;
                    break;
                }
    }

    void change(std::vector<LedgerChange> &changes, int line, const std::string &householdNo,
                std::string field, std::string from, std::string to)
    {
        changes.push_back({line, householdNo, std::move(field), std::move(from), std::move(to)});
    }

    // Ends the memberships the file no longer lists, and takes the head role from a
    // head who stays as someone else, before any household gains members or a head.
    void releaseLeavers()
    {
        for (auto &g : m_groups) {
            if (!g.existing)
                continue;
            std::unordered_map<std::int64_t, const LedgerRow *> listed;
            for (const LedgerRow *r : g.rows)
                if (const auto &p = m_people[r->idNumber].person)
                    listed.emplace(p->id, r);
            for (auto m : m_households->memberships(g.existing->id, false)) {
                const auto person = m_persons->findById(m.personId);
                const std::string name = person ? person->name : std::string();
                auto it = listed.find(m.personId);
                if (it == listed.end()) {
                    const bool movesOn =
                        person && person->idNumber && m_people.count(*person->idNumber);
                    m_households->endMembership(
                        m.id, m_today, movesOn ? LeaveReason::MovedOut : LeaveReason::Other,
                        toStd(tr("not in the imported ledger %1")
                                  .arg(QString::fromStdString(m_file))));
                    change(m_pending[g.householdNo], g.head ? g.head->line : 0, g.householdNo,
                           "members[" + name + "]", "member",
                           movesOn ? "moved out (to another household of the file)"
                                   : "left (not in the ledger)");
                } else if (m.relation == Relation::Head && it->second->relation != Relation::Head) {
                    change(m_pending[g.householdNo], it->second->line, g.householdNo,
                           "members[" + name + "].relation", "head",
                           std::string(relationKey(it->second->relation)));
                    m.relation = it->second->relation;
                    m_households->updateMembership(m);
                }
            }
        }
    }

    void apply(Group &g)
    {
        std::vector<LedgerChange> &changes = m_pending[g.householdNo];
        const LedgerRow &head = g.head ? *g.head : *g.rows.front();
        auto first = [&](auto get) {
            for (const LedgerRow *r : g.rows)
                if (auto v = get(*r); !v.empty())
                    return v;
            return decltype(get(head))();
        };
        storage::HouseholdRecord h = g.existing ? *g.existing : storage::HouseholdRecord();
        const storage::HouseholdRecord before = h;
        h.householdNo = g.householdNo;
        h.communityId = g.communityId;
        if (auto v = first([](const LedgerRow &r) { return r.address; }); !v.empty())
            h.address = v;
        for (const LedgerRow *r : g.rows)
            if (r->area) {
                h.area = *r->area;
                break;
            }
        if (!head.phone.empty())
            h.phone = head.phone;
        if (auto v = first([](const LedgerRow &r) { return r.bankName; }); !v.empty())
            h.bankName = v;
        if (auto v = first([](const LedgerRow &r) { return r.bankAccount; }); !v.empty())
            h.bankAccount = v;
        if (auto v = first([](const LedgerRow &r) { return r.accountHolder; }); !v.empty())
            h.accountHolder = v;
        for (const LedgerRow *r : g.rows)
            if (r->lastReviewDate) {
                h.lastReviewDate = r->lastReviewDate;
                break;
            }
        h.updatedAt = m_now;
        std::int64_t householdId = 0;
        bool created = false;
        if (!g.existing) {
            h.createdAt = m_now;
            householdId = m_households->insert(h);
            created = true;
            change(changes, head.line, g.householdNo, "household", "",
                   "created, " + std::to_string(g.rows.size()) + " members");
        } else {
            householdId = h.id;
            auto field = [&](const char *name, const std::string &from, const std::string &to) {
                if (from != to)
                    change(changes, head.line, g.householdNo, name, from, to);
            };
            field("community", std::to_string(before.communityId), std::to_string(h.communityId));
            field("address", before.address, h.address);
            field("area", std::string(areaKey(before.area)), std::string(areaKey(h.area)));
            field("phone", before.phone, h.phone);
            field("bank_name", before.bankName, h.bankName);
            field("bank_account", maskBankAccount(before.bankAccount),
                  maskBankAccount(h.bankAccount));
            if (before.bankAccount != h.bankAccount &&
                maskBankAccount(before.bankAccount) == maskBankAccount(h.bankAccount))
                change(changes, head.line, g.householdNo, "bank_account", "(old)", "(new)");
            field("account_holder", before.accountHolder, h.accountHolder);
            field("last_review_date", dateText(before.lastReviewDate), dateText(h.lastReviewDate));
            if (!changes.empty())
                m_households->update(h);
        }
        for (const LedgerRow *r : g.rows)
            applyMember(g, householdId, *r, created, changes);
        applyCases(g, householdId, changes);
        if (created)
            ++m_report.householdsCreated;
        else if (!changes.empty()) {
            ++m_report.householdsUpdated;
            m_households->touch(householdId, m_now);
        } else
            ++m_report.householdsUnchanged;
        if (created) {
            // Listed in the one ledger.import record: what a new household holds is
            // the file's rows (and the grants' decisions name the file and line).
            m_created.push_back(g.householdNo);
            m_report.changes.push_back(changes.front());
        } else if (!changes.empty()) {
            // An update keeps its own record with what changed, field by field.
            nlohmann::json items = nlohmann::json::array();
            for (const auto &c : changes)
                items.push_back(
                    {{"line", c.line}, {"field", c.field}, {"from", c.from}, {"to", c.to}});
            m_audit.append(m_session,
                           {AuditAction::LedgerHouseholdUpdate,
                            "household",
                            g.householdNo,
                            {{"file", m_file}, {"changes", items}}});
            m_report.changes.insert(m_report.changes.end(), changes.begin(), changes.end());
        }
    }

    void applyMember(Group &g, std::int64_t householdId, const LedgerRow &r, bool created,
                     std::vector<LedgerChange> &changes)
    {
        PersonState &state = m_people[r.idNumber];
        const std::string prefix = "members[" + r.name + "].";
        storage::PersonRecord p = state.person ? *state.person : storage::PersonRecord();
        const storage::PersonRecord before = p;
        const auto id = IdNumber::parse(r.idNumber);
        p.idNumber = r.idNumber;
        p.name = r.name;
        if (id.ok()) {
            p.birthDate = id->birthDate();
            p.sex = id->sex();
        }
        if (!r.phone.empty())
            p.phone = r.phone;
        p.disability = r.disability;
        if (!p.disability)
            p.disabilityCertificate.clear();
        p.seriousIllness = r.seriousIllness;
        p.inSchool = r.inSchool;
        if (!(p.selfCareItems && selfCareUnmetCount(*p.selfCareItems) == r.selfCareUnmet))
            p.selfCareItems.reset();
        p.selfCareUnmet = r.selfCareUnmet;
        if (const auto cs = childStatusOf(r.programme))
            p.childStatus = cs;
        p.updatedAt = m_now;
        std::int64_t personId = p.id;
        if (!state.person) {
            p.createdAt = m_now;
            personId = m_persons->insert(p);
            p.id = personId;
            ++m_report.personsCreated;
            if (!created)
                change(changes, r.line, g.householdNo, prefix + "person", "",
                       "new person " + maskIdNumber(r.idNumber));
        } else {
            const size_t mark = changes.size();
            auto field = [&](const std::string &name, const std::string &from,
                             const std::string &to) {
                if (from != to)
                    change(changes, r.line, g.householdNo, prefix + name, from, to);
            };
            field("name", before.name, p.name);
            field("phone", before.phone, p.phone);
            field("disability", disabilityText(before.disability), disabilityText(p.disability));
            field("serious_illness", before.seriousIllness ? "yes" : "no",
                  p.seriousIllness ? "yes" : "no");
            field("in_school", before.inSchool ? "yes" : "no", p.inSchool ? "yes" : "no");
            field("self_care_unmet", std::to_string(before.selfCareUnmet),
                  std::to_string(p.selfCareUnmet));
            field("child_status",
                  before.childStatus ? std::string(childStatusKey(*before.childStatus)) : "",
                  p.childStatus ? std::string(childStatusKey(*p.childStatus)) : "");
            if (changes.size() != mark)
                m_persons->update(p);
            state.person = p;
        }

        // Incomes of the ledger's kinds; other kinds stay.
        const auto stored = state.person && !before.name.empty()
            ? m_persons->incomes(personId)
            : std::vector<storage::IncomeRecord>();
        if (ledgerIncomes(stored) != r.incomes) {
            std::vector<storage::IncomeRecord> next;
            for (const auto &i : stored)
                if (!isLedgerIncome(i.kind))
                    next.push_back(i);
            for (const auto &[kind, amount] : r.incomes)
                next.push_back({0, personId, kind, amount, IncomeEntry::Monthly, amount, ""});
            m_persons->replaceIncomes(personId, next);
            if (!created || !stored.empty())
                change(changes, r.line, g.householdNo, prefix + "incomes",
                       incomesText(ledgerIncomes(stored)), incomesText(r.incomes));
        }
        state.person = p;

        // Membership.
        if (state.active && state.active->householdId == householdId) {
            auto m = m_households->membership(state.active->id);
            if (m && m->active() && m->relation != r.relation) {
                change(changes, r.line, g.householdNo, prefix + "relation",
                       std::string(relationKey(m->relation)), std::string(relationKey(r.relation)));
                m->relation = r.relation;
                m_households->updateMembership(*m);
            }
            return;
        }
        storage::MembershipRecord m;
        m.householdId = householdId;
        m.personId = personId;
        m.relation = r.relation;
        if (!created)
            m.joinedOn = m_today;
        state.active = m;
        state.active->id = m_households->insertMembership(m);
        if (!created)
            change(changes, r.line, g.householdNo, prefix + "membership", "",
                   "joined as " + std::string(relationKey(r.relation)));
    }

    Money rulesAmount(const Assessment &a, CaseProgramme programme, int member) const
    {
        switch (programme) {
        case CaseProgramme::Dibao:
            return a.classification == Classification::Dibao ? a.dibao.monthly : Money();
        case CaseProgramme::SinglePerson:
            for (const auto &s : a.singlePerson)
                if (s.member == member)
                    return s.monthly;
            return Money();
        case CaseProgramme::Tekun:
            for (const auto &t : a.tekun)
                if (t.member == member && t.eligible)
                    return t.monthly;
            return Money();
        case CaseProgramme::ChildAllowance:
            for (const auto &c : a.childAllowance)
                if (c.member == member)
                    return c.monthly;
            return Money();
        default:
            return Money();
        }
    }

    void applyCases(Group &g, std::int64_t householdId, std::vector<LedgerChange> &changes)
    {
        bool any = false;
        for (const LedgerRow *r : g.rows)
            any = any || programmeOf(r->programme).has_value();
        if (!any)
            return;
        std::optional<RulesHousehold> rules;
        std::optional<Assessment> assessment;
        if (m_policy) {
            rules = loadRulesHousehold(*m_households, *m_persons, householdId, m_today);
            if (rules) {
                AssessRequest request;
                request.asOf = m_today;
                request.household = rules->household;
                try {
                    assessment = assessHouseholdQuiet(request, *m_policy);
                } catch (const ArithmeticOverflow &e) {
                    // A backstop: an error naming the row, never a crash; any error
                    // and the import commits nothing.
                    issue(g.head ? g.head->line : g.rows.front()->line, "household", g.householdNo,
                          tr("the rules' figures for household %1 overflow (%2): check its "
                             "incomes and amounts")
                              .arg(QString::fromStdString(g.householdNo),
                                   QString::fromStdString(e.field())));
                }
            }
        }
        // The persons of this group who hold a personal programme of their own in the
        // ledger (特困, 单人保, child allowance): a dibao grant does not cover them.
        std::set<std::int64_t> ownCase;
        std::vector<std::int64_t> groupPersons;
        for (const LedgerRow *r : g.rows) {
            const std::int64_t id = m_people[r->idNumber].person->id;
            if (std::find(groupPersons.begin(), groupPersons.end(), id) == groupPersons.end())
                groupPersons.push_back(id);
            const auto programme = programmeOf(r->programme);
            if (programme && !isHouseholdProgramme(*programme) && r->active)
                ownCase.insert(id);
        }
        for (const LedgerRow *r : g.rows) {
            const auto programme = programmeOf(r->programme);
            if (!programme)
                continue;
            const std::int64_t personId = m_people[r->idNumber].person->id;
            const std::optional<std::int64_t> target = isHouseholdProgramme(*programme)
                ? std::nullopt
                : std::optional<std::int64_t>(personId);
            const auto existing = m_cases->findActive(householdId, target, *programme);
            const QString key =
                QString::fromUtf8(caseProgrammeKey(*programme).data(),
                                  static_cast<qsizetype>(caseProgrammeKey(*programme).size()));
            if (!r->active) {
                if (existing)
                    m_report.reviews.push_back(
                        {r->line, g.householdNo,
                         toStd(tr("%1: the ledger says stopped (停保) but the %2 case is active; "
                                  "an import never stops a case: record a stop decision")
                                   .arg(QString::fromStdString(r->name), key))});
                continue;
            }
            int member = -1;
            if (rules)
                for (size_t i = 0; i < rules->personIds.size(); ++i)
                    if (rules->personIds[i] == personId)
                        member = static_cast<int>(i);
            std::optional<Money> rulesMonthly;
            if (assessment)
                rulesMonthly = rulesAmount(*assessment, *programme, member);
            if (rulesMonthly && *rulesMonthly != *r->monthlyAmount)
                m_report.differences.push_back({r->line, g.householdNo, r->name, *programme,
                                                *r->monthlyAmount, *rulesMonthly,
                                                m_policy->effectiveFrom.toString()});
            if (existing) {
                const auto firstDecision = m_cases->firstDecision(existing->id);
                const bool sameStart =
                    firstDecision && firstDecision->effectiveMonth == *r->startMonth;
                if (!sameStart || existing->currentAmount != *r->monthlyAmount)
                    m_report.reviews.push_back(
                        {r->line, g.householdNo,
                         toStd(tr("%1: the ledger says %2 a month from %3; the %4 case pays %5 "
                                  "from %6. An import never changes a case: record a decision "
                                  "if the ledger is right")
                                   .arg(QString::fromStdString(r->name),
                                        QString::fromStdString(r->monthlyAmount->toString()),
                                        QString::fromStdString(r->startMonth->toString()), key,
                                        QString::fromStdString(existing->currentAmount.toString()),
                                        QString::fromStdString(
                                            firstDecision ? firstDecision->effectiveMonth.toString()
                                                          : std::string())))});
                continue;
            }
            storage::CaseRecord c;
            c.householdId = householdId;
            c.personId = target;
            c.programme = *programme;
            c.source = CaseSource::Ledger;
            c.createdAt = m_now;
            c.createdBy = m_session.username;
            storage::DecisionRecord d;
            d.caseId = m_cases->insertCase(c);
            d.kind = DecisionKind::Grant;
            d.effectiveMonth = *r->startMonth;
            d.amount = *r->monthlyAmount;
            d.persons = coveredPersons(*programme, personId, rules, ownCase, groupPersons);
            d.decidedOn = m_today;
            d.decidedById = m_session.userId;
            d.decidedBy = m_session.username;
            d.reason = toStd(tr("Imported from the ledger %1, line %2")
                                 .arg(QString::fromStdString(m_file))
                                 .arg(r->line));
            d.inputs = nlohmann::json {{"file", m_file},
                                       {"line", r->line},
                                       {"programme", std::string(ledgerProgrammeKey(r->programme))},
                                       {"start_month", r->startMonth->toString()},
                                       {"monthly_amount", r->monthlyAmount->toString()}}
                           .dump();
            nlohmann::json explanation = nlohmann::json::object();
            if (rulesMonthly) {
                explanation["rules_amount"] = rulesMonthly->toString();
                explanation["difference"] = (*r->monthlyAmount - *rulesMonthly).toString();
                explanation["policy_effective_from"] = m_policy->effectiveFrom.toString();
                explanation["as_of"] = m_today.toString();
            }
            d.explanation = explanation.dump();
            d.createdAt = m_now;
            m_cases->insertDecision(d);
            ++m_report.casesCreated;
            change(changes, r->line, g.householdNo,
                   "cases." + std::string(caseProgrammeKey(*programme)) + "[" + r->name + "]", "",
                   "grant " + r->monthlyAmount->toString() + " from " + r->startMonth->toString());
        }
    }

    // The persons a grant covers (price subsidies, PR-3): a household programme's
    // dibao household D — the members the rules count, less those the ledger gives a
    // personal programme of their own (特困, 单人保, child allowance); without the rules'
    // household (no parameter set in force), every person of the group less those. What
    // the ledger says decides, not whether the rules would find a member eligible for
    // 特困: an elderly member on the household's dibao stays covered by it.
    static std::vector<std::int64_t> coveredPersons(CaseProgramme programme, std::int64_t personId,
                                                    const std::optional<RulesHousehold> &rules,
                                                    const std::set<std::int64_t> &ownCase,
                                                    const std::vector<std::int64_t> &groupPersons)
    {
        if (!isHouseholdProgramme(programme))
            return {personId};
        std::vector<std::int64_t> out;
        if (!rules) {
            for (std::int64_t id : groupPersons)
                if (!ownCase.count(id))
                    out.push_back(id);
            return out;
        }
        for (size_t i = 0; i < rules->personIds.size(); ++i)
            if (rules->household.members[i].counted && !ownCase.count(rules->personIds[i]))
                out.push_back(rules->personIds[i]);
        return out;
    }

    storage::Database &m_db;
    bool m_createCommunities = false;
    std::map<std::string, size_t> m_unknownIndex; // name → m_report.unknownCommunities
    const Clock &m_clock;
    const Session &m_session;
    AuditLog &m_audit;
    std::string m_file;
    JobControl &m_control;
    bool m_cancelled = false;
    std::optional<HouseholdRepository> m_households;
    std::optional<PersonRepository> m_persons;
    std::optional<CaseRepository> m_cases;
    std::optional<CommunityRepository> m_communities;
    Date m_today;
    std::string m_now;
    std::optional<PolicyParameters> m_policy;
    std::vector<LedgerRow> m_rows;
    std::vector<Group> m_groups;
    std::unordered_map<std::string, size_t> m_groupIndex;
    std::unordered_map<std::string, PersonState> m_people;
    std::unordered_map<std::string, std::vector<LedgerChange>> m_pending;
    std::vector<std::string> m_created; // household numbers, in file order
    LedgerImportReport m_report;
};

} // namespace

namespace {

// A read transaction: one consistent snapshot of the database for the checks,
// which never blocks another connection's writes (WAL).
class ReadSnapshot
{
public:
    explicit ReadSnapshot(storage::Database &db)
        : m_db(db)
    {
        m_db.exec("BEGIN DEFERRED");
    }
    ~ReadSnapshot()
    {
        try {
            m_db.exec("COMMIT");
        } catch (...) {
            // A read transaction has nothing to keep.
        }
    }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    storage::Database &m_db;
};

// Changes when another connection commits (SQLite's PRAGMA data_version).
std::int64_t dataVersion(storage::Database &db)
{
    storage::Statement st(db, "PRAGMA data_version");
    return st.step() ? st.int64(0) : 0;
}

} // namespace

Result<LedgerImportReport> LedgerImportService::importLedger(const Session &session,
                                                             std::string_view bytes,
                                                             const std::string &fileName,
                                                             bool preview, JobControl &control,
                                                             bool createCommunities)
{
    const auto cancelled = [&] {
        spdlog::info("ledger import of {} cancelled by {}; nothing written", fileName,
                     session.username);
        return Error {ErrorCode::Cancelled, cancelledMessage(), {}};
    };
    try {
        // Authorised before anything is read or checked; again under the lock.
        if (auto actor = authorize(session, Action::ImportLedger); !actor.ok())
            return actor.error();
        if (createCommunities)
            if (auto actor = authorize(session, Action::ManageCommunities); !actor.ok())
                return actor.error();
        AuditLog audit(m_db, m_clock);
        Importer importer(m_db, m_clock, session, audit, fileName, control, createCommunities);
        if (control.cancelRequested())
            return cancelled();
        // Parse and check everything without the write lock (defect 12).
        control.stage(toStd(tr("Reading the rows…")));
        LedgerFile file = readLedgerCsv(bytes, currentLang(), m_clock.today());
        if (control.cancelRequested())
            return cancelled();
        control.stage(file.rows.empty() ? toStd(tr("Checking the file…"))
                                        : toStd(tr("Checking %n row(s) against the registry…",
                                                   nullptr, static_cast<int>(file.rows.size()))));
        std::int64_t checkedVersion = 0;
        {
            ReadSnapshot snapshot(m_db);
            const bool passed = importer.check(std::move(file));
            checkedVersion = dataVersion(m_db);
            importer.freshStatements(); // before the snapshot ends
            if (!passed)
                return importer.takeReport();
        }
        if (m_beforeWrite)
            m_beforeWrite();
        if (control.cancelRequested())
            return cancelled();
        if (!preview)
            control.stage(toStd(tr("Importing in one transaction (all or nothing)…")));

        // The write lock, only to write.
        storage::Transaction tx(m_db);
        if (auto actor = authorize(session, Action::ImportLedger); !actor.ok())
            return actor.error();
        if (createCommunities)
            if (auto actor = authorize(session, Action::ManageCommunities); !actor.ok())
                return actor.error();
        if (dataVersion(m_db) != checkedVersion && !importer.recheckDatabase())
            return importer.takeReport();
        LedgerImportReport report = importer.write();
        // Asked to stop before the commit (at a report, or after the last): the
        // transaction rolls back as it goes out of scope and nothing is written.
        if (importer.cancelled() || control.cancelRequested())
            return cancelled();
        if (report.errors.empty() && !preview) {
            tx.commit();
            report.committed = true;
        }
        return report;
    } catch (const storage::DatabaseError &e) {
        return storageError(e);
    }
}

std::vector<LedgerIssueGroup> groupLedgerIssues(const std::vector<LedgerIssue> &errors)
{
    std::vector<LedgerIssueGroup> out;
    std::map<std::pair<std::string, std::string>, size_t> index;
    for (const auto &e : errors) {
        auto [it, added] = index.emplace(std::make_pair(e.column, e.reason), out.size());
        if (added)
            out.push_back({e.column, e.reason, {}});
        auto &lines = out[it->second].lines;
        if (lines.empty() || lines.back() != e.line)
            lines.push_back(e.line);
    }
    return out;
}

std::string LedgerImportService::cancelledMessage()
{
    return toStd(tr("The import was cancelled; nothing was imported."));
}

} // namespace relief::services
