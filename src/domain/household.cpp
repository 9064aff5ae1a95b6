#include "household.h"

#include "household_keys.h"

namespace relief {

namespace {

template<class E, size_t N> std::string_view keyOf(const std::array<std::string_view, N> &keys, E e)
{
    const auto i = static_cast<size_t>(e);
    return i < N ? keys[i] : std::string_view();
}

} // namespace

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
