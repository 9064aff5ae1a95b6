#include "support/service_fixture.h"

#include "services/office/holiday_service.h"
#include "storage/audit_repository.h"
#include "storage/database_error.h"

#include <nlohmann/json.hpp>

using namespace relief;
using namespace relief::services;

class AuditLogTest : public test::ServiceFixture
{
protected:
    std::vector<storage::AuditRecord> all()
    {
        std::vector<storage::AuditRecord> out;
        storage::AuditRepository(*db).forEach([&](const storage::AuditRecord &r) {
            out.push_back(r);
            return true;
        });
        return out;
    }
};

TEST_F(AuditLogTest, EveryWriteIsRecordedWithWhoWhatAndWhen)
{
    addUser("clerk", {Role::Caseworker});
    ASSERT_TRUE(accounts->setActive(admin, "clerk", false).ok());
    const auto records = all();
    ASSERT_EQ(records.size(), 4u); // setup, admin added, clerk added, clerk disabled
    EXPECT_EQ(records[0].action, "office.setup");
    EXPECT_EQ(records[2].action, "user.add");
    EXPECT_EQ(records[2].username, "admin");
    EXPECT_EQ(records[3].action, "user.disable");
    EXPECT_EQ(records[3].entity, "user");
    EXPECT_EQ(records[3].at, "2025-09-15T08:00:00.000Z");
    const auto details = nlohmann::json::parse(records[2].details);
    EXPECT_EQ(details["username"], "clerk");
}

TEST_F(AuditLogTest, ARefusedWriteLeavesNoTrace)
{
    const auto before = all().size();
    const Session clerk = addUser("clerk", {Role::Caseworker});
    EXPECT_FALSE(accounts->addUser(clerk, {"x1", "", {Role::Caseworker}, "password-123"}).ok());
    EXPECT_EQ(all().size(), before + 1); // only the clerk's own creation
}

TEST_F(AuditLogTest, ChainVerifiesAndDetectsAChangedRow)
{
    addUser("clerk", {Role::Caseworker});
    AuditService audit(*db, clock);
    auto ok = audit.verify();
    ASSERT_TRUE(ok.ok());
    EXPECT_TRUE(ok->ok);
    EXPECT_EQ(ok->checked, 3);

    // Someone edits the file behind the program's back.
    db->exec("DROP TRIGGER audit_log_no_update");
    db->exec("UPDATE audit_log SET details = '{\"username\":\"mallory\"}' WHERE id = 2");
    auto broken = audit.verify();
    ASSERT_TRUE(broken.ok());
    EXPECT_FALSE(broken->ok);
    EXPECT_EQ(broken->brokenId, 2);
}

TEST_F(AuditLogTest, DetectsADeletedRowAndARewrittenHash)
{
    addUser("clerk", {Role::Caseworker});
    addUser("clerk2", {Role::Caseworker});
    AuditService audit(*db, clock);
    db->exec("DROP TRIGGER audit_log_no_delete");
    db->exec("DELETE FROM audit_log WHERE id = 3");
    auto r = audit.verify();
    EXPECT_FALSE(r->ok);
    EXPECT_EQ(r->brokenId, 4);

    // Recomputing one row's hash does not help: the next row's link breaks.
    test::TempDir other;
    auto db2 = test::openDb(other.file("b.db"));
    AccountService acc2(*db2, clock);
    auto adm = acc2.setupOffice({"x", "", "admin", "", "password-123"});
    ASSERT_TRUE(acc2.addUser(*adm, {"c1", "", {Role::Caseworker}, "password-123"}).ok());
    db2->exec("DROP TRIGGER audit_log_no_update");
    storage::AuditRecord first;
    storage::AuditRepository(*db2).forEach([&](const storage::AuditRecord &rec) {
        first = rec;
        return false;
    });
    first.details = R"({"office_name":"forged"})";
    const std::string newHash = AuditLog::chainHash(first.prevHash, first);
    db2->exec("UPDATE audit_log SET details = '" + first.details + "', hash = '" + newHash +
              "' WHERE id = 1");
    auto r2 = AuditService(*db2, clock).verify();
    EXPECT_FALSE(r2->ok);
    EXPECT_EQ(r2->brokenId, 2);
}

// Defect 3 (issue 10): the head is anchored outside the log table, so truncation and
// a chain recomputed from the first record on no longer verify.
TEST_F(AuditLogTest, TheHeadFollowsEveryAppend)
{
    addUser("clerk", {Role::Caseworker});
    AuditService audit(*db, clock);
    const auto records = all();
    auto head = audit.head();
    ASSERT_TRUE(head.ok());
    EXPECT_EQ(head->count, static_cast<std::int64_t>(records.size()));
    EXPECT_EQ(head->id, records.back().id);
    EXPECT_EQ(head->hash, records.back().hash);
    auto v = audit.verify();
    ASSERT_TRUE(v.ok());
    EXPECT_TRUE(v->ok) << v->reason;
    EXPECT_EQ(v->head.id, head->id);
    // The head cannot be moved back or removed by the program.
    EXPECT_THROW(db->exec("UPDATE audit_head SET last_id = 1, record_count = 1"),
                 storage::DatabaseError);
    EXPECT_THROW(db->exec("DELETE FROM audit_head"), storage::DatabaseError);
}

TEST_F(AuditLogTest, TruncationFailsVerification)
{
    addUser("clerk", {Role::Caseworker});
    addUser("clerk2", {Role::Caseworker});
    AuditService audit(*db, clock);
    const std::int64_t last = all().back().id;
    db->exec("DROP TRIGGER audit_log_no_delete");
    db->exec("DELETE FROM audit_log WHERE id >= " + std::to_string(last - 1));
    auto r = audit.verify();
    ASSERT_TRUE(r.ok());
    EXPECT_FALSE(r->ok);
    EXPECT_EQ(r->brokenId, last - 1);
    EXPECT_NE(r->reason.find("missing"), std::string::npos) << r->reason;

    db->exec("DELETE FROM audit_log");
    r = audit.verify();
    EXPECT_FALSE(r->ok);
    EXPECT_EQ(r->brokenId, 1);
    EXPECT_EQ(r->checked, 0);
}

TEST_F(AuditLogTest, ARecomputedChainFailsAgainstTheHead)
{
    addUser("clerk", {Role::Caseworker});
    auto records = all();
    db->exec("DROP TRIGGER audit_log_no_update");
    std::string prev = AuditLog::kGenesisHash;
    for (auto &r : records) {
        if (r.id == 1)
            r.details = R"({"office_name":"forged"})";
        r.prevHash = prev;
        r.hash = AuditLog::chainHash(prev, r);
        prev = r.hash;
        db->exec("UPDATE audit_log SET details = '" + r.details + "', prev_hash = '" + r.prevHash +
                 "', hash = '" + r.hash + "' WHERE id = " + std::to_string(r.id));
    }
    auto v = AuditService(*db, clock).verify();
    ASSERT_TRUE(v.ok());
    EXPECT_FALSE(v->ok);
    EXPECT_EQ(v->brokenId, records.back().id);
    EXPECT_NE(v->reason.find("head"), std::string::npos) << v->reason;
}

TEST_F(AuditLogTest, PersonalNumbersAreMaskedInDetails)
{
    // Free text that happens to carry an ID number and a bank card.
    ASSERT_TRUE(accounts
                    ->addUser(admin,
                              {"clerk",
                               "张三 11010519491231002X 6222021234567890123",
                               {Role::Caseworker},
                               "password-123"})
                    .ok());
    const auto last = all().back();
    EXPECT_EQ(last.details.find("19491231"), std::string::npos);
    EXPECT_EQ(last.details.find("1234567890"), std::string::npos);
    EXPECT_NE(last.details.find("110105********002X"), std::string::npos);

    const auto masked =
        AuditLog::maskDetails({{"id_number", "440524188001010014"},
                               {"bank_account", "6222021234567890"},
                               {"members", {{{"id_number", "11010519491231002X"}}}}});
    EXPECT_EQ(masked["id_number"], "440524********0014");
    EXPECT_EQ(masked["bank_account"], "************7890");
    EXPECT_EQ(masked["members"][0]["id_number"], "110105********002X");
}

TEST_F(AuditLogTest, OnlyAdministratorsReadTheLog)
{
    const Session clerk = addUser("clerk", {Role::Caseworker});
    AuditService audit(*db, clock);
    EXPECT_EQ(audit.query(clerk, {}).error().code, ErrorCode::PermissionDenied);
    auto rows = audit.query(admin, {});
    ASSERT_TRUE(rows.ok());
    EXPECT_EQ(rows->size(), 3u);
    storage::AuditFilter f;
    f.username = "admin";
    f.entity = "user";
    EXPECT_EQ(*audit.count(admin, f), 2);
}

TEST_F(AuditLogTest, HolidayEditsAreAuditedAndChecked)
{
    HolidayService holidays(*db, clock);
    auto cal = holidays.calendar();
    ASSERT_TRUE(cal.ok());
    const Session clerk = addUser("clerk", {Role::Caseworker});
    HolidayCalendar changed = *cal;
    changed.holidays.insert(*Date::parse("2026-12-31"));
    EXPECT_EQ(holidays.replace(clerk, changed).error().code, ErrorCode::PermissionDenied);
    ASSERT_TRUE(holidays.replace(admin, changed).ok());
    EXPECT_TRUE(holidays.calendar()->holidays.count(*Date::parse("2026-12-31")));
    const auto details = nlohmann::json::parse(all().back().details);
    EXPECT_EQ(details["holidays_added"][0], "2026-12-31");

    auto bad = holidays.importJson(admin, R"({"holidays":["2026-02-30"]})");
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().field, "holidays[0]");
    EXPECT_TRUE(holidays.calendar()->holidays.count(*Date::parse("2026-12-31"))); // unchanged
}
