#pragma once

// Assessment: everything the rules decided about one household on one date, in
// the shape of data-formats §2's output. Plain data; produced by assessHousehold
// and written out by assessmentToJson.

#include "domain/date.h"
#include "domain/explanation.h"
#include "domain/money.h"
#include "domain/year_month.h"
#include "policy_parameters.h"

#include <optional>
#include <string>
#include <vector>

namespace relief {

enum class AssetFailure { Financial, Homes, Vehicle, Business };
std::string_view assetFailureKey(AssetFailure f);

enum class Classification { Dibao, SinglePerson, Marginal, None };
std::string_view classificationKey(Classification c);

enum class ApprovalLevel { Street, County, Special };
std::string_view approvalLevelKey(ApprovalLevel l);

struct AddonLine
{
    int member = 0;
    AddonCategory category = AddonCategory::Minor;
    Money amount;
};

struct MemberAmount
{
    int member = 0;
    Money monthly;
};

struct DibaoResult
{
    bool eligible = false;
    Money base; // 0 when not eligible
    std::vector<AddonLine> addons; // empty when not eligible
    Money monthly;
};

struct TekunLine
{
    int member = 0;
    bool eligible = false;
    SelfCare selfCare = SelfCare::Full;
    Money basic;
    Money care;
    Money monthly;
    std::vector<std::string> failed; // "TK-2", "TK-3", "TK-4", "child_status"
};

struct PriceSubsidyResult
{
    bool triggered = false;
    std::string rate = "0"; // the triggering index as given
    Money perPerson;
    int persons = 0;
    Money monthly;
};

struct TemporaryResult
{
    bool eligible = false;
    Money amount;
    std::optional<ApprovalLevel> level;
    bool prepayAllowed = false;
};

struct Assessment
{
    Date asOf;
    Date policyEffectiveFrom;
    YearMonth firstMonth; // DA-3: the month after as_of
    Money standard; // S
    int countedMembers = 0; // N
    int dibaoMembers = 0; // n
    Money incomeCounted; // H over D
    Money perCapitaIncome; // round_fen(H / n), 0 when n = 0
    bool assetsOk = true;
    std::vector<AssetFailure> assetFailures;
    Classification classification = Classification::None;
    DibaoResult dibao;
    std::vector<MemberAmount> singlePerson;
    std::vector<TekunLine> tekun;
    std::vector<MemberAmount> childAllowance;
    std::vector<MemberAmount> disabilityLiving;
    std::vector<MemberAmount> disabilityCare;
    std::optional<PriceSubsidyResult> priceSubsidy; // only when indices were given
    std::optional<TemporaryResult> temporary; // only when requested
    std::optional<int> reviewIntervalMonths;
    Money totalMonthly;
    std::vector<Explanation> reasons;

    // Facts kept for dynamic adjustment (DA-1, DA-2); not part of the JSON.
    bool failsOnlyOnIncome = false; // n ≥ 1, assets_ok and H ≥ S × n
    Money wageAndBusinessIncome; // over counted members
    Money incomeAll; // H_all over counted members
};

} // namespace relief
