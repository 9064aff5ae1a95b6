#pragma once

// What the application service takes and gives (policy-rules §7–§8).

#include "domain/accounts/role.h"
#include "domain/applications/application_deadlines.h"
#include "domain/rules/assessment.h"
#include "storage/applications/application_records.h"
#include "storage/registry/registry_records.h"

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace relief::services {

struct NewApplication
{
    std::int64_t householdId = 0;
    // The person it is for (特困, child allowance, disability subsidies: the member
    // concerned; nothing = the whole household).
    std::optional<std::int64_t> personId;
    ApplicationProgramme programme = ApplicationProgramme::Dibao;
    ApplicationChannel channel = ApplicationChannel::Window;
    Date receivedOn;
    // Emergency: when the request came, "YYYY-MM-DDTHH:MM" (local); the 24-hour
    // clock runs from it. Other programmes: nothing.
    std::optional<std::string> requestedAt;
    std::string reason; // 申请事由
    bool staffRelated = false; // 近亲属 of a staff member
    std::string staffRelation; // who, and how related (required when staffRelated)
    // Temporary assistance (TA-1 months; TA-2 expense, reimbursed, other aid).
    int tempMonths = 0;
    Money tempExpense;
    Money tempReimbursed;
    Money tempOtherAid;
    bool tempSpecial = false; // 一事一议 (the reason goes in `reason`)
    std::vector<Material> materialsProvided;
};

// Acceptance (受理): accepted when the checklist is complete, else returned with
// what is missing (the 一次性告知书 lists it).
struct MaterialsOutcome
{
    ApplicationState state = ApplicationState::Submitted;
    std::vector<Material> missing;
};

struct VisitInput
{
    storage::VisitStage stage = storage::VisitStage::Investigation;
    storage::VisitKind kind = storage::VisitKind::Home;
    Date visitedOn;
    std::vector<std::int64_t> staffIds; // users; a home visit needs two (RV-2)
    bool beneficiarySeen = false; // 入户见人
    bool familySigned = false;
    bool staffSigned = false;
    std::string livingConditions;
    std::string health;
    std::string employability;
    std::string notes;
};

struct CrossCheckInput
{
    storage::Department department = storage::Department::Police;
    storage::CheckResult result = storage::CheckResult::Consistent;
    std::string note; // required for a discrepancy
    Date checkedOn;
};

struct ReviewInput
{
    Date reviewedOn;
    storage::ReviewRecommendation recommends = storage::ReviewRecommendation::Approve;
    std::string opinion; // 审核意见, required
    // Required when the recommendation goes against the rules (approve what they
    // refuse, or refuse what they grant).
    std::string disagreement;
};

// What the rules give an application on a date (DA-3: parameters of the month
// after the date, ages on the date).
struct ApplicationAssessment
{
    Assessment assessment;
    YearMonth firstMonth;
    Money amount; // a month; temporary assistance: once. 0 = nothing to grant
    std::vector<std::string> names; // assessment member i
    std::vector<std::int64_t> personIds;
};

// Cross-department check results from a CSV file (docs/data-formats.md §A1).
struct CheckImportError
{
    int line = 0; // the file's row (the header is row 1)
    std::string column; // "department", …; empty for the whole row or file
    std::string message;
};

struct CheckImportReport
{
    std::string encoding;
    int rows = 0; // data rows read
    int imported = 0; // rows written (0 whenever there are errors)
    int unchanged = 0; // rows already on file, identical (re-import)
    std::vector<CheckImportError> errors;
    bool ok() const { return errors.empty(); }
};

// A colleague who can be chosen as visit staff.
struct StaffMember
{
    std::int64_t userId = 0;
    std::string username;
    std::string displayName;
    RoleSet roles;
};

struct VisitView
{
    storage::VisitRecord record;
    std::vector<std::string> staffNames;
    bool countsForReview = false; // RV-2: home, two staff, seen in person, all signed
};

// A step the state allows that cannot be taken yet: why, in words for the user, and
// the first day it can be when that is a date (the end of the notice).
struct StepHold
{
    ApplicationStep step {};
    std::string reason;
    std::optional<Date> possibleFrom;
};

struct ApplicationView
{
    storage::ApplicationRecord record;
    std::string householdNo;
    std::string headName;
    std::string personName; // empty when for the household
    std::string communityName;
    std::string address;
    std::string enteredBy;
    std::string decidedBy;
    std::vector<std::pair<Material, bool>> materials; // in checklist order
    std::vector<storage::ApplicationEventRecord> events;
    std::vector<VisitView> visits;
    std::vector<storage::CrossCheckRecord> checks;
    std::vector<storage::CaseRecord> cases; // what the approval granted
    std::vector<storage::ReserveEntryRecord> reservePayments;
    std::vector<OpenDeadline> deadlines;
    std::vector<ApplicationStep> allowedSteps;
    // Steps of allowedSteps whose preconditions do not hold yet (issue 18): the
    // screens disable them and say why.
    std::vector<StepHold> heldSteps;
};

// A line of the applications list: the record with the names the list shows.
// The 近亲属 register reads record.staffRelated and record.staffRelation (who on
// the staff, and how related).
struct ApplicationListRow
{
    storage::ApplicationRecord record;
    std::string householdNo;
    std::string headName;
    std::string applicantName; // the person applied for, else the head
    std::string communityName;
};

// One line of the public notice (公示名单): no ID numbers, no health details, the
// name masked (张*明); 近亲属 marked as the rules require.
struct NoticeRow
{
    std::int64_t applicationId = 0;
    std::string applicationNo;
    std::int64_t communityId = 0;
    std::string communityName;
    std::string maskedName; // the applicant (head, or the person applied for)
    int householdSize = 0;
    ApplicationProgramme programme = ApplicationProgramme::Dibao;
    Money amount; // proposed, a month (temporary: once)
    bool staffRelated = false;
    Date firstDay;
    Date lastDay;
};

enum class TaskKind {
    Deadline, // a §8 step or the whole process running
    NoticeEnding, // 公示 ends (the case can move on the day after)
    AwaitingApproval, // pending_approval: a supervisor's task
    Emergency, // 急难型 within its 24 hours, not yet answered
};

struct TaskItem
{
    std::int64_t applicationId = 0;
    std::string applicationNo;
    std::string headName;
    std::string communityName;
    ApplicationProgramme programme = ApplicationProgramme::Dibao;
    ApplicationState state = ApplicationState::Submitted;
    TaskKind kind = TaskKind::Deadline;
    DeadlineStep step = DeadlineStep::WholeProcess; // Deadline only
    Date due;
    Urgency urgency = Urgency::OnTime;
    std::optional<int> minutesLeft; // Emergency: negative when overdue
    bool mine = false; // entered by or visited by the user; approvals they may decide
};

} // namespace relief::services
