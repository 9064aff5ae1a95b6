#pragma once

// Applications from intake to decision (policy-rules §7–§8): 受理 with its
// checklist, investigation (home visits, cross-department checks), 街道审核
// against the rules' assessment, 公示, and 审批 by a supervisor who neither
// entered nor investigated the case — a grant records cases and decisions (PR-1),
// temporary assistance approved at street level pays from the reserve fund.
// Every step is role-checked, validated against the workflow and audited.

#include "application_types.h"
#include "services/service_base.h"

#include <QCoreApplication>

#include <functional>

namespace relief::storage {
class ApplicationRepository;
}

namespace relief::services {

// RV-2: a home visit of the investigation by two staff, the applicant seen in
// person, family and staff signed.
bool visitCountsForReview(const storage::VisitRecord &visit);

class ApplicationService : public ServiceBase
{
    Q_DECLARE_TR_FUNCTIONS(ApplicationService)

public:
    ApplicationService(storage::Database &db, const Clock &clock)
        : ServiceBase(db, clock)
    { }

    // Intake: registers the application (state submitted) with its checklist.
    Result<std::int64_t> submit(const Session &session, const NewApplication &input);
    // 受理: records the materials provided; complete → accepted (the §8 clock
    // starts), otherwise returned with the missing ones.
    Result<MaterialsOutcome> checkMaterials(const Session &session, std::int64_t id,
                                            const std::vector<Material> &provided, const Date &on);
    Status startInvestigation(const Session &session, std::int64_t id, const Date &on);
    Result<std::int64_t> recordVisit(const Session &session, std::int64_t id,
                                     const VisitInput &input);
    Result<std::int64_t> recordCrossCheck(const Session &session, std::int64_t id,
                                          const CrossCheckInput &input);
    // Check results of many applications from a CSV file, all or nothing: any bad
    // row and nothing is written (the report lists every bad row); a row already
    // on file is not written again, so re-importing a file changes nothing.
    Result<CheckImportReport> importCrossChecks(const Session &session, std::string_view bytes);
    // 街道审核: needs a home visit that counts (RV-2); stores the assessment.
    Status streetReview(const Session &session, std::int64_t id, const ReviewInput &input);
    Status startNotice(const Session &session, std::int64_t id, const Date &firstDay);
    // An objection during the notice sends the application back to investigation.
    Status recordObjection(const Session &session, std::int64_t id, const std::string &note,
                           const Date &on);
    // After the notice (from its 8th day), or straight after the review when
    // there is none.
    Status submitForApproval(const Session &session, std::int64_t id, const Date &on);
    Status approve(const Session &session, std::int64_t id, const std::string &note,
                   const Date &on);
    Status refuse(const Session &session, std::int64_t id, const std::string &reasons,
                  const Date &on);
    Status withdraw(const Session &session, std::int64_t id, const std::string &reason,
                    const Date &on);
    // The 不予批准告知书 was handed over (stops the refusal-notice deadline).
    Status recordRefusalNotice(const Session &session, std::int64_t id, const Date &on);
    // A recorded extension (dibao, 特困: 45 working days in all).
    Status recordExtension(const Session &session, std::int64_t id, const std::string &reason);
    // 先行救助: emergency assistance the street office may approve, paid at once
    // from the reserve fund; the later approval does not pay it again.
    Result<Money> prepay(const Session &session, std::int64_t id, const Date &on);

    Result<ApplicationView> application(const Session &session, std::int64_t id);
    Result<std::vector<storage::ApplicationRecord>> ofHousehold(const Session &session,
                                                                std::int64_t householdId);
    // Newest first, a page of those the filter lets through.
    Result<std::vector<storage::ApplicationRecord>>
    list(const Session &session, const storage::ApplicationListFilter &filter, int limit,
         int offset);
    // The same with the household, applicant and community names (one query a
    // page): the applications list and the 近亲属 register.
    Result<std::vector<ApplicationListRow>> listRows(const Session &session,
                                                     const storage::ApplicationListFilter &filter,
                                                     int limit, int offset);
    // How many applications the filter lets through.
    Result<std::int64_t> countRows(const Session &session,
                                   const storage::ApplicationListFilter &filter);
    // The public notice (公示名单): applications on notice, of one community or all,
    // by community and number; names masked.
    Result<std::vector<NoticeRow>> noticeList(const Session &session,
                                              std::optional<std::int64_t> communityId);
    // Active caseworkers and supervisors, by name: who can be chosen as visit staff.
    Result<std::vector<StaffMember>> staff(const Session &session);
    // What the rules give the application if decided on `on` (the panel of 街道审核).
    Result<ApplicationAssessment> assess(const Session &session, std::int64_t id, const Date &on);
    // The workbench (工作台): open deadlines, notices ending, approvals waiting and
    // emergency requests, most urgent first.
    Result<std::vector<TaskItem>> tasks(const Session &session, const Date &today);

private:
    struct Step;
    Status transition(const Session &session, std::int64_t id, ApplicationStep step, const Date &on,
                      const std::string &note, Action action,
                      const std::function<Status(storage::ApplicationRecord &, AuditLog &,
                                                 const storage::UserRecord &)> &apply);
    Result<ApplicationAssessment> assessRecord(const storage::ApplicationRecord &record,
                                               const Date &on);
    Status checkDecider(const storage::ApplicationRecord &record, const storage::UserRecord &user,
                        bool approving);
    Status grant(storage::ApplicationRecord &record, const ApplicationAssessment &assessed,
                 const storage::UserRecord &user, const Date &on);
    Status payFromReserve(storage::ApplicationRecord &record, Money amount,
                          const storage::UserRecord &user, const Date &on, const std::string &note);
    Error refusal(const char *field, const QString &message) const;
    // What keeps `step` from being taken on `on` although the state allows it: the
    // street review without a visit that counts (RV-2), the approval during the
    // notice. One check for the write and for the view's heldSteps.
    std::optional<StepHold> hold(const storage::ApplicationRecord &r, ApplicationStep step,
                                 const std::vector<storage::VisitRecord> &visits,
                                 const Date &on) const;
    Result<storage::ApplicationRecord> findApplication(storage::ApplicationRepository &apps,
                                                       std::int64_t id) const;
    Result<storage::ApplicationRecord> findApplication(storage::ApplicationRepository &&apps,
                                                       std::int64_t id) const
    {
        return findApplication(apps, id);
    }
};

} // namespace relief::services
