#include "support/service_fixture.h"

#include "services/office/office_settings_service.h"

using namespace relief;
using namespace relief::services;

class OfficeSettingsTest : public test::ServiceFixture
{
};

TEST_F(OfficeSettingsTest, SetupStoresTheOfficeAndDefaults)
{
    OfficeSettingsService settings(*db, clock);
    auto s = settings.load();
    ASSERT_TRUE(s.ok());
    EXPECT_EQ(s->officeName, "示例街道办事处");
    EXPECT_EQ(s->areaCode, "110105");
    EXPECT_EQ(s->idleLockMinutes, 15);
    EXPECT_TRUE(s->streetApproves);
}

TEST_F(OfficeSettingsTest, AdministratorSavesValidatedSettings)
{
    OfficeSettingsService settings(*db, clock);
    OfficeSettings s = *settings.load();
    s.idleLockMinutes = 5;
    s.streetApproves = false;
    ASSERT_TRUE(settings.save(admin, s).ok());
    auto loaded = settings.load();
    EXPECT_EQ(loaded->idleLockMinutes, 5);
    EXPECT_FALSE(loaded->streetApproves);

    s.officeName = "  ";
    EXPECT_EQ(settings.save(admin, s).error().field, "office_name");
    s.officeName = "x";
    s.idleLockMinutes = -1;
    EXPECT_EQ(settings.save(admin, s).error().field, "idle_lock_minutes");

    const Session clerk = addUser("clerk", {Role::Caseworker});
    s = *settings.load();
    s.officeName = "改名";
    EXPECT_EQ(settings.save(clerk, s).error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(settings.load()->officeName, "示例街道办事处");
}
