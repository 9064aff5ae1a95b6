#include "policy_parameters.h"

#include "domain/json_document.h"
#include "domain/json_reader.h"

#include <array>

namespace relief {

namespace {

constexpr std::array<std::string_view, kAddonCategoryCount> kAddonKeys = {
    "severe_disability", "disability", "serious_illness", "age80", "elderly", "minor"};
constexpr std::array<std::string_view, 3> kRoundUnitKeys = {"fen", "jiao", "yuan"};

// Generous upper bounds: they only catch typing slips such as 1200 for 12.
constexpr int kMaxMonths = kMaxParameterMonths;
constexpr int kMaxDays = 365;
constexpr int kMaxHomes = 100;

Decimal decimalOr(const std::optional<Decimal> &d)
{
    return d.value_or(Decimal());
}

Money monthly(const JsonReader &r, std::string_view key)
{
    return r.moneyAtMost(key, kMaxMonthlyParameter);
}

Decimal multiplier(const JsonReader &r, std::string_view key)
{
    return decimalOr(r.decimalInRange(key, true, Decimal(), Decimal::fromInt(kMaxMultiplier)));
}

Decimal threshold(const JsonReader &r, std::string_view key)
{
    return decimalOr(r.decimalInRange(key, true, Decimal(), Decimal::fromInt(kMaxThresholdPct)));
}

} // namespace

std::string_view addonCategoryKey(AddonCategory c)
{
    return kAddonKeys[static_cast<size_t>(c)];
}

std::string_view selfCareKey(SelfCare s)
{
    switch (s) {
    case SelfCare::Full:
        return "full";
    case SelfCare::Partial:
        return "partial";
    case SelfCare::Total:
        return "total";
    }
    return "full";
}

Money PolicyParameters::care(SelfCare s) const
{
    switch (s) {
    case SelfCare::Full:
        return tekun.careFull;
    case SelfCare::Partial:
        return tekun.carePartial;
    case SelfCare::Total:
        return tekun.careTotal;
    }
    return tekun.careFull;
}

PolicyParameters PolicyParameters::read(const JsonReader &r)
{
    PolicyParameters p;
    p.effectiveFrom = r.date("effective_from", true).value_or(Date());
    const int unit = r.choice("round_unit", kRoundUnitKeys);
    p.roundUnit = unit < 0 ? RoundUnit::Yuan : static_cast<RoundUnit>(unit);

    const JsonReader standard = r.object("dibao_standard", true);
    p.standardUrban = monthly(standard, "urban");
    p.standardRural = monthly(standard, "rural");
    p.floorPerPerson = monthly(r, "dibao_floor_per_person");

    const JsonReader addon = r.object("addon_pct", true);
    for (int i = 0; i < kAddonCategoryCount; ++i)
        p.addonPct[i] = addon.integer(kAddonKeys[static_cast<size_t>(i)], std::nullopt, 0, 100);
    p.employmentCostDeduction = monthly(r, "employment_cost_deduction");

    const JsonReader assets = r.object("assets", true);
    p.assets.financialMonths = assets.integer("financial_months", std::nullopt, 0, kMaxMonths);
    p.assets.homesLimit = assets.integer("homes_limit", std::nullopt, 0, kMaxHomes);
    p.assets.vehicleValueLimit = assets.moneyAtMost("vehicle_value_limit", kMaxAssetLimit);
    p.assets.businessCapitalLimit = assets.moneyAtMost("business_capital_limit", kMaxAssetLimit);

    p.marginalMultiplier = multiplier(r, "marginal_multiplier");
    const JsonReader tekun = r.object("tekun", true);
    p.tekun.basicMultiplier = multiplier(tekun, "basic_multiplier");
    const JsonReader care = tekun.object("care", true);
    p.tekun.careFull = monthly(care, "full");
    p.tekun.carePartial = monthly(care, "partial");
    p.tekun.careTotal = monthly(care, "total");

    p.disposableIncomePrevYear = r.moneyAtMost("disposable_income_prev_year", kMaxAnnualParameter);
    const JsonReader ds = r.object("disability_subsidy", true);
    p.disabilitySubsidy.living = monthly(ds, "living");
    p.disabilitySubsidy.careGrade1 = monthly(ds, "care_grade1");
    p.disabilitySubsidy.careGrade2 = monthly(ds, "care_grade2");
    const JsonReader ca = r.object("child_allowance", true);
    p.childAllowance.institutional = monthly(ca, "institutional");
    p.childAllowance.home = monthly(ca, "home");

    const JsonReader ps = r.object("price_subsidy", true);
    p.priceSubsidy.cpiThreshold = threshold(ps, "cpi_threshold");
    p.priceSubsidy.foodThreshold = threshold(ps, "food_threshold");
    p.priceSubsidy.floor = monthly(ps, "floor");

    const JsonReader ta = r.object("temporary", true);
    p.temporary.streetMaxMonths = ta.integer("street_max_months", std::nullopt, 0, kMaxMonths);
    p.temporary.maxMonths = ta.integer("max_months", std::nullopt, 0, kMaxMonths);
    p.temporary.expenseRatioPct = ta.integer("expense_ratio_pct", std::nullopt, 0, 100);
    if (!r.failed() && p.temporary.streetMaxMonths > p.temporary.maxMonths)
        ta.fail("street_max_months",
                std::string(tr(r.lang(), "街道审批上限不能高于一般上限 max_months",
                               "must not exceed max_months")));

    const JsonReader rv = r.object("review_months", true);
    // A cadence of 0 months would make every case due at once.
    p.reviewMonths.dibaoStable = rv.integer("dibao_stable", std::nullopt, 1, kMaxMonths);
    p.reviewMonths.dibaoUnstable = rv.integer("dibao_unstable", std::nullopt, 1, kMaxMonths);
    p.reviewMonths.tekun = rv.integer("tekun", std::nullopt, 1, kMaxMonths);
    p.gradualExitMonths = r.integer("gradual_exit_months", std::nullopt, 0, kMaxMonths);

    const JsonReader dl = r.object("deadlines", true);
    auto days = [&](std::string_view key) { return dl.integer(key, std::nullopt, 0, kMaxDays); };
    p.deadlines.investigationStart = days("investigation_start");
    p.deadlines.streetInvestigationTekun = days("street_investigation_tekun");
    p.deadlines.noticeCalendarDays = days("notice_calendar_days");
    p.deadlines.approvalDibao = days("approval_dibao");
    p.deadlines.approvalTekun = days("approval_tekun");
    p.deadlines.approvalChild = days("approval_child");
    p.deadlines.wholeProcess = days("whole_process");
    p.deadlines.wholeProcessDelegated = days("whole_process_delegated");
    p.deadlines.wholeProcessExtended = days("whole_process_extended");
    p.deadlines.refusalNotice = days("refusal_notice");
    p.deadlines.emergencyResponseHours =
        dl.integer("emergency_response_hours", std::nullopt, 0, 24 * kMaxDays);
    return p;
}

Result<PolicyParameters> PolicyParameters::fromJson(std::string_view json, Lang lang)
{
    const auto doc = parseJsonDocument(json, lang);
    if (!doc.ok())
        return doc.error();
    JsonReader::Sink sink {lang, std::nullopt};
    const JsonReader r = JsonReader::root(*doc, sink);
    PolicyParameters p = read(r);
    if (sink.error)
        return *sink.error;
    return p;
}

std::string PolicyParameters::toJson() const
{
    using J = nlohmann::ordered_json;
    J doc;
    doc["effective_from"] = effectiveFrom.toString();
    doc["round_unit"] = roundUnitKey(roundUnit);
    doc["dibao_standard"] = {{"urban", standardUrban.toString()},
                             {"rural", standardRural.toString()}};
    doc["dibao_floor_per_person"] = floorPerPerson.toString();
    J addon = J::object();
    for (int i = 0; i < kAddonCategoryCount; ++i)
        addon[std::string(kAddonKeys[static_cast<size_t>(i)])] = addonPct[i];
    doc["addon_pct"] = addon;
    doc["employment_cost_deduction"] = employmentCostDeduction.toString();
    doc["assets"] = {{"financial_months", assets.financialMonths},
                     {"homes_limit", assets.homesLimit},
                     {"vehicle_value_limit", assets.vehicleValueLimit.toString()},
                     {"business_capital_limit", assets.businessCapitalLimit.toString()}};
    doc["marginal_multiplier"] = marginalMultiplier.toString();
    doc["tekun"] = {{"basic_multiplier", tekun.basicMultiplier.toString()},
                    {"care",
                     {{"full", tekun.careFull.toString()},
                      {"partial", tekun.carePartial.toString()},
                      {"total", tekun.careTotal.toString()}}}};
    doc["disposable_income_prev_year"] = disposableIncomePrevYear.toString();
    doc["disability_subsidy"] = {{"living", disabilitySubsidy.living.toString()},
                                 {"care_grade1", disabilitySubsidy.careGrade1.toString()},
                                 {"care_grade2", disabilitySubsidy.careGrade2.toString()}};
    doc["child_allowance"] = {{"institutional", childAllowance.institutional.toString()},
                              {"home", childAllowance.home.toString()}};
    doc["price_subsidy"] = {{"cpi_threshold", priceSubsidy.cpiThreshold.toString()},
                            {"food_threshold", priceSubsidy.foodThreshold.toString()},
                            {"floor", priceSubsidy.floor.toString()}};
    doc["temporary"] = {{"street_max_months", temporary.streetMaxMonths},
                        {"max_months", temporary.maxMonths},
                        {"expense_ratio_pct", temporary.expenseRatioPct}};
    doc["review_months"] = {{"dibao_stable", reviewMonths.dibaoStable},
                            {"dibao_unstable", reviewMonths.dibaoUnstable},
                            {"tekun", reviewMonths.tekun}};
    doc["gradual_exit_months"] = gradualExitMonths;
    doc["deadlines"] = {{"investigation_start", deadlines.investigationStart},
                        {"street_investigation_tekun", deadlines.streetInvestigationTekun},
                        {"notice_calendar_days", deadlines.noticeCalendarDays},
                        {"approval_dibao", deadlines.approvalDibao},
                        {"approval_tekun", deadlines.approvalTekun},
                        {"approval_child", deadlines.approvalChild},
                        {"whole_process", deadlines.wholeProcess},
                        {"whole_process_delegated", deadlines.wholeProcessDelegated},
                        {"whole_process_extended", deadlines.wholeProcessExtended},
                        {"refusal_notice", deadlines.refusalNotice},
                        {"emergency_response_hours", deadlines.emergencyResponseHours}};
    return doc.dump(2);
}

const PolicyParameters *parametersInForce(const std::vector<PolicyParameters> &sets,
                                          const Date &date)
{
    const PolicyParameters *best = nullptr;
    for (const auto &p : sets)
        if (p.effectiveFrom <= date && (!best || best->effectiveFrom < p.effectiveFrom))
            best = &p;
    return best;
}

} // namespace relief
