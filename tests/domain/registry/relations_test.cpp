#include "domain/registry/relations.h"

#include <gtest/gtest.h>

using namespace relief;

TEST(ReverseRelation, GivesTheFormerHeadsRelationToTheNewHead)
{
    EXPECT_EQ(reverseRelation(Relation::Spouse), Relation::Spouse);
    EXPECT_EQ(reverseRelation(Relation::Child), Relation::Parent);
    EXPECT_EQ(reverseRelation(Relation::Parent), Relation::Child);
    EXPECT_EQ(reverseRelation(Relation::Grandchild), Relation::Grandparent);
    EXPECT_EQ(reverseRelation(Relation::Grandparent), Relation::Grandchild);
    EXPECT_EQ(reverseRelation(Relation::Sibling), Relation::Sibling);
    EXPECT_EQ(reverseRelation(Relation::Other), Relation::Other);
}

TEST(ReverseRelation, NeverMakesTheFormerHeadAHead)
{
    EXPECT_EQ(reverseRelation(Relation::Head), Relation::Other);
}

TEST(ReverseRelation, IsItsOwnInverseForFamilyRelations)
{
    for (Relation r : {Relation::Spouse, Relation::Child, Relation::Parent, Relation::Grandchild,
                       Relation::Grandparent, Relation::Sibling})
        EXPECT_EQ(reverseRelation(reverseRelation(r)), r);
}
