#pragma once

// Relations between members when the head of a household changes.

#include "domain/rules/household.h"

namespace relief {

// The former head's relation to the new head, from the new head's relation to the former
// head (the new head's membership relation before the change): a spouse stays a spouse, a
// child's parent becomes a parent, a grandchild's grandparent a grandparent, a sibling a
// sibling. Anything else (Other, or Head, which a new head never is) gives Other.
Relation reverseRelation(Relation newHeadRelation);

} // namespace relief
