#pragma once

// The application workflow of policy-rules §7: programmes one applies for, the
// states and the transitions between them, the materials each programme needs at
// acceptance (受理), and which deadline of §8 each state runs against. Pure rules:
// who may take a step (roles, four-eyes, 近亲属) is checked by the service, which
// knows the users.

#include "domain/working_days.h"

#include <array>
#include <optional>
#include <string_view>
#include <vector>

namespace relief {

// What one applies for. DisabilitySubsidy covers both 两项补贴 (living and care);
// the assessment decides which the members get.
enum class ApplicationProgramme {
    Dibao,
    Tekun,
    ChildAllowance,
    DisabilitySubsidy,
    TemporaryExpenditure, // 支出型
    TemporaryEmergency, // 急难型: 24-hour response, 先行救助
};
inline constexpr std::array<std::string_view, 6> kApplicationProgrammeKeys = {
    "dibao",
    "tekun",
    "child_allowance",
    "disability_subsidy",
    "temporary_expenditure",
    "temporary_emergency"};

enum class ApplicationChannel { Window, CommunityPoint, Online };
inline constexpr std::array<std::string_view, 3> kApplicationChannelKeys = {
    "window", "community_point", "online"};

// §7. Returned is the one-time notice of missing materials (一次性告知); the
// applicant may come back with them (Returned → Accepted).
enum class ApplicationState {
    Submitted,
    Returned,
    Accepted,
    Investigating,
    StreetReviewed,
    Notice,
    PendingApproval,
    Approved,
    Refused,
    Withdrawn,
};
inline constexpr std::array<std::string_view, 10> kApplicationStateKeys = {
    "submitted", "returned",         "accepted", "investigating", "street_reviewed",
    "notice",    "pending_approval", "approved", "refused",       "withdrawn"};

enum class ApplicationStep {
    Accept, // materials complete
    Return, // materials missing: 一次性告知书
    StartInvestigation,
    StreetReview, // opinion + assessment recorded
    StartNotice, // 公示
    Object, // an objection during notice: back to investigation
    SubmitForApproval, // after the notice, or straight after review when there is none
    Approve,
    Refuse,
    Withdraw,
};
inline constexpr std::array<std::string_view, 10> kApplicationStepKeys = {
    "accept",       "return",  "start_investigation", "street_review",
    "start_notice", "object",  "submit_for_approval", "approve",
    "refuse",       "withdraw"};

// Materials of the 受理 checklist.
enum class Material {
    IdCard, // 身份证
    HouseholdRegister, // 户口簿
    IncomeProof, // 收入证明
    BankStatement, // 银行流水
    CheckAuthorization, // 家庭经济状况核对授权书
    DisabilityCertificate, // 残疾证
    DiagnosisProof, // 诊断证明
    SchoolProof, // 在校证明
    GuardianshipProof, // 父母死亡/失踪/服刑等证明 (child allowance)
    ExpenseReceipts, // 医疗等支出票据
    ReimbursementProof, // 医保报销结算单
    IncidentProof, // 急难事由证明 (火灾、交通事故…)
};
inline constexpr std::array<std::string_view, 12> kMaterialKeys = {
    "id_card",          "household_register",  "income_proof",
    "bank_statement",   "check_authorization", "disability_certificate",
    "diagnosis_proof",  "school_proof",        "guardianship_proof",
    "expense_receipts", "reimbursement_proof", "incident_proof"};

std::string_view applicationProgrammeKey(ApplicationProgramme p);
std::string_view applicationChannelKey(ApplicationChannel c);
std::string_view applicationStateKey(ApplicationState s);
std::string_view applicationStepKey(ApplicationStep s);
std::string_view materialKey(Material m);

// The materials the programme's checklist requires, in checklist order.
const std::vector<Material> &requiredMaterials(ApplicationProgramme p);
// Required materials not in `provided`, in checklist order.
std::vector<Material> missingMaterials(ApplicationProgramme p,
                                       const std::vector<Material> &provided);

// §7: child allowance and emergency temporary assistance skip the notice.
bool skipsNotice(ApplicationProgramme p);
bool isTemporary(ApplicationProgramme p);
// The §8 column whose deadlines the programme follows. Disability subsidies have no
// column of their own: they follow dibao's (docs/policy-rules.md §4).
Programme deadlineProgramme(ApplicationProgramme p);

bool isFinal(ApplicationState s); // approved, refused, withdrawn

// Whether an application goes through the notice (公示) after the street review:
// not for programmes that skip it, and not when the review recommends refusal
// (a notice lists proposed grants; docs/policy-rules.md §4).
bool needsNotice(ApplicationProgramme p, bool recommendsApproval);

// The state a step leads to, or nothing when the step is not allowed from `from`
// for this programme (StartNotice for a programme without notice, Approve before
// pending_approval, anything after a decision…). `recommendsApproval` is the
// street review's recommendation (it decides whether a notice comes next).
std::optional<ApplicationState> nextState(ApplicationProgramme p, ApplicationState from,
                                          ApplicationStep step, bool recommendsApproval = true);
// The steps allowed from a state, in the order a caseworker would take them.
std::vector<ApplicationStep> allowedSteps(ApplicationProgramme p, ApplicationState from,
                                          bool recommendsApproval = true);

} // namespace relief
