#include "support/service_fixture.h"

#include "services/registry/demo_service.h"
#include "services/registry/registry_service.h"

#include "storage/statement.h"

#include "domain/bank_account.h"

using namespace relief;
using namespace relief::services;

namespace {
long long count(storage::Database &db, const char *sql)
{
    storage::Statement st(db, sql);
    return st.step() ? st.int64(0) : -1;
}
} // namespace

class DemoServiceTest : public test::ServiceFixture
{
};

TEST_F(DemoServiceTest, AFictionalOfficeWithEveryProgrammeMarkedAsDemo)
{
    DemoService demo(*db, clock);
    auto report = demo.generate(admin, 300);
    ASSERT_TRUE(report.ok()) << report.error().message;
    EXPECT_EQ(report->households, 300);
    EXPECT_GT(report->persons, 300);
    EXPECT_EQ(count(*db, "SELECT count(*) FROM communities"), 5);
    EXPECT_EQ(count(*db, "SELECT count(*) FROM households WHERE is_demo = 1"), 300);
    EXPECT_EQ(count(*db, "SELECT count(*) FROM persons WHERE is_demo = 0"), 0);
    EXPECT_EQ(count(*db,
                    "SELECT count(*) FROM office_settings WHERE key = 'demo_data' "
                    "AND value = '1'"),
              1);
    for (const char *p : {"dibao", "tekun", "single_person", "child_allowance", "disability_living",
                          "disability_care", "marginal"}) {
        const std::string sql =
            std::string("SELECT count(*) FROM cases WHERE programme = '") + p + "'";
        EXPECT_GT(count(*db, sql.c_str()), 0) << p;
    }
    EXPECT_GT(count(*db, "SELECT count(*) FROM cases WHERE status = 'stopped'"), 0);
    // Every ID number and bank card is valid.
    storage::Statement ids(*db, "SELECT id_number FROM persons");
    while (ids.step())
        ASSERT_TRUE(IdNumber::parse(ids.text(0)).ok()) << ids.text(0);
    storage::Statement cards(*db, "SELECT bank_account FROM households");
    while (cards.step())
        ASSERT_TRUE(BankAccount::luhnValid(cards.text(0))) << cards.text(0);
    // A second run is refused: demo data goes into a database of its own.
    EXPECT_EQ(demo.generate(admin, 10).error().code, ErrorCode::Conflict);
    // New households continue the numbering.
    RegistryService registry(*db, clock);
    EXPECT_EQ(registry.communities(admin)->size(), 5u);
}

TEST_F(DemoServiceTest, TheSameSeedGivesTheSameOffice)
{
    ASSERT_TRUE(DemoService(*db, clock).generate(admin, 50, 7).ok());
    test::TempDir other;
    auto db2 = test::openDb(other.file("o.db"));
    services::AccountService accounts2(*db2, clock);
    auto admin2 =
        accounts2.setupOffice({"示例街道办事处", "110105", "admin", "管理员", kAdminPassword});
    ASSERT_TRUE(DemoService(*db2, clock).generate(*admin2, 50, 7).ok());
    const char *sql = "SELECT group_concat(id_number || name, ',') FROM (SELECT * FROM persons "
                      "ORDER BY id)";
    storage::Statement a(*db, sql), b(*db2, sql);
    a.step();
    b.step();
    EXPECT_EQ(a.text(0), b.text(0));
    EXPECT_EQ(DemoService(*db, clock)
                  .generate(accounts->login("admin", kAdminPassword).value(), 0)
                  .error()
                  .field,
              "households");
}
