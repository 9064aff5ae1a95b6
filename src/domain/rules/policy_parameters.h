#pragma once

// One versioned policy parameter set (policy-rules §2, data-formats §1): every
// local figure the rules use. Money in fen, rates and multipliers as exact
// decimals, percentages and month counts as integers.

#include "domain/date.h"
#include "domain/decimal.h"
#include "domain/lang.h"
#include "domain/money.h"
#include "domain/result.h"
#include "domain/rounding.h"
#include "household.h"

#include <string>
#include <string_view>
#include <vector>

namespace relief {

class JsonReader;

// Ceilings of the parameters (docs/policy-rules.md §2). Far above any real
// figure, they keep every product the rules form (S × months × members …) well
// inside Money's range, and catch typing slips such as an extra three zeros.
inline constexpr Money kMaxMonthlyParameter = Money::fromYuan(1'000'000); // a month
inline constexpr Money kMaxAnnualParameter = Money::fromYuan(12'000'000); // a year
inline constexpr Money kMaxAssetLimit = Money::fromYuan(100'000'000); // one asset
inline constexpr int kMaxParameterMonths = 120;
inline constexpr int kMaxMultiplier = 10; // marginal_multiplier, basic_multiplier
inline constexpr int kMaxThresholdPct = 1000; // price-index triggers, % year on year

// DB-3 categories, in the tie-break order of the rule.
enum class AddonCategory { SevereDisability, Disability, SeriousIllness, Age80, Elderly, Minor };
inline constexpr int kAddonCategoryCount = 6;
std::string_view addonCategoryKey(AddonCategory c);

// §3 self-care level from the number of unmet daily-living items.
enum class SelfCare { Full, Partial, Total };
std::string_view selfCareKey(SelfCare s);

struct PolicyParameters
{
    struct AssetLimits
    {
        int financialMonths = 0; // months of S per counted member
        int homesLimit = 0;
        Money vehicleValueLimit;
        Money businessCapitalLimit;
    };
    struct Tekun
    {
        Decimal basicMultiplier;
        Money careFull;
        Money carePartial;
        Money careTotal;
    };
    struct DisabilitySubsidy
    {
        Money living;
        Money careGrade1;
        Money careGrade2;
    };
    struct ChildAllowance
    {
        Money institutional;
        Money home;
    };
    struct PriceSubsidy
    {
        Decimal cpiThreshold; // % year on year
        Decimal foodThreshold;
        Money floor;
    };
    struct Temporary
    {
        int streetMaxMonths = 0;
        int maxMonths = 0;
        int expenseRatioPct = 0;
    };
    struct ReviewMonths
    {
        int dibaoStable = 12;
        int dibaoUnstable = 6;
        int tekun = 12;
    };
    // §8, working days unless the name says otherwise.
    struct Deadlines
    {
        int investigationStart = 3;
        int streetInvestigationTekun = 15;
        int noticeCalendarDays = 7;
        int approvalDibao = 10;
        int approvalTekun = 15;
        int approvalChild = 15;
        int wholeProcess = 30;
        int wholeProcessDelegated = 20;
        int wholeProcessExtended = 45;
        int refusalNotice = 3;
        int emergencyResponseHours = 24;
    };

    Date effectiveFrom;
    RoundUnit roundUnit = RoundUnit::Yuan;
    Money standardUrban;
    Money standardRural;
    Money floorPerPerson;
    int addonPct[kAddonCategoryCount] = {}; // indexed by AddonCategory
    Money employmentCostDeduction;
    AssetLimits assets;
    Decimal marginalMultiplier;
    Tekun tekun;
    Money disposableIncomePrevYear; // yuan per year, as money
    DisabilitySubsidy disabilitySubsidy;
    ChildAllowance childAllowance;
    PriceSubsidy priceSubsidy;
    Temporary temporary;
    ReviewMonths reviewMonths;
    int gradualExitMonths = 6;
    Deadlines deadlines;

    // S for the area.
    Money standard(Area area) const { return area == Area::Rural ? standardRural : standardUrban; }
    int addon(AddonCategory c) const { return addonPct[static_cast<int>(c)]; }
    Money care(SelfCare s) const;

    // Every field is required; errors name the path ("dibao_standard.urban").
    static Result<PolicyParameters> fromJson(std::string_view json, Lang lang = Lang::Zh);
    // Reads from an object reader, so an inline set reports "policy.round_unit".
    static PolicyParameters read(const JsonReader &reader);
    // Two-space indented, fields in the order of the shipped samples.
    std::string toJson() const;
};

// The set with the latest effective_from ≤ date; nullptr when none is in force.
const PolicyParameters *parametersInForce(const std::vector<PolicyParameters> &sets,
                                          const Date &date);

} // namespace relief
