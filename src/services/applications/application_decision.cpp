// 审批: approval and refusal by a supervisor under the four-eyes rule, the extra
// visit for applicants related to staff, grants as cases and decisions (PR-1),
// and payments from the reserve fund (先行救助, street-level temporary aid).

#include "application_service.h"

#include "domain/registry/registry_types.h"
#include "domain/rules/assessment_json.h"
#include "storage/applications/application_repository.h"
#include "storage/applications/reserve_fund_repository.h"
#include "storage/registry/case_repository.h"
#include "storage/registry/household_repository.h"

#include <algorithm>

namespace relief::services {

using storage::ApplicationRecord;
using storage::UserRecord;

Status ApplicationService::checkDecider(const ApplicationRecord &r, const UserRecord &user,
                                        bool approving)
{
    if (r.enteredById == user.id)
        return Error {ErrorCode::PermissionDenied,
                      toStd(tr("%1 entered this application and may not decide it (four-eyes "
                               "rule).")
                                .arg(QString::fromStdString(user.username))),
                      "decided_by"};
    bool approvalVisitBySupervisor = false;
    storage::UserRepository users(m_db);
    for (const auto &v : storage::ApplicationRepository(m_db).visits(r.id)) {
        const bool onVisit =
            std::find(v.staffIds.begin(), v.staffIds.end(), user.id) != v.staffIds.end();
        if (v.stage == storage::VisitStage::Investigation && onVisit)
            return Error {ErrorCode::PermissionDenied,
                          toStd(tr("%1 investigated this application and may not decide it "
                                   "(four-eyes rule).")
                                    .arg(QString::fromStdString(user.username))),
                          "decided_by"};
        if (v.stage == storage::VisitStage::Approval)
            approvalVisitBySupervisor = true;
    }
    if (approving && r.staffRelated && !approvalVisitBySupervisor)
        return Error {ErrorCode::Conflict,
                      toStd(tr("The applicant is related to staff (近亲属): approval waits for "
                               "an extra home visit by a supervisor.")),
                      "visits"};
    return okStatus();
}

Status ApplicationService::payFromReserve(ApplicationRecord &r, Money amount,
                                          const UserRecord &user, const Date &on,
                                          const std::string &note)
{
    if (amount.fen() <= 0)
        return okStatus();
    storage::ReserveFundRepository fund(m_db);
    const Money balance = fund.balance();
    if (balance < amount)
        return Error {ErrorCode::Conflict,
                      toStd(tr("The reserve fund holds %1, less than the %2 to pay: top it up "
                               "first.")
                                .arg(QString::fromStdString(balance.toString()),
                                     QString::fromStdString(amount.toString()))),
                      "reserve_fund"};
    const auto household = storage::HouseholdRepository(m_db).findById(r.householdId);
    storage::ReserveEntryRecord e;
    e.kind = storage::ReserveEntryKind::Payment;
    e.amount = amount;
    e.onDate = on;
    e.applicationId = r.id;
    e.payee = household ? household->headName : std::string();
    e.note = note;
    e.userId = user.id;
    e.username = user.username;
    e.at = m_clock.isoUtc();
    fund.append(e);
    return okStatus();
}

Status ApplicationService::grant(ApplicationRecord &r, const ApplicationAssessment &assessed,
                                 const UserRecord &user, const Date &on)
{
    const Assessment &a = assessed.assessment;
    std::optional<int> member;
    if (r.personId) {
        const auto it =
            std::find(assessed.personIds.begin(), assessed.personIds.end(), *r.personId);
        if (it != assessed.personIds.end())
            member = static_cast<int>(it - assessed.personIds.begin());
    }
    struct Line
    {
        CaseProgramme programme;
        std::optional<std::int64_t> personId;
        Money amount;
        std::vector<std::int64_t> persons;
    };
    std::vector<Line> lines;
    auto personal = [&](CaseProgramme p, const std::vector<MemberAmount> &amounts) {
        for (const auto &l : amounts)
            if ((!member || l.member == *member) && l.monthly.fen() > 0) {
                const std::int64_t person = assessed.personIds.at(static_cast<size_t>(l.member));
                lines.push_back({p, person, l.monthly, {person}});
            }
    };
    switch (r.programme) {
    case ApplicationProgramme::Dibao:
        if (a.classification == Classification::Dibao) {
            // The dibao household D: counted members not supported as 特困 nor by
            // the child allowance (as the ledger import records it).
            std::vector<std::int64_t> persons;
            for (size_t i = 0; i < assessed.personIds.size(); ++i) {
                const int m = static_cast<int>(i);
                bool excluded = false;
                for (const auto &t : a.tekun)
                    excluded = excluded || (t.member == m && t.eligible);
                for (const auto &c : a.childAllowance)
                    excluded = excluded || c.member == m;
                if (!excluded)
                    persons.push_back(assessed.personIds[i]);
            }
            lines.push_back({CaseProgramme::Dibao, std::nullopt, a.dibao.monthly, persons});
        } else if (a.classification == Classification::SinglePerson) {
            personal(CaseProgramme::SinglePerson, a.singlePerson);
        }
        break;
    case ApplicationProgramme::Tekun: {
        std::vector<MemberAmount> eligible;
        for (const auto &t : a.tekun)
            if (t.eligible)
                eligible.push_back({t.member, t.monthly});
        personal(CaseProgramme::Tekun, eligible);
        break;
    }
    case ApplicationProgramme::ChildAllowance:
        personal(CaseProgramme::ChildAllowance, a.childAllowance);
        break;
    case ApplicationProgramme::DisabilitySubsidy:
        personal(CaseProgramme::DisabilityLiving, a.disabilityLiving);
        personal(CaseProgramme::DisabilityCare, a.disabilityCare);
        break;
    case ApplicationProgramme::TemporaryExpenditure:
    case ApplicationProgramme::TemporaryEmergency:
        break;
    }
    if (lines.empty())
        return Error {ErrorCode::Conflict,
                      toStd(tr("The rules give nothing for this application as recorded on %1: "
                               "correct the household's records or refuse it.")
                                .arg(QString::fromStdString(on.toString()))),
                      "amount"};
    storage::CaseRepository cases(m_db);
    storage::ApplicationRepository apps(m_db);
    Money total;
    for (const Line &l : lines) {
        if (cases.findActive(r.householdId, l.personId, l.programme))
            return Error {ErrorCode::Conflict,
                          toStd(tr("An active case of the same programme exists already; "
                                   "record a change on it instead.")),
                          "programme"};
        storage::CaseRecord c;
        c.householdId = r.householdId;
        c.personId = l.personId;
        c.programme = l.programme;
        c.source = CaseSource::Application;
        c.createdAt = m_clock.isoUtc();
        c.createdBy = user.username;
        const std::int64_t caseId = cases.insertCase(c);
        storage::DecisionRecord d;
        d.caseId = caseId;
        d.kind = DecisionKind::Grant;
        d.effectiveMonth = assessed.firstMonth;
        d.amount = l.amount;
        d.persons = l.persons;
        d.decidedOn = on;
        d.decidedById = user.id;
        d.decidedBy = user.username;
        d.reason =
            toStd(tr("Approved on application %1").arg(QString::fromStdString(r.applicationNo)));
        d.inputs = nlohmann::json {{"application_no", r.applicationNo},
                                   {"as_of", on.toString()},
                                   {"first_month", assessed.firstMonth.toString()}}
                       .dump();
        d.explanation = assessmentToJson(a);
        d.createdAt = c.createdAt;
        cases.insertDecision(d);
        apps.linkCase(r.id, caseId);
        total += l.amount;
    }
    r.approvedAmount = total;
    return okStatus();
}

Status ApplicationService::approve(const Session &session, std::int64_t id, const std::string &note,
                                   const Date &on)
{
    return transition(
        session, id, ApplicationStep::Approve, on, note, Action::DecideApplication,
        [&](ApplicationRecord &r, AuditLog &audit, const UserRecord &user) -> Status {
            if (auto ok = checkDecider(r, user, true); !ok.ok())
                return ok;
            if (r.pendingApprovalOn && on < *r.pendingApprovalOn)
                return refusal("date",
                               tr("The approval cannot come before the application was "
                                  "sent for approval."));
            auto assessed = assessRecord(r, on);
            if (!assessed.ok())
                return assessed.error();
            r.decidedOn = on;
            r.decidedById = user.id;
            r.decisionReasons = note;
            r.firstMonth = assessed->firstMonth;
            if (isTemporary(r.programme)) {
                const auto &t = assessed->assessment.temporary;
                if (!t || !t->eligible || t->amount.fen() <= 0)
                    return Error {
                        ErrorCode::Conflict,
                        toStd(tr("The rules give no temporary assistance for this request "
                                 "as recorded: refuse it or correct the request.")),
                        "amount"};
                r.approvedAmount = t->amount;
                // Street-level amounts come out of the reserve fund; county and
                // 一事一议 amounts are paid by the county (only recorded here).
                if (t->level == ApprovalLevel::Street) {
                    const Money due = t->amount - r.prepaidAmount;
                    if (auto paid = payFromReserve(
                            r, due, user, on,
                            toStd(tr("Temporary assistance, application %1")
                                      .arg(QString::fromStdString(r.applicationNo))));
                        !paid.ok())
                        return paid;
                }
            } else if (auto granted = grant(r, *assessed, user, on); !granted.ok()) {
                return granted;
            }
            audit.append(session,
                         {AuditAction::ApplicationGrant,
                          "application",
                          std::to_string(r.id),
                          {{"application_no", r.applicationNo},
                           {"amount", r.approvedAmount->toString()},
                           {"first_month", r.firstMonth->toString()}}});
            return okStatus();
        });
}

Status ApplicationService::refuse(const Session &session, std::int64_t id,
                                  const std::string &reasons, const Date &on)
{
    if (reasons.empty())
        return refusal("reasons", tr("A refusal needs its reasons in writing."));
    return transition(session, id, ApplicationStep::Refuse, on, reasons, Action::DecideApplication,
                      [&](ApplicationRecord &r, AuditLog &, const UserRecord &user) -> Status {
                          if (auto ok = checkDecider(r, user, false); !ok.ok())
                              return ok;
                          r.decidedOn = on;
                          r.decidedById = user.id;
                          r.decisionReasons = reasons;
                          return okStatus();
                      });
}

Result<Money> ApplicationService::prepay(const Session &session, std::int64_t id, const Date &on)
{
    return writeAs(
        session, Action::DecideApplication,
        [&](AuditLog &audit, const UserRecord &user) -> Result<Money> {
            storage::ApplicationRepository apps(m_db);
            auto r = findApplication(apps, id);
            if (!r.ok())
                return r.error();
            if (r->programme != ApplicationProgramme::TemporaryEmergency)
                return Error {
                    ErrorCode::Conflict,
                    toStd(tr("Only emergency temporary assistance is paid first (先行救助).")),
                    "programme"};
            if (isFinal(r->state) || r->state == ApplicationState::Submitted ||
                r->state == ApplicationState::Returned)
                return Error {
                    ErrorCode::Conflict,
                    toStd(tr("先行救助 is paid on an accepted application not yet decided.")),
                    "state"};
            if (r->prepaidAmount.fen() > 0)
                return Error {ErrorCode::Conflict,
                              toStd(tr("This application has been paid first already.")), "state"};
            if (r->enteredById == user.id)
                return Error {ErrorCode::PermissionDenied,
                              toStd(tr("%1 entered this application and may not decide it "
                                       "(four-eyes rule).")
                                        .arg(QString::fromStdString(user.username))),
                              "decided_by"};
            if (on > m_clock.today() || on < r->receivedOn)
                return refusal("date", tr("The payment date lies between the request and today."));
            auto assessed = assessRecord(*r, on);
            if (!assessed.ok())
                return assessed.error();
            const auto &t = assessed->assessment.temporary;
            if (!t || !t->eligible || !t->prepayAllowed)
                return Error {ErrorCode::Conflict,
                              toStd(tr("先行救助 is only for amounts the street office may approve "
                                       "(TA-3).")),
                              "amount"};
            if (auto paid =
                    payFromReserve(*r, t->amount, user, on,
                                   toStd(tr("先行救助, application %1")
                                             .arg(QString::fromStdString(r->applicationNo))));
                !paid.ok())
                return paid.error();
            r->prepaidAmount = t->amount;
            r->updatedAt = m_clock.isoUtc();
            apps.update(*r);
            audit.append(session,
                         {AuditAction::ApplicationPrepay,
                          "application",
                          std::to_string(id),
                          {{"application_no", r->applicationNo},
                           {"amount", t->amount.toString()},
                           {"on", on.toString()}}});
            return t->amount;
        });
}

} // namespace relief::services
