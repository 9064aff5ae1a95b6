#include "asset_rules.h"

namespace relief {

AssetTest testAssets(const HouseholdAssets &assets, const PolicyParameters &policy, Money standard,
                     int countedMembers, std::vector<Explanation> *reasons)
{
    AssetTest t;
    auto failure = [&](AssetFailure f, ReasonCode code, std::string value, std::string limit) {
        t.ok = false;
        t.failures.push_back(f);
        if (reasons)
            reasons->push_back({"AS-1", code, {std::move(value), std::move(limit)}});
    };
    const Money financialLimit = standard * policy.assets.financialMonths * countedMembers;
    if (assets.financial > financialLimit)
        failure(AssetFailure::Financial, ReasonCode::AssetFinancial, assets.financial.toString(),
                financialLimit.toString());
    if (assets.homes > policy.assets.homesLimit)
        failure(AssetFailure::Homes, ReasonCode::AssetHomes, std::to_string(assets.homes),
                std::to_string(policy.assets.homesLimit));
    for (const Vehicle &v : assets.vehicles) {
        // One code however many vehicles fail; the first one is named.
        if (!v.exempt && v.value > policy.assets.vehicleValueLimit) {
            failure(AssetFailure::Vehicle, ReasonCode::AssetVehicle, v.value.toString(),
                    policy.assets.vehicleValueLimit.toString());
            break;
        }
    }
    if (assets.businessCapital > policy.assets.businessCapitalLimit)
        failure(AssetFailure::Business, ReasonCode::AssetBusiness,
                assets.businessCapital.toString(), policy.assets.businessCapitalLimit.toString());
    if (t.ok && reasons)
        reasons->push_back({"AS-1", ReasonCode::AssetsOk, {}});
    return t;
}

} // namespace relief
