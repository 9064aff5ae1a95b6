// Investigation and street review: home visits (RV-2), cross-department checks,
// and the review against what the rules give (DA-3).

#include "application_service.h"

#include "services/policy/policy_service.h"
#include "services/registry/rules_household.h"

#include "domain/rules/assess.h"
#include "domain/rules/assess_request.h"
#include "domain/rules/assessment_json.h"
#include "storage/applications/application_repository.h"

#include <algorithm>
#include <set>

namespace relief::services {

using storage::ApplicationRecord;
using storage::UserRecord;

namespace {

bool countsForReview(const storage::VisitRecord &v)
{
    return v.stage == storage::VisitStage::Investigation && v.kind == storage::VisitKind::Home &&
        v.staffIds.size() >= 2 && v.beneficiarySeen && v.familySigned && v.staffSigned;
}

// The rules' amount for what the application asks (the member it is for, when one).
Money amountFor(const ApplicationRecord &r, const Assessment &a, std::optional<int> member)
{
    auto sum = [&](const std::vector<MemberAmount> &lines) {
        Money total;
        for (const auto &l : lines)
            if (!member || l.member == *member)
                total += l.monthly;
        return total;
    };
    switch (r.programme) {
    case ApplicationProgramme::Dibao:
        if (a.classification == Classification::Dibao)
            return a.dibao.monthly;
        if (a.classification == Classification::SinglePerson)
            return sum(a.singlePerson);
        return Money();
    case ApplicationProgramme::Tekun: {
        Money total;
        for (const auto &t : a.tekun)
            if (t.eligible && (!member || t.member == *member))
                total += t.monthly;
        return total;
    }
    case ApplicationProgramme::ChildAllowance:
        return sum(a.childAllowance);
    case ApplicationProgramme::DisabilitySubsidy:
        return sum(a.disabilityLiving) + sum(a.disabilityCare);
    case ApplicationProgramme::TemporaryExpenditure:
    case ApplicationProgramme::TemporaryEmergency:
        if (a.temporary && a.temporary->eligible)
            return a.temporary->amount;
        return Money();
    }
    return Money();
}

} // namespace

bool visitCountsForReview(const storage::VisitRecord &v)
{
    return countsForReview(v);
}

Result<ApplicationAssessment> ApplicationService::assessRecord(const ApplicationRecord &r,
                                                               const Date &on)
{
    ApplicationAssessment out;
    out.firstMonth = YearMonth::of(on).next();
    // DA-3: the set in force on the first day of the effective month.
    auto policy = PolicyService(m_db, m_clock).inForceForMonth(out.firstMonth);
    if (!policy.ok())
        return policy.error();
    auto loaded = loadRulesHousehold(m_db, r.householdId, on);
    if (!loaded)
        return Error {ErrorCode::NotFound, toStd(tr("The household no longer exists.")),
                      "household"};
    std::optional<int> member;
    if (r.personId) {
        const auto it = std::find(loaded->personIds.begin(), loaded->personIds.end(), *r.personId);
        if (it == loaded->personIds.end())
            return refusal("person",
                           tr("The person applied for is no longer a member of the household."));
        member = static_cast<int>(it - loaded->personIds.begin());
    }
    for (const auto &m : loaded->household.members)
        out.names.push_back(m.name);
    out.personIds = loaded->personIds;
    AssessRequest request;
    request.asOf = on;
    request.household = std::move(loaded->household);
    if (isTemporary(r.programme)) {
        TemporaryRequest t;
        t.type = r.programme == ApplicationProgramme::TemporaryEmergency
            ? TemporaryType::Emergency
            : TemporaryType::Expenditure;
        t.months = r.tempMonths;
        t.expense = r.tempExpense;
        t.reimbursed = r.tempReimbursed;
        t.otherAid = r.tempOtherAid;
        t.special = r.tempSpecial;
        request.temporary = t;
    }
    // assess() turns a figure too large to compute into an error, not an exception.
    auto assessed = relief::assess(request, &*policy, currentLang());
    if (!assessed.ok())
        return assessed.error();
    out.assessment = std::move(*assessed);
    out.amount = amountFor(r, out.assessment, member);
    return out;
}

Result<ApplicationAssessment> ApplicationService::assess(const Session &session, std::int64_t id,
                                                         const Date &on)
{
    return read(session, Action::ViewApplications, [&]() -> Result<ApplicationAssessment> {
        auto r = findApplication(storage::ApplicationRepository(m_db), id);
        if (!r.ok())
            return r.error();
        return assessRecord(*r, on);
    });
}

Result<std::int64_t> ApplicationService::recordVisit(const Session &session, std::int64_t id,
                                                     const VisitInput &in)
{
    return writeAs(
        session, Action::HandleApplication,
        [&](AuditLog &audit, const UserRecord &user) -> Result<std::int64_t> {
            storage::ApplicationRepository apps(m_db);
            auto r = findApplication(apps, id);
            if (!r.ok())
                return r.error();
            const bool approvalStage = in.stage == storage::VisitStage::Approval;
            const ApplicationState expected =
                approvalStage ? ApplicationState::PendingApproval : ApplicationState::Investigating;
            if (r->state != expected)
                return Error {ErrorCode::Conflict,
                              toStd(approvalStage
                                        ? tr("The approval-stage home visit is made while the "
                                             "application awaits approval.")
                                        : tr("Visits are recorded while the application is under "
                                             "investigation.")),
                              "state"};
            if (in.visitedOn > m_clock.today())
                return refusal("visited_on", tr("The visit date cannot be in the future."));
            if (in.visitedOn < r->receivedOn)
                return refusal("visited_on",
                               tr("The visit date cannot be before the application was received."));
            const std::set<std::int64_t> staff(in.staffIds.begin(), in.staffIds.end());
            if (staff.empty())
                return refusal("staff", tr("Choose the staff who made the visit."));
            if (in.kind == storage::VisitKind::Home && staff.size() < 2)
                return refusal("staff", tr("A home visit is made by at least two staff (RV-2)."));
            storage::UserRepository users(m_db);
            bool supervisorPresent = false;
            for (std::int64_t s : staff) {
                const auto u = users.findById(s);
                if (!u || !u->active)
                    return refusal("staff", tr("A staff member chosen is not an active user."));
                supervisorPresent = supervisorPresent || u->roles.count(Role::Supervisor);
            }
            if (approvalStage && (in.kind != storage::VisitKind::Home || !supervisorPresent))
                return refusal("staff",
                               tr("The extra visit for an applicant related to staff is a home "
                                  "visit by a supervisor."));
            storage::VisitRecord v;
            v.applicationId = id;
            v.stage = in.stage;
            v.kind = in.kind;
            v.visitedOn = in.visitedOn;
            v.beneficiarySeen = in.beneficiarySeen;
            v.familySigned = in.familySigned;
            v.staffSigned = in.staffSigned;
            v.livingConditions = in.livingConditions;
            v.health = in.health;
            v.employability = in.employability;
            v.notes = in.notes;
            v.staffIds.assign(staff.begin(), staff.end());
            v.recordedById = user.id;
            v.createdAt = m_clock.isoUtc();
            const std::int64_t visitId = apps.insertVisit(v);
            audit.append(
                session,
                {AuditAction::ApplicationVisit,
                 "application",
                 std::to_string(id),
                 {{"application_no", r->applicationNo},
                  {"visit_id", visitId},
                  {"stage", std::string(storage::kVisitStageKeys[static_cast<int>(in.stage)])},
                  {"kind", std::string(storage::kVisitKindKeys[static_cast<int>(in.kind)])},
                  {"visited_on", in.visitedOn.toString()},
                  {"staff", v.staffIds},
                  {"counts", countsForReview(v)}}});
            return visitId;
        });
}

Result<std::int64_t> ApplicationService::recordCrossCheck(const Session &session, std::int64_t id,
                                                          const CrossCheckInput &in)
{
    return writeAs(
        session, Action::HandleApplication,
        [&](AuditLog &audit, const UserRecord &user) -> Result<std::int64_t> {
            storage::ApplicationRepository apps(m_db);
            auto r = findApplication(apps, id);
            if (!r.ok())
                return r.error();
            if (r->state != ApplicationState::Investigating &&
                r->state != ApplicationState::Accepted)
                return Error {ErrorCode::Conflict,
                              toStd(tr("Check results are recorded while the application is under "
                                       "investigation.")),
                              "state"};
            if (in.checkedOn > m_clock.today())
                return refusal("checked_on", tr("The check date cannot be in the future."));
            if (in.result == storage::CheckResult::Discrepancy && in.note.empty())
                return refusal("note", tr("Describe the discrepancy the department found."));
            storage::CrossCheckRecord c;
            c.applicationId = id;
            c.department = in.department;
            c.result = in.result;
            c.note = in.note;
            c.checkedOn = in.checkedOn;
            c.recordedById = user.id;
            c.createdAt = m_clock.isoUtc();
            const std::int64_t checkId = apps.insertCheck(c);
            audit.append(
                session,
                {AuditAction::ApplicationCrossCheck,
                 "application",
                 std::to_string(id),
                 {{"application_no", r->applicationNo},
                  {"department",
                   std::string(storage::kDepartmentKeys[static_cast<int>(in.department)])},
                  {"result", std::string(storage::kCheckResultKeys[static_cast<int>(in.result)])},
                  {"checked_on", in.checkedOn.toString()}}});
            return checkId;
        });
}

Status ApplicationService::streetReview(const Session &session, std::int64_t id,
                                        const ReviewInput &in)
{
    if (in.opinion.empty())
        return refusal("opinion", tr("Write the street office's review opinion."));
    return transition(
        session, id, ApplicationStep::StreetReview, in.reviewedOn, in.opinion,
        Action::HandleApplication,
        [&](ApplicationRecord &r, AuditLog &, const UserRecord &) -> Status {
            storage::ApplicationRepository apps(m_db);
            const auto visits = apps.visits(id);
            if (auto held = hold(r, ApplicationStep::StreetReview, visits, in.reviewedOn))
                return Error {ErrorCode::InvalidInput, held->reason, "visits"};
            auto assessed = assessRecord(r, in.reviewedOn);
            if (!assessed.ok())
                return assessed.error();
            const bool rulesGrant = assessed->amount.fen() > 0;
            const bool recommendsApproval = in.recommends == storage::ReviewRecommendation::Approve;
            if (rulesGrant != recommendsApproval && in.disagreement.empty())
                return refusal("disagreement",
                               rulesGrant
                                   ? tr("The rules grant %1 a month; recommending refusal "
                                        "needs a written reason.")
                                         .arg(QString::fromStdString(assessed->amount.toString()))
                                   : tr("The rules give nothing for this application as "
                                        "recorded; recommending approval needs a written "
                                        "reason."));
            // The state follows the recommendation: a recommended refusal goes to
            // approval without a notice (nextState with the new recommendation).
            r.reviewRecommends = in.recommends;
            r.reviewedOn = in.reviewedOn;
            r.reviewOpinion = in.opinion;
            r.reviewDisagreement =
                rulesGrant != recommendsApproval ? in.disagreement : std::string();
            r.reviewAmount = assessed->amount;
            r.reviewAssessment = assessmentToJson(assessed->assessment);
            return okStatus();
        });
}

} // namespace relief::services
