#include "review_rules.h"

#include "domain/year_month.h"

namespace relief {

std::optional<int> reviewIntervalMonths(Classification classification,
                                        bool dibaoMemberHasLabourCapacity, bool anyTekun,
                                        const PolicyParameters &policy)
{
    if (classification == Classification::Dibao || classification == Classification::SinglePerson)
        return dibaoMemberHasLabourCapacity ? policy.reviewMonths.dibaoUnstable
                                            : policy.reviewMonths.dibaoStable;
    if (anyTekun)
        return policy.reviewMonths.tekun;
    return std::nullopt;
}

Date reviewDueDate(const Date &lastReview, int cadenceMonths)
{
    return addMonthsClamped(lastReview, cadenceMonths);
}

bool isReviewOverdue(const Date &due, const Date &today)
{
    return today > due;
}

} // namespace relief
