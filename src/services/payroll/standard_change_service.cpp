#include "standard_change_service.h"

#include "services/policy/policy_service.h"
#include "services/registry/rules_household.h"

#include "domain/json_document.h"
#include "domain/payroll/amount_due.h"
#include "domain/review/adjustment_rules.h"
#include "domain/rules/assess.h"
#include "domain/rules/assess_request.h"
#include "storage/payroll/standard_change_repository.h"
#include "storage/policy/policy_repository.h"
#include "storage/registry/case_repository.h"
#include "storage/registry/household_repository.h"
#include "storage/registry/person_repository.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace relief::services {

namespace {

using storage::StandardChangeItemRecord;
using storage::StandardChangeOutcomeKind;
using storage::StandardChangeState;

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

constexpr AuditAction kDiscardAudit = AuditAction::StandardChangeDiscard;

payroll::Decision toDomain(const storage::DecisionRecord &d)
{
    payroll::Decision out;
    out.id = d.id;
    out.kind = d.kind;
    out.effective = d.effectiveMonth;
    out.amount = d.amount;
    out.persons = static_cast<int>(d.persons.size());
    out.decidedOn = d.decidedOn;
    out.decidedBy = d.decidedBy;
    out.reason = d.reason;
    out.lastPaidMonth = d.lastPaidMonth;
    return out;
}

// The last decision in PR-2 order (E, decision date, id): the one cases.status follows.
const storage::DecisionRecord *lastDecision(const std::vector<storage::DecisionRecord> &ds)
{
    const storage::DecisionRecord *last = nullptr;
    for (const auto &d : ds)
        if (!last ||
            std::tie(d.effectiveMonth, d.decidedOn, d.id) >
                std::tie(last->effectiveMonth, last->decidedOn, last->id))
            last = &d;
    return last;
}

// What the assessment gives the case's programme; nothing when it gives nothing.
// `member` is the case's person in the assessed household (-1: none).
std::optional<Money> programmeAmount(const Assessment &a, CaseProgramme programme, int member)
{
    auto of = [member](const std::vector<MemberAmount> &lines) -> std::optional<Money> {
        for (const auto &l : lines)
            if (l.member == member && l.monthly > Money())
                return l.monthly;
        return std::nullopt;
    };
    switch (programme) {
    case CaseProgramme::Dibao:
        if (a.classification == Classification::Dibao && a.dibao.monthly > Money())
            return a.dibao.monthly;
        return std::nullopt;
    case CaseProgramme::SinglePerson:
        return of(a.singlePerson);
    case CaseProgramme::Tekun:
        for (const auto &t : a.tekun)
            if (t.member == member && t.eligible && t.monthly > Money())
                return t.monthly;
        return std::nullopt;
    case CaseProgramme::ChildAllowance:
        return of(a.childAllowance);
    case CaseProgramme::DisabilityLiving:
        return of(a.disabilityLiving);
    case CaseProgramme::DisabilityCare:
        return of(a.disabilityCare);
    case CaseProgramme::Marginal:
        return std::nullopt;
    }
    return std::nullopt;
}

StandardChangeItemOutcome outcomeOf(StandardChangeOutcomeKind k)
{
    switch (k) {
    case StandardChangeOutcomeKind::Raise:
        return StandardChangeItemOutcome::Raise;
    case StandardChangeOutcomeKind::FlagReview:
        return StandardChangeItemOutcome::FlagReview;
    case StandardChangeOutcomeKind::Keep:
        break;
    }
    return StandardChangeItemOutcome::Keep;
}

StandardChangeBatchState stateOf(StandardChangeState s)
{
    switch (s) {
    case StandardChangeState::Approved:
        return StandardChangeBatchState::Approved;
    case StandardChangeState::Discarded:
        return StandardChangeBatchState::Discarded;
    case StandardChangeState::Proposed:
        break;
    }
    return StandardChangeBatchState::Proposed;
}

StandardChangeBatchView loadView(storage::StandardChangeRepository &repo,
                                 const storage::StandardChangeBatchRecord &b)
{
    StandardChangeBatchView v;
    v.id = b.id;
    v.policySetId = b.policySetId;
    v.effectiveFrom = Date::parse(b.effectiveFrom).value_or(Date());
    v.state = stateOf(b.state);
    v.proposedAt = b.proposedAt;
    v.proposedBy = b.proposedBy;
    v.decidedAt = b.decidedAt;
    v.decidedBy = b.decidedBy;
    v.note = b.decidedNote;
    for (auto &r : repo.items(b.id)) {
        StandardChangeItemView i;
        i.caseId = r.caseId;
        i.householdId = r.householdId;
        i.householdNumber = std::move(r.householdNumber);
        i.headName = std::move(r.headName);
        i.personName = std::move(r.personName);
        i.programme = r.programme;
        i.oldAmount = r.oldAmount;
        i.newAmount = r.newAmount;
        i.outcome = outcomeOf(r.outcome);
        i.effectiveMonth = r.effectiveMonth;
        i.explanation = std::move(r.explanation);
        i.factsFromDecision = r.factsFromDecision;
        i.factsAsOf = Date::parse(r.factsAsOf).value_or(Date());
        i.decisionId = r.decisionId;
        v.items.push_back(std::move(i));
    }
    for (const auto &t : repo.totals(b.id)) {
        v.totals.push_back(
            {t.programme, t.cases, t.raised, t.kept, t.flagged, t.oldMonthly, t.difference});
        v.raised += t.raised;
        v.kept += t.kept;
        v.flagged += t.flagged;
        v.difference += t.difference;
    }
    return v;
}

// The facts a case was decided on (DA-4): the decision's own when its `inputs`
// carry a `household` object (data-formats §2's assess input without as_of and
// policy: area, members, assets), else the registry's
// on the facts date. The date is the decision's, or for a standard_change decision
// the date of the facts it carried forward (`facts_as_of`).
struct Facts
{
    Household household;
    int member = -1; // the case's person
    bool fromDecision = false;
    Date asOf;
};

} // namespace

Result<std::int64_t> StandardChangeService::policySetId(const Date &effectiveFrom)
{
    try {
        storage::ReadTransaction snapshot(m_db);
        const auto set =
            storage::PolicyRepository(m_db).findByEffectiveFrom(effectiveFrom.toString());
        if (!set)
            return Error {ErrorCode::NotFound,
                          toStd(tr("There is no parameter set in force from %1.")
                                    .arg(qs(effectiveFrom.toString()))),
                          "policy_set"};
        return set->id;
    } catch (const storage::DatabaseError &e) {
        return storageError(e);
    }
}

Result<StandardChangeBatchView>
StandardChangeService::propose(const Session &session, std::int64_t policySetId, JobControl &job)
{
    job.stage(toStd(tr("Reading the cases…")));
    return writeAs(
        session, Action::ProposeStandardChange,
        [&](AuditLog &audit, const storage::UserRecord &user) -> Result<StandardChangeBatchView> {
            // The sets: the batch's, and all of them for PR-2's gradual-exit length.
            std::vector<PolicyParameters> sets;
            std::optional<PolicyParameters> set;
            for (const auto &r : storage::PolicyRepository(m_db).list()) {
                auto p = PolicyParameters::fromJson(r.json, Lang::En);
                if (!p.ok())
                    return Error {ErrorCode::Storage,
                                  toStd(tr("The stored parameter set of %1 cannot be read: %2")
                                            .arg(qs(r.effectiveFrom), qs(p.error().message))),
                                  {}};
                if (r.id == policySetId)
                    set = *p;
                sets.push_back(std::move(*p));
            }
            if (!set)
                return Error {ErrorCode::NotFound, toStd(tr("The parameter set no longer exists.")),
                              "policy_set"};
            const YearMonth setMonth = YearMonth::of(set->effectiveFrom);

            storage::StandardChangeRepository repo(m_db);
            storage::CaseRepository cases(m_db);
            storage::HouseholdRepository households(m_db);
            storage::PersonRepository persons(m_db);
            const std::string now = m_clock.isoUtc();

            // A new proposal replaces the set's open batch.
            std::optional<std::int64_t> replaced;
            if (const auto open = repo.openBatchOf(policySetId)) {
                replaced = open->id;
                repo.decide(open->id, StandardChangeState::Discarded, now, user.id, user.username,
                            toStd(tr("Replaced by a new proposal.")));
            }
            storage::StandardChangeBatchRecord batch;
            batch.policySetId = policySetId;
            batch.effectiveFrom = set->effectiveFrom.toString();
            batch.proposedAt = now;
            batch.proposedById = user.id;
            batch.proposedBy = user.username;
            batch.id = repo.insertBatch(batch);

            const auto ids = repo.activeCaseIds();
            const auto total = static_cast<std::int64_t>(ids.size());
            job.stage(toStd(tr("Re-assessing the cases with the set of %1…")
                                .arg(qs(set->effectiveFrom.toString()))));
            job.progress(0, total);
            std::int64_t done = 0;
            const Lang lang = currentLang();
            for (const std::int64_t caseId : ids) {
                if (done % 100 == 0) {
                    if (job.cancelRequested())
                        return Error {ErrorCode::Cancelled,
                                      toStd(tr("The standard change was cancelled; nothing has "
                                               "been recorded.")),
                                      {}};
                    job.progress(done, total);
                }
                ++done;
                const auto c = cases.findById(caseId);
                if (!c)
                    continue;
                const auto decisions = cases.decisions(caseId);
                const storage::DecisionRecord *last = lastDecision(decisions);
                if (!last)
                    continue;
                payroll::Case domainCase;
                domainCase.id = c->id;
                domainCase.householdId = c->householdId;
                domainCase.personId = c->personId;
                domainCase.programme = c->programme;
                for (const auto &d : decisions)
                    domainCase.decisions.push_back(toDomain(d));
                // From the set's month, or from the last decision's when that is later
                // (that decision already governs from then; PR-2 equal E: the later
                // decision date wins, so the standard change takes over).
                const YearMonth effective = std::max(setMonth, last->effectiveMonth);
                const auto due = payroll::amountDue(domainCase, effective, sets);
                if (due.amount <= Money())
                    continue; // nothing due (a gradual exit run out): not re-assessed

                // The facts at the last decision.
                Facts facts;
                facts.asOf = last->decidedOn;
                std::string factsError;
                const auto inputs = parseJsonDocument(last->inputs, Lang::En);
                std::optional<nlohmann::json> carried; // a household carried in the inputs
                if (inputs.ok() && inputs->is_object()) {
                    if (const auto it = inputs->find("facts_as_of");
                        it != inputs->end() && it->is_string())
                        if (const auto d = Date::parse(it->get<std::string>()))
                            facts.asOf = *d;
                    if (const auto it = inputs->find("household");
                        it != inputs->end() && it->is_object())
                        carried = *it;
                }
                bool registeredLater = false;
                std::optional<std::string> personIdNumber;
                if (c->personId)
                    if (const auto p = persons.findById(*c->personId))
                        personIdNumber = p->idNumber;
                bool loaded = false;
                if (carried) {
                    // data-formats §2 without its date and policy: area, members, assets.
                    nlohmann::json request = *carried;
                    request.erase("policy");
                    request.erase("cpi");
                    request.erase("temporary");
                    request["as_of"] = facts.asOf.toString();
                    auto parsed = parseAssessInput(request.dump(), lang);
                    if (parsed.ok()) {
                        facts.household = std::move(parsed->household);
                        facts.fromDecision = true;
                        loaded = true;
                        for (size_t i = 0; i < facts.household.members.size(); ++i) {
                            const auto &m = facts.household.members[i];
                            if (personIdNumber && m.idNumber &&
                                m.idNumber->text() == *personIdNumber)
                                facts.member = static_cast<int>(i);
                        }
                    } else {
                        factsError = parsed.error().message;
                    }
                }
                if (!loaded) {
                    auto registry =
                        loadRulesHousehold(households, persons, c->householdId, facts.asOf);
                    // Registered after the decision (no member yet on its date): the
                    // members as registered now, ages still on the decision's date.
                    if (registry && registry->household.members.empty()) {
                        registry = loadRulesHousehold(households, persons, c->householdId,
                                                      std::max(facts.asOf, m_clock.today()));
                        registeredLater = registry && !registry->household.members.empty();
                    }
                    if (registry) {
                        facts.household = std::move(registry->household);
                        for (size_t i = 0; i < registry->personIds.size(); ++i)
                            if (c->personId && registry->personIds[i] == *c->personId)
                                facts.member = static_cast<int>(i);
                        loaded = true;
                    }
                }

                std::optional<Money> newAmount;
                if (loaded) {
                    AssessRequest request;
                    request.asOf = facts.asOf;
                    request.household = std::move(facts.household);
                    auto assessed = relief::assess(request, &*set, lang);
                    if (assessed.ok())
                        newAmount = programmeAmount(*assessed, c->programme, facts.member);
                    else
                        factsError = assessed.error().message;
                }
                auto outcome = relief::standardChange(due.amount, newAmount, set->effectiveFrom);
                // A case in gradual exit (DA-2) runs out as decided: a raise would turn
                // it into a lasting payment, which only a re-verification may decide.
                const bool inGradualExit = last->kind == DecisionKind::GradualExit;
                if (inGradualExit && outcome.raise) {
                    outcome.raise = false;
                    outcome.flagForReview = true;
                    outcome.amount = due.amount;
                    outcome.reasons.clear();
                }

                StandardChangeItemRecord item;
                item.batchId = batch.id;
                item.caseId = c->id;
                item.householdId = c->householdId;
                item.programme = c->programme;
                item.lastDecisionId = last->id;
                item.factsFromDecision = facts.fromDecision;
                item.factsAsOf = facts.asOf.toString();
                item.oldAmount = due.amount;
                item.newAmount = newAmount;
                item.outcome = outcome.raise ? StandardChangeOutcomeKind::Raise
                    : outcome.flagForReview  ? StandardChangeOutcomeKind::FlagReview
                                             : StandardChangeOutcomeKind::Keep;
                item.effectiveMonth = effective;
                QStringList why;
                for (const auto &r : outcome.reasons)
                    why << qs(r.render(lang));
                if (why.isEmpty())
                    why << tr("The new set gives the same amount (%1 yuan).")
                               .arg(qs(due.amount.toString()));
                if (registeredLater)
                    why << tr("The household had no registered member on %1: its members as "
                              "registered now, ages on that date.")
                               .arg(qs(facts.asOf.toString()));
                if (inGradualExit)
                    why << tr("The case is in gradual exit (渐退): it is not raised; review it.");
                if (!factsError.empty())
                    why << tr("The facts could not be assessed: %1").arg(qs(factsError));
                else if (!loaded)
                    why << tr("The household's facts could not be read.");
                why << (facts.fromDecision
                            ? tr("Facts of the decision of %1.").arg(qs(last->decidedOn.toString()))
                            : tr("Registry facts as of %1 (the decision holds none).")
                                  .arg(qs(facts.asOf.toString())));
                item.explanation = toStd(why.join(QLatin1Char(' ')));
                repo.insertItem(item);
            }
            job.progress(total, total);

            auto view = loadView(repo, *repo.findBatch(batch.id));
            nlohmann::json details {{"policy_set", set->effectiveFrom.toString()},
                                    {"cases", view.items.size()},
                                    {"raised", view.raised},
                                    {"flagged", view.flagged},
                                    {"kept", view.kept},
                                    {"monthly_difference", view.difference.toString()}};
            if (replaced)
                details["replaces_batch"] = *replaced;
            audit.append(session,
                         {AuditAction::StandardChangePropose, "standard_change_batch",
                          std::to_string(batch.id), std::move(details)});
            return view;
        });
}

Result<StandardChangeBatchView> StandardChangeService::items(const Session &session,
                                                             std::int64_t batchId)
{
    return read(session, Action::ViewPayroll, [&]() -> Result<StandardChangeBatchView> {
        storage::StandardChangeRepository repo(m_db);
        const auto b = repo.findBatch(batchId);
        if (!b)
            return Error {ErrorCode::NotFound,
                          toStd(tr("The standard-change batch no longer exists.")), "batch"};
        return loadView(repo, *b);
    });
}

Result<std::optional<StandardChangeBatchView>>
StandardChangeService::latestBatch(const Session &session, std::int64_t policySetId)
{
    return read(session, Action::ViewPayroll,
                [&]() -> Result<std::optional<StandardChangeBatchView>> {
                    storage::StandardChangeRepository repo(m_db);
                    auto b = repo.openBatchOf(policySetId);
                    if (!b) {
                        const auto all = repo.batchesOf(policySetId);
                        if (all.empty())
                            return std::optional<StandardChangeBatchView>();
                        b = all.front();
                    }
                    return std::optional<StandardChangeBatchView>(loadView(repo, *b));
                });
}

Result<StandardChangeBatchView> StandardChangeService::approve(const Session &session,
                                                               std::int64_t batchId)
{
    return writeAs(
        session, Action::ApproveStandardChange,
        [&](AuditLog &audit, const storage::UserRecord &user) -> Result<StandardChangeBatchView> {
            storage::StandardChangeRepository repo(m_db);
            const auto b = repo.findBatch(batchId);
            if (!b)
                return Error {ErrorCode::NotFound,
                              toStd(tr("The standard-change batch no longer exists.")), "batch"};
            if (b->state == StandardChangeState::Approved)
                return Error {ErrorCode::Conflict,
                              toStd(tr("This standard-change batch was approved already (by %1).")
                                        .arg(qs(b->decidedBy))),
                              "state"};
            if (b->state == StandardChangeState::Discarded)
                return Error {ErrorCode::Conflict,
                              toStd(tr("This standard-change batch was discarded; propose the "
                                       "standard change again.")),
                              "state"};
            if (b->proposedById == user.id)
                return Error {ErrorCode::PermissionDenied,
                              toStd(tr("A standard change is approved by a supervisor other "
                                       "than the one who proposed it.")),
                              "user"};
            storage::CaseRepository cases(m_db);
            const Date today = m_clock.today();
            const std::string now = m_clock.isoUtc();
            int recorded = 0;
            Money difference;
            for (const auto &item : repo.items(batchId)) {
                if (item.outcome != StandardChangeOutcomeKind::Raise || !item.newAmount)
                    continue;
                const auto decisions = cases.decisions(item.caseId);
                const storage::DecisionRecord *last = lastDecision(decisions);
                if (!last || last->id != item.lastDecisionId)
                    return Error {ErrorCode::Conflict,
                                  toStd(tr("The case of household %1 has a new decision since the "
                                           "standard change was proposed: propose it again.")
                                            .arg(qs(item.householdNumber))),
                                  "batch"};
                nlohmann::json inputs {
                    {"standard_change_batch", batchId},
                    {"policy_effective_from", b->effectiveFrom},
                    {"facts_as_of", item.factsAsOf},
                    {"facts_source", item.factsFromDecision ? "decision" : "registry"}};
                // Facts carried by the last decision go forward with the change.
                if (item.factsFromDecision) {
                    const auto was = parseJsonDocument(last->inputs, Lang::En);
                    if (was.ok() && was->is_object() && was->contains("household"))
                        inputs["household"] = (*was)["household"];
                }
                storage::DecisionRecord d;
                d.caseId = item.caseId;
                d.kind = DecisionKind::StandardChange;
                d.effectiveMonth = item.effectiveMonth;
                d.amount = *item.newAmount;
                d.persons = last->persons;
                d.decidedOn = today;
                d.decidedById = user.id;
                d.decidedBy = user.username;
                d.reason = toStd(tr("Standard change (提标) to the parameter set of %1")
                                     .arg(qs(b->effectiveFrom)));
                d.inputs = inputs.dump();
                d.explanation = nlohmann::json {{"rule", "DA-4"},
                                                {"old_amount", item.oldAmount.toString()},
                                                {"new_amount", item.newAmount->toString()},
                                                {"text", item.explanation}}
                                    .dump();
                d.createdAt = now;
                repo.setDecision(item.id, cases.insertDecision(d));
                ++recorded;
                difference += *item.newAmount - item.oldAmount;
            }
            repo.decide(batchId, StandardChangeState::Approved, now, user.id, user.username, {});
            audit.append(session,
                         {AuditAction::StandardChangeApprove,
                          "standard_change_batch",
                          std::to_string(batchId),
                          {{"policy_set", b->effectiveFrom},
                           {"proposed_by", b->proposedBy},
                           {"decisions", recorded},
                           {"monthly_difference", difference.toString()}}});
            return loadView(repo, *repo.findBatch(batchId));
        });
}

Result<StandardChangeBatchView> StandardChangeService::discard(const Session &session,
                                                               std::int64_t batchId,
                                                               const std::string &note)
{
    return writeAs(
        session, Action::ProposeStandardChange,
        [&](AuditLog &audit, const storage::UserRecord &user) -> Result<StandardChangeBatchView> {
            storage::StandardChangeRepository repo(m_db);
            const auto b = repo.findBatch(batchId);
            if (!b)
                return Error {ErrorCode::NotFound,
                              toStd(tr("The standard-change batch no longer exists.")), "batch"};
            if (b->state != StandardChangeState::Proposed)
                return Error {ErrorCode::Conflict,
                              toStd(b->state == StandardChangeState::Approved
                                        ? tr("An approved standard change cannot be discarded.")
                                        : tr("This standard-change batch was discarded already.")),
                              "state"};
            if (b->proposedById != user.id &&
                !rolesAllow(user.roles, Action::ApproveStandardChange))
                return Error {ErrorCode::PermissionDenied,
                              toStd(tr("Only the one who proposed it or a supervisor may discard "
                                       "a standard change.")),
                              "user"};
            const std::string now = m_clock.isoUtc();
            repo.decide(batchId, StandardChangeState::Discarded, now, user.id, user.username, note);
            audit.append(
                session,
                {kDiscardAudit,
                 "standard_change_batch",
                 std::to_string(batchId),
                 {{"state", "discarded"}, {"policy_set", b->effectiveFrom}, {"note", note}}});
            return loadView(repo, *repo.findBatch(batchId));
        });
}

} // namespace relief::services
