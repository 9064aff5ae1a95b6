#include "household_assessor.h"

#include "asset_rules.h"
#include "benefit_rules.h"
#include "dibao_rules.h"
#include "domain/review/review_rules.h"
#include "member_facts.h"
#include "tekun_rules.h"
#include "temporary_rules.h"

namespace relief {

namespace {

// Runs one step of the assessment; an overflow inside it is reported on `field`,
// the part of the input whose figures the step adds up.
template<class F> decltype(auto) step(const std::string &field, F &&f)
{
    try {
        return f();
    } catch (const ArithmeticOverflow &e) {
        if (!e.field().empty())
            throw;
        throw ArithmeticOverflow(field);
    }
}

Assessment run(const AssessRequest &request, const PolicyParameters &policy, bool explain)
{
    const Household &household = request.household;
    const auto &members = household.members;
    const size_t count = members.size();
    std::vector<Explanation> *reasons = nullptr;

    Assessment a;
    if (explain)
        reasons = &a.reasons;
    a.asOf = request.asOf;
    a.policyEffectiveFrom = policy.effectiveFrom;
    a.firstMonth = YearMonth::of(request.asOf).next();
    const Money s = policy.standard(household.area);
    a.standard = s;

    std::vector<MemberFacts> facts;
    facts.reserve(count);
    for (size_t i = 0; i < count; ++i) {
        const Member &m = members[i];
        facts.push_back(step("members[" + std::to_string(i) + "].incomes",
                             [&] { return memberFacts(m, policy, request.asOf); }));
        if (m.counted) {
            ++a.countedMembers;
            step("members", [&] {
                a.incomeAll += facts.back().income;
                a.wageAndBusinessIncome += facts.back().wageAndBusiness;
            });
        }
    }

    // AS-1 (N counted members)
    const AssetTest assets = step("assets", [&] {
        return testAssets(household.assets, policy, s, a.countedMembers, reasons);
    });
    a.assetsOk = assets.ok;
    a.assetFailures = assets.failures;

    // Groups C, T, D
    std::vector<bool> inC(count, false);
    for (size_t i = 0; i < count; ++i)
        inC[i] = inChildGroup(members[i], facts[i]);
    TekunAssessment tekun = step("members", [&] {
        return assessTekun(household, facts, inC, a.assetsOk, policy, s, reasons);
    });
    a.tekun = std::move(tekun.lines);
    std::vector<bool> inD(count, false);
    bool dibaoLabour = false;
    for (size_t i = 0; i < count; ++i) {
        inD[i] = facts[i].counted && !tekun.inT[i] && !inC[i];
        if (!inD[i])
            continue;
        ++a.dibaoMembers;
        step("members", [&] { a.incomeCounted += facts[i].income; });
        dibaoLabour = dibaoLabour || facts[i].labourCapacity;
    }
    if (a.dibaoMembers > 0)
        a.perCapitaIncome = roundFen(Rational::fen(a.incomeCounted) / a.dibaoMembers);

    // DB, SP, MG and the classification
    DibaoAssessment dibao = step("members", [&] {
        return assessDibao(household, facts, inD, a.incomeCounted, a.dibaoMembers, a.assetsOk,
                           policy, s, reasons);
    });
    a.dibao = std::move(dibao.dibao);
    a.singlePerson = std::move(dibao.singlePerson);
    a.classification = dibao.classification;
    a.failsOnlyOnIncome = dibao.failsOnlyOnIncome;
    if (reasons)
        reasons->push_back({"DB-1",
                            ReasonCode::Classification,
                            {"@" + std::string(classificationKey(a.classification))}});

    // CA, DS-1, DS-2
    std::vector<bool> inSp(count, false);
    for (const MemberAmount &sp : a.singlePerson)
        inSp[static_cast<size_t>(sp.member)] = true;
    const bool dibaoHousehold = a.classification == Classification::Dibao;
    int tekunCount = 0;
    for (size_t i = 0; i < count; ++i) {
        const int idx = static_cast<int>(i);
        const Member &m = members[i];
        tekunCount += tekun.inT[i] ? 1 : 0;
        if (const auto ca = childAllowanceAmount(m, facts[i], policy)) {
            a.childAllowance.push_back({idx, *ca});
            if (reasons)
                reasons->push_back(
                    {"CA",
                     ReasonCode::ChildAllowance,
                     {m.name, "@" + std::string(childStatusKey(*m.childStatus)), ca->toString()},
                     idx});
        }
        // DS-1: D of a dibao household, or covered by SP; D never holds T or C.
        if (m.disability && ((dibaoHousehold && inD[i]) || inSp[i])) {
            a.disabilityLiving.push_back({idx, policy.disabilitySubsidy.living});
            if (reasons)
                reasons->push_back({"DS-1",
                                    ReasonCode::DisabilityLiving,
                                    {m.name, policy.disabilitySubsidy.living.toString()},
                                    idx});
        }
        // DS-2: any counted member outside T, whatever the household's income.
        if (facts[i].counted && !tekun.inT[i]) {
            if (const auto care = disabilityCareAmount(m.disability, policy)) {
                a.disabilityCare.push_back({idx, *care});
                if (reasons)
                    reasons->push_back(
                        {"DS-2", ReasonCode::DisabilityCare, {m.name, care->toString()}, idx});
            }
        }
    }

    // PS-1 … PS-4
    if (request.cpi) {
        const int persons = (dibaoHousehold ? a.dibaoMembers : 0) +
            static_cast<int>(a.singlePerson.size()) + tekunCount +
            static_cast<int>(a.childAllowance.size());
        a.priceSubsidy =
            step("cpi", [&] { return priceSubsidy(*request.cpi, policy, s, persons); });
        if (reasons) {
            const auto &ps = *a.priceSubsidy;
            if (ps.triggered)
                reasons->push_back({"PS-1",
                                    ReasonCode::PriceTriggered,
                                    {ps.rate, ps.perPerson.toString(), std::to_string(ps.persons),
                                     ps.monthly.toString()}});
            else
                reasons->push_back({"PS-1",
                                    ReasonCode::PriceNotTriggered,
                                    {request.cpi->cpiText, request.cpi->foodText}});
        }
    }

    // TA-1 … TA-3
    if (request.temporary)
        a.temporary = step("temporary", [&] {
            return assessTemporary(*request.temporary, policy, s, a.countedMembers, a.assetsOk,
                                   a.incomeAll, reasons);
        });

    // RV-1
    a.reviewIntervalMonths =
        reviewIntervalMonths(a.classification, dibaoLabour, tekunCount > 0, policy);
    if (reasons) {
        if (a.reviewIntervalMonths)
            reasons->push_back(
                {"RV-1", ReasonCode::ReviewInterval, {std::to_string(*a.reviewIntervalMonths)}});
        else
            reasons->push_back({"RV-1", ReasonCode::ReviewNone, {}});
        reasons->push_back({"DA-3", ReasonCode::FirstMonth, {a.firstMonth.toString()}});
    }

    // Total: everything monthly except temporary assistance.
    a.totalMonthly = step("members", [&] {
        Money total = a.dibao.monthly;
        for (const auto &sp : a.singlePerson)
            total += sp.monthly;
        for (const auto &t : a.tekun)
            total += t.monthly;
        for (const auto *list : {&a.childAllowance, &a.disabilityLiving, &a.disabilityCare})
            for (const auto &line : *list)
                total += line.monthly;
        if (a.priceSubsidy)
            total += a.priceSubsidy->monthly;
        return total;
    });
    return a;
}

} // namespace

Assessment assessHousehold(const AssessRequest &request, const PolicyParameters &policy)
{
    return run(request, policy, true);
}

Assessment assessHouseholdQuiet(const AssessRequest &request, const PolicyParameters &policy)
{
    return run(request, policy, false);
}

} // namespace relief
