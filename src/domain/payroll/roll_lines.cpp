#include "roll_lines.h"

#include "domain/rules/benefit_rules.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace relief::payroll {

namespace {

RollLine lineFor(const Case &c, LineProgramme programme, LineKind kind)
{
    RollLine l;
    l.caseId = c.id;
    l.householdId = c.householdId;
    l.personId = c.personId;
    l.communityId = c.communityId;
    l.programme = programme;
    l.kind = kind;
    return l;
}

// PR-3: the persons a price subsidy counts: the dibao decision's n, otherwise 1.
int subsidyPersons(const Case &c, const AmountDue &due)
{
    return c.programme == CaseProgramme::Dibao ? due.persons : 1;
}

auto lineOrder(const RollLine &l)
{
    return std::make_tuple(l.caseId, l.programme, l.kind, l.forMonth, l.reissueSource, l.reissueOf);
}

// PR-5 / PR-7: one reissue line per held or failed line of a locked roll.
void addReissues(Roll &roll, const std::vector<const EarlierLine *> &earlier, ReissueSource source)
{
    std::set<std::int64_t> done;
    for (const EarlierLine *e : earlier) {
        if (e->month >= roll.month) {
            // Only a locked roll's lines are reissued; a hold released in this month's
            // draft just pays its line.
            roll.problems.push_back({"reissue_not_locked", e->caseId});
            continue;
        }
        if (e->amount <= Money() || !done.insert(e->id).second)
            continue;
        RollLine l;
        l.caseId = e->caseId;
        l.householdId = e->householdId;
        l.personId = e->personId;
        l.communityId = e->communityId;
        l.programme = e->programme;
        l.kind = LineKind::Reissue;
        l.amount = e->amount;
        l.persons = e->persons;
        l.forMonth = e->month;
        l.reissueOf = e->id;
        l.reissueSource = source;
        l.memo = reissueMemo(e->month);
        roll.lines.push_back(std::move(l));
    }
}

// PR-6: per case and locked month, due now against what the month settled.
void addBackPayAndRecoveries(Roll &roll, const RollInput &in)
{
    std::vector<YearMonth> locked;
    for (const YearMonth &m : in.lockedMonths)
        if (m < in.month)
            locked.push_back(m);
    std::sort(locked.begin(), locked.end());
    locked.erase(std::unique(locked.begin(), locked.end()), locked.end());
    if (locked.empty())
        return;
    std::map<std::pair<std::int64_t, YearMonth>, Money> settled;
    for (const Settled &s : in.settled)
        settled[{s.caseId, s.month}] += s.amount;

    for (const Case &c : in.cases) {
        const auto programme = lineProgrammeOf(c.programme);
        if (!programme)
            continue;
        for (const YearMonth &m : locked) {
            const AmountDue due = amountDue(c, m, in.sets);
            const auto it = settled.find({c.id, m});
            const Money paid = it == settled.end() ? Money() : it->second;
            const Money difference = due.amount - paid;
            if (difference > Money()) {
                RollLine l = lineFor(c, *programme, LineKind::BackPay);
                l.amount = difference;
                l.persons = subsidyPersons(c, due);
                l.forMonth = m;
                l.memo = backPayMemo(m);
                roll.lines.push_back(std::move(l));
            } else if (difference < Money()) {
                RecoveryRecord r;
                r.caseId = c.id;
                r.householdId = c.householdId;
                r.personId = c.personId;
                r.communityId = c.communityId;
                r.programme = *programme;
                r.month = m;
                r.amount = -difference;
                r.reason = due.decision ? due.decision->reason : std::string();
                roll.recoveries.push_back(std::move(r));
            }
        }
    }
}

// PR-5: the draft's holds, matched again to the (re)generated lines.
void applyHoldsTo(Roll &roll, const std::vector<Hold> &holds)
{
    for (const Hold &h : holds) {
        auto it = std::find_if(roll.lines.begin(), roll.lines.end(), [&](const RollLine &l) {
            return !l.held && l.caseId == h.caseId && l.programme == h.programme &&
                l.kind == h.kind && l.forMonth == h.forMonth;
        });
        if (it == roll.lines.end()) {
            roll.problems.push_back({"hold_without_line", h.caseId});
            continue;
        }
        it->held = true;
        it->holdReason = h.reason;
    }
}

void sortLines(Roll &roll)
{
    std::sort(roll.lines.begin(), roll.lines.end(),
              [](const RollLine &a, const RollLine &b) { return lineOrder(a) < lineOrder(b); });
}

} // namespace

std::optional<RollLine> regularLine(const Case &c, const YearMonth &month,
                                    const std::vector<PolicyParameters> &sets)
{
    const auto programme = lineProgrammeOf(c.programme);
    if (!programme)
        return std::nullopt;
    const AmountDue due = amountDue(c, month, sets);
    if (due.amount <= Money())
        return std::nullopt;
    RollLine l = lineFor(c, *programme, LineKind::Regular);
    l.amount = due.amount;
    l.persons = subsidyPersons(c, due);
    return l;
}

Roll regularLines(const RollInput &in)
{
    Roll roll;
    roll.month = in.month;

    // PS-1 with the set in force on M's first day.
    const PolicyParameters *policy = parametersInForce(in.sets, in.month.firstDay());
    std::optional<PriceSubsidyResult> perArea[2];
    if (in.indices) {
        if (!policy) {
            roll.problems.push_back({"no_parameters", 0});
        } else {
            for (Area area : {Area::Urban, Area::Rural}) {
                perArea[static_cast<int>(area)] =
                    priceSubsidy(*in.indices, *policy, policy->standard(area), 1);
                roll.priceSubsidyTriggered = perArea[static_cast<int>(area)]->triggered;
            }
        }
    }

    for (const Case &c : in.cases) {
        const std::optional<RollLine> regular = regularLine(c, in.month, in.sets);
        if (!regular)
            continue;
        roll.lines.push_back(*regular);

        // PR-3 / PS-3 / PS-4: per person × the case's persons.
        if (!roll.priceSubsidyTriggered || !getsPriceSubsidy(c.programme))
            continue;
        const PriceSubsidyResult &ps = *perArea[static_cast<int>(c.area)];
        if (regular->persons <= 0) {
            roll.problems.push_back({"no_persons", c.id});
            continue;
        }
        RollLine subsidy = lineFor(c, LineProgramme::PriceSubsidy, LineKind::Regular);
        subsidy.amount = ps.perPerson * regular->persons;
        subsidy.persons = regular->persons;
        subsidy.memo = std::string(kPriceSubsidyMemo);
        if (subsidy.amount > Money())
            roll.lines.push_back(subsidy);
    }

    sortLines(roll);
    return roll;
}

Roll backPayLines(const RollInput &in)
{
    Roll roll;
    roll.month = in.month;
    addBackPayAndRecoveries(roll, in);
    sortLines(roll);
    return roll;
}

Roll reissueLines(const RollInput &in)
{
    Roll roll;
    roll.month = in.month;
    std::vector<const EarlierLine *> released;
    for (const EarlierLine &e : in.releasedHolds)
        released.push_back(&e);
    addReissues(roll, released, ReissueSource::Hold);
    std::vector<const EarlierLine *> failed;
    for (const FailedLine &f : in.failedLines)
        if (f.accountCorrected)
            failed.push_back(&f.line);
    addReissues(roll, failed, ReissueSource::FailedPayment);
    sortLines(roll);
    return roll;
}

void applyHolds(Roll &roll, const std::vector<Hold> &holds)
{
    applyHoldsTo(roll, holds);
}

Roll generateRoll(const RollInput &in)
{
    Roll roll = regularLines(in);
    for (Roll part : {backPayLines(in), reissueLines(in)}) {
        roll.lines.insert(roll.lines.end(), part.lines.begin(), part.lines.end());
        roll.recoveries.insert(roll.recoveries.end(), part.recoveries.begin(),
                               part.recoveries.end());
        roll.problems.insert(roll.problems.end(), part.problems.begin(), part.problems.end());
    }
    sortLines(roll);
    applyHolds(roll, in.holds);
    return roll;
}

RollTotals rollTotals(const std::vector<RollLine> &lines)
{
    RollTotals t;
    struct Group
    {
        std::map<std::int64_t, int> persons; // per case, counted once
        Money amount;
    };
    std::map<std::pair<LineProgramme, LineKind>, Group> groups;
    for (const RollLine &l : lines) {
        ++t.lines;
        t.amount += l.amount;
        if (l.held) {
            ++t.heldLines;
            t.heldAmount += l.amount;
        }
        Group &g = groups[{l.programme, l.kind}];
        g.persons.emplace(l.caseId, l.persons);
        g.amount += l.amount;
    }
    for (const auto &[key, g] : groups) {
        ProgrammeTotal p;
        p.programme = key.first;
        p.kind = key.second;
        p.cases = static_cast<int>(g.persons.size());
        for (const auto &[caseId, n] : g.persons)
            p.persons += n;
        p.amount = g.amount;
        t.byProgramme.push_back(p);
    }
    return t;
}

} // namespace relief::payroll
