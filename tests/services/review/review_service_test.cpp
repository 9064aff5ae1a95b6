// ReviewService (issue 13, data-formats §7, RV-1, RV-2): the visits import all or
// nothing with its unhappy paths (unknown household, an ID number of another
// household, a preview, roles), coverage readings (a household visit covers a member's
// 特困 case, a person's visit does not cover the household's dibao case, a case stopped
// before the year's end is not in the population), and the due list's cadence (labour
// capacity, the month's last day) and order.

#include "services/payroll/payroll_fixture.h"

#include "services/review/review_service.h"

#include <gtest/gtest.h>

namespace relief::test {
namespace {

class ReviewServiceTest : public PayrollFixture
{
protected:
    void SetUp() override
    {
        PayrollFixture::SetUp();
        review = std::make_unique<services::ReviewService>(*db, clock);
    }

    std::string numberOf(std::int64_t householdId)
    {
        storage::Statement st(*db, "SELECT household_no FROM households WHERE id = ?1");
        st.bind(1, householdId);
        return st.step() ? st.text(0) : "";
    }

    std::string idOf(std::int64_t personId)
    {
        storage::Statement st(*db, "SELECT id_number FROM persons WHERE id = ?1");
        st.bind(1, personId);
        return st.step() ? st.text(0) : "";
    }

    static std::string visit(const std::string &household, const std::string &id,
                             const std::string &date, const std::string &staff = "张三、李四",
                             const std::string &flags = "是,是,是")
    {
        return household + "," + id + "," + date + "," + staff + ",入户调查," + flags + ",复核,\n";
    }

    Result<services::VisitImportReport> import(const std::string &rows, bool preview = false)
    {
        return review->importVisits(
            caseworker(),
            "户编号,身份证号,走访日期,调查人员,核查方式,入户见人,调查人签字,"
            "家庭签字,走访类型,情况记录\n" +
                rows,
            "visits.csv", preview);
    }

    std::unique_ptr<services::ReviewService> review;
};

TEST_F(ReviewServiceTest, ImportIsAllOrNothingAndNamesTheRow)
{
    const auto h1 = household();
    const auto h2 = household();
    const std::string n1 = numberOf(h1);
    const std::string otherId = idOf(headOf(h2));
    auto r = import(visit(n1, "", "2025-05-01") + visit("XX99999", "", "2025-05-01") +
                    visit(n1, otherId, "2025-05-02"));
    ASSERT_TRUE(r.ok()) << r.error().message;
    ASSERT_EQ(r->errors.size(), 2u);
    EXPECT_EQ(r->errors[0].line, 3);
    EXPECT_EQ(r->errors[1].line, 4);
    EXPECT_EQ(r->errors[1].value.find(otherId), std::string::npos); // masked
    EXPECT_FALSE(r->committed);
    EXPECT_EQ(count("SELECT count(*) FROM review_visits"), 0);

    // A preview checks and keeps nothing; a one-staff visit is stored and does not count.
    auto p = import(visit(n1, "", "2025-05-01"), true);
    ASSERT_TRUE(p.ok()) << p.error().message;
    EXPECT_EQ(p->imported, 1);
    EXPECT_EQ(count("SELECT count(*) FROM review_visits"), 0);
    auto one = import(visit(n1, "", "2025-05-01", "张三"));
    ASSERT_TRUE(one.ok()) << one.error().message;
    EXPECT_EQ(one->imported, 1);
    EXPECT_EQ(one->qualifying, 0);
    EXPECT_EQ(count("SELECT count(*) FROM review_visits WHERE qualifies = 0"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM audit_log WHERE action = 'review.import_visits'"), 1);

    // A date to come, a bad 是/否 and no staff are cell errors.
    auto cells = import(visit(n1, "", "2999-01-01") +
                        visit(n1, "", "2025-05-01", "张三、李四", "也许,是,是") +
                        visit(n1, "", "2025-05-01", ""));
    ASSERT_TRUE(cells.ok());
    EXPECT_EQ(cells->errors.size(), 3u);

    const auto statistician = addUser("tong", {Role::Statistician});
    auto denied = review->importVisits(statistician, "户编号,走访日期,调查人员\n", "v.csv");
    ASSERT_FALSE(denied.ok());
    EXPECT_EQ(denied.error().code, ErrorCode::PermissionDenied);
}

TEST_F(ReviewServiceTest, CoverageReadings)
{
    // h1: dibao, and its head also 特困 (a personal case in the household); h2: dibao,
    // visited only as a person; h3: dibao, stopped from July. The clock's year is the
    // current one: the population is the one active today (2025-09-15).
    const auto h1 = household();
    const auto h2 = household();
    const auto h3 = household();
    decide(addCase(h1, CaseProgramme::Dibao), DecisionKind::Grant, "2025-01", 50000, 1);
    decide(addCase(h1, CaseProgramme::Tekun), DecisionKind::Grant, "2025-01", 90000, 1);
    decide(addCase(h2, CaseProgramme::Dibao), DecisionKind::Grant, "2025-01", 50000, 1);
    const auto c3 = addCase(h3, CaseProgramme::Dibao);
    decide(c3, DecisionKind::Grant, "2025-01", 50000, 1);
    decide(c3, DecisionKind::Stop, "2025-07", 0, 0, "2025-06-20");
    auto r = import(visit(numberOf(h1), "", "2025-06-01") +
                    visit(numberOf(h2), idOf(headOf(h2)), "2025-06-01"));
    ASSERT_TRUE(r.ok()) << r.error().message;
    ASSERT_TRUE(r->errors.empty()) << r->errors[0].reason;
    auto c = review->coverage(2025);
    ASSERT_TRUE(c.ok()) << c.error().message;
    EXPECT_EQ(c->asOf, clock.today());
    EXPECT_EQ(c->population.dibaoHouseholds, 2); // h3 stopped
    EXPECT_EQ(c->population.tekunPersons, 1);
    EXPECT_EQ(c->covered.dibaoHouseholds, 1); // h2's person visit does not cover its dibao
    EXPECT_EQ(c->covered.tekunPersons, 1); // covered by its household's visit
    EXPECT_EQ(c->coveragePct, "66.7");
    EXPECT_EQ(c->notCovered, (std::vector<std::string> {numberOf(h2)}));
    EXPECT_FALSE(review->coverage(2999).ok());
}

TEST_F(ReviewServiceTest, DueListCadenceAndOrder)
{
    // Both heads are born in 1950 (no labour capacity): dibao_stable, 12 months. A
    // household with a member of working age is re-verified every dibao_unstable (6).
    const auto h1 = household();
    const auto h2 = household();
    services::MemberInput m;
    m.person.name = "张小";
    m.person.idNumber = makeIdNumber("110105", "19900101", 7);
    m.relation = Relation::Child;
    auto added = registry->addMember(caseworker(), h2, m);
    ASSERT_TRUE(added.ok()) << added.error().message;
    storage::Statement child(*db, "SELECT id FROM persons WHERE id_number = ?1");
    child.bind(1, m.person.idNumber);
    ASSERT_TRUE(child.step());
    const auto childId = child.int64(0);
    decide(addCase(h1, CaseProgramme::Dibao), DecisionKind::Grant, "2025-01", 50000, 1);
    const auto c2 = addCase(h2, CaseProgramme::Dibao);
    {
        storage::DecisionRecord d;
        d.caseId = c2;
        d.kind = DecisionKind::Grant;
        d.effectiveMonth = ym("2025-01");
        d.amount = Money::fromFen(80000);
        d.persons = {headOf(h2), childId};
        d.decidedOn = *Date::parse("2025-01-10");
        d.decidedBy = "wang";
        d.createdAt = clock.isoUtc();
        storage::CaseRepository(*db).insertDecision(d);
    }
    ASSERT_TRUE(
        import(visit(numberOf(h1), "", "2025-08-31") + visit(numberOf(h2), "", "2025-08-31")).ok());
    auto due = review->due(*Date::parse("2026-02-28"));
    ASSERT_TRUE(due.ok()) << due.error().message;
    ASSERT_EQ(due->size(), 1u); // h1 is due in August 2026
    EXPECT_EQ((*due)[0].householdNo, numberOf(h2));
    EXPECT_EQ((*due)[0].cadenceMonths, 6);
    EXPECT_EQ((*due)[0].dueDate, *Date::parse("2026-02-28")); // 08-31 + 6 months
    EXPECT_FALSE((*due)[0].overdue); // due today is still on time
    auto later = review->due(*Date::parse("2026-09-30"));
    ASSERT_TRUE(later.ok());
    ASSERT_EQ(later->size(), 2u);
    EXPECT_EQ((*later)[0].householdNo, numberOf(h2)); // the longest overdue first
    EXPECT_EQ((*later)[0].daysOverdue, 214);
    EXPECT_EQ((*later)[1].dueDate, *Date::parse("2026-08-31"));
    EXPECT_EQ((*later)[1].cadenceMonths, 12);
    EXPECT_FALSE(review->due(*Date::parse("2026-09-30"), std::string("没有")).ok());
}

} // namespace
} // namespace relief::test
