// PayrollService's reads: rolls, the overview with totals and problems, the page's
// lines (keyset pages, filters in SQL, accounts masked), a case's payments, the
// recoveries, the change table (PR-8) and the sign-in-free report.

#include "payroll_service.h"

#include "payroll_text.h"

#include "services/policy/policy_service.h"
#include "storage/payroll/payroll_repository.h"

#include "domain/mask.h"

#include <algorithm>
#include <set>

namespace relief::services {

using namespace payroll_detail;
using storage::PayrollRepository;
using storage::UserRecord;

template<class F>
auto PayrollService::readAs(const Session &session, F &&fn)
    -> std::invoke_result_t<F, const UserRecord &>
{
    try {
        storage::ReadTransaction snapshot(m_db);
        auto actor = authorize(session, Action::ViewPayroll, Access::Read);
        if (!actor.ok())
            return actor.error();
        return fn(actor.value());
    } catch (const storage::DatabaseError &e) {
        return storageError(e);
    }
}

namespace {

storage::RollLineQuery queryOf(const RollLineFilter &f)
{
    storage::RollLineQuery q;
    q.communityId = f.communityId;
    q.programme = f.programme;
    q.kind = f.kind;
    q.heldOnly = f.heldOnly;
    q.problemsOnly = f.problemsOnly;
    q.search = toStd(QString::fromStdString(f.search).trimmed());
    return q;
}

RollLineView lineView(const storage::RollLineRecord &l, bool fullAccounts)
{
    RollLineView v;
    v.id = l.id;
    v.caseId = l.caseId;
    v.householdId = l.householdId;
    v.personId = l.personId;
    v.householdNumber = l.householdNumber;
    v.headName = l.headName;
    v.personName = l.personName;
    v.communityId = l.communityId;
    v.communityName = l.communityName;
    v.programme = l.programme;
    v.kind = l.kind;
    v.forMonth = l.forMonth;
    v.amount = l.amount;
    v.persons = l.persons;
    v.memo = l.memo;
    v.held = l.held;
    v.holdReason = l.holdReason;
    v.payeeName = l.payeeName;
    v.bankName = l.bankName;
    v.bankAccount = fullAccounts ? l.bankAccount : maskBankAccount(l.bankAccount);
    v.accountValid = l.accountOk;
    v.toInstitution = l.toInstitution;
    return v;
}

} // namespace

Result<std::vector<RollSummary>> PayrollService::rolls(const Session &session)
{
    return readAs(session, [&](const UserRecord &) -> Result<std::vector<RollSummary>> {
        PayrollRepository repo(m_db);
        std::vector<RollSummary> out;
        for (const auto &r : repo.rolls())
            out.push_back(summaryOf(repo, r, false));
        return out;
    });
}

Result<std::optional<RollOverview>> PayrollService::overview(const Session &session,
                                                             const YearMonth &month)
{
    return readAs(session, [&](const UserRecord &actor) -> Result<std::optional<RollOverview>> {
        PayrollRepository repo(m_db);
        const auto roll = repo.roll(month);
        if (!roll)
            return std::optional<RollOverview>();
        RollOverview o;
        o.roll = summaryOf(repo, *roll);
        o.totals = repo.totals(roll->id);
        o.problems = problemViews(repo, *roll);
        o.allowedSteps =
            payroll::allowedRollSteps(situationOf(repo, month), {actor.id, actor.roles});
        return std::optional<RollOverview>(std::move(o));
    });
}

Result<std::vector<payroll::RollStep>> PayrollService::allowedSteps(const Session &session,
                                                                    const YearMonth &month)
{
    return readAs(session, [&](const UserRecord &actor) -> Result<std::vector<payroll::RollStep>> {
        PayrollRepository repo(m_db);
        return payroll::allowedRollSteps(situationOf(repo, month), {actor.id, actor.roles});
    });
}

Result<std::vector<RollLineView>> PayrollService::lines(const Session &session,
                                                        const YearMonth &month,
                                                        const RollLineFilter &filter,
                                                        std::int64_t afterId, int limit)
{
    return readAs(session, [&](const UserRecord &actor) -> Result<std::vector<RollLineView>> {
        PayrollRepository repo(m_db);
        std::vector<RollLineView> out;
        const auto roll = repo.roll(month);
        if (!roll || limit <= 0)
            return out;
        const bool full = rolesAllow(actor.roles, Action::ViewPersonalNumbers);
        for (const auto &l : repo.lines(roll->id, queryOf(filter), afterId, limit))
            out.push_back(lineView(l, full));
        return out;
    });
}

Result<std::int64_t> PayrollService::countLines(const Session &session, const YearMonth &month,
                                                const RollLineFilter &filter)
{
    return readAs(session, [&](const UserRecord &) -> Result<std::int64_t> {
        PayrollRepository repo(m_db);
        const auto roll = repo.roll(month);
        if (!roll)
            return std::int64_t {0};
        return repo.countLines(roll->id, queryOf(filter));
    });
}

Result<std::vector<CasePaymentView>> PayrollService::casePayments(const Session &session,
                                                                  std::int64_t caseId)
{
    return readAs(session, [&](const UserRecord &) -> Result<std::vector<CasePaymentView>> {
        PayrollRepository repo(m_db);
        std::vector<CasePaymentView> out;
        for (const auto &c : repo.caseLines(caseId)) {
            CasePaymentView v;
            v.rollMonth = c.rollMonth;
            v.rollState = c.rollState;
            v.programme = c.line.programme;
            v.kind = c.line.kind;
            v.forMonth = c.line.forMonth;
            v.amount = c.line.amount;
            v.memo = c.line.memo;
            v.held = c.line.held;
            v.payment = c.line.payment;
            out.push_back(std::move(v));
        }
        return out;
    });
}

Result<std::vector<RecoveryView>> PayrollService::recoveries(const Session &session,
                                                             const RecoveryFilter &filter)
{
    return readAs(session, [&](const UserRecord &) -> Result<std::vector<RecoveryView>> {
        PayrollRepository repo(m_db);
        storage::RecoveryQuery q;
        if (filter.status)
            q.status = std::string(recoveryStatusKey(*filter.status));
        q.communityId = filter.communityId;
        q.includeDrafts = filter.includeDrafts;
        std::vector<RecoveryView> out;
        for (const auto &r : repo.recoveries(q))
            out.push_back(recoveryView(r));
        return out;
    });
}

Result<ChangeTableView> PayrollService::changeTable(const Session &session, const YearMonth &month)
{
    return readAs(session, [&](const UserRecord &) -> Result<ChangeTableView> {
        PayrollRepository repo(m_db);
        const auto roll = repo.roll(month);
        if (!roll)
            return Error {ErrorCode::NotFound, toStd(PayrollText::noRoll(month)), {}};
        auto versions = PolicyService(m_db, m_clock).list();
        if (!versions.ok())
            return versions.error();
        std::vector<PolicyParameters> sets;
        for (const auto &v : *versions)
            sets.push_back(v.parameters);

        ChangeTableView view;
        view.current = summaryOf(repo, *roll);
        std::vector<payroll::RollLine> previous;
        if (const auto prev = repo.roll(month.previous())) {
            view.previous = summaryOf(repo, *prev);
            previous = repo.rollLines(prev->id);
        }
        std::vector<payroll::RollLine> current = repo.rollLines(roll->id);
        // The cases whose lines differ (or exist on one side only) give the reasons.
        std::map<std::pair<std::int64_t, payroll::LineProgramme>, Money> before;
        for (const auto &l : previous)
            if (l.kind == payroll::LineKind::Regular)
                before[{l.caseId, l.programme}] += l.amount;
        std::map<std::pair<std::int64_t, payroll::LineProgramme>, Money> after;
        for (const auto &l : current)
            if (l.kind == payroll::LineKind::Regular)
                after[{l.caseId, l.programme}] += l.amount;
        std::set<std::int64_t> changed;
        for (const auto &[key, amount] : before) {
            const auto it = after.find(key);
            if (it == after.end() || it->second != amount)
                changed.insert(key.first);
        }
        for (const auto &[key, amount] : after)
            if (!before.count(key))
                changed.insert(key.first);
        // A move of community is a change with equal amounts too.
        std::map<std::int64_t, std::int64_t> communityBefore;
        for (const auto &l : previous)
            communityBefore[l.caseId] = l.communityId;
        for (const auto &l : current)
            if (const auto it = communityBefore.find(l.caseId);
                it != communityBefore.end() && it->second != l.communityId)
                changed.insert(l.caseId);
        const std::vector<payroll::Case> cases =
            repo.payrollCases(std::vector<std::int64_t>(changed.begin(), changed.end()));
        view.table = payroll::changeTable(month, previous, current, cases, sets);

        view.communityNames = repo.communityNames();
        std::set<std::int64_t> households;
        for (const auto &c : view.table.cases)
            households.insert(c.householdId);
        for (const auto &[id, number, head] : repo.householdLabels(
                 std::vector<std::int64_t>(households.begin(), households.end()))) {
            view.householdNumbers.emplace_back(id, number);
            view.headNames.emplace_back(id, head);
        }
        return view;
    });
}

Result<RollReport> PayrollService::report(const YearMonth &month)
{
    try {
        storage::ReadTransaction snapshot(m_db);
        PayrollRepository repo(m_db);
        const auto roll = repo.roll(month);
        if (!roll)
            return Error {ErrorCode::NotFound, toStd(PayrollText::noRoll(month)), {}};
        RollReport r;
        r.roll = summaryOf(repo, *roll);
        r.totals = repo.totals(roll->id);
        for (const auto &p : repo.problems(roll->id))
            r.problemKeys.push_back(p.key);
        return r;
    } catch (const storage::DatabaseError &e) {
        return storageError(e);
    }
}

} // namespace relief::services
