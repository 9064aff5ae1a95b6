#pragma once

// Rows of the application tables (schema 5) as the repositories read and write
// them: money in fen, dates as Date, enums as in the domain.

#include "domain/applications/application_workflow.h"
#include "domain/date.h"
#include "domain/money.h"
#include "domain/year_month.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace relief::storage {

enum class ReviewRecommendation { Approve, Refuse };
inline constexpr std::array<std::string_view, 2> kReviewRecommendationKeys = {"approve", "refuse"};

struct ApplicationRecord
{
    std::int64_t id = 0;
    std::string applicationNo;
    std::int64_t householdId = 0;
    std::optional<std::int64_t> personId;
    ApplicationProgramme programme = ApplicationProgramme::Dibao;
    ApplicationChannel channel = ApplicationChannel::Window;
    Date receivedOn;
    std::optional<std::string> requestedAt; // emergency: "YYYY-MM-DDTHH:MM" local
    std::string reason;
    ApplicationState state = ApplicationState::Submitted;
    bool staffRelated = false;
    std::string staffRelation;
    bool extended = false;
    std::string extensionReason;
    int tempMonths = 0;
    Money tempExpense;
    Money tempReimbursed;
    Money tempOtherAid;
    bool tempSpecial = false;
    std::optional<Date> acceptedOn;
    std::optional<Date> investigationStartedOn;
    std::optional<Date> reviewedOn;
    std::optional<Date> noticeStartedOn;
    std::optional<Date> pendingApprovalOn;
    std::optional<Date> decidedOn;
    std::optional<Date> refusalNoticeIssuedOn;
    std::optional<ReviewRecommendation> reviewRecommends;
    std::optional<Money> reviewAmount;
    std::string reviewOpinion;
    std::string reviewDisagreement;
    std::string reviewAssessment = "{}"; // assess JSON
    std::optional<YearMonth> firstMonth;
    std::optional<Money> approvedAmount;
    std::string decisionReasons;
    Money prepaidAmount;
    std::string withdrawReason;
    std::int64_t enteredById = 0;
    std::optional<std::int64_t> decidedById;
    bool isDemo = false;
    std::string createdAt;
    std::string updatedAt;
};

// Which applications a list shows. Newest first (by id) in every case.
struct ApplicationListFilter
{
    std::vector<ApplicationState> states; // any of these; empty: every state
    // The 近亲属 register: only applicants related to staff, which the rules
    // want kept in a register of their own.
    bool staffRelatedOnly = false;
    // Keyset paging (list, listRows): only applications older than this id, so a
    // page continues after the last row fetched whatever changed meanwhile.
    // count() ignores it.
    std::optional<std::int64_t> beforeId;
};

// A line of the applications list, read in one query with the names it shows.
struct ApplicationListRecord
{
    ApplicationRecord record;
    std::string householdNo;
    std::string headName;
    std::string personName; // the person applied for; empty for the household
    std::string communityName;
};

struct ApplicationEventRecord
{
    std::int64_t id = 0;
    std::int64_t applicationId = 0;
    ApplicationStep step = ApplicationStep::Accept;
    ApplicationState from = ApplicationState::Submitted;
    ApplicationState to = ApplicationState::Submitted;
    Date onDate;
    std::string at;
    std::optional<std::int64_t> userId;
    std::string username;
    std::string note;
    std::string details = "{}"; // JSON
};

enum class VisitStage { Investigation, Approval };
inline constexpr std::array<std::string_view, 2> kVisitStageKeys = {"investigation", "approval"};
enum class VisitKind { Home, Neighbour, Letter };
inline constexpr std::array<std::string_view, 3> kVisitKindKeys = {"home", "neighbour", "letter"};

struct VisitRecord
{
    std::int64_t id = 0;
    std::int64_t applicationId = 0;
    VisitStage stage = VisitStage::Investigation;
    VisitKind kind = VisitKind::Home;
    Date visitedOn;
    bool beneficiarySeen = false;
    bool familySigned = false;
    bool staffSigned = false;
    std::string livingConditions;
    std::string health;
    std::string employability;
    std::string notes;
    std::vector<std::int64_t> staffIds;
    std::int64_t recordedById = 0;
    std::string createdAt;
};

enum class Department {
    Police, // 公安
    Hrss, // 人社
    Tax, // 税务
    RealEstate, // 不动产
    MarketRegulation, // 市场监管
    HousingFund, // 公积金
    Vehicles, // 车辆
    Finance, // 金融
};
inline constexpr std::array<std::string_view, 8> kDepartmentKeys = {
    "police",       "hrss",     "tax",    "real_estate", "market_regulation",
    "housing_fund", "vehicles", "finance"};
enum class CheckResult { Consistent, Discrepancy };
inline constexpr std::array<std::string_view, 2> kCheckResultKeys = {"consistent", "discrepancy"};

struct CrossCheckRecord
{
    std::int64_t id = 0;
    std::int64_t applicationId = 0;
    Department department = Department::Police;
    CheckResult result = CheckResult::Consistent;
    std::string note;
    Date checkedOn;
    std::int64_t recordedById = 0;
    std::string createdAt;
};

enum class ReserveEntryKind { TopUp, Payment };
inline constexpr std::array<std::string_view, 2> kReserveEntryKindKeys = {"top_up", "payment"};

struct ReserveEntryRecord
{
    std::int64_t id = 0;
    ReserveEntryKind kind = ReserveEntryKind::TopUp;
    Money amount;
    Money balanceAfter;
    Date onDate;
    std::optional<std::int64_t> applicationId;
    std::string payee;
    std::string note;
    std::optional<std::int64_t> userId;
    std::string username;
    std::string at;
};

} // namespace relief::storage
