#include "change_table.h"

#include "amount_due.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace relief::payroll {

namespace {

// A case's regular amount in one roll.
struct Paid
{
    const RollLine *line = nullptr; // the first of its lines: identity, community
    Money amount;
    int persons = 0;
};

std::map<std::int64_t, Paid> regularByCase(const std::vector<RollLine> &lines)
{
    std::map<std::int64_t, Paid> out;
    for (const RollLine &l : lines) {
        if (l.kind != LineKind::Regular || l.programme == LineProgramme::PriceSubsidy)
            continue;
        Paid &p = out[l.caseId];
        if (!p.line) {
            p.line = &l;
            p.persons = l.persons;
        }
        p.amount += l.amount;
    }
    return out;
}

} // namespace

std::string_view changeKindKey(ChangeKind k)
{
    const auto i = static_cast<size_t>(k);
    return i < kChangeKindKeys.size() ? kChangeKindKeys[i] : std::string_view();
}

ChangeTable changeTable(const YearMonth &month, const std::vector<RollLine> &previous,
                        const std::vector<RollLine> &current, const std::vector<Case> &cases,
                        const std::vector<PolicyParameters> &sets)
{
    ChangeTable t;
    t.month = month;
    const auto before = regularByCase(previous);
    const auto after = regularByCase(current);
    std::map<std::int64_t, const Case *> caseById;
    for (const Case &c : cases)
        caseById.emplace(c.id, &c);

    std::map<std::pair<std::int64_t, LineProgramme>, ChangeBalance> balances;
    auto balance = [&](const RollLine &l) -> ChangeBalance & {
        ChangeBalance &b = balances[{l.communityId, l.programme}];
        b.communityId = l.communityId;
        b.programme = l.programme;
        return b;
    };
    for (const auto &[id, p] : before) {
        ChangeBalance &b = balance(*p.line);
        ++b.casesBefore;
        b.before += p.amount;
    }
    for (const auto &[id, p] : after) {
        ChangeBalance &b = balance(*p.line);
        ++b.casesAfter;
        b.after += p.amount;
    }

    std::set<std::int64_t> ids;
    for (const auto &[id, p] : before)
        ids.insert(id);
    for (const auto &[id, p] : after)
        ids.insert(id);
    for (std::int64_t id : ids) {
        const auto b = before.find(id);
        const auto a = after.find(id);
        const Paid none;
        const Paid &was = b == before.end() ? none : b->second;
        const Paid &now = a == after.end() ? none : a->second;
        const auto reasonOf = [&](CaseChange &c) {
            if (const auto found = caseById.find(id); found != caseById.end()) {
                const AmountDue due = amountDue(*found->second, month, sets);
                if (due.decision) {
                    c.decisionKind = due.decision->kind;
                    c.reason = due.decision->reason;
                }
                c.gradualExitEnded = due.gradualExitEnded;
            }
        };
        const auto change = [&](ChangeKind kind, const RollLine &line, const Paid &from,
                                const Paid &to) {
            CaseChange c;
            c.kind = kind;
            c.caseId = id;
            c.householdId = line.householdId;
            c.personId = line.personId;
            c.communityId = line.communityId;
            c.programme = line.programme;
            c.before = from.amount;
            c.after = to.amount;
            c.personsBefore = from.persons;
            c.personsAfter = to.persons;
            reasonOf(c);
            t.cases.push_back(std::move(c));
        };
        if (!was.line) {
            change(ChangeKind::New, *now.line, none, now);
        } else if (!now.line) {
            change(ChangeKind::Stopped, *was.line, was, none);
        } else if (now.line->communityId != was.line->communityId) {
            // Moved to another community: out of the old one, into the new one.
            change(ChangeKind::Stopped, *was.line, was, none);
            change(ChangeKind::New, *now.line, none, now);
            t.cases[t.cases.size() - 2].movedCommunity = true;
            t.cases.back().movedCommunity = true;
        } else if (now.amount != was.amount) {
            change(now.amount > was.amount ? ChangeKind::Increased : ChangeKind::Decreased,
                   *now.line, was, now);
        }
        // Same amount in the same community (persons may differ): not a change.
    }

    auto order = [](const CaseChange &c) {
        return std::make_tuple(c.communityId, c.programme, c.kind, c.caseId);
    };
    std::sort(t.cases.begin(), t.cases.end(),
              [&](const CaseChange &x, const CaseChange &y) { return order(x) < order(y); });

    std::map<std::tuple<std::int64_t, LineProgramme, ChangeKind>, std::set<std::int64_t>>
        households;
    std::map<std::tuple<std::int64_t, LineProgramme, ChangeKind>, ChangeGroup> groups;
    for (const CaseChange &c : t.cases) {
        const auto key = std::make_tuple(c.communityId, c.programme, c.kind);
        ChangeGroup &g = groups[key];
        g.communityId = c.communityId;
        g.programme = c.programme;
        g.kind = c.kind;
        households[key].insert(c.householdId);
        ++g.cases;
        g.persons += c.kind == ChangeKind::Stopped ? c.personsBefore : c.personsAfter;
        g.before += c.before;
        g.after += c.after;
        g.difference = g.after - g.before;
    }
    for (auto &[key, g] : groups) {
        g.households = static_cast<int>(households[key].size());
        t.groups.push_back(g);
    }
    for (const auto &[key, b] : balances)
        t.balances.push_back(b);
    return t;
}

} // namespace relief::payroll
