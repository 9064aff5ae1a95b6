#include "payroll_text.h"

#include "services/service_base.h"

namespace relief::services::payroll_detail {

using payroll::RollState;

namespace {
QString ym(const YearMonth &m)
{
    return QString::fromStdString(m.toString());
}
} // namespace

QString PayrollText::stateName(RollState s)
{
    switch (s) {
    case RollState::Draft:
        return tr("draft");
    case RollState::Submitted:
        return tr("submitted");
    case RollState::Approved:
        return tr("approved");
    case RollState::Locked:
        return tr("locked");
    case RollState::Reconciled:
        return tr("reconciled");
    }
    return {};
}

QString PayrollText::refusal(std::string_view key, const YearMonth &month,
                             const payroll::RollSituation &s)
{
    const QString m = ym(month);
    if (key == payroll::kNeedsCaseworker)
        return tr("This step on the roll of %1 is for a caseworker.").arg(m);
    if (key == payroll::kNeedsSupervisor)
        return tr("This step on the roll of %1 is for a supervisor.").arg(m);
    if (key == payroll::kFourEyes)
        return tr("You submitted the roll of %1: another supervisor must approve it "
                  "(four-eyes rule).")
            .arg(m);
    if (key == payroll::kNoRoll)
        return tr("There is no roll for %1 yet: generate it first.").arg(m);
    if (key == payroll::kRollLocked)
        return tr("The roll of %1 is locked and can no longer be changed.").arg(m);
    if (key == payroll::kNotDraft)
        return tr("The roll of %1 is no longer a draft (it is %2).")
            .arg(m, s.state ? stateName(*s.state) : QString());
    if (key == payroll::kNotSubmitted)
        return tr("The roll of %1 has not been submitted.").arg(m);
    if (key == payroll::kNotApproved)
        return tr("The roll of %1 has not been approved yet.").arg(m);
    if (key == payroll::kNotLocked)
        return tr("The roll of %1 is not locked yet.").arg(m);
    if (key == payroll::kAlreadyReconciled)
        return tr("The roll of %1 is already reconciled.").arg(m);
    if (key == payroll::kHasProblems)
        return tr("The roll of %1 still has %2 line(s) without a valid payee account: correct "
                  "the accounts and generate the draft again, or hold those lines.")
            .arg(m)
            .arg(s.blockingProblems);
    if (key == payroll::kPreviousMissing)
        return tr("There is no roll for %1, the month before %2: generate the months in order.")
            .arg(ym(month.previous()), m);
    if (key == payroll::kPreviousNotLocked)
        return tr("The roll of %1 must be locked before the roll of %2 is generated.")
            .arg(ym(month.previous()), m);
    if (key == payroll::kLaterRollExists)
        return tr("A roll for a later month (%1) exists already: %2 can no longer be generated.")
            .arg(s.latestMonth ? ym(*s.latestMonth) : QString(), m);
    return tr("This step is not allowed on the roll of %1.").arg(m);
}

QString PayrollText::problem(const std::string &key, const YearMonth &month,
                             const std::string &householdNumber)
{
    const QString h = QString::fromStdString(householdNumber);
    if (key == "no_valid_account")
        return tr("Household %1: the payee has no valid bank account. Correct it and generate "
                  "the draft again, or hold the line.")
            .arg(h);
    if (key == "no_parameters")
        return tr("No policy parameter set is in force on the first day of %1: no price "
                  "subsidy was added.")
            .arg(ym(month));
    if (key == "no_persons")
        return tr("Household %1: the decision records no persons, so no price subsidy was "
                  "added.")
            .arg(h);
    if (key == "hold_without_line")
        return tr("Household %1: a hold no longer matches a line of the roll.").arg(h);
    if (key == "reissue_not_locked")
        return tr("Household %1: a released hold of a roll that is not locked was not "
                  "reissued.")
            .arg(h);
    return QString::fromStdString(key);
}

QString PayrollText::cancelled()
{
    return tr("Generation was stopped; the roll is unchanged.");
}

QString PayrollText::noRoll(const YearMonth &month)
{
    return tr("There is no roll for %1.").arg(ym(month));
}

QString PayrollText::noLine()
{
    return tr("The line of the roll does not exist.");
}

payroll::RollSituation situationOf(storage::PayrollRepository &repo, const YearMonth &month)
{
    payroll::RollSituation s;
    s.month = month;
    if (const auto r = repo.roll(month)) {
        s.state = r->state;
        s.submittedBy = r->submittedById;
        s.blockingProblems = static_cast<int>(repo.blockingProblems(r->id));
    }
    if (const auto p = repo.roll(month.previous()))
        s.previousState = p->state;
    s.latestMonth = repo.latestMonth();
    return s;
}

Error refusalError(std::string_view key, const YearMonth &month,
                   const payroll::RollSituation &situation)
{
    return Error {payroll::isPermissionRefusal(key) ? ErrorCode::PermissionDenied
                                                    : ErrorCode::Conflict,
                  toStd(PayrollText::refusal(key, month, situation)),
                  {}};
}

RollSummary summaryOf(storage::PayrollRepository &repo, const storage::RollRecord &r,
                      bool countLines)
{
    RollSummary s;
    s.id = r.id;
    s.month = r.month;
    s.state = r.state;
    s.generatedAt = r.generatedAt;
    s.generatedBy = r.generatedBy;
    s.submittedAt = r.submittedAt;
    s.submittedBy = r.submittedBy;
    s.approvedAt = r.approvedAt;
    s.approvedBy = r.approvedBy;
    s.lockedAt = r.lockedAt;
    s.lockedBy = r.lockedBy;
    s.reconciledAt = r.reconciledAt;
    s.priceSubsidyTriggered = r.priceTriggered;
    if (!countLines && r.totalLines && r.totalAmount) {
        // The list of rolls: a locked roll's recorded totals (its lines cannot change);
        // the roll's own page and report count its lines, so a rewrite shows.
        s.lines = static_cast<int>(*r.totalLines);
        s.amount = *r.totalAmount;
    } else {
        const auto [lines, amount] = repo.lineTotal(r.id);
        s.lines = static_cast<int>(lines);
        s.amount = amount;
    }
    if (r.totalLines)
        s.lockedLines = static_cast<int>(*r.totalLines);
    s.lockedAmount = r.totalAmount;
    s.auditHeadId = r.auditHeadId;
    s.auditHeadHash = r.auditHeadHash;
    return s;
}

std::vector<RollProblemView> problemViews(storage::PayrollRepository &repo,
                                          const storage::RollRecord &r)
{
    std::vector<RollProblemView> out;
    for (const auto &p : repo.problems(r.id)) {
        RollProblemView v;
        v.key = p.key;
        v.caseId = p.caseId;
        v.lineId = p.lineId;
        v.householdNumber = p.householdNumber;
        v.blocking = p.key == "no_valid_account";
        v.message = toStd(PayrollText::problem(p.key, r.month, p.householdNumber));
        out.push_back(std::move(v));
    }
    return out;
}

std::string_view recoveryStatusKey(RecoveryStatus s)
{
    switch (s) {
    case RecoveryStatus::Open:
        return "open";
    case RecoveryStatus::Partly:
        return "partly";
    case RecoveryStatus::Collected:
        return "collected";
    case RecoveryStatus::Waived:
        return "waived";
    }
    return "open";
}

std::optional<RecoveryStatus> parseRecoveryStatus(std::string_view key)
{
    for (RecoveryStatus s : {RecoveryStatus::Open, RecoveryStatus::Partly,
                             RecoveryStatus::Collected, RecoveryStatus::Waived})
        if (recoveryStatusKey(s) == key)
            return s;
    return std::nullopt;
}

RecoveryView recoveryView(const storage::RecoveryRow &r)
{
    RecoveryView v;
    v.id = r.id;
    v.foundIn = r.foundIn;
    v.caseId = r.caseId;
    v.householdId = r.householdId;
    v.householdNumber = r.householdNumber;
    v.headName = r.headName;
    v.communityName = r.communityName;
    v.programme = r.programme;
    v.month = r.month;
    v.amount = r.amount;
    v.collected = r.collected;
    v.status = parseRecoveryStatus(r.status).value_or(RecoveryStatus::Open);
    v.reason = r.reason;
    v.real = payroll::isLocked(r.rollState);
    return v;
}

} // namespace relief::services::payroll_detail
