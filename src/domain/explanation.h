#pragma once

// Explanation: one structured reason behind a rule result (rule id, the figures
// it used, the outcome), rendered in Chinese or English only when shown. The UI,
// notices and the assess JSON all render the same items.

#include "lang.h"

#include <string>
#include <string_view>
#include <vector>

namespace relief {

enum class ReasonCode {
    AssetsOk,
    AssetFinancial,
    AssetHomes,
    AssetVehicle,
    AssetBusiness,
    DibaoNoMembers,
    DibaoAssets,
    DibaoIncomeBelow,
    DibaoIncomeNotBelow,
    DibaoBase,
    DibaoAddon,
    DibaoMonthly,
    SingleCovered,
    SingleNone,
    Marginal,
    Classification,
    TekunEligible,
    TekunFailed,
    TekunObligorListed, // TK-4 failed on a listed obligor: {0} name, {1} relation, {2} age
    TekunObligorInHousehold, // … on a member living in: {0} name, {1} their name, {2} @rel_*
    TekunAmount,
    ChildAllowance,
    DisabilityLiving,
    DisabilityCare,
    PriceTriggered,
    PriceNotTriggered,
    TemporaryEligible,
    TemporaryNotEligible,
    TemporaryLevel,
    ReviewInterval,
    ReviewNone,
    AdjustMaintain,
    AdjustIncrease,
    AdjustDecrease,
    AdjustStop,
    AdjustGradualExit,
    AdjustStandardChange,
    AdjustStandardKeep,
    FirstMonth,
};

// What the item says about its rule, for UIs that colour or filter reasons.
enum class Outcome {
    Met, // a condition holds (eligible, within a limit)
    NotMet, // a condition fails
    Amount, // a figure was computed
    Info, // classification, cadence, effective month
};

struct Explanation
{
    std::string rule; // "DB-1"
    ReasonCode code = ReasonCode::Classification;
    // Figures substituted for {0}, {1} … in the sentence. A figure that starts
    // with '@' is a term key ("@serious_illness") translated when rendered; user
    // text that could start with '@' goes in through literalFigure().
    std::vector<std::string> figures;
    int member = -1; // 0-based member index, -1 for the household

    Outcome outcome() const;
    std::string render(Lang lang) const;
};

// Renders a term key such as "serious_illness" or "TK-4" (the key itself when unknown).
// Texts are words for people; the rule id stays in Explanation::rule.
std::string renderTerm(const std::string &key, Lang lang);

// A figure shown as it is, even when it starts with '@'.
std::string literalFigure(std::string_view text);

} // namespace relief
