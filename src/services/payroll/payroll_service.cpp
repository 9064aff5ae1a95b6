// PayrollService's steps (PR-5): generate, submit, return, approve, lock, hold and
// release, and the recovery receipts and waivers. Each is one write transaction that
// re-reads the actor, reads the roll's situation inside it, asks checkRollStep, writes
// and audits before the commit.

#include "payroll_service.h"

#include "payroll_text.h"

#include "services/policy/policy_service.h"
#include "storage/payroll/payroll_repository.h"

#include "domain/rules/benefit_rules.h"

namespace relief::services {

using namespace payroll_detail;
using payroll::RollState;
using payroll::RollStep;
using storage::PayrollRepository;
using storage::UserRecord;

namespace {

payroll::RollActor actorOf(const UserRecord &u)
{
    return {u.id, u.roles};
}

std::string trimmed(const std::string &s)
{
    return toStd(QString::fromStdString(s).trimmed());
}

// A recovery that may still be collected or waived: real (its roll locked) and not
// closed. The messages are PayrollService's (same translation context).
Result<storage::RecoveryRow> openRecovery(PayrollRepository &repo, std::int64_t recoveryId)
{
    auto r = repo.recovery(recoveryId);
    if (!r)
        return Error {
            ErrorCode::NotFound,
            toStd(QCoreApplication::translate("PayrollService", "The recovery does not exist.")),
            {}};
    if (!payroll::isLocked(r->rollState))
        return Error {
            ErrorCode::Conflict,
            toStd(QCoreApplication::translate(
                "PayrollService", "The recovery belongs to a roll that is not locked yet.")),
            {}};
    if (r->status == "collected" || r->status == "waived")
        return Error {
            ErrorCode::Conflict,
            toStd(QCoreApplication::translate("PayrollService", "The recovery is closed (%1).")
                      .arg(QString::fromStdString(r->status))),
            {}};
    return std::move(*r);
}

nlohmann::json totalsJson(const payroll::RollTotals &t)
{
    return {{"lines", t.lines},
            {"amount", t.amount.toString()},
            {"held_lines", t.heldLines},
            {"held_amount", t.heldAmount.toString()}};
}

} // namespace

Result<RollSummary> PayrollService::generate(const Session &session, const YearMonth &month,
                                             JobControl &job)
{
    job.stage(toStd(tr("Checking the roll of %1…").arg(QString::fromStdString(month.toString()))));
    return writeAs(
        session, Action::PreparePayroll,
        [&](AuditLog &audit, const UserRecord &actor) -> Result<RollSummary> {
            PayrollRepository repo(m_db);
            const payroll::RollSituation situation = situationOf(repo, month);
            const auto verdict =
                payroll::checkRollStep(RollStep::Generate, situation, actorOf(actor));
            if (!verdict)
                return refusalError(verdict.reason, month, situation);

            auto versions = PolicyService(m_db, m_clock).list();
            if (!versions.ok())
                return versions.error();
            std::vector<PolicyParameters> sets;
            for (const auto &v : *versions)
                sets.push_back(v.parameters);

            const std::string now = m_clock.isoUtc();
            const auto existing = repo.roll(month);
            const std::int64_t rollId =
                existing ? existing->id : repo.insertRoll(month, now, actor.id);
            if (existing)
                repo.clearDraft(rollId);
            constexpr int kSteps = 5;
            job.progress(0, kSteps);

            // 1. Regular lines: one INSERT … SELECT (PR-2, PR-3, PR-4's payee).
            job.stage(toStd(tr("Writing the regular lines…")));
            std::vector<std::pair<std::int64_t, YearMonth>> exitEnds;
            for (const auto &[id, effective] : repo.gradualExitsWithoutEnd()) {
                const int months = payroll::gradualExitMonthsFor(sets, effective).value_or(0);
                exitEnds.emplace_back(id, effective.addMonths(months - 1));
            }
            const std::int64_t regular = repo.insertRegularLines(rollId, month, exitEnds);
            job.progress(1, kSteps);
            if (job.cancelRequested())
                return Error {ErrorCode::Cancelled, toStd(PayrollText::cancelled()), {}};

            // 2. Price subsidies when M's indices trigger (PS-1…PS-4).
            job.stage(toStd(tr("Adding the price subsidies…")));
            bool triggered = false;
            std::int64_t subsidies = 0;
            std::vector<std::pair<std::string, std::int64_t>> problems;
            if (const auto indices = repo.priceIndices(month)) {
                const PolicyParameters *policy = parametersInForce(sets, month.firstDay());
                const auto cpi = Decimal::parse(indices->cpi, true);
                const auto food = Decimal::parse(indices->food, true);
                if (!policy) {
                    problems.emplace_back("no_parameters", 0);
                } else if (cpi && food) {
                    PriceIndices pi;
                    pi.month = month;
                    pi.cpiYoy = *cpi;
                    pi.foodYoy = *food;
                    pi.cpiText = indices->cpi;
                    pi.foodText = indices->food;
                    Money perPerson[2];
                    for (Area area : {Area::Urban, Area::Rural}) {
                        const auto ps = priceSubsidy(pi, *policy, policy->standard(area), 1);
                        if (ps.triggered) {
                            triggered = true;
                            perPerson[static_cast<int>(area)] = ps.perPerson;
                        }
                    }
                    if (triggered) {
                        subsidies = repo.insertPriceSubsidyLines(
                            rollId, perPerson[static_cast<int>(Area::Urban)],
                            perPerson[static_cast<int>(Area::Rural)]);
                        for (std::int64_t caseId : repo.subsidyCasesWithoutPersons(rollId))
                            problems.emplace_back("no_persons", caseId);
                    }
                }
            }
            job.progress(2, kSteps);
            if (job.cancelRequested())
                return Error {ErrorCode::Cancelled, toStd(PayrollText::cancelled()), {}};

            // 3. Back pay and recoveries for locked months (PR-6), only for the cases that
            //    can have any: decided after a locked month's roll, or settled before.
            job.stage(toStd(tr("Working out back pay and recoveries…")));
            payroll::RollInput in;
            in.month = month;
            in.sets = sets;
            std::int64_t backPay = 0;
            std::int64_t recoveries = 0;
            const auto candidates = repo.backPayCandidates(month);
            if (!candidates.empty()) {
                in.cases = repo.payrollCases(candidates);
                in.lockedMonths = repo.lockedMonthsBefore(month);
                in.settled = repo.settled(candidates);
                const payroll::Roll part = payroll::backPayLines(in);
                for (const auto &l : part.lines) {
                    storage::NewLineRecord n;
                    n.caseId = l.caseId;
                    n.programme = l.programme;
                    n.kind = l.kind;
                    n.forMonth = l.forMonth;
                    n.amount = l.amount;
                    n.persons = l.persons;
                    n.memo = l.memo;
                    repo.insertLine(rollId, n);
                    ++backPay;
                }
                for (const auto &r : part.recoveries) {
                    repo.insertRecovery(rollId, r);
                    ++recoveries;
                }
            }
            job.progress(3, kSteps);

            // 4. Reissues of holds released after their roll was locked (PR-5) and of
            //    failed payments whose account has been corrected since (PR-7).
            job.stage(toStd(tr("Adding reissues of released holds…")));
            in.releasedHolds = repo.releasedHoldsToReissue();
            in.failedLines = repo.failedLinesToReissue(month);
            std::int64_t reissues = 0;
            const payroll::Roll again = payroll::reissueLines(in);
            for (const auto &l : again.lines) {
                storage::NewLineRecord n;
                n.caseId = l.caseId;
                n.programme = l.programme;
                n.kind = l.kind;
                n.forMonth = l.forMonth;
                n.amount = l.amount;
                n.persons = l.persons;
                n.memo = l.memo;
                if (l.reissueSource == payroll::ReissueSource::Hold)
                    n.reissueOfHold = l.reissueOf;
                else
                    n.reissueOfLine = l.reissueOf;
                repo.insertLine(rollId, n);
                ++reissues;
            }
            for (const auto &p : again.problems)
                problems.emplace_back(p.key, p.caseId);
            job.progress(4, kSteps);

            // 5. The draft's holds, matched again (PR-5), and the problems.
            job.stage(toStd(tr("Applying the holds…")));
            for (const auto &h : repo.applyHolds(rollId, month))
                problems.emplace_back("hold_without_line", h.caseId);
            for (const auto &[key, caseId] : problems)
                repo.insertProblem(rollId, key, caseId);
            repo.markGenerated(rollId, now, actor.id, triggered);
            job.progress(kSteps, kSteps);

            const payroll::RollTotals totals = repo.totals(rollId);
            nlohmann::json details = totalsJson(totals);
            details["month"] = month.toString();
            details["regenerated"] = existing.has_value();
            details["regular"] = regular;
            details["price_subsidy"] = subsidies;
            details["price_triggered"] = triggered;
            details["back_pay"] = backPay;
            details["reissue"] = reissues;
            details["recoveries"] = recoveries;
            details["problems"] = problems.size() + repo.blockingProblems(rollId);
            audit.append(session,
                         {AuditAction::PayrollGenerate, "payroll_roll", month.toString(), details});
            if (job.cancelRequested())
                return Error {ErrorCode::Cancelled, toStd(PayrollText::cancelled()), {}};
            return summaryOf(repo, *repo.rollById(rollId));
        });
}

namespace {

// The common shape of submit, return, approve and lock.
template<class Write>
Result<RollSummary> step(storage::Database &db, const YearMonth &month, RollStep which,
                         const UserRecord &actor, Write &&write)
{
    PayrollRepository repo(db);
    const payroll::RollSituation situation = situationOf(repo, month);
    const auto verdict = payroll::checkRollStep(which, situation, actorOf(actor));
    if (!verdict)
        return refusalError(verdict.reason, month, situation);
    const auto roll = repo.roll(month);
    if (!roll)
        return refusalError(payroll::kNoRoll, month, situation);
    write(repo, *roll);
    return summaryOf(repo, *repo.rollById(roll->id));
}

} // namespace

Result<RollSummary> PayrollService::submit(const Session &session, const YearMonth &month)
{
    return writeAs(session, Action::PreparePayroll,
                   [&](AuditLog &audit, const UserRecord &actor) -> Result<RollSummary> {
                       return step(m_db, month, RollStep::Submit, actor,
                                   [&](PayrollRepository &repo, const storage::RollRecord &roll) {
                                       repo.markSubmitted(roll.id, m_clock.isoUtc(), actor.id);
                                       nlohmann::json details = totalsJson(repo.totals(roll.id));
                                       details["month"] = month.toString();
                                       audit.append(session,
                                                    {AuditAction::PayrollSubmit, "payroll_roll",
                                                     month.toString(), details});
                                   });
                   });
}

Result<RollSummary> PayrollService::returnToDraft(const Session &session, const YearMonth &month,
                                                  const std::string &reason)
{
    if (auto actor = authorize(session, Action::ApprovePayroll); !actor.ok())
        return actor.error();
    const std::string why = trimmed(reason);
    if (why.empty())
        return Error::invalid("reason", toStd(tr("Say why the roll is returned to draft.")));
    return writeAs(session, Action::ApprovePayroll,
                   [&](AuditLog &audit, const UserRecord &actor) -> Result<RollSummary> {
                       return step(m_db, month, RollStep::Return, actor,
                                   [&](PayrollRepository &repo, const storage::RollRecord &roll) {
                                       repo.markReturned(roll.id);
                                       audit.append(session,
                                                    {AuditAction::PayrollReturn,
                                                     "payroll_roll",
                                                     month.toString(),
                                                     {{"month", month.toString()},
                                                      {"reason", why},
                                                      {"submitted_by", roll.submittedBy}}});
                                   });
                   });
}

Result<RollSummary> PayrollService::approve(const Session &session, const YearMonth &month)
{
    return writeAs(session, Action::ApprovePayroll,
                   [&](AuditLog &audit, const UserRecord &actor) -> Result<RollSummary> {
                       return step(m_db, month, RollStep::Approve, actor,
                                   [&](PayrollRepository &repo, const storage::RollRecord &roll) {
                                       repo.markApproved(roll.id, m_clock.isoUtc(), actor.id);
                                       nlohmann::json details = totalsJson(repo.totals(roll.id));
                                       details["month"] = month.toString();
                                       details["submitted_by"] = roll.submittedBy;
                                       audit.append(session,
                                                    {AuditAction::PayrollApprove, "payroll_roll",
                                                     month.toString(), details});
                                   });
                   });
}

Result<RollSummary> PayrollService::lock(const Session &session, const YearMonth &month)
{
    return writeAs(session, Action::ApprovePayroll,
                   [&](AuditLog &audit, const UserRecord &actor) -> Result<RollSummary> {
                       return step(m_db, month, RollStep::Lock, actor,
                                   [&](PayrollRepository &repo, const storage::RollRecord &roll) {
                                       // The lines still held: a later release reissues them once
                                       // (PR-5).
                                       repo.freezeHolds(roll.id, month);
                                       const auto [lines, amount] = repo.lineTotal(roll.id);
                                       nlohmann::json details = totalsJson(repo.totals(roll.id));
                                       details["month"] = month.toString();
                                       details["recoveries"] =
                                           repo.recoveriesOfRoll(roll.id).size();
                                       audit.append(session,
                                                    {AuditAction::PayrollLock, "payroll_roll",
                                                     month.toString(), details});
                                       // The head after the lock's own record (issue 11 §2).
                                       const AuditHead head = audit.head();
                                       repo.markLocked(roll.id, m_clock.isoUtc(), actor.id, lines,
                                                       amount, head.id, head.hash);
                                   });
                   });
}

Status PayrollService::hold(const Session &session, std::int64_t lineId, const std::string &reason)
{
    if (auto actor = authorize(session, Action::PreparePayroll); !actor.ok())
        return actor.error();
    const std::string why = trimmed(reason);
    if (why.empty())
        return Error::invalid("reason", toStd(tr("Say why the line is held.")));
    return writeAs(
        session, Action::PreparePayroll, [&](AuditLog &audit, const UserRecord &actor) -> Status {
            PayrollRepository repo(m_db);
            const auto found = repo.line(lineId);
            if (!found)
                return Error {ErrorCode::NotFound, toStd(PayrollText::noLine()), {}};
            const YearMonth month = found->rollMonth;
            const payroll::RollSituation situation = situationOf(repo, month);
            const auto verdict = payroll::checkRollStep(RollStep::Hold, situation, actorOf(actor));
            if (!verdict)
                return refusalError(verdict.reason, month, situation);
            const storage::RollLineRecord &line = found->line;
            if (line.held)
                return Error {ErrorCode::Conflict, toStd(tr("The line is held already.")), {}};
            storage::HoldRecord h;
            h.month = month;
            h.caseId = line.caseId;
            h.programme = line.programme;
            h.kind = line.kind;
            h.forMonth = line.forMonth;
            h.reason = why;
            h.heldAt = m_clock.isoUtc();
            h.heldBy = actor.username;
            repo.insertHold(h);
            repo.setLineHeld(lineId, true, why);
            audit.append(session,
                         {AuditAction::PayrollHold,
                          "payroll_line",
                          std::to_string(lineId),
                          {{"month", month.toString()},
                           {"household_no", line.householdNumber},
                           {"programme", payroll::lineProgrammeKey(line.programme)},
                           {"kind", payroll::lineKindKey(line.kind)},
                           {"amount", line.amount.toString()},
                           {"reason", why}}});
            return okStatus();
        });
}

Status PayrollService::release(const Session &session, std::int64_t lineId)
{
    return writeAs(
        session, Action::PreparePayroll, [&](AuditLog &audit, const UserRecord &actor) -> Status {
            PayrollRepository repo(m_db);
            const auto found = repo.line(lineId);
            if (!found)
                return Error {ErrorCode::NotFound, toStd(PayrollText::noLine()), {}};
            const YearMonth month = found->rollMonth;
            const storage::RollLineRecord &line = found->line;
            const Error notHeld {ErrorCode::Conflict, toStd(tr("The line is not held.")), {}};
            nlohmann::json details = {{"month", month.toString()},
                                      {"household_no", line.householdNumber},
                                      {"programme", payroll::lineProgrammeKey(line.programme)},
                                      {"kind", payroll::lineKindKey(line.kind)},
                                      {"amount", line.amount.toString()}};
            if (payroll::isLocked(found->rollState)) {
                // PR-5: a line still held at lock is released later: the next roll reissues it.
                if (!actor.roles.count(Role::Caseworker)) {
                    const payroll::RollSituation situation = situationOf(repo, month);
                    return refusalError(payroll::kNeedsCaseworker, month, situation);
                }
                const auto h = repo.holdOfLockedLine(lineId);
                if (!h || !line.held)
                    return notHeld;
                if (!h->releasedAt.empty())
                    return Error {ErrorCode::Conflict,
                                  toStd(tr("The hold was released already; its line is reissued "
                                           "once.")),
                                  {}};
                repo.releaseHold(h->id, m_clock.isoUtc(), actor.username);
                details["reissue"] = true;
            } else {
                const payroll::RollSituation situation = situationOf(repo, month);
                const auto verdict =
                    payroll::checkRollStep(RollStep::Release, situation, actorOf(actor));
                if (!verdict)
                    return refusalError(verdict.reason, month, situation);
                const auto h = repo.holdFor(month, line);
                if (!line.held || !h)
                    return notHeld;
                repo.deleteHold(h->id);
                repo.setLineHeld(lineId, false, "");
                details["reissue"] = false;
            }
            audit.append(
                session,
                {AuditAction::PayrollRelease, "payroll_line", std::to_string(lineId), details});
            return okStatus();
        });
}

Result<RecoveryView> PayrollService::recordReceipt(const Session &session, std::int64_t recoveryId,
                                                   Money amount, const Date &receivedOn,
                                                   const std::string &receiptNo,
                                                   const std::string &note)
{
    if (auto actor = authorize(session, Action::CollectRecovery); !actor.ok())
        return actor.error();
    if (amount <= Money())
        return Error::invalid("amount", toStd(tr("The amount collected must be more than 0.")));
    return writeAs(session, Action::CollectRecovery,
                   [&](AuditLog &audit, const UserRecord &actor) -> Result<RecoveryView> {
                       PayrollRepository repo(m_db);
                       auto open = openRecovery(repo, recoveryId);
                       if (!open.ok())
                           return open.error();
                       const storage::RecoveryRow *r = &open.value();
                       const Money outstanding = r->amount - r->collected;
                       if (amount > outstanding)
                           return Error::invalid(
                               "amount",
                               toStd(tr("The amount is more than the %1 still to "
                                        "collect.")
                                         .arg(QString::fromStdString(outstanding.toString()))));
                       storage::ReceiptRecord rec;
                       rec.recoveryId = recoveryId;
                       rec.amount = amount;
                       rec.receivedOn = receivedOn.toString();
                       rec.receiptNo = trimmed(receiptNo);
                       rec.note = trimmed(note);
                       rec.createdAt = m_clock.isoUtc();
                       rec.createdBy = actor.username;
                       repo.addReceipt(rec);
                       const Money collected = r->collected + amount;
                       repo.setCollected(recoveryId, collected,
                                         collected == r->amount ? "collected" : "partly");
                       audit.append(session,
                                    {AuditAction::RecoveryReceipt,
                                     "recovery",
                                     std::to_string(recoveryId),
                                     {{"household_no", r->householdNumber},
                                      {"month", r->month.toString()},
                                      {"amount", amount.toString()},
                                      {"collected", collected.toString()},
                                      {"received_on", rec.receivedOn},
                                      {"receipt_no", rec.receiptNo}}});
                       return recoveryView(*repo.recovery(recoveryId));
                   });
}

Result<RecoveryView> PayrollService::waive(const Session &session, std::int64_t recoveryId,
                                           const std::string &reason)
{
    if (auto actor = authorize(session, Action::WaiveRecovery); !actor.ok())
        return actor.error();
    const std::string why = trimmed(reason);
    if (why.empty())
        return Error::invalid("reason", toStd(tr("Say why the recovery is waived.")));
    return writeAs(session, Action::WaiveRecovery,
                   [&](AuditLog &audit, const UserRecord &actor) -> Result<RecoveryView> {
                       PayrollRepository repo(m_db);
                       auto open = openRecovery(repo, recoveryId);
                       if (!open.ok())
                           return open.error();
                       const storage::RecoveryRow *r = &open.value();
                       repo.waive(recoveryId, why, m_clock.isoUtc(), actor.username);
                       audit.append(session,
                                    {AuditAction::RecoveryWaive,
                                     "recovery",
                                     std::to_string(recoveryId),
                                     {{"household_no", r->householdNumber},
                                      {"month", r->month.toString()},
                                      {"amount", r->amount.toString()},
                                      {"collected", r->collected.toString()},
                                      {"reason", why}}});
                       return recoveryView(*repo.recovery(recoveryId));
                   });
}

} // namespace relief::services
