#include "household.h"

#include "household_keys.h"

namespace relief {

std::string_view areaKey(Area a)
{
    return keyOf(kAreaKeys, a);
}
std::string_view relationKey(Relation r)
{
    return keyOf(kRelationKeys, r);
}
std::string_view disabilityKindKey(DisabilityKind k)
{
    return keyOf(kDisabilityKindKeys, k);
}
std::string_view incomeKindKey(IncomeKind k)
{
    return keyOf(kIncomeKindKeys, k);
}
std::string_view childStatusKey(ChildStatus s)
{
    return keyOf(kChildStatusKeys, s);
}
std::string_view obligorStatusKey(ObligorStatus s)
{
    return keyOf(kObligorStatusKeys, s);
}

} // namespace relief
