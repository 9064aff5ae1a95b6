#include "domain/registry/relations.h"

namespace relief {

Relation reverseRelation(Relation newHeadRelation)
{
    switch (newHeadRelation) {
    case Relation::Spouse:
        return Relation::Spouse;
    case Relation::Child:
        return Relation::Parent;
    case Relation::Parent:
        return Relation::Child;
    case Relation::Grandchild:
        return Relation::Grandparent;
    case Relation::Grandparent:
        return Relation::Grandchild;
    case Relation::Sibling:
        return Relation::Sibling;
    case Relation::Head:
    case Relation::Other:
        break;
    }
    return Relation::Other;
}

} // namespace relief
