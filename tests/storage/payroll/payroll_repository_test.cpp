// The payroll tables of schema 8 and PayrollRepository on a real database: the
// set-based regular and price-subsidy lines, holds, and the triggers that keep a
// roll past draft (and a locked roll above all) unchanged.

#include "support/temp_db.h"

#include "storage/database_error.h"
#include "storage/payroll/payroll_repository.h"
#include "storage/statement.h"

#include <string>

using namespace relief;
using namespace relief::storage;

namespace {

class PayrollRepositoryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = test::openDb(dir.file("p.db"));
        ASSERT_TRUE(db);
        db->exec("INSERT INTO users(id, username, display_name, password_hash, created_at) "
                 "VALUES (1, 'wang', 'Wang', 'x', 't'), (2, 'li', 'Li', 'x', 't')");
        db->exec("INSERT INTO communities(id, code, name, created_at) VALUES (1, 'XF', '幸福社区', "
                 "'t')");
        db->exec(
            "INSERT INTO institutions(id, name, kind, bank_name, bank_account, account_holder, "
            "created_at) VALUES (1, '敬老院', 'care_home', '农行', '4111111111111111', "
            "'敬老院', 't')");
        repo = std::make_unique<PayrollRepository>(*db);
    }

    std::int64_t household(const std::string &no, const std::string &account,
                           const std::string &area = "urban")
    {
        Statement st(*db,
                     "INSERT INTO households(household_no, community_id, area, bank_account, "
                     "account_holder, head_name, created_at, updated_at) "
                     "VALUES (?1, 1, ?2, ?3, '户主', '户主', 't', 't')");
        st.bind(1, no).bind(2, area).bind(3, account).exec();
        return db->lastInsertId();
    }
    std::int64_t person(std::optional<std::int64_t> institution = std::nullopt)
    {
        Statement st(*db,
                     "INSERT INTO persons(name, birth_date, sex, institution_id, created_at, "
                     "updated_at) VALUES ('张三', '1950-01-01', 'male', ?1, 't', 't')");
        st.bind(1, institution).exec();
        return db->lastInsertId();
    }
    std::int64_t caseOf(std::int64_t household, const std::string &programme,
                        std::optional<std::int64_t> person = std::nullopt)
    {
        Statement st(*db,
                     "INSERT INTO cases(household_id, person_id, programme, source, "
                     "created_at, created_by) VALUES (?1, ?2, ?3, 'ledger', 't', 't')");
        st.bind(1, household).bind(2, person).bind(3, programme).exec();
        return db->lastInsertId();
    }
    void decide(std::int64_t c, const std::string &kind, const std::string &month, std::int64_t fen,
                int persons = 1, const std::string &on = "2025-01-01",
                std::optional<std::string> lastPaid = std::nullopt)
    {
        Statement st(*db,
                     "INSERT INTO decisions(case_id, kind, effective_month, amount, "
                     "person_count, decided_on, decided_by, created_at, last_paid_month) "
                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'wang', 't', ?7)");
        st.bind(1, c).bind(2, kind).bind(3, month).bind(4, fen).bind(5, persons).bind(6, on);
        st.bind(7, lastPaid).exec();
    }
    static YearMonth ym(const char *s) { return *YearMonth::parse(s); }

    test::TempDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<PayrollRepository> repo;
};

} // namespace

TEST_F(PayrollRepositoryTest, RegularLinesFollowPr2AndTheInstitutionIsTheTekunPayee)
{
    const auto h1 = household("XF-0001", "4111111111111111");
    const auto h2 = household("XF-0002", "");
    const auto dibao = caseOf(h1, "dibao");
    decide(dibao, "grant", "2025-01", 90000, 3);
    decide(dibao, "increase", "2025-06", 95000, 3, "2025-05-01");
    decide(dibao, "decrease", "2025-06", 80000, 2, "2025-05-02"); // later date wins
    const auto marginal = caseOf(h2, "marginal");
    decide(marginal, "grant", "2025-01", 10000);
    const auto tekun = caseOf(h2, "tekun", person(1));
    decide(tekun, "grant", "2025-01", 120000);
    const auto stopped = caseOf(h2, "disability_living", person());
    decide(stopped, "grant", "2025-01", 8000);
    decide(stopped, "stop", "2025-05", 0);
    const auto exiting = caseOf(h2, "single_person", person());
    decide(exiting, "gradual_exit", "2025-04", 5000, 1, "2025-03-01", "2025-06");

    const auto roll = repo->insertRoll(ym("2025-06"), "2025-06-01T00:00:00.000Z", 1);
    EXPECT_EQ(repo->insertRegularLines(roll, ym("2025-06"), {}), 3);
    const auto lines = repo->lines(roll, {}, 0, 100);
    ASSERT_EQ(lines.size(), 3u);
    EXPECT_EQ(lines[0].caseId, dibao);
    EXPECT_EQ(lines[0].amount, Money::fromFen(80000));
    EXPECT_EQ(lines[0].persons, 2);
    EXPECT_TRUE(lines[0].accountOk);
    EXPECT_EQ(lines[1].caseId, tekun);
    EXPECT_TRUE(lines[1].toInstitution);
    EXPECT_EQ(lines[1].bankAccount, "4111111111111111");
    EXPECT_TRUE(lines[1].accountOk);
    EXPECT_EQ(lines[2].caseId, exiting);
    EXPECT_FALSE(lines[2].accountOk); // the household has no account: PR-4
    EXPECT_EQ(repo->blockingProblems(roll), 1);

    // July: the gradual exit is over.
    repo->clearDraft(roll);
    EXPECT_EQ(repo->insertRegularLines(roll, ym("2025-07"), {}), 2);

    // A gradual exit recorded without its end: the service passes it.
    const auto open = caseOf(h1, "tekun", person());
    decide(open, "gradual_exit", "2025-05", 7000);
    const auto ends = repo->gradualExitsWithoutEnd();
    ASSERT_EQ(ends.size(), 1u);
    repo->clearDraft(roll);
    EXPECT_EQ(repo->insertRegularLines(roll, ym("2025-07"), {{ends[0].first, ym("2025-07")}}), 3);
    repo->clearDraft(roll);
    EXPECT_EQ(repo->insertRegularLines(roll, ym("2025-07"), {{ends[0].first, ym("2025-06")}}), 2);
}

TEST_F(PayrollRepositoryTest, PriceSubsidyLinesPerPersonAndArea)
{
    const auto urban = household("XF-0001", "4111111111111111");
    const auto rural = household("XF-0002", "4111111111111111", "rural");
    const auto d1 = caseOf(urban, "dibao");
    decide(d1, "grant", "2025-01", 90000, 3);
    const auto d2 = caseOf(rural, "dibao");
    decide(d2, "grant", "2025-01", 60000, 0); // no persons recorded
    const auto dis = caseOf(rural, "disability_care", person());
    decide(dis, "grant", "2025-01", 9000);
    const auto roll = repo->insertRoll(ym("2025-06"), "t", 1);
    repo->insertRegularLines(roll, ym("2025-06"), {});
    EXPECT_EQ(repo->insertPriceSubsidyLines(roll, Money::fromFen(1500), Money::fromFen(1000)), 1);
    RollLineQuery q;
    q.programme = payroll::LineProgramme::PriceSubsidy;
    const auto ps = repo->lines(roll, q, 0, 10);
    ASSERT_EQ(ps.size(), 1u);
    EXPECT_EQ(ps[0].amount, Money::fromFen(4500));
    EXPECT_EQ(ps[0].memo, "临时价补");
    EXPECT_EQ(repo->subsidyCasesWithoutPersons(roll), std::vector<std::int64_t> {d2});
    const auto totals = repo->totals(roll);
    EXPECT_EQ(totals.lines, 4);
    EXPECT_EQ(totals.amount, Money::fromFen(90000 + 60000 + 9000 + 4500));
    ASSERT_EQ(totals.byProgramme.size(), 3u);
    EXPECT_EQ(totals.byProgramme[0].programme, payroll::LineProgramme::Dibao);
    EXPECT_EQ(totals.byProgramme[0].cases, 2);
    EXPECT_EQ(totals.byProgramme[0].persons, 3);
    EXPECT_EQ(repo->countLines(roll, q), 1);
}

TEST_F(PayrollRepositoryTest, HoldsMatchAgainAfterRegeneration)
{
    const auto h = household("XF-0001", "4111111111111111");
    const auto c = caseOf(h, "dibao");
    decide(c, "grant", "2025-01", 90000, 3);
    const auto roll = repo->insertRoll(ym("2025-06"), "t", 1);
    repo->insertRegularLines(roll, ym("2025-06"), {});
    const auto line = repo->lines(roll, {}, 0, 10).at(0);
    HoldRecord hold;
    hold.month = ym("2025-06");
    hold.caseId = c;
    hold.reason = "核查中";
    hold.heldAt = "t";
    hold.heldBy = "wang";
    repo->insertHold(hold);
    EXPECT_TRUE(repo->holdFor(ym("2025-06"), line));
    repo->clearDraft(roll);
    repo->insertRegularLines(roll, ym("2025-06"), {});
    EXPECT_TRUE(repo->applyHolds(roll, ym("2025-06")).empty());
    const auto again = repo->lines(roll, {}, 0, 10).at(0);
    EXPECT_TRUE(again.held);
    EXPECT_EQ(again.holdReason, "核查中");
    RollLineQuery heldOnly;
    heldOnly.heldOnly = true;
    EXPECT_EQ(repo->countLines(roll, heldOnly), 1);
}

TEST_F(PayrollRepositoryTest, LockedRollsRefuseRawSql)
{
    const auto h = household("XF-0001", "4111111111111111");
    const auto c = caseOf(h, "dibao");
    decide(c, "grant", "2025-01", 90000, 3);
    const auto roll = repo->insertRoll(ym("2025-06"), "t", 1);
    repo->insertRegularLines(roll, ym("2025-06"), {});
    repo->markSubmitted(roll, "t", 1);
    // Past draft: no line changes, no inserts.
    EXPECT_THROW(db->exec("UPDATE roll_lines SET amount = 1"), DatabaseError);
    EXPECT_THROW(repo->insertRegularLines(roll, ym("2025-06"), {}), DatabaseError);
    // Four-eyes in the schema too.
    EXPECT_THROW(repo->markApproved(roll, "t", 1), DatabaseError);
    repo->markApproved(roll, "t", 2);
    repo->markLocked(roll, "t", 2, 1, Money::fromFen(90000), 7, "abc");
    EXPECT_THROW(db->exec("UPDATE roll_lines SET amount = 1"), DatabaseError);
    EXPECT_THROW(db->exec("DELETE FROM roll_lines"), DatabaseError);
    EXPECT_THROW(db->exec("UPDATE payroll_rolls SET total_amount = 1"), DatabaseError);
    EXPECT_THROW(db->exec("UPDATE payroll_rolls SET state = 'draft'"), DatabaseError);
    EXPECT_THROW(db->exec("DELETE FROM payroll_rolls"), DatabaseError);
    // The bank result may still be written, and the roll reconciled.
    db->exec("UPDATE roll_lines SET payment = 'paid'");
    db->exec("UPDATE payroll_rolls SET state = 'reconciled', reconciled_at = 't'");
    const auto r = repo->roll(ym("2025-06"));
    ASSERT_TRUE(r);
    EXPECT_EQ(r->state, payroll::RollState::Reconciled);
    EXPECT_EQ(r->totalAmount, Money::fromFen(90000));
    EXPECT_EQ(r->auditHeadHash, "abc");
    EXPECT_EQ(r->approvedBy, "li");
}

TEST_F(PayrollRepositoryTest, ALockedRollsHoldMayOnlyBeReleasedOnceAndRecoveriesKeepTheirAmount)
{
    const auto h = household("XF-0001", "4111111111111111");
    const auto c = caseOf(h, "dibao");
    decide(c, "grant", "2025-01", 90000, 3);
    const auto roll = repo->insertRoll(ym("2025-06"), "t", 1);
    repo->insertRegularLines(roll, ym("2025-06"), {});
    HoldRecord hold;
    hold.month = ym("2025-06");
    hold.caseId = c;
    hold.reason = "核查中";
    hold.heldAt = "t";
    hold.heldBy = "wang";
    const auto holdId = repo->insertHold(hold);
    repo->applyHolds(roll, ym("2025-06"));
    payroll::RecoveryRecord r;
    r.caseId = c;
    r.householdId = h;
    r.communityId = 1;
    r.month = ym("2025-05");
    r.amount = Money::fromFen(1000);
    repo->insertRecovery(roll, r);
    repo->markSubmitted(roll, "t", 1);
    repo->markApproved(roll, "t", 2);
    repo->freezeHolds(roll, ym("2025-06"));
    repo->markLocked(roll, "t", 2, 1, Money::fromFen(90000), 7, "abc");

    const auto frozen = repo->holdOfLockedLine(repo->lines(roll, {}, 0, 1).at(0).id);
    ASSERT_TRUE(frozen);
    EXPECT_EQ(frozen->id, holdId);
    EXPECT_EQ(frozen->amount, Money::fromFen(90000));
    EXPECT_THROW(db->exec("UPDATE roll_holds SET reason = 'x'"), DatabaseError);
    EXPECT_THROW(db->exec("UPDATE roll_holds SET amount = 1"), DatabaseError);
    EXPECT_THROW(db->exec("DELETE FROM roll_holds"), DatabaseError);
    repo->releaseHold(holdId, "t2", "wang");
    EXPECT_THROW(repo->releaseHold(holdId, "t3", "li"), DatabaseError);
    EXPECT_EQ(repo->releasedHoldsToReissue().size(), 1u);

    EXPECT_THROW(db->exec("UPDATE recoveries SET amount = 1"), DatabaseError);
    EXPECT_THROW(db->exec("DELETE FROM recoveries"), DatabaseError);
    const auto rec = repo->recoveriesOfRoll(roll).at(0);
    repo->setCollected(rec.id, Money::fromFen(400), "partly");
    EXPECT_THROW(repo->setCollected(rec.id, Money::fromFen(300), "partly"), DatabaseError);
    repo->setCollected(rec.id, Money::fromFen(1000), "collected");
    EXPECT_THROW(repo->waive(rec.id, "x", "t", "zhao"), DatabaseError);
}
