#pragma once

// TA-1 (急难型), TA-2 (支出型) and TA-3 (approval level) of 临时救助.

#include "assess_request.h"
#include "assessment.h"
#include "policy_parameters.h"

#include <vector>

namespace relief {

// TA-3: street when amount ≤ street_max_months × S × N, county when ≤
// max_months × S × N, otherwise special (一事一议).
ApprovalLevel temporaryApprovalLevel(Money amount, const PolicyParameters &policy, Money standard,
                                     int countedMembers);

// incomeAll = H_all (Σ hᵢ over all counted members).
TemporaryResult assessTemporary(const TemporaryRequest &request, const PolicyParameters &policy,
                                Money standard, int countedMembers, bool assetsOk, Money incomeAll,
                                std::vector<Explanation> *reasons = nullptr);

} // namespace relief
