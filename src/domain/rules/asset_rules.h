#pragma once

// AS-1: the household asset test.

#include "assessment.h"
#include "household.h"
#include "policy_parameters.h"

#include <vector>

namespace relief {

struct AssetTest
{
    bool ok = true;
    std::vector<AssetFailure> failures; // financial, homes, vehicle, business order
};

// standard = S, countedMembers = N. Appends its explanations to reasons when given.
AssetTest testAssets(const HouseholdAssets &assets, const PolicyParameters &policy, Money standard,
                     int countedMembers, std::vector<Explanation> *reasons = nullptr);

} // namespace relief
