#pragma once

// An office with two communities, a caseworker and a household-building helper
// for the registry, import and export tests.

#include "support/service_fixture.h"

#include "services/registry/registry_service.h"

#include <cstdio>

namespace relief::test {

class RegistryFixture : public ServiceFixture
{
protected:
    void SetUp() override
    {
        ServiceFixture::SetUp();
        registry = std::make_unique<services::RegistryService>(*db, clock);
        auto xf = registry->addCommunity(admin, {"XF", "幸福社区", true});
        ASSERT_TRUE(xf.ok()) << xf.error().message;
        xingfu = *xf;
        auto hp = registry->addCommunity(admin, {"HP", "和平社区", true});
        ASSERT_TRUE(hp.ok()) << hp.error().message;
        heping = *hp;
    }

    // Signs in once per test binary would be nicer, but each test has its own
    // database; the caseworker costs one argon2 hash and one sign-in.
    const services::Session &caseworker()
    {
        if (!m_caseworker)
            m_caseworker = addUser("wang", {Role::Caseworker});
        return *m_caseworker;
    }

    static services::MemberInput member(const std::string &name, const std::string &id,
                                        Relation relation)
    {
        services::MemberInput m;
        m.person.name = name;
        m.person.idNumber = id;
        m.relation = relation;
        return m;
    }

    services::NewHousehold threePeople(const std::string &address = "幸福路1号")
    {
        services::NewHousehold h;
        h.household.communityId = xingfu;
        h.household.address = address;
        h.household.area = Area::Urban;
        h.members.push_back(member("王秀英", "11010519491231002X", Relation::Head));
        h.members.push_back(member("李建国", "440524188001010014", Relation::Spouse));
        h.members.push_back(member("李小明", "110105201501010017", Relation::Grandchild));
        return h;
    }

    std::unique_ptr<services::RegistryService> registry;
    std::int64_t xingfu = 0;
    std::int64_t heping = 0;

private:
    std::optional<services::Session> m_caseworker;
};

// A valid ID number: region (6 digits), birth date YYYYMMDD, sequence 0–999
// (odd: male), and the GB 11643 check character.
inline std::string makeIdNumber(const std::string &region, const std::string &birth, int sequence)
{
    char seq[8];
    std::snprintf(seq, sizeof seq, "%03d", sequence);
    const std::string first17 = region + birth + seq;
    return first17 + IdNumber::checkCharacter(first17);
}

} // namespace relief::test
