#include "roll_workflow.h"

#include "domain/registry/registry_types.h" // enumFromKey

namespace relief::payroll {

namespace {

RollVerdict refuse(std::string_view reason)
{
    return {false, reason, std::nullopt};
}

RollVerdict allow(RollState next)
{
    return {true, {}, next};
}

bool has(const RollActor &a, Role r)
{
    return a.roles.count(r) > 0;
}

// A step that works on M's roll in state `needed`.
RollVerdict onState(const RollSituation &s, RollState needed, std::string_view otherwise,
                    RollState next)
{
    if (!s.state)
        return refuse(kNoRoll);
    if (*s.state == needed)
        return allow(next);
    if (isLocked(*s.state))
        return refuse(kRollLocked);
    return refuse(otherwise);
}

RollVerdict generate(const RollSituation &s)
{
    if (s.state) {
        if (*s.state == RollState::Draft)
            return allow(RollState::Draft);
        return refuse(isLocked(*s.state) ? kRollLocked : kNotDraft);
    }
    if (!s.latestMonth)
        return allow(RollState::Draft); // the first roll
    if (*s.latestMonth > s.month)
        return refuse(kLaterRollExists);
    if (!s.previousState)
        return refuse(kPreviousMissing);
    if (!isLocked(*s.previousState))
        return refuse(kPreviousNotLocked);
    return allow(RollState::Draft);
}

} // namespace

std::string_view rollStateKey(RollState s)
{
    const auto i = static_cast<size_t>(s);
    return i < kRollStateKeys.size() ? kRollStateKeys[i] : std::string_view();
}

std::string_view rollStepKey(RollStep s)
{
    const auto i = static_cast<size_t>(s);
    return i < kRollStepKeys.size() ? kRollStepKeys[i] : std::string_view();
}

std::optional<RollState> parseRollState(std::string_view key)
{
    return enumFromKey<RollState>(kRollStateKeys, key);
}

std::optional<RollStep> parseRollStep(std::string_view key)
{
    return enumFromKey<RollStep>(kRollStepKeys, key);
}

bool isLocked(RollState s)
{
    return s == RollState::Locked || s == RollState::Reconciled;
}

RollVerdict checkRollStep(RollStep step, const RollSituation &s, const RollActor &actor)
{
    const bool caseworker = has(actor, Role::Caseworker);
    const bool supervisor = has(actor, Role::Supervisor);
    switch (step) {
    case RollStep::Generate:
        if (!caseworker)
            return refuse(kNeedsCaseworker);
        return generate(s);
    case RollStep::Hold:
    case RollStep::Release:
    case RollStep::Submit:
        if (!caseworker)
            return refuse(kNeedsCaseworker);
        return onState(s, RollState::Draft, kNotDraft,
                       step == RollStep::Submit ? RollState::Submitted : RollState::Draft);
    case RollStep::Return:
        if (!supervisor)
            return refuse(kNeedsSupervisor);
        return onState(s, RollState::Submitted, kNotSubmitted, RollState::Draft);
    case RollStep::Approve: {
        if (!supervisor)
            return refuse(kNeedsSupervisor);
        if (s.state == RollState::Submitted && s.submittedBy && *s.submittedBy == actor.userId)
            return refuse(kFourEyes);
        const RollVerdict v = onState(s, RollState::Submitted, kNotSubmitted, RollState::Approved);
        if (v && s.blockingProblems > 0)
            return refuse(kHasProblems);
        return v;
    }
    case RollStep::Lock:
        if (!supervisor)
            return refuse(kNeedsSupervisor);
        return onState(s, RollState::Approved, kNotApproved, RollState::Locked);
    case RollStep::Reconcile:
        if (!caseworker && !supervisor)
            return refuse(kNeedsCaseworker);
        if (!s.state)
            return refuse(kNoRoll);
        if (*s.state == RollState::Reconciled)
            return refuse(kAlreadyReconciled);
        if (*s.state != RollState::Locked)
            return refuse(kNotLocked);
        return allow(RollState::Reconciled);
    }
    return refuse(kNoRoll);
}

bool isPermissionRefusal(std::string_view reason)
{
    return reason == kNeedsCaseworker || reason == kNeedsSupervisor || reason == kFourEyes;
}

std::vector<RollStep> allowedRollSteps(const RollSituation &situation, const RollActor &actor)
{
    std::vector<RollStep> out;
    for (size_t i = 0; i < kRollStepKeys.size(); ++i) {
        const auto step = static_cast<RollStep>(i);
        if (checkRollStep(step, situation, actor))
            out.push_back(step);
    }
    return out;
}

} // namespace relief::payroll
