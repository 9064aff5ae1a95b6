#include "tekun_rules.h"

#include "domain/text_preview.h"

namespace relief {

namespace {

// income × 12 < the annual line, exactly in fen.
bool belowAnnualLine(Money monthly, Money line)
{
    return monthly * 12 < line;
}

// Whether member j is one of member i's in-household obligors (TK-4).
bool isHouseholdObligor(const Household &household, const std::vector<MemberFacts> &facts, size_t i,
                        size_t j)
{
    const auto &members = household.members;
    return j != i && members[i].relation != Relation::Other && facts[j].counted &&
        facts[j].age >= 18 && members[j].relation != Relation::Other;
}

bool tk4Holds(const Household &household, const std::vector<MemberFacts> &facts, int i,
              const std::vector<bool> &inT, bool assetsOk, Money line)
{
    return !firstAbleObligor(household, facts, i, inT, assetsOk, line);
}

// The TK-4 line naming the obligor found able: a member living in by name and
// relation to the head, a listed obligor by the relation given and age.
Explanation ableObligorReason(const Household &household, int member, const AbleObligor &able)
{
    const std::string &name = household.members[static_cast<size_t>(member)].name;
    if (able.listed) {
        const Obligor &o = household.members[static_cast<size_t>(member)]
                               .obligors[static_cast<size_t>(able.index)];
        // Free text from the input: cut short, and never read as a term key.
        const std::string relation = o.relation.empty() ? std::string("@relation_unknown")
                                                        : literalFigure(utf8Prefix(o.relation, 20));
        return {"TK-4",
                ReasonCode::TekunObligorListed,
                {name, relation, std::to_string(o.age)},
                member};
    }
    const Member &obligor = household.members[static_cast<size_t>(able.index)];
    return {"TK-4",
            ReasonCode::TekunObligorInHousehold,
            {name, obligor.name, "@rel_" + std::string(relationKey(obligor.relation))},
            member};
}

} // namespace

std::optional<AbleObligor> firstAbleObligor(const Household &household,
                                            const std::vector<MemberFacts> &facts, int member,
                                            const std::vector<bool> &inT, bool assetsOk, Money line)
{
    const Member &m = household.members[static_cast<size_t>(member)];
    for (size_t k = 0; k < m.obligors.size(); ++k)
        if (!listedObligorUnable(m.obligors[k], line))
            return AbleObligor {true, static_cast<int>(k)};
    const auto self = static_cast<size_t>(member);
    for (size_t j = 0; j < facts.size(); ++j)
        if (isHouseholdObligor(household, facts, self, j) &&
            !householdObligorUnable(facts[j], inT[j], assetsOk, line))
            return AbleObligor {false, static_cast<int>(j)};
    return std::nullopt;
}

bool tekunAgeOrDisability(const MemberFacts &facts)
{
    return facts.age >= 60 || facts.age < 18 || facts.severe43;
}

bool listedObligorUnable(const Obligor &o, Money line)
{
    if (o.isTekun)
        return true;
    if (o.isDibao && o.age >= 60)
        return true;
    const bool poor = belowAnnualLine(o.incomeMonthly, line) && o.assetsOk;
    if (o.age >= 70 && poor)
        return true;
    if (isSevereDisabilityDb3(o.disability) && poor)
        return true;
    return o.status != ObligorStatus::Normal && o.assetsOk;
}

std::vector<int> householdObligors(const Household &household,
                                   const std::vector<MemberFacts> &facts, int member)
{
    std::vector<int> out;
    for (size_t j = 0; j < facts.size(); ++j)
        if (isHouseholdObligor(household, facts, static_cast<size_t>(member), j))
            out.push_back(static_cast<int>(j));
    return out;
}

bool householdObligorUnable(const MemberFacts &obligor, bool obligorInTekun, bool assetsOk,
                            Money line)
{
    if (obligorInTekun)
        return true;
    return (obligor.age >= 70 || obligor.severeDb3) && belowAnnualLine(obligor.income, line) &&
        assetsOk;
}

Money tekunBasic(const PolicyParameters &policy, Money standard)
{
    return roundUnit(Rational::fen(standard) * policy.tekun.basicMultiplier.toRational(),
                     policy.roundUnit);
}

TekunAssessment assessTekun(const Household &household, const std::vector<MemberFacts> &facts,
                            const std::vector<bool> &inC, bool assetsOk,
                            const PolicyParameters &policy, Money standard,
                            std::vector<Explanation> *reasons)
{
    const size_t count = household.members.size();
    const Money line = policy.disposableIncomePrevYear;
    TekunAssessment out;
    out.inT.assign(count, false);

    std::vector<int> candidates;
    for (size_t i = 0; i < count; ++i)
        if (facts[i].counted && tekunAgeOrDisability(facts[i]))
            candidates.push_back(static_cast<int>(i));

    auto meansAndStatusOk = [&](size_t i) {
        return facts[i].income < standard && assetsOk && !inC[i];
    };
    // Least fixed point: eligibility only grows with T, so adding everyone eligible
    // under the current T and repeating reaches the smallest T the rules accept.
    for (bool grew = true; grew;) {
        grew = false;
        std::vector<int> added;
        for (int c : candidates) {
            const auto i = static_cast<size_t>(c);
            if (!out.inT[i] && meansAndStatusOk(i) &&
                tk4Holds(household, facts, c, out.inT, assetsOk, line))
                added.push_back(c);
        }
        for (int c : added)
            out.inT[static_cast<size_t>(c)] = grew = true;
    }

    const Money basic = tekunBasic(policy, standard);
    for (int c : candidates) {
        const auto i = static_cast<size_t>(c);
        const std::string &name = household.members[i].name;
        TekunLine entry;
        entry.member = c;
        entry.selfCare = facts[i].selfCare;
        if (!(facts[i].income < standard))
            entry.failed.emplace_back("TK-2");
        if (!assetsOk)
            entry.failed.emplace_back("TK-3");
        const auto able = firstAbleObligor(household, facts, c, out.inT, assetsOk, line);
        if (able)
            entry.failed.emplace_back("TK-4");
        if (inC[i])
            entry.failed.emplace_back("child_status");
        entry.eligible = out.inT[i];
        if (entry.eligible) {
            entry.basic = basic;
            entry.care = policy.care(entry.selfCare);
            entry.monthly = entry.basic + entry.care;
        }
        if (reasons) {
            if (entry.eligible) {
                reasons->push_back({"TK-1", ReasonCode::TekunEligible, {name}, c});
                reasons->push_back(
                    {"TK-5",
                     ReasonCode::TekunAmount,
                     {name, entry.basic.toString(), entry.care.toString(),
                      "@" + std::string(selfCareKey(entry.selfCare)), entry.monthly.toString()},
                     c});
            } else {
                // One reason per failed condition, each under its own rule id;
                // TK-4 says which obligor it found able.
                for (const auto &f : entry.failed) {
                    if (f == "TK-4")
                        reasons->push_back(ableObligorReason(household, c, *able));
                    else
                        reasons->push_back({f == "child_status" ? "CA" : f,
                                            ReasonCode::TekunFailed,
                                            {name, "@" + f},
                                            c});
                }
            }
        }
        out.lines.push_back(std::move(entry));
    }
    return out;
}

} // namespace relief
