#pragma once

// PR-5: the states of a month's roll and who may take each step. A pure function
// of the roll's situation and the acting user; the services read the situation
// in the write transaction (re-reading the user's roles, ServiceBase::authorize),
// refuse with the reason's message, and audit the step.
//
//   (none) ─generate→ draft ─submit→ submitted ─approve→ approved ─lock→ locked ─reconcile→
//   reconciled
//            draft ─generate→ draft (replaces it)      submitted ─return→ draft
//            draft ─hold / release→ draft

#include "domain/accounts/role.h"
#include "domain/year_month.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace relief::payroll {

enum class RollState { Draft, Submitted, Approved, Locked, Reconciled };
inline constexpr std::array<std::string_view, 5> kRollStateKeys = {"draft", "submitted", "approved",
                                                                   "locked", "reconciled"};

enum class RollStep { Generate, Hold, Release, Submit, Return, Approve, Lock, Reconcile };
inline constexpr std::array<std::string_view, 8> kRollStepKeys = {
    "generate", "hold", "release", "submit", "return", "approve", "lock", "reconcile"};

std::string_view rollStateKey(RollState s);
std::string_view rollStepKey(RollStep s);
std::optional<RollState> parseRollState(std::string_view key);
std::optional<RollStep> parseRollStep(std::string_view key);

// Locked and reconciled rolls are immutable (PR-5).
bool isLocked(RollState s);

struct RollActor
{
    std::int64_t userId = 0;
    RoleSet roles;
};

struct RollSituation
{
    YearMonth month;
    std::optional<RollState> state; // M's roll; nothing before its first generation
    std::optional<RollState> previousState; // M−1's roll; nothing when there is none
    std::optional<YearMonth> latestMonth; // the latest month with a roll; nothing: no roll yet
    std::optional<std::int64_t> submittedBy; // who submitted M's roll
    int blockingProblems = 0; // PR-4: lines without a valid payee account, …
};

// Refusal keys (the services turn them into translated messages):
inline constexpr std::string_view kNeedsCaseworker = "needs_caseworker";
inline constexpr std::string_view kNeedsSupervisor = "needs_supervisor";
inline constexpr std::string_view kFourEyes = "four_eyes"; // the approver submitted it
inline constexpr std::string_view kNoRoll = "no_roll";
inline constexpr std::string_view kRollLocked = "roll_locked";
inline constexpr std::string_view kNotDraft = "not_draft";
inline constexpr std::string_view kNotSubmitted = "not_submitted";
inline constexpr std::string_view kNotApproved = "not_approved";
inline constexpr std::string_view kNotLocked = "not_locked";
inline constexpr std::string_view kAlreadyReconciled = "already_reconciled";
inline constexpr std::string_view kHasProblems = "has_problems";
inline constexpr std::string_view kPreviousMissing = "previous_missing";
inline constexpr std::string_view kPreviousNotLocked = "previous_not_locked";
inline constexpr std::string_view kLaterRollExists = "later_roll_exists";

struct RollVerdict
{
    bool allowed = false;
    std::string_view reason; // a key above when refused, empty when allowed
    std::optional<RollState> next; // the state after the step, when allowed
    explicit operator bool() const { return allowed; }
};

// Whether `actor` may take `step` on M's roll, and the state it leads to.
//  - generate: a caseworker; M has no roll yet or a draft (regeneration replaces a draft
//    only); a new roll needs M−1's roll locked (or reconciled) unless no roll exists at
//    all, and no later month may have one.
//  - hold / release a line: a caseworker, in a draft.
//  - submit: a caseworker, a draft.
//  - return (退回) a submitted roll to draft: a supervisor.
//  - approve: a supervisor who did not submit it (four-eyes), no blocking problems.
//  - lock: a supervisor, an approved roll.
//  - reconcile (bank result imported): a caseworker or supervisor, a locked roll.
// The role is checked first, then four-eyes, then the state.
RollVerdict checkRollStep(RollStep step, const RollSituation &situation, const RollActor &actor);

// A refusal for want of a role or by four-eyes (ErrorCode::PermissionDenied), rather
// than of the roll's state (ErrorCode::Conflict).
bool isPermissionRefusal(std::string_view reason);

// The steps `actor` may take now, in RollStep order (what the page offers).
std::vector<RollStep> allowedRollSteps(const RollSituation &situation, const RollActor &actor);

} // namespace relief::payroll
