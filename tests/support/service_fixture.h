#pragma once

// A set-up office on a real temporary database, with a manual clock.

#include "temp_db.h"

#include "services/accounts/account_service.h"
#include "services/actions.h"
#include "services/audit_service.h"
#include "services/clock.h"
#include "storage/statement.h"

#include <QCoreApplication>

namespace relief::test {

inline std::chrono::system_clock::time_point fixedStart()
{
    return std::chrono::system_clock::time_point(std::chrono::seconds(1757923200)); // 2025-09-15
}

class ServiceFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = openDb(dir.file("office.db"));
        ASSERT_TRUE(db);
        accounts = std::make_unique<services::AccountService>(*db, clock);
        auto s =
            accounts->setupOffice({"示例街道办事处", "110105", "admin", "管理员", kAdminPassword});
        ASSERT_TRUE(s.ok()) << s.error().message;
        admin = *s;
    }

    // Every audit record a test leaves carries a key of the catalogue (issue 10 §2).
    void TearDown() override
    {
        if (!db)
            return;
        storage::Statement st(*db, "SELECT DISTINCT action FROM audit_log");
        while (st.step())
            EXPECT_TRUE(services::isAuditAction(st.text(0)))
                << "audit key not in services/actions.cpp: " << st.text(0);
    }

    services::Session addUser(const std::string &name, RoleSet roles)
    {
        auto id = accounts->addUser(admin, {name, name, roles, kUserPassword});
        EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().message);
        auto session = accounts->login(name, kUserPassword);
        EXPECT_TRUE(session.ok());
        return session.ok() ? *session : services::Session {};
    }

    static constexpr const char *kAdminPassword = "admin-pass-1";
    static constexpr const char *kUserPassword = "user-pass-12";

    TempDir dir;
    std::unique_ptr<storage::Database> db;
    services::ManualClock clock {fixedStart()};
    std::unique_ptr<services::AccountService> accounts;
    services::Session admin;
};

} // namespace relief::test
