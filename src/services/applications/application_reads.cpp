// Reading applications: the full view of one, lists, and the workbench tasks.

#include "application_service.h"

#include "services/office/holiday_service.h"
#include "services/office/office_settings_service.h"
#include "services/policy/policy_service.h"

#include "domain/mask.h"
#include "storage/applications/application_repository.h"
#include "storage/applications/reserve_fund_repository.h"
#include "storage/registry/case_repository.h"
#include "storage/registry/community_repository.h"
#include "storage/registry/household_repository.h"
#include "storage/registry/person_repository.h"

#include <QDateTime>

#include <algorithm>
#include <map>
#include <set>

namespace relief::services {

using storage::ApplicationRecord;

namespace {

ApplicationDates datesOf(const ApplicationRecord &r)
{
    ApplicationDates d;
    d.acceptedOn = r.acceptedOn;
    d.investigationStartedOn = r.investigationStartedOn;
    d.noticeStartedOn = r.noticeStartedOn;
    d.pendingApprovalOn = r.pendingApprovalOn;
    d.refusedOn = r.state == ApplicationState::Refused ? r.decidedOn : std::nullopt;
    d.refusalNoticeIssuedOn = r.refusalNoticeIssuedOn;
    return d;
}

} // namespace

Result<ApplicationView> ApplicationService::application(const Session &session, std::int64_t id)
{
    auto calendar = HolidayService(m_db, m_clock).calendar();
    if (!calendar.ok())
        return calendar.error();
    auto settings = OfficeSettingsService(m_db, m_clock).load();
    return read(session, Action::ViewApplications, [&]() -> Result<ApplicationView> {
        storage::ApplicationRepository apps(m_db);
        auto r = findApplication(apps, id);
        if (!r.ok())
            return r.error();
        ApplicationView v;
        v.record = *r;
        if (const auto h = storage::HouseholdRepository(m_db).findById(r->householdId)) {
            v.householdNo = h->householdNo;
            v.headName = h->headName;
            v.address = h->address;
            if (const auto c = storage::CommunityRepository(m_db).findById(h->communityId))
                v.communityName = c->name;
        }
        if (r->personId)
            if (const auto p = storage::PersonRepository(m_db).findById(*r->personId))
                v.personName = p->name;
        storage::UserRepository users(m_db);
        std::map<std::int64_t, std::string> names;
        auto nameOf = [&](std::int64_t userId) -> std::string {
            if (auto it = names.find(userId); it != names.end())
                return it->second;
            const auto u = users.findById(userId);
            const std::string name =
                u ? (u->displayName.empty() ? u->username : u->displayName) : std::string("?");
            names.emplace(userId, name);
            return name;
        };
        v.enteredBy = nameOf(r->enteredById);
        if (r->decidedById)
            v.decidedBy = nameOf(*r->decidedById);
        const auto stored = apps.materials(id);
        for (Material m : requiredMaterials(r->programme)) {
            bool provided = false;
            for (const auto &[sm, sp] : stored)
                if (sm == m)
                    provided = sp;
            v.materials.emplace_back(m, provided);
        }
        v.events = apps.events(id);
        for (auto &visit : apps.visits(id)) {
            VisitView vv;
            vv.countsForReview = visitCountsForReview(visit);
            for (std::int64_t s : visit.staffIds)
                vv.staffNames.push_back(nameOf(s));
            vv.record = std::move(visit);
            v.visits.push_back(std::move(vv));
        }
        v.checks = apps.checks(id);
        storage::CaseRepository cases(m_db);
        for (std::int64_t caseId : apps.caseIds(id))
            if (auto c = cases.findById(caseId))
                v.cases.push_back(*c);
        v.reservePayments = storage::ReserveFundRepository(m_db).paymentsFor(id);
        auto policy = PolicyService(m_db, m_clock).inForceOn(m_clock.today());
        if (policy.ok()) {
            DeadlineOptions options;
            options.delegated = settings.ok() && settings->streetApproves;
            options.extended = r->extended;
            v.deadlines = openDeadlines(r->programme, r->state, datesOf(*r), *calendar,
                                        policy->deadlines, options);
        }
        v.allowedSteps = allowedSteps(r->programme, r->state,
                                      r->reviewRecommends != storage::ReviewRecommendation::Refuse);
        std::vector<storage::VisitRecord> visits;
        for (const VisitView &vv : v.visits)
            visits.push_back(vv.record);
        for (ApplicationStep step : v.allowedSteps)
            if (auto held = hold(*r, step, visits, m_clock.today()))
                v.heldSteps.push_back(std::move(*held));
        return v;
    });
}

Result<std::vector<ApplicationRecord>> ApplicationService::ofHousehold(const Session &session,
                                                                       std::int64_t householdId)
{
    return read(session, Action::ViewApplications, [&]() -> Result<std::vector<ApplicationRecord>> {
        return storage::ApplicationRepository(m_db).ofHousehold(householdId);
    });
}

Result<std::vector<ApplicationRecord>>
ApplicationService::list(const Session &session, const storage::ApplicationListFilter &filter,
                         int limit, int offset)
{
    return read(session, Action::ViewApplications, [&]() -> Result<std::vector<ApplicationRecord>> {
        return storage::ApplicationRepository(m_db).list(filter, limit, offset);
    });
}

Result<std::vector<ApplicationListRow>>
ApplicationService::listRows(const Session &session, const storage::ApplicationListFilter &filter,
                             int limit, int offset)
{
    return read(
        session, Action::ViewApplications, [&]() -> Result<std::vector<ApplicationListRow>> {
            std::vector<ApplicationListRow> out;
            for (auto &r : storage::ApplicationRepository(m_db).listRows(filter, limit, offset)) {
                ApplicationListRow row;
                row.householdNo = std::move(r.householdNo);
                row.applicantName = r.personName.empty() ? r.headName : std::move(r.personName);
                row.headName = std::move(r.headName);
                row.communityName = std::move(r.communityName);
                row.record = std::move(r.record);
                out.push_back(std::move(row));
            }
            return out;
        });
}

Result<std::int64_t> ApplicationService::countRows(const Session &session,
                                                   const storage::ApplicationListFilter &filter)
{
    return read(session, Action::ViewApplications, [&]() -> Result<std::int64_t> {
        return storage::ApplicationRepository(m_db).count(filter);
    });
}

Result<std::vector<StaffMember>> ApplicationService::staff(const Session &session)
{
    return read(session, Action::ViewApplications, [&]() -> Result<std::vector<StaffMember>> {
        std::vector<StaffMember> out;
        for (const auto &u : storage::UserRepository(m_db).list())
            if (u.active && (u.roles.count(Role::Caseworker) || u.roles.count(Role::Supervisor)))
                out.push_back({u.id, u.username, u.displayName, u.roles});
        return out;
    });
}

Result<std::vector<NoticeRow>>
ApplicationService::noticeList(const Session &session, std::optional<std::int64_t> communityId)
{
    return read(session, Action::ViewApplications, [&]() -> Result<std::vector<NoticeRow>> {
        storage::ApplicationRepository apps(m_db);
        storage::HouseholdRepository households(m_db);
        storage::PersonRepository persons(m_db);
        std::map<std::int64_t, std::string> communityNames;
        for (const auto &c : storage::CommunityRepository(m_db).list())
            communityNames.emplace(c.id, c.name);
        auto policy = PolicyService(m_db, m_clock).inForceOn(m_clock.today());
        const int days = policy.ok() ? policy->deadlines.noticeCalendarDays : 7;
        std::vector<NoticeRow> out;
        storage::ApplicationListFilter onNotice;
        onNotice.states = {ApplicationState::Notice};
        for (const auto &r : apps.list(onNotice, 1000000, 0)) {
            const auto h = households.findById(r.householdId);
            if (!h || (communityId && h->communityId != *communityId))
                continue;
            NoticeRow row;
            row.applicationId = r.id;
            row.applicationNo = r.applicationNo;
            row.communityId = h->communityId;
            row.communityName = communityNames[h->communityId];
            std::string name = h->headName;
            if (r.personId)
                if (const auto p = persons.findById(*r.personId))
                    name = p->name;
            row.maskedName = maskName(name);
            row.householdSize = h->memberCount;
            row.programme = r.programme;
            row.amount = r.reviewAmount.value_or(Money());
            row.staffRelated = r.staffRelated;
            if (r.noticeStartedOn) {
                const NoticePeriod period = noticePeriod(*r.noticeStartedOn, days);
                row.firstDay = period.firstDay;
                row.lastDay = period.lastDay;
            }
            out.push_back(std::move(row));
        }
        std::stable_sort(out.begin(), out.end(), [](const NoticeRow &a, const NoticeRow &b) {
            if (a.communityName != b.communityName)
                return a.communityName < b.communityName;
            return a.applicationNo < b.applicationNo;
        });
        return out;
    });
}

Result<std::vector<TaskItem>> ApplicationService::tasks(const Session &session, const Date &today)
{
    auto calendar = HolidayService(m_db, m_clock).calendar();
    if (!calendar.ok())
        return calendar.error();
    auto settings = OfficeSettingsService(m_db, m_clock).load();
    auto policy = PolicyService(m_db, m_clock).inForceOn(today);
    if (!policy.ok())
        return policy.error();
    return read(session, Action::ViewApplications, [&]() -> Result<std::vector<TaskItem>> {
        storage::ApplicationRepository apps(m_db);
        storage::HouseholdRepository households(m_db);
        storage::CommunityRepository communities(m_db);
        std::map<std::int64_t, std::string> communityNames;
        for (const auto &c : communities.list())
            communityNames.emplace(c.id, c.name);
        const bool supervisor = session.has(Role::Supervisor);
        const auto nowSecs = m_clock.unixSeconds();
        std::vector<TaskItem> out;
        for (const auto &r : apps.open()) {
            TaskItem base;
            base.applicationId = r.id;
            base.applicationNo = r.applicationNo;
            base.programme = r.programme;
            base.state = r.state;
            if (const auto h = households.findById(r.householdId)) {
                base.headName = h->headName;
                base.communityName = communityNames[h->communityId];
            }
            std::set<std::int64_t> investigators;
            for (const auto &v : apps.visits(r.id))
                if (v.stage == storage::VisitStage::Investigation)
                    investigators.insert(v.staffIds.begin(), v.staffIds.end());
            const bool involved =
                r.enteredById == session.userId || investigators.count(session.userId);
            base.mine = involved;

            if (r.programme == ApplicationProgramme::TemporaryEmergency && r.requestedAt &&
                r.prepaidAmount.fen() == 0 && !isFinal(r.state)) {
                const QDateTime requested = QDateTime::fromString(
                    QString::fromStdString(*r.requestedAt), QStringLiteral("yyyy-MM-ddTHH:mm"));
                if (requested.isValid()) {
                    const qint64 dueSecs = requested.toSecsSinceEpoch() +
                        qint64(policy->deadlines.emergencyResponseHours) * 3600;
                    TaskItem t = base;
                    t.kind = TaskKind::Emergency;
                    t.minutesLeft = static_cast<int>((dueSecs - nowSecs) / 60);
                    const auto dueDate = Date::parse(QDateTime::fromSecsSinceEpoch(dueSecs)
                                                         .toString(Qt::ISODate)
                                                         .left(10)
                                                         .toStdString());
                    t.due = dueDate ? *dueDate : today;
                    t.urgency = *t.minutesLeft < 0 ? Urgency::Overdue : Urgency::DueSoon;
                    t.mine = involved || supervisor;
                    out.push_back(t);
                }
            }
            if (r.state == ApplicationState::PendingApproval) {
                TaskItem t = base;
                t.kind = TaskKind::AwaitingApproval;
                t.mine = supervisor && !involved;
                DeadlineOptions options;
                options.delegated = settings.ok() && settings->streetApproves;
                if (r.pendingApprovalOn)
                    if (auto d = deadlineFor(deadlineProgramme(r.programme), DeadlineStep::Approval,
                                             *r.pendingApprovalOn, *calendar, policy->deadlines,
                                             options)) {
                        t.due = d->due;
                        t.urgency = urgencyOn(today, *d, *calendar);
                    }
                out.push_back(t);
            }
            DeadlineOptions options;
            options.delegated = settings.ok() && settings->streetApproves;
            options.extended = r.extended;
            for (const auto &d : openDeadlines(r.programme, r.state, datesOf(r), *calendar,
                                               policy->deadlines, options)) {
                TaskItem t = base;
                t.kind =
                    d.step == DeadlineStep::Notice ? TaskKind::NoticeEnding : TaskKind::Deadline;
                t.step = d.step;
                t.due = d.deadline.due;
                t.urgency = urgencyOn(today, d.deadline, *calendar);
                out.push_back(t);
            }
        }
        // Most urgent first: overdue, due soon, on time; then by due date.
        std::stable_sort(out.begin(), out.end(), [](const TaskItem &a, const TaskItem &b) {
            if (a.urgency != b.urgency)
                return static_cast<int>(a.urgency) > static_cast<int>(b.urgency);
            return a.due < b.due;
        });
        return out;
    });
}

} // namespace relief::services
