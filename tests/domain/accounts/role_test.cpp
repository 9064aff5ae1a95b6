#include "domain/accounts/role.h"

#include <gtest/gtest.h>

using namespace relief;

TEST(Role, ParsesKeysAndChineseNames)
{
    EXPECT_EQ(parseRole("caseworker"), Role::Caseworker);
    EXPECT_EQ(parseRole("系统管理员"), Role::Admin);
    EXPECT_EQ(parseRole(" 统计员 "), Role::Statistician);
    EXPECT_FALSE(parseRole("boss"));
    const auto list = parseRoleList("caseworker，审核审批人");
    ASSERT_TRUE(list);
    EXPECT_EQ(roleKeys(*list), "caseworker,supervisor");
    EXPECT_FALSE(parseRoleList("caseworker,boss"));
}
