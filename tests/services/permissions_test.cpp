#include "services/permissions.h"

#include <gtest/gtest.h>

using namespace relief;
using namespace relief::services;

TEST(Permissions, AdministrationBelongsToAdministrators)
{
    for (Action a : {Action::ManageUsers, Action::ViewAudit, Action::EditOfficeSettings,
                     Action::EditHolidays}) {
        EXPECT_TRUE(rolesAllow({Role::Admin}, a));
        EXPECT_FALSE(rolesAllow({Role::Caseworker, Role::Supervisor, Role::Statistician}, a));
    }
    EXPECT_TRUE(rolesAllow({Role::Caseworker}, Action::ViewHolidays));
    EXPECT_FALSE(rolesAllow({}, Action::ViewHolidays));
}
