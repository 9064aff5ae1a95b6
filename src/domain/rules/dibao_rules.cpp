#include "dibao_rules.h"

namespace relief {

std::optional<AddonCategory> addonCategory(const Member &member, const MemberFacts &facts,
                                           const PolicyParameters &policy)
{
    bool applies[kAddonCategoryCount] = {};
    applies[static_cast<int>(AddonCategory::SevereDisability)] = facts.severeDb3;
    applies[static_cast<int>(AddonCategory::Disability)] =
        member.disability.has_value() && !facts.severeDb3;
    applies[static_cast<int>(AddonCategory::SeriousIllness)] = member.seriousIllness;
    applies[static_cast<int>(AddonCategory::Age80)] = facts.age >= 80;
    applies[static_cast<int>(AddonCategory::Elderly)] = facts.age >= 60 && facts.age < 80;
    applies[static_cast<int>(AddonCategory::Minor)] = facts.age < 18;
    std::optional<AddonCategory> best;
    for (int c = 0; c < kAddonCategoryCount; ++c) {
        // Strictly greater: on equal pcts the earlier category stays.
        if (applies[c] && (!best || policy.addonPct[c] > policy.addon(*best)))
            best = static_cast<AddonCategory>(c);
    }
    return best;
}

Money addonAmount(Money standard, int pct)
{
    return roundFen(Rational::fen(standard) * pct / 100);
}

Money memberAddon(const Member &member, const MemberFacts &facts, const PolicyParameters &policy,
                  Money standard)
{
    const auto category = addonCategory(member, facts, policy);
    return category ? addonAmount(standard, policy.addon(*category)) : Money();
}

DibaoAssessment assessDibao(const Household &household, const std::vector<MemberFacts> &facts,
                            const std::vector<bool> &inD, Money income, int n, bool assetsOk,
                            const PolicyParameters &policy, Money standard,
                            std::vector<Explanation> *reasons)
{
    DibaoAssessment out;
    // Explanations are built only when asked for: bulk runs skip the formatting.
    const bool explaining = reasons != nullptr;
    auto explain = [&](Explanation e) { reasons->push_back(std::move(e)); };
    const Money line = standard * n; // S × n
    const Rational marginalLine =
        Rational::fen(line) * policy.marginalMultiplier.toRational(); // mm × S × n

    // DB-1
    const bool eligible = n >= 1 && assetsOk && income < line;
    if (!explaining) {
    } else if (n < 1) {
        explain({"DB-1", ReasonCode::DibaoNoMembers, {}});
    } else if (!assetsOk) {
        explain({"DB-1", ReasonCode::DibaoAssets, {}});
    } else {
        const Money perCapita = roundFen(Rational::fen(income) / n);
        explain({"DB-1",
                 eligible ? ReasonCode::DibaoIncomeBelow : ReasonCode::DibaoIncomeNotBelow,
                 {perCapita.toString(), standard.toString()}});
    }
    out.failsOnlyOnIncome = n >= 1 && assetsOk && income >= line;

    if (eligible) {
        // DB-2, DB-3, DB-4: add-ons are rounded to the fen one by one, the total once.
        out.dibao.eligible = true;
        out.dibao.base = max(line - income, policy.floorPerPerson * n);
        if (explaining)
            explain({"DB-2",
                     ReasonCode::DibaoBase,
                     {std::to_string(n), standard.toString(), income.toString(),
                      policy.floorPerPerson.toString(), out.dibao.base.toString()}});
        Rational total = Rational::fen(out.dibao.base);
        for (size_t i = 0; i < household.members.size(); ++i) {
            if (!inD[i])
                continue;
            const auto category = addonCategory(household.members[i], facts[i], policy);
            if (!category)
                continue;
            const Money amount = addonAmount(standard, policy.addon(*category));
            out.dibao.addons.push_back({static_cast<int>(i), *category, amount});
            total = total + Rational::fen(amount);
            if (explaining)
                explain({"DB-3",
                         ReasonCode::DibaoAddon,
                         {household.members[i].name, "@" + std::string(addonCategoryKey(*category)),
                          amount.toString()},
                         static_cast<int>(i)});
        }
        out.dibao.monthly = roundUnit(total, policy.roundUnit);
        if (explaining)
            explain({"DB-4", ReasonCode::DibaoMonthly, {out.dibao.monthly.toString()}});
        out.classification = Classification::Dibao;
        return out;
    }

    // SP-1 and MG share their precondition: DB-1 fails only on income, and
    // S × n ≤ H < marginal_multiplier × S × n.
    const bool inMarginalBand = out.failsOnlyOnIncome && Rational::fen(income) < marginalLine;
    if (inMarginalBand) {
        for (size_t i = 0; i < household.members.size(); ++i) {
            const Member &m = household.members[i];
            if (!inD[i] || !(facts[i].severeDb3 || m.seriousIllness) ||
                !(facts[i].income < standard))
                continue;
            // SP-2
            const Rational amount =
                Rational::fen(max(standard - facts[i].income, policy.floorPerPerson)) +
                Rational::fen(memberAddon(m, facts[i], policy, standard));
            const Money monthly = roundUnit(amount, policy.roundUnit);
            out.singlePerson.push_back({static_cast<int>(i), monthly});
            if (explaining)
                explain({"SP-1",
                         ReasonCode::SingleCovered,
                         {m.name, facts[i].income.toString(), monthly.toString()},
                         static_cast<int>(i)});
        }
        if (out.singlePerson.empty())
            if (explaining)
                explain({"SP-1", ReasonCode::SingleNone, {}});
    }
    if (!out.singlePerson.empty()) {
        out.classification = Classification::SinglePerson;
    } else if (inMarginalBand) {
        out.classification = Classification::Marginal;
        if (explaining)
            explain({"MG", ReasonCode::Marginal, {policy.marginalMultiplier.toString()}});
    }
    return out;
}

} // namespace relief
