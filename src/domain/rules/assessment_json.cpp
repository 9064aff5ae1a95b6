#include "assessment_json.h"

#include <nlohmann/json.hpp>

namespace relief {

namespace {

using J = nlohmann::ordered_json;

J memberAmounts(const std::vector<MemberAmount> &lines)
{
    J out = J::array();
    for (const auto &l : lines)
        out.push_back({{"member", l.member}, {"monthly", l.monthly.toString()}});
    return out;
}

} // namespace

std::string assessmentToJson(const Assessment &a, Lang lang)
{
    J doc;
    doc["as_of"] = a.asOf.toString();
    doc["policy_effective_from"] = a.policyEffectiveFrom.toString();
    doc["first_month"] = a.firstMonth.toString();
    doc["standard"] = a.standard.toString();
    doc["counted_members"] = a.countedMembers;
    doc["dibao_members"] = a.dibaoMembers;
    doc["income_counted"] = a.incomeCounted.toString();
    doc["per_capita_income"] = a.perCapitaIncome.toString();
    doc["assets_ok"] = a.assetsOk;
    J failures = J::array();
    for (AssetFailure f : a.assetFailures)
        failures.push_back(assetFailureKey(f));
    doc["asset_failures"] = failures;
    doc["classification"] = classificationKey(a.classification);

    J addons = J::array();
    for (const auto &ad : a.dibao.addons)
        addons.push_back({{"member", ad.member},
                          {"category", addonCategoryKey(ad.category)},
                          {"amount", ad.amount.toString()}});
    J dibao;
    dibao["eligible"] = a.dibao.eligible;
    dibao["base"] = a.dibao.base.toString();
    dibao["addons"] = addons;
    dibao["monthly"] = a.dibao.monthly.toString();
    doc["dibao"] = dibao;
    doc["single_person"] = memberAmounts(a.singlePerson);

    J tekun = J::array();
    for (const auto &t : a.tekun) {
        J line;
        line["member"] = t.member;
        line["eligible"] = t.eligible;
        line["self_care"] = selfCareKey(t.selfCare);
        line["basic"] = t.basic.toString();
        line["care"] = t.care.toString();
        line["monthly"] = t.monthly.toString();
        line["failed"] = t.failed;
        tekun.push_back(line);
    }
    doc["tekun"] = tekun;
    doc["child_allowance"] = memberAmounts(a.childAllowance);
    doc["disability_living"] = memberAmounts(a.disabilityLiving);
    doc["disability_care"] = memberAmounts(a.disabilityCare);

    if (a.priceSubsidy) {
        const auto &p = *a.priceSubsidy;
        J ps;
        ps["triggered"] = p.triggered;
        ps["rate"] = p.triggered ? p.rate : std::string("0");
        ps["per_person"] = p.perPerson.toString();
        ps["persons"] = p.persons;
        ps["monthly"] = p.monthly.toString();
        doc["price_subsidy"] = ps;
    }
    if (a.temporary) {
        const auto &t = *a.temporary;
        J ta;
        ta["eligible"] = t.eligible;
        ta["amount"] = t.amount.toString();
        ta["level"] = t.level ? J(approvalLevelKey(*t.level)) : J(nullptr);
        ta["prepay_allowed"] = t.prepayAllowed;
        doc["temporary"] = ta;
    }
    doc["review_interval_months"] =
        a.reviewIntervalMonths ? J(*a.reviewIntervalMonths) : J(nullptr);
    doc["total_monthly"] = a.totalMonthly.toString();
    J reasons = J::array();
    for (const auto &r : a.reasons)
        reasons.push_back({{"rule", r.rule}, {"text", r.render(lang)}});
    doc["reasons"] = reasons;
    // Names come from user input: never let a stray byte abort the output.
    return doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
}

} // namespace relief
