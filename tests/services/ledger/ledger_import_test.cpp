// Ledger import and export orchestration (services/ledger_import_service).

#include "services/registry_fixture.h"

#include "services/audit_log.h"
#include "services/ledger/ledger_import_service.h"

#include "storage/statement.h"

#include <nlohmann/json.hpp>

#include <sqlite3.h>

#include <atomic>
#include <chrono>
#include <functional>
#include <set>
#include <thread>

using namespace relief;
using namespace relief::services;
using relief::test::makeIdNumber;

namespace {

// A JobControl that records what the import reports and asks to stop when
// `keepGoing` (called at each progress report) returns false.
class RecordingControl final : public JobControl
{
public:
    explicit RecordingControl(std::function<bool(int, int)> keepGoing = {})
        : m_keepGoing(std::move(keepGoing))
    { }
    void stage(const std::string &text) override { stages.push_back(text); }
    void progress(std::int64_t done, std::int64_t total) override
    {
        calls.emplace_back(static_cast<int>(done), static_cast<int>(total));
        if (m_keepGoing && !m_keepGoing(static_cast<int>(done), static_cast<int>(total)))
            stop = true;
    }
    bool cancelRequested() const override
    {
        ++checks;
        return stop;
    }

    std::vector<std::string> stages;
    std::vector<std::pair<int, int>> calls;
    bool stop = false;
    mutable int checks = 0;

private:
    std::function<bool(int, int)> m_keepGoing;
};

const char *kHeader = "household_no,relation,name,id_number,phone,address,community,area,"
                      "wage_income,pension_income,programme,status,start_month,monthly_amount,"
                      "bank_name,bank_account,account_holder\n";

long long count(storage::Database &db, const char *sql)
{
    storage::Statement st(db, sql);
    return st.step() ? st.int64(0) : -1;
}

class LedgerImportTest : public test::RegistryFixture
{
protected:
    LedgerImportService &service()
    {
        if (!m_service)
            m_service = std::make_unique<LedgerImportService>(*db, clock);
        return *m_service;
    }

    // Two households: a dibao family of three and a 特困 elder alone.
    std::string goodFile()
    {
        return std::string(kHeader) +
            "L001,head,王秀英,11010519491231002X,13800000000,幸福路1号,幸福社区,urban,,300.00,"
            "dibao,在保,2025-03,830.00,农业银行,6222021234567890128,王秀英\n"
            "L001,spouse,李建国,440524188001010014,,,,,,,,,,,,,\n" +
            "L001,grandchild,李小明," + makeIdNumber("110105", "20150101", 1) +
            ",,,,,,,,,,,,,\n"
            "L002,head,赵六," +
            makeIdNumber("110105", "19400101", 31) +
            ",,和平街9号,和平社区,urban,,,tekun,在保,2024-01,1269.00,,,\n";
    }

    // `households` households of `members` rows each (a head and spouses): with
    // 1,000 rows the write phase reports several times before its end.
    std::string bigFile(int households, int members)
    {
        std::string file = kHeader;
        int sequence = 0;
        for (int h = 0; h < households; ++h) {
            char no[16];
            std::snprintf(no, sizeof no, "B%04d", h);
            for (int m = 0; m < members; ++m, ++sequence) {
                // Unique numbers: a birth day per 500 people, a sequence within it.
                char birth[16];
                std::snprintf(birth, sizeof birth, "1960%02d%02d", 1 + sequence / 500 / 28,
                              1 + sequence / 500 % 28);
                file += std::string(no) + (m == 0 ? ",head,张" : ",spouse,李") +
                    std::to_string(sequence) + "," +
                    makeIdNumber("110105", birth, 1 + sequence % 500) +
                    (m == 0 ? ",,幸福路" + std::to_string(h) + "号,幸福社区,urban" : ",,,,") +
                    ",,,,,,,,,\n";
            }
        }
        return file;
    }

    std::unique_ptr<LedgerImportService> m_service;
};

} // namespace

TEST_F(LedgerImportTest, ImportsHouseholdsPersonsAndLedgerCases)
{
    auto report = service().importLedger(caseworker(), goodFile(), "ledger.csv");
    ASSERT_TRUE(report.ok()) << report.error().message;
    ASSERT_TRUE(report->errors.empty()) << report->errors.front().reason;
    EXPECT_TRUE(report->committed);
    EXPECT_EQ(report->householdsCreated, 2);
    EXPECT_EQ(report->personsCreated, 4);
    EXPECT_EQ(report->casesCreated, 2);
    EXPECT_EQ(count(*db, "SELECT count(*) FROM households"), 2);
    EXPECT_EQ(count(*db, "SELECT count(*) FROM decisions WHERE kind = 'grant'"), 2);
    EXPECT_EQ(count(*db,
                    "SELECT amount FROM decisions d JOIN cases c ON c.id = d.case_id "
                    "WHERE c.programme = 'dibao'"),
              83000);
    EXPECT_EQ(count(*db,
                    "SELECT count(*) FROM cases WHERE source = 'ledger' AND "
                    "programme = 'tekun' AND person_id IS NOT NULL"),
              1);
    // The ledger's amounts are compared with the rules, never changed.
    for (const auto &d : report->differences)
        EXPECT_NE(d.ledgerAmount, d.rulesAmount);
    storage::HouseholdFilter f;
    f.text = "1234567890128";
    EXPECT_EQ(*registry->countHouseholds(caseworker(), f), 0); // bank accounts are not searched
    f.text = "002X";
    EXPECT_EQ(*registry->countHouseholds(caseworker(), f), 1);
}

TEST_F(LedgerImportTest, ReImportingTheSameFileChangesNothing)
{
    ASSERT_TRUE(service().importLedger(caseworker(), goodFile(), "ledger.csv")->committed);
    const auto audit = count(*db, "SELECT count(*) FROM audit_log");
    auto again = service().importLedger(caseworker(), goodFile(), "ledger.csv");
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again->errors.empty());
    EXPECT_EQ(again->householdsUnchanged, 2);
    EXPECT_EQ(again->householdsCreated + again->householdsUpdated, 0);
    EXPECT_TRUE(again->changes.empty());
    EXPECT_EQ(count(*db, "SELECT count(*) FROM audit_log"), audit);
    EXPECT_EQ(count(*db, "SELECT count(*) FROM decisions"), 2);
}

TEST_F(LedgerImportTest, AChangedFileUpdatesAndReportsAndLeavesCasesForReview)
{
    ASSERT_TRUE(service().importLedger(caseworker(), goodFile(), "ledger.csv")->committed);
    std::string changed = goodFile();
    changed.replace(changed.find("幸福路1号"), std::string("幸福路1号").size(), "幸福路3号");
    changed.replace(changed.find("830.00"), 6, "900.00");
    // The grandchild leaves the ledger.
    const auto grandchild = changed.find("L001,grandchild");
    changed.erase(grandchild, changed.find('\n', grandchild) - grandchild + 1);
    auto report = service().importLedger(caseworker(), changed, "ledger-v2.csv");
    ASSERT_TRUE(report.ok());
    ASSERT_TRUE(report->errors.empty()) << report->errors.front().reason;
    EXPECT_EQ(report->householdsUpdated, 1);
    bool address = false, left = false;
    for (const auto &c : report->changes) {
        address = address || (c.field == "address" && c.to == "幸福路3号");
        left = left || c.field == "members[李小明]";
    }
    EXPECT_TRUE(address);
    EXPECT_TRUE(left);
    ASSERT_EQ(report->reviews.size(), 1u);
    EXPECT_EQ(report->reviews[0].line, 2);
    // The case keeps its decision; the membership history keeps the grandchild.
    EXPECT_EQ(count(*db, "SELECT count(*) FROM decisions"), 2);
    EXPECT_EQ(count(*db, "SELECT count(*) FROM memberships WHERE left_on IS NOT NULL"), 1);
}

// New households are listed in the import's one record (an import of thousands of
// households writes one record, not thousands); an updated household keeps its own
// record with what changed. Either way the chain holds.
TEST_F(LedgerImportTest, TheAuditListsCreatedHouseholdsAndRecordsEachUpdate)
{
    ASSERT_TRUE(service().importLedger(caseworker(), goodFile(), "ledger.csv")->committed);
    EXPECT_EQ(count(*db, "SELECT count(*) FROM audit_log WHERE action LIKE 'ledger.%'"), 1);
    {
        storage::Statement st(*db, "SELECT details FROM audit_log WHERE action = 'ledger.import'");
        ASSERT_TRUE(st.step());
        const auto details = nlohmann::json::parse(st.text(0));
        EXPECT_EQ(details["created"], (nlohmann::json {"L001", "L002"}));
        EXPECT_EQ(details["households_created"], 2);
    }
    std::string changed = goodFile();
    changed.replace(changed.find("幸福路1号"), std::string("幸福路1号").size(), "幸福路3号");
    ASSERT_TRUE(service().importLedger(caseworker(), changed, "ledger-v2.csv")->committed);
    storage::Statement st(*db,
                          "SELECT entity_id, details FROM audit_log "
                          "WHERE action = 'ledger.household_update'");
    ASSERT_TRUE(st.step());
    EXPECT_EQ(st.text(0), "L001");
    const auto details = nlohmann::json::parse(st.text(1));
    EXPECT_EQ(details["changes"][0]["field"], "address");
    EXPECT_EQ(details["changes"][0]["to"], "幸福路3号");
    EXPECT_FALSE(st.step());
    EXPECT_EQ(count(*db, "SELECT count(*) FROM audit_log WHERE action = 'ledger.import'"), 2);
    EXPECT_TRUE(AuditLog(*db, clock).verify().ok);
}

// The list's programme and status columns follow what the import created.
TEST_F(LedgerImportTest, ImportedCasesShowInTheHouseholdList)
{
    ASSERT_TRUE(service().importLedger(caseworker(), goodFile(), "ledger.csv")->committed);
    storage::HouseholdFilter f;
    f.programme = CaseProgramme::Dibao;
    f.status = storage::HouseholdStatusFilter::InCare;
    auto rows = registry->listHouseholds(caseworker(), f);
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), 1u);
    EXPECT_EQ((*rows)[0].householdNo, "L001");
    EXPECT_EQ((*rows)[0].status, "in_care");
    EXPECT_EQ((*rows)[0].programmes, std::vector<CaseProgramme> {CaseProgramme::Dibao});
    f.programme = CaseProgramme::Tekun;
    EXPECT_EQ(*registry->countHouseholds(caseworker(), f), 1);
    f.status = storage::HouseholdStatusFilter::NoCase;
    EXPECT_EQ(*registry->countHouseholds(caseworker(), f), 1);
}

TEST_F(LedgerImportTest, ABadFileImportsNothingAndNamesEveryBadLine)
{
    ASSERT_TRUE(registry->createHousehold(caseworker(), threePeople("其他路5号")).ok());
    const std::string bad = std::string(kHeader)
        // line 3: a second head in L001 (cells are all valid: these are cross-row problems,
        // found once the reader's cell checks pass)
        + "L001,head,张三," + makeIdNumber("110105", "19700101", 11) +
        ",,幸福路1号,幸福社区,urban,,,,,,,,,\n"
        "L001,head,张四," +
        makeIdNumber("110105", "19700101", 13) +
        ",,,,,,,,,,,,,\n"
        // line 4: 李建国 is active in XF00001, which the file does not name
        "L002,head,李建国,440524188001010014,,和平街9号,和平社区,urban,,,,,,,,,\n"
        // line 5: unknown community
        "L003,head,赵六," +
        makeIdNumber("110105", "19400101", 31) +
        ",,某某路,不存在社区,urban,,,tekun,在保,2024-01,1269.00,,,\n"
        // line 6: the same person twice
        "L003,spouse,赵六," +
        makeIdNumber("110105", "19400101", 31) +
        ",,,,,,,,,,,,,\n"
        // line 8: a household programme on a member's row
        "L004,head,钱七," +
        makeIdNumber("110105", "19500101", 15) +
        ",,钱路,和平社区,rural,,,,,,,,,\n"
        "L004,spouse,孙八," +
        makeIdNumber("110105", "19520101", 22) + ",,,,,,,dibao,在保,2025-01,600.00,,,\n";
    const auto before = count(*db, "SELECT count(*) FROM persons");
    auto report = service().importLedger(caseworker(), bad, "bad.csv");
    ASSERT_TRUE(report.ok());
    EXPECT_FALSE(report->committed);
    std::set<std::pair<int, std::string>> issues;
    for (const auto &e : report->errors)
        issues.insert({e.line, e.column});
    EXPECT_TRUE(issues.count({3, "relation"}));
    EXPECT_TRUE(issues.count({4, "id_number"}));
    EXPECT_TRUE(issues.count({5, "community"}));
    EXPECT_TRUE(issues.count({6, "id_number"}));
    EXPECT_TRUE(issues.count({8, "programme"}));
    for (const auto &e : report->errors)
        EXPECT_FALSE(e.reason.empty());
    EXPECT_TRUE(std::is_sorted(report->errors.begin(), report->errors.end(),
                               [](const auto &a, const auto &b) { return a.line < b.line; }));
    // Nothing at all was written.
    EXPECT_EQ(count(*db, "SELECT count(*) FROM persons"), before);
    EXPECT_EQ(count(*db, "SELECT count(*) FROM households"), 1);
    EXPECT_EQ(count(*db, "SELECT count(*) FROM audit_log WHERE action LIKE 'ledger.%'"), 0);
}

// Issue 10 §2: the export reports through the job's control and stops on it; a
// stopped unmasked export leaves no audit record.
TEST_F(LedgerImportTest, AnExportStopsOnItsJobControl)
{
    ASSERT_TRUE(service().importLedger(caseworker(), goodFile(), "ledger.csv")->committed);
    const auto audit = count(*db, "SELECT count(*) FROM audit_log");
    RecordingControl stop([](int, int) { return false; });
    auto cancelled = service().exportCsv(&caseworker(), LedgerExportKind::Households,
                                         CsvTarget::File, true, false, stop);
    ASSERT_FALSE(cancelled.ok());
    EXPECT_EQ(cancelled.error().code, ErrorCode::Cancelled);
    EXPECT_EQ(cancelled.error().message, LedgerImportService::exportCancelledMessage());
    EXPECT_EQ(stop.calls, (std::vector<std::pair<int, int>> {{2, 2}})); // two households
    EXPECT_FALSE(stop.stages.empty());
    EXPECT_EQ(count(*db, "SELECT count(*) FROM audit_log"), audit);

    RecordingControl goOn;
    auto masked = service().exportCsv(&caseworker(), LedgerExportKind::Persons, CsvTarget::File,
                                      false, false, goOn);
    ASSERT_TRUE(masked.ok()) << masked.error().message;
    EXPECT_EQ(goOn.calls.back(), std::make_pair(4, 4));
}

TEST_F(LedgerImportTest, ExportImportsBackIntoAnEmptyRegistry)
{
    ASSERT_TRUE(service().importLedger(caseworker(), goodFile(), "ledger.csv")->committed);
    auto rows = service().exportRows(&caseworker(), LedgerExportKind::Households, true, false);
    ASSERT_TRUE(rows.ok()) << rows.error().message;
    ASSERT_EQ(rows->size(), 4u);
    EXPECT_EQ((*rows)[0].idNumber, "11010519491231002X");
    EXPECT_EQ(count(*db, "SELECT count(*) FROM audit_log WHERE action = 'ledger.export_unmasked'"),
              1);
    // Defect 6: a masked export needs a signed-in user who may view the registry.
    EXPECT_EQ(service().exportRows(nullptr, LedgerExportKind::Persons, false, false).error().code,
              ErrorCode::PermissionDenied);
    auto masked = service().exportRows(&caseworker(), LedgerExportKind::Persons, false, false);
    ASSERT_TRUE(masked.ok()) << masked.error().message;
    for (const auto &r : *masked)
        EXPECT_NE(r.idNumber.find("********"), std::string::npos);
    EXPECT_EQ(service().exportRows(nullptr, LedgerExportKind::Households, true, false).error().code,
              ErrorCode::PermissionDenied);
    const auto statistician = addUser("tong", {Role::Statistician});
    EXPECT_EQ(
        service().exportRows(&statistician, LedgerExportKind::Households, true, false).error().code,
        ErrorCode::PermissionDenied);

    const std::string csv = writeLedgerCsv(*rows, CsvTarget::File, false);
    // Into the same registry: nothing changes.
    auto same = service().importLedger(caseworker(), csv, "export.csv");
    ASSERT_TRUE(same.ok());
    ASSERT_TRUE(same->errors.empty()) << same->errors.front().reason;
    EXPECT_EQ(same->householdsUnchanged, 2);

    // Into a fresh office: the same households, members and cases.
    test::TempDir other;
    auto db2 = test::openDb(other.file("o.db"));
    services::AccountService accounts2(*db2, clock);
    auto admin2 =
        accounts2.setupOffice({"示例街道办事处", "110105", "admin", "管理员", kAdminPassword});
    ASSERT_TRUE(admin2.ok());
    RegistryService registry2(*db2, clock);
    ASSERT_TRUE(registry2.addCommunity(*admin2, {"XF", "幸福社区", true}).ok());
    ASSERT_TRUE(registry2.addCommunity(*admin2, {"HP", "和平社区", true}).ok());
    auto fresh = LedgerImportService(*db2, clock).importLedger(*admin2, csv, "export.csv");
    ASSERT_TRUE(fresh.ok());
    ASSERT_TRUE(fresh->errors.empty()) << fresh->errors.front().reason;
    EXPECT_EQ(fresh->householdsCreated, 2);
    EXPECT_EQ(fresh->casesCreated, 2);
    auto back = LedgerImportService(*db2, clock)
                    .exportRows(&*admin2, LedgerExportKind::Households, true, false);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(writeLedgerCsv(*back, CsvTarget::File, false), csv);
}

TEST_F(LedgerImportTest, OnlyCaseworkersImport)
{
    const auto statistician = addUser("tong", {Role::Statistician});
    auto refused = service().importLedger(statistician, goodFile(), "ledger.csv");
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(count(*db, "SELECT count(*) FROM households"), 0);
    // A preview runs everything and keeps nothing.
    auto preview = service().importLedger(caseworker(), goodFile(), "ledger.csv", true);
    ASSERT_TRUE(preview.ok());
    EXPECT_EQ(preview->householdsCreated, 2);
    EXPECT_FALSE(preview->committed);
    EXPECT_EQ(count(*db, "SELECT count(*) FROM households"), 0);
}

// The write phase reports the rows written, increasing, about every 200 rows and
// once at the end with the file's rows.
TEST_F(LedgerImportTest, ProgressReportsIncreasingCountsEndingAtTheTotal)
{
    RecordingControl record;
    auto &calls = record.calls;

    // A small file (a preview reports the same way) reports once, at its end.
    auto small = service().importLedger(caseworker(), goodFile(), "small.csv", true, record);
    ASSERT_TRUE(small.ok()) << small.error().message;
    ASSERT_TRUE(small->errors.empty()) << small->errors.front().reason;
    EXPECT_EQ(calls, (std::vector<std::pair<int, int>> {{4, 4}}));

    // Households of three rows: reported at the first household past each 200.
    calls.clear();
    auto odd = service().importLedger(caseworker(), bigFile(101, 3), "odd.csv", true, record);
    ASSERT_TRUE(odd.ok()) << odd.error().message;
    ASSERT_TRUE(odd->errors.empty()) << odd->errors.front().reason;
    ASSERT_EQ(odd->rows, 303);
    EXPECT_EQ(calls, (std::vector<std::pair<int, int>> {{201, 303}, {303, 303}}));

    calls.clear();
    auto report = service().importLedger(caseworker(), bigFile(500, 2), "big.csv", false, record);
    ASSERT_TRUE(report.ok()) << report.error().message;
    ASSERT_TRUE(report->errors.empty()) << report->errors.front().reason;
    EXPECT_TRUE(report->committed);
    ASSERT_EQ(report->rows, 1000);
    EXPECT_EQ(report->householdsCreated, 500);
    // 200, 400, 600, 800 (households of two rows land on the interval) and 1000.
    ASSERT_EQ(calls.size(), 5u);
    for (size_t i = 0; i < calls.size(); ++i) {
        EXPECT_EQ(calls[i].second, 1000);
        if (i > 0) {
            EXPECT_GT(calls[i].first, calls[i - 1].first);
        }
        if (i + 1 < calls.size()) {
            EXPECT_LT(calls[i].first, 1000);
        }
    }
    EXPECT_EQ(calls.front().first, LedgerImportService::kProgressInterval);
    EXPECT_EQ(calls.back().first, 1000);
    EXPECT_EQ(count(*db, "SELECT count(*) FROM households"), 500);
}

// A false return stops the import part-way: the transaction is rolled back, so
// nothing of the rows already written stays, and no audit record is written.
TEST_F(LedgerImportTest, CancellingMidWayLeavesTheDatabaseUnchanged)
{
    const Session clerk = caseworker(); // added (and audited) before counting
    const auto audit = count(*db, "SELECT count(*) FROM audit_log");
    const auto persons = count(*db, "SELECT count(*) FROM persons");
    std::vector<int> seen;
    RecordingControl stopAt400([&seen](int done, int) {
        seen.push_back(done);
        return done < 400; // stop at the second report
    });
    auto cancelled = service().importLedger(clerk, bigFile(500, 2), "big.csv", false, stopAt400);
    ASSERT_FALSE(cancelled.ok());
    EXPECT_EQ(cancelled.error().code, ErrorCode::Cancelled);
    EXPECT_EQ(cancelled.error().message, LedgerImportService::cancelledMessage());
    EXPECT_EQ(seen, (std::vector<int> {200, 400})); // no report after the cancel
    EXPECT_EQ(count(*db, "SELECT count(*) FROM households"), 0);
    EXPECT_EQ(count(*db, "SELECT count(*) FROM persons"), persons);
    EXPECT_EQ(count(*db, "SELECT count(*) FROM memberships"), 0);
    EXPECT_EQ(count(*db, "SELECT count(*) FROM audit_log"), audit);
    EXPECT_EQ(count(*db, "SELECT count(*) FROM audit_log WHERE action LIKE 'ledger.%'"), 0);

    // Cancelled at the last report (every row written, the audit record too):
    // still nothing.
    RecordingControl stopAtTheEnd([](int done, int total) { return done < total; });
    auto atTheEnd = service().importLedger(clerk, goodFile(), "ledger.csv", false, stopAtTheEnd);
    ASSERT_FALSE(atTheEnd.ok());
    EXPECT_EQ(atTheEnd.error().code, ErrorCode::Cancelled);
    EXPECT_EQ(atTheEnd.error().message, LedgerImportService::cancelledMessage());
    EXPECT_EQ(count(*db, "SELECT count(*) FROM households"), 0);
    EXPECT_EQ(count(*db, "SELECT count(*) FROM cases"), 0);
    EXPECT_EQ(count(*db, "SELECT count(*) FROM audit_log"), audit);

    // The connection is left as it was: the same file imports afterwards.
    RecordingControl goOn;
    auto again = service().importLedger(clerk, bigFile(500, 2), "big.csv", false, goOn);
    ASSERT_TRUE(again.ok()) << again.error().message;
    EXPECT_TRUE(again->committed);
    EXPECT_EQ(count(*db, "SELECT count(*) FROM households"), 500);
    EXPECT_EQ(count(*db, "SELECT count(*) FROM audit_log WHERE action = 'ledger.import'"), 1);
    EXPECT_TRUE(AuditLog(*db, clock).verify().ok);
}

// Issue 10 §2: the import takes the job's control. A cancel requested through it
// at any point before the commit (before the file is read, after the checks while
// the write lock is not yet held, mid-way through the rows) writes nothing (the
// transaction rolls back, no audit record) and reports ErrorCode::Cancelled; the
// stages are reported through it too.
TEST_F(LedgerImportTest, ACancelThroughTheJobControlWritesNothing)
{
    const Session clerk = caseworker();
    const auto audit = count(*db, "SELECT count(*) FROM audit_log");
    const auto persons = count(*db, "SELECT count(*) FROM persons");
    const auto unchanged = [&] {
        EXPECT_EQ(count(*db, "SELECT count(*) FROM households"), 0);
        EXPECT_EQ(count(*db, "SELECT count(*) FROM persons"), persons);
        EXPECT_EQ(count(*db, "SELECT count(*) FROM memberships"), 0);
        EXPECT_EQ(count(*db, "SELECT count(*) FROM cases"), 0);
        EXPECT_EQ(count(*db, "SELECT count(*) FROM audit_log"), audit);
    };

    // Requested before the call: nothing is read.
    RecordingControl early;
    early.stop = true;
    auto before = service().importLedger(clerk, bigFile(300, 2), "big.csv", false, early);
    ASSERT_FALSE(before.ok());
    EXPECT_EQ(before.error().code, ErrorCode::Cancelled);
    EXPECT_EQ(before.error().message, LedgerImportService::cancelledMessage());
    EXPECT_TRUE(early.calls.empty());
    unchanged();

    // Requested while the checks ran (here: just before the write lock).
    RecordingControl afterChecks;
    service().setBeforeWriteHookForTesting([&afterChecks] { afterChecks.stop = true; });
    auto checked = service().importLedger(clerk, bigFile(300, 2), "big.csv", false, afterChecks);
    service().setBeforeWriteHookForTesting({});
    ASSERT_FALSE(checked.ok());
    EXPECT_EQ(checked.error().code, ErrorCode::Cancelled);
    EXPECT_TRUE(afterChecks.calls.empty()); // stopped before a row was written
    ASSERT_GE(afterChecks.stages.size(), 2u);
    unchanged();

    // Requested mid-way, from another thread as the runner does: the import
    // stops at its next check and rolls back the rows already written.
    class ThreadedControl final : public JobControl
    {
    public:
        void stage(const std::string &) override { }
        void progress(std::int64_t done, std::int64_t) override
        {
            if (done >= LedgerImportService::kProgressInterval && !requester.joinable())
                requester = std::thread([this] { flag.store(true); });
            if (requester.joinable())
                requester.join(); // the request is in before the next check
        }
        bool cancelRequested() const override { return flag.load(); }
        std::atomic<bool> flag {false};
        std::thread requester;
    } threaded;
    auto midWay = service().importLedger(clerk, bigFile(500, 2), "big.csv", false, threaded);
    ASSERT_FALSE(midWay.ok());
    EXPECT_EQ(midWay.error().code, ErrorCode::Cancelled);
    unchanged();
    EXPECT_EQ(count(*db, "SELECT count(*) FROM audit_log WHERE action LIKE 'ledger.%'"), 0);

    // Without a control (the CLI: NoJobControl) the same file imports.
    auto imported = service().importLedger(clerk, bigFile(500, 2), "big.csv");
    ASSERT_TRUE(imported.ok()) << imported.error().message;
    EXPECT_TRUE(imported->committed);
    EXPECT_EQ(count(*db, "SELECT count(*) FROM households"), 500);
    EXPECT_TRUE(AuditLog(*db, clock).verify().ok);
}

// Defect 12: the file is read and every check (cells, rows, the database) runs
// before the write lock is taken, so another instance keeps writing meanwhile; a
// file with errors never takes the lock at all.
TEST_F(LedgerImportTest, ChecksRunBeforeTheWriteLockIsTaken)
{
    const Session clerk = caseworker();
    auto other = test::openDb(dir.file("office.db"));
    ASSERT_TRUE(other);
    sqlite3_busy_timeout(other->handle(), 0);
    other->exec("BEGIN IMMEDIATE"); // another instance is writing
    other->exec("UPDATE communities SET name = name");

    // Errors in the cells, between rows and against the database: reported at once.
    std::string bad = goodFile();
    bad.replace(bad.find("和平社区"), std::string("和平社区").size(), "不存在社区");
    bad += "L003,spouse,钱七," + makeIdNumber("110105", "19400101", 41) +
        ",,,幸福社区,urban,,,,,,,,,\n"; // no head
    const auto start = std::chrono::steady_clock::now();
    auto report = service().importLedger(clerk, bad, "bad.csv");
    const auto waited = std::chrono::steady_clock::now() - start;
    ASSERT_TRUE(report.ok()) << report.error().message;
    EXPECT_FALSE(report->committed);
    EXPECT_GE(report->errors.size(), 2u);
    EXPECT_LT(waited, std::chrono::seconds(2)); // not the 5 s busy timeout
    other->exec("COMMIT");

    // A good file is checked while the other connection writes (it can commit
    // during the checks), and is written once the lock is free.
    other->exec("BEGIN IMMEDIATE");
    other->exec("UPDATE communities SET name = name");
    std::thread release([&other] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        other->exec("COMMIT");
    });
    auto good = service().importLedger(clerk, goodFile(), "ledger.csv");
    release.join();
    ASSERT_TRUE(good.ok()) << good.error().message;
    ASSERT_TRUE(good->errors.empty()) << good->errors.front().reason;
    EXPECT_TRUE(good->committed);
    EXPECT_EQ(count(*db, "SELECT count(*) FROM households"), 2);
}

// What another connection commits between the checks and the write is checked
// again under the lock: a person who joined another household meanwhile is refused.
TEST_F(LedgerImportTest, ChangesMadeWhileCheckingAreCheckedAgainUnderTheLock)
{
    const Session clerk = caseworker();
    auto other = test::openDb(dir.file("office.db"));
    ASSERT_TRUE(other);
    bool once = false;
    service().setBeforeWriteHookForTesting([&] {
        if (once)
            return;
        once = true;
        // Another instance registers 王秀英 in a household this file does not name.
        services::RegistryService otherRegistry(*other, clock);
        auto h = otherRegistry.createHousehold(caseworker(), threePeople());
        ASSERT_TRUE(h.ok()) << h.error().message;
    });
    auto report = service().importLedger(clerk, goodFile(), "ledger.csv");
    ASSERT_TRUE(report.ok()) << report.error().message;
    EXPECT_FALSE(report->committed);
    ASSERT_FALSE(report->errors.empty());
    EXPECT_EQ(count(*db, "SELECT count(*) FROM households"), 1);
}

// Defect 7: the rows' disagreements (agree()) name the lines, never the full
// numbers.
TEST_F(LedgerImportTest, DisagreeingRowsNeverShowFullBankAccounts)
{
    std::string file = goodFile();
    const std::string spouse = "L001,spouse,李建国,440524188001010014,,,,,,,,,,,,,\n";
    file.replace(file.find(spouse), spouse.size(),
                 "L001,spouse,李建国,440524188001010014,,,,,,,,,,,,6222029876543210128,\n");
    auto report = service().importLedger(caseworker(), file, "ledger.csv");
    ASSERT_TRUE(report.ok()) << report.error().message;
    ASSERT_FALSE(report->errors.empty());
    bool found = false;
    for (const auto &e : report->errors) {
        found = found || e.column == "bank_account";
        for (const std::string &text : {e.value, e.reason}) {
            EXPECT_EQ(text.find("987654321"), std::string::npos) << text;
            EXPECT_EQ(text.find("1234567890"), std::string::npos) << text;
        }
    }
    EXPECT_TRUE(found);
    EXPECT_EQ(writeLedgerErrorsCsv(report->errors).find("1234567890"), std::string::npos);
}

// v1.1 §3: a 低保边缘 row with an empty 月保障金额 is 0.00 (recorded, not paid).
TEST_F(LedgerImportTest, AMarginalRowWithoutAnAmountImportsAsZero)
{
    const std::string file = std::string(kHeader) + "L009,head,孙八," +
        makeIdNumber("110105", "19600101", 51) +
        ",,幸福路9号,幸福社区,urban,,,低保边缘,在保,2025-01,,,,\n";
    auto report = service().importLedger(caseworker(), file, "marginal.csv");
    ASSERT_TRUE(report.ok()) << report.error().message;
    ASSERT_TRUE(report->errors.empty()) << report->errors.front().reason;
    EXPECT_TRUE(report->committed);
    EXPECT_EQ(count(*db,
                    "SELECT amount FROM decisions d JOIN cases c ON c.id = d.case_id "
                    "WHERE c.programme = 'marginal'"),
              0);
    EXPECT_EQ(count(*db, "SELECT count(*) FROM cases WHERE programme = 'marginal'"), 1);
}

// v1.1 §3: an unknown community is reported once with its rows (one error per row
// for the --errors CSV, one group per community in the report); with
// createCommunities an administrator's import creates them, audited.
TEST_F(LedgerImportTest, UnknownCommunitiesAreListedOnceAndCanBeCreated)
{
    std::string file = kHeader;
    for (int h = 0; h < 6; ++h)
        file += "U00" + std::to_string(h) + ",head,周" + std::to_string(h) + "," +
            makeIdNumber("110105", "19700101", 61 + 2 * h) + ",,青年路" + std::to_string(h) +
            "号," + (h % 2 ? "青年路社区" : "光明社区") + ",urban,,,,,,,,,\n";
    auto report = service().importLedger(caseworker(), file, "unknown.csv");
    ASSERT_TRUE(report.ok()) << report.error().message;
    EXPECT_FALSE(report->committed);
    EXPECT_EQ(report->errors.size(), 6u); // one per row
    ASSERT_EQ(report->unknownCommunities.size(), 2u);
    EXPECT_EQ(report->unknownCommunities[0].name, "光明社区");
    EXPECT_EQ(report->unknownCommunities[0].lines, (std::vector<int> {2, 4, 6}));
    EXPECT_EQ(report->unknownCommunities[1].lines, (std::vector<int> {3, 5, 7}));
    EXPECT_FALSE(report->unknownCommunities[0].proposedCode.empty());
    EXPECT_NE(report->unknownCommunities[0].proposedCode,
              report->unknownCommunities[1].proposedCode);
    const auto groups = groupLedgerIssues(report->errors);
    ASSERT_EQ(groups.size(), 2u);
    EXPECT_EQ(groups[0].lines, (std::vector<int> {2, 4, 6}));

    // Creating them needs a role that keeps the list.
    auto refused =
        service().importLedger(caseworker(), file, "unknown.csv", false, noJobControl(), true);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::PermissionDenied);
    const auto both = addUser("chen", {Role::Caseworker, Role::Admin});
    auto created = service().importLedger(both, file, "unknown.csv", false, noJobControl(), true);
    ASSERT_TRUE(created.ok()) << created.error().message;
    ASSERT_TRUE(created->errors.empty()) << created->errors.front().reason;
    EXPECT_TRUE(created->committed);
    EXPECT_EQ(created->householdsCreated, 6);
    ASSERT_EQ(created->unknownCommunities.size(), 2u);
    EXPECT_TRUE(created->unknownCommunities[0].created);
    EXPECT_EQ(count(*db, "SELECT count(*) FROM communities"), 4);
    EXPECT_EQ(count(*db,
                    "SELECT count(*) FROM audit_log WHERE action = 'community.add' AND "
                    "details LIKE '%ledger import%'"),
              2);
    EXPECT_EQ(count(*db,
                    "SELECT count(*) FROM households h JOIN communities c ON c.id = "
                    "h.community_id WHERE c.name = '青年路社区'"),
              3);
    EXPECT_TRUE(AuditLog(*db, clock).verify().ok);
}

// PR-3: a dibao grant covers the household's members the ledger puts on it: an elderly
// member whom the rules might find eligible for 特困 stays covered while the ledger gives
// them no case of their own; a member with a personal 特困 row of their own is not.
TEST_F(LedgerImportTest, ADibaoGrantCoversTheMembersWithoutACaseOfTheirOwn)
{
    const std::string file = std::string(kHeader) +
        "L001,head,王秀英,11010519491231002X,13800000000,幸福路1号,幸福社区,urban,,,"
        "dibao,在保,2025-03,830.00,农业银行,6222021234567890128,王秀英\n"
        "L001,spouse,李建国," +
        makeIdNumber("110105", "19400101", 11) + ",,,,,,,,,,,,,\n" + "L001,grandchild,李小明," +
        makeIdNumber("110105", "20150101", 1) +
        ",,,,,,,,,,,,,\n"
        "L003,head,钱七," +
        makeIdNumber("110105", "19800101", 21) +
        ",,和平街3号,和平社区,urban,,,dibao,在保,2025-01,600.00,,,\n"
        "L003,parent,钱老," +
        makeIdNumber("110105", "19380101", 41) + ",,,,,,,tekun,在保,2025-01,1269.00,,,\n";
    auto report = service().importLedger(caseworker(), file, "ledger.csv");
    ASSERT_TRUE(report.ok()) << report.error().message;
    ASSERT_TRUE(report->errors.empty()) << report->errors.front().reason;
    EXPECT_EQ(count(*db,
                    "SELECT d.person_count FROM decisions d JOIN cases c ON c.id = d.case_id "
                    "JOIN households h ON h.id = c.household_id "
                    "WHERE h.household_no = 'L001' AND c.programme = 'dibao'"),
              3);
    EXPECT_EQ(count(*db,
                    "SELECT d.person_count FROM decisions d JOIN cases c ON c.id = d.case_id "
                    "JOIN households h ON h.id = c.household_id "
                    "WHERE h.household_no = 'L003' AND c.programme = 'dibao'"),
              1);
    EXPECT_EQ(count(*db,
                    "SELECT d.person_count FROM decisions d JOIN cases c ON c.id = d.case_id "
                    "WHERE c.programme = 'tekun'"),
              1);
}
