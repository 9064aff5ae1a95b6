#include "assessment.h"

namespace relief {

std::string_view assetFailureKey(AssetFailure f)
{
    switch (f) {
    case AssetFailure::Financial:
        return "financial";
    case AssetFailure::Homes:
        return "homes";
    case AssetFailure::Vehicle:
        return "vehicle";
    case AssetFailure::Business:
        return "business";
    }
    return "";
}

std::string_view classificationKey(Classification c)
{
    switch (c) {
    case Classification::Dibao:
        return "dibao";
    case Classification::SinglePerson:
        return "single_person";
    case Classification::Marginal:
        return "marginal";
    case Classification::None:
        return "none";
    }
    return "none";
}

std::string_view approvalLevelKey(ApprovalLevel l)
{
    switch (l) {
    case ApprovalLevel::Street:
        return "street";
    case ApprovalLevel::County:
        return "county";
    case ApprovalLevel::Special:
        return "special";
    }
    return "";
}

} // namespace relief
