#include "application_service.h"

#include "application_text.h"
#include "services/policy/policy_service.h"

#include "domain/registry/registry_types.h"
#include "storage/applications/application_repository.h"
#include "storage/registry/case_repository.h"
#include "storage/registry/household_repository.h"
#include "storage/registry/person_repository.h"

#include <QDateTime>

#include <algorithm>
#include <set>

namespace relief::services {

using storage::ApplicationRecord;
using storage::UserRecord;

namespace {

nlohmann::json materialList(const std::vector<Material> &materials)
{
    nlohmann::json out = nlohmann::json::array();
    for (Material m : materials)
        out.push_back(std::string(materialKey(m)));
    return out;
}

// The programme of an existing active case that an application for `p` would
// duplicate.
std::vector<CaseProgramme> duplicatedBy(ApplicationProgramme p)
{
    switch (p) {
    case ApplicationProgramme::Dibao:
        return {CaseProgramme::Dibao};
    case ApplicationProgramme::Tekun:
        return {CaseProgramme::Tekun};
    case ApplicationProgramme::ChildAllowance:
        return {CaseProgramme::ChildAllowance};
    case ApplicationProgramme::DisabilitySubsidy:
    case ApplicationProgramme::TemporaryExpenditure:
    case ApplicationProgramme::TemporaryEmergency:
        break;
    }
    return {};
}

bool isDateTime(const std::string &text)
{
    return QDateTime::fromString(QString::fromStdString(text), QStringLiteral("yyyy-MM-ddTHH:mm"))
        .isValid();
}

} // namespace

Error ApplicationService::refusal(const char *field, const QString &message) const
{
    return Error {ErrorCode::InvalidInput, toStd(message), field};
}

std::optional<StepHold> ApplicationService::hold(const ApplicationRecord &r, ApplicationStep step,
                                                 const std::vector<storage::VisitRecord> &visits,
                                                 const Date &on) const
{
    switch (step) {
    case ApplicationStep::StreetReview:
        if (std::none_of(visits.begin(), visits.end(), visitCountsForReview))
            return StepHold {step,
                             toStd(tr("The review needs a home visit by two staff who saw the "
                                      "applicant in person, signed by the family and the staff "
                                      "(RV-2).")),
                             std::nullopt};
        break;
    case ApplicationStep::SubmitForApproval:
        if (r.noticeStartedOn) {
            auto policy = PolicyService(m_db, m_clock).inForceOn(*r.noticeStartedOn);
            const int days = policy.ok() ? policy->deadlines.noticeCalendarDays : 7;
            const NoticePeriod period = noticePeriod(*r.noticeStartedOn, days);
            if (on < period.canMoveOnFrom)
                return StepHold {
                    step,
                    toStd(tr("The notice runs through %1; the application can go "
                             "for approval from %2.")
                              .arg(QString::fromStdString(period.lastDay.toString()),
                                   QString::fromStdString(period.canMoveOnFrom.toString()))),
                    period.canMoveOnFrom};
        } else if (r.reviewedOn && on < *r.reviewedOn) {
            return StepHold {step,
                             toStd(tr("The application cannot go for approval before its review.")),
                             *r.reviewedOn};
        }
        break;
    default:
        break;
    }
    return std::nullopt;
}

Result<ApplicationRecord> ApplicationService::findApplication(storage::ApplicationRepository &apps,
                                                              std::int64_t id) const
{
    if (auto r = apps.findById(id))
        return *r;
    return Error {ErrorCode::NotFound, toStd(tr("The application no longer exists.")),
                  "application"};
}

Result<std::int64_t> ApplicationService::submit(const Session &session, const NewApplication &in)
{
    return writeAs(
        session, Action::HandleApplication,
        [&](AuditLog &audit, const UserRecord &user) -> Result<std::int64_t> {
            storage::HouseholdRepository households(m_db);
            const auto household = households.findById(in.householdId);
            if (!household)
                return Error {ErrorCode::NotFound, toStd(tr("The household no longer exists.")),
                              "household"};
            if (in.receivedOn > m_clock.today())
                return refusal("received_on", tr("The date received cannot be in the future."));
            if (in.personId) {
                const auto member = households.activeMembershipOf(*in.personId);
                if (!member || member->householdId != in.householdId)
                    return refusal("person",
                                   tr("The person applied for is not a current member of the "
                                      "household."));
            }
            const bool personal = in.programme == ApplicationProgramme::Tekun ||
                in.programme == ApplicationProgramme::ChildAllowance ||
                in.programme == ApplicationProgramme::DisabilitySubsidy;
            if (personal && !in.personId)
                return refusal("person", tr("Choose the member this application is for."));
            if (in.programme == ApplicationProgramme::TemporaryEmergency) {
                if (!in.requestedAt || !isDateTime(*in.requestedAt))
                    return refusal("requested_at",
                                   tr("Give the date and time the emergency request came "
                                      "(YYYY-MM-DDTHH:MM): the 24-hour clock runs from it."));
                if (in.tempMonths < 1)
                    return refusal("temp_months",
                                   tr("Give the months of the standard requested (at least 1)."));
            }
            if (in.programme == ApplicationProgramme::TemporaryExpenditure &&
                in.tempExpense.fen() <= 0)
                return refusal("temp_expense", tr("Give the rigid expense the household faces."));
            if (isTemporary(in.programme) && in.tempSpecial && in.reason.empty())
                return refusal(
                    "reason",
                    tr("A 一事一议 request needs its reason written in the application."));
            if (in.staffRelated && in.staffRelation.empty())
                return refusal("staff_relation",
                               tr("Name the staff member the applicant is related to, and how."));
            storage::CaseRepository cases(m_db);
            for (CaseProgramme p : duplicatedBy(in.programme)) {
                const std::optional<std::int64_t> person =
                    isHouseholdProgramme(p) ? std::nullopt : in.personId;
                if (cases.findActive(in.householdId, person, p))
                    return Error {ErrorCode::Conflict,
                                  toStd(person ? tr("The person already receives this "
                                                    "assistance: record a change on the case "
                                                    "instead of a new application.")
                                               : tr("The household already receives this "
                                                    "assistance: record a change on the case "
                                                    "instead of a new application.")),
                                  "programme"};
            }
            storage::ApplicationRepository apps(m_db);
            for (const auto &open : apps.ofHousehold(in.householdId))
                if (!isFinal(open.state) && open.programme == in.programme &&
                    open.personId == in.personId)
                    return Error {ErrorCode::Conflict,
                                  toStd(tr("Application %1 for the same assistance is still open.")
                                            .arg(QString::fromStdString(open.applicationNo))),
                                  "programme"};

            ApplicationRecord r;
            r.applicationNo = apps.nextNumber(in.receivedOn.year());
            r.householdId = in.householdId;
            r.personId = in.personId;
            r.programme = in.programme;
            r.channel = in.channel;
            r.receivedOn = in.receivedOn;
            r.requestedAt = in.programme == ApplicationProgramme::TemporaryEmergency
                ? in.requestedAt
                : std::nullopt;
            r.reason = in.reason;
            r.staffRelated = in.staffRelated;
            r.staffRelation = in.staffRelated ? in.staffRelation : std::string();
            if (isTemporary(in.programme)) {
                r.tempMonths = in.tempMonths;
                r.tempExpense = in.tempExpense;
                r.tempReimbursed = in.tempReimbursed;
                r.tempOtherAid = in.tempOtherAid;
                r.tempSpecial = in.tempSpecial;
            }
            r.enteredById = user.id;
            r.isDemo = household->isDemo;
            r.createdAt = r.updatedAt = m_clock.isoUtc();
            r.id = apps.insert(r);
            std::vector<std::pair<Material, bool>> checklist;
            for (Material m : requiredMaterials(in.programme))
                checklist.emplace_back(m,
                                       std::find(in.materialsProvided.begin(),
                                                 in.materialsProvided.end(),
                                                 m) != in.materialsProvided.end());
            apps.setMaterials(r.id, checklist);
            audit.append(session,
                         {AuditAction::ApplicationSubmit,
                          "application",
                          std::to_string(r.id),
                          {{"application_no", r.applicationNo},
                           {"household_id", r.householdId},
                           {"programme", std::string(applicationProgrammeKey(r.programme))},
                           {"channel", std::string(applicationChannelKey(r.channel))},
                           {"received_on", r.receivedOn.toString()},
                           {"staff_related", r.staffRelated}}});
            return r.id;
        });
}

Status ApplicationService::transition(
    const Session &session, std::int64_t id, ApplicationStep step, const Date &on,
    const std::string &note, Action action,
    const std::function<Status(ApplicationRecord &, AuditLog &, const UserRecord &)> &apply)
{
    return writeAs(session, action, [&](AuditLog &audit, const UserRecord &user) -> Status {
        storage::ApplicationRepository apps(m_db);
        auto record = findApplication(apps, id);
        if (!record.ok())
            return record.error();
        const bool recommendsApproval =
            record->reviewRecommends != storage::ReviewRecommendation::Refuse;
        const auto next = nextState(record->programme, record->state, step, recommendsApproval);
        if (!next)
            return Error {
                ErrorCode::Conflict,
                toStd(tr("Application %1 is at “%2”: it cannot be %3 now.")
                          .arg(QString::fromStdString(record->applicationNo),
                               ApplicationText::state(record->state), ApplicationText::step(step))),
                "state"};
        if (on > m_clock.today())
            return refusal("date", tr("The date of a step cannot be in the future."));
        if (on < record->receivedOn)
            return refusal("date",
                           tr("The date of a step cannot be before the application was "
                              "received (%1).")
                               .arg(QString::fromStdString(record->receivedOn.toString())));
        const ApplicationState from = record->state;
        record->state = *next;
        if (auto applied = apply(*record, audit, user); !applied.ok())
            return applied;
        record->updatedAt = m_clock.isoUtc();
        apps.update(*record);
        storage::ApplicationEventRecord event;
        event.applicationId = id;
        event.step = step;
        event.from = from;
        event.to = record->state;
        event.onDate = on;
        event.at = record->updatedAt;
        event.userId = user.id;
        event.username = user.username;
        event.note = note;
        apps.insertEvent(event);
        audit.append(session,
                     {auditActionOf(step),
                      "application",
                      std::to_string(id),
                      {{"application_no", record->applicationNo},
                       {"from", std::string(applicationStateKey(from))},
                       {"to", std::string(applicationStateKey(record->state))},
                       {"on", on.toString()},
                       {"note", note}}});
        return okStatus();
    });
}

Result<MaterialsOutcome> ApplicationService::checkMaterials(const Session &session, std::int64_t id,
                                                            const std::vector<Material> &provided,
                                                            const Date &on)
{
    ApplicationProgramme programme = ApplicationProgramme::Dibao;
    {
        auto found = read(session, Action::HandleApplication, [&]() -> Result<ApplicationRecord> {
            auto r = findApplication(storage::ApplicationRepository(m_db), id);
            if (!r.ok())
                return r.error();
            return *r;
        });
        if (!found.ok())
            return found.error();
        programme = found->programme;
    }
    MaterialsOutcome outcome;
    outcome.missing = missingMaterials(programme, provided);
    const ApplicationStep step =
        outcome.missing.empty() ? ApplicationStep::Accept : ApplicationStep::Return;
    const std::string note =
        outcome.missing.empty() ? std::string() : materialList(outcome.missing).dump();
    auto done =
        transition(session, id, step, on, note, Action::HandleApplication,
                   [&](ApplicationRecord &r, AuditLog &, const UserRecord &) -> Status {
                       std::vector<std::pair<Material, bool>> checklist;
                       for (Material m : requiredMaterials(r.programme))
                           checklist.emplace_back(
                               m, std::find(provided.begin(), provided.end(), m) != provided.end());
                       storage::ApplicationRepository(m_db).setMaterials(id, checklist);
                       if (step == ApplicationStep::Accept)
                           r.acceptedOn = on;
                       outcome.state = r.state;
                       return okStatus();
                   });
    if (!done.ok())
        return done.error();
    return outcome;
}

Status ApplicationService::startInvestigation(const Session &session, std::int64_t id,
                                              const Date &on)
{
    return transition(
        session, id, ApplicationStep::StartInvestigation, on, {}, Action::HandleApplication,
        [&](ApplicationRecord &r, AuditLog &, const UserRecord &) -> Status {
            if (r.acceptedOn && on < *r.acceptedOn)
                return refusal("date", tr("The investigation cannot start before acceptance."));
            r.investigationStartedOn = on;
            return okStatus();
        });
}

Status ApplicationService::startNotice(const Session &session, std::int64_t id,
                                       const Date &firstDay)
{
    return transition(
        session, id, ApplicationStep::StartNotice, firstDay, {}, Action::HandleApplication,
        [&](ApplicationRecord &r, AuditLog &, const UserRecord &) -> Status {
            if (r.reviewedOn && firstDay < *r.reviewedOn)
                return refusal("date", tr("The notice cannot start before the street review."));
            r.noticeStartedOn = firstDay;
            return okStatus();
        });
}

Status ApplicationService::recordObjection(const Session &session, std::int64_t id,
                                           const std::string &note, const Date &on)
{
    if (note.empty())
        return refusal("note", tr("Write down the objection: who raised it and what it says."));
    return transition(
        session, id, ApplicationStep::Object, on, note, Action::HandleApplication,
        [&](ApplicationRecord &r, AuditLog &, const UserRecord &) -> Status {
            if (r.noticeStartedOn && on < *r.noticeStartedOn)
                return refusal("date", tr("An objection cannot come before the notice started."));
            // The review must be done again on what the new investigation finds.
            r.reviewedOn.reset();
            r.reviewRecommends.reset();
            r.reviewAmount.reset();
            r.noticeStartedOn.reset();
            return okStatus();
        });
}

Status ApplicationService::submitForApproval(const Session &session, std::int64_t id,
                                             const Date &on)
{
    return transition(session, id, ApplicationStep::SubmitForApproval, on, {},
                      Action::HandleApplication,
                      [&](ApplicationRecord &r, AuditLog &, const UserRecord &) -> Status {
                          if (auto held = hold(r, ApplicationStep::SubmitForApproval, {}, on))
                              return Error {ErrorCode::InvalidInput, held->reason, "date"};
                          r.pendingApprovalOn = on;
                          return okStatus();
                      });
}

Status ApplicationService::withdraw(const Session &session, std::int64_t id,
                                    const std::string &reason, const Date &on)
{
    if (reason.empty())
        return refusal("reason", tr("Give the reason for the withdrawal."));
    return transition(session, id, ApplicationStep::Withdraw, on, reason,
                      Action::WithdrawApplication,
                      [&](ApplicationRecord &r, AuditLog &, const UserRecord &) -> Status {
                          r.withdrawReason = reason;
                          r.decidedOn = on;
                          return okStatus();
                      });
}

Status ApplicationService::recordRefusalNotice(const Session &session, std::int64_t id,
                                               const Date &on)
{
    return writeAs(
        session, Action::HandleApplication, [&](AuditLog &audit, const UserRecord &) -> Status {
            storage::ApplicationRepository apps(m_db);
            auto r = findApplication(apps, id);
            if (!r.ok())
                return r.error();
            if (r->state != ApplicationState::Refused)
                return Error {ErrorCode::Conflict,
                              toStd(tr("Only a refused application has a refusal notice.")),
                              "state"};
            if (on > m_clock.today() || (r->decidedOn && on < *r->decidedOn))
                return refusal(
                    "date", tr("The refusal notice is handed over between the refusal and today."));
            r->refusalNoticeIssuedOn = on;
            r->updatedAt = m_clock.isoUtc();
            apps.update(*r);
            audit.append(session,
                         {AuditAction::ApplicationRefusalNotice,
                          "application",
                          std::to_string(id),
                          {{"application_no", r->applicationNo}, {"on", on.toString()}}});
            return okStatus();
        });
}

Status ApplicationService::recordExtension(const Session &session, std::int64_t id,
                                           const std::string &reason)
{
    if (reason.empty())
        return refusal("reason", tr("Give the reason for extending the time limit."));
    return writeAs(
        session, Action::HandleApplication, [&](AuditLog &audit, const UserRecord &) -> Status {
            storage::ApplicationRepository apps(m_db);
            auto r = findApplication(apps, id);
            if (!r.ok())
                return r.error();
            if (isFinal(r->state))
                return Error {ErrorCode::Conflict,
                              toStd(tr("A decided application needs no extension.")), "state"};
            if (r->programme != ApplicationProgramme::Dibao &&
                r->programme != ApplicationProgramme::Tekun)
                return Error {ErrorCode::Conflict,
                              toStd(tr("Only dibao and 特困 applications may be extended (§8).")),
                              "programme"};
            r->extended = true;
            r->extensionReason = reason;
            r->updatedAt = m_clock.isoUtc();
            apps.update(*r);
            audit.append(session,
                         {AuditAction::ApplicationExtend,
                          "application",
                          std::to_string(id),
                          {{"application_no", r->applicationNo}, {"reason", reason}}});
            return okStatus();
        });
}

} // namespace relief::services
