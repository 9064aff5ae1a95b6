// Registry repositories, the household list and schemas 3 and 4 on a real database.

#include "support/temp_db.h"

#include "storage/database_error.h"
#include "storage/name_key.h"
#include "storage/registry/case_repository.h"
#include "storage/registry/community_repository.h"
#include "storage/registry/household_query.h"
#include "storage/registry/household_repository.h"
#include "storage/registry/person_repository.h"
#include "storage/statement.h"

#include <algorithm>
#include <ostream>
#include <set>
#include <tuple>

using namespace relief;
using namespace relief::storage;

namespace {
class RegistryRepositoryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = test::openDb(dir.file("r.db"));
        ASSERT_TRUE(db);
        community = CommunityRepository(*db).insert({0, "XF", "幸福社区", 1, true, "t"});
    }

    std::int64_t household(const std::string &no)
    {
        HouseholdRecord h;
        h.householdNo = no;
        h.communityId = community;
        h.address = "幸福路";
        h.createdAt = h.updatedAt = "t";
        return HouseholdRepository(*db).insert(h);
    }

    std::int64_t person(const std::string &name, const std::string &id)
    {
        PersonRecord p;
        p.name = name;
        p.idNumber = id;
        p.birthDate = *Date::parse("1949-12-31");
        p.createdAt = p.updatedAt = "t";
        return PersonRepository(*db).insert(p);
    }

    test::TempDir dir;
    std::unique_ptr<Database> db;
    std::int64_t community = 0;
};
} // namespace

TEST_F(RegistryRepositoryTest, HouseholdNumbersAreGeneratedPerCommunity)
{
    CommunityRepository repo(*db);
    EXPECT_EQ(repo.takeHouseholdNo(community), "XF00001");
    household("XF00002"); // imported with its own number
    EXPECT_EQ(repo.takeHouseholdNo(community), "XF00003");
}

// Issue 18: heads sort in pinyin order by a key kept with the name (schema 6), both ways
// and page by page (keyset), and the key follows a renamed head.
TEST_F(RegistryRepositoryTest, HeadNamesSortInPinyinOrder)
{
    const std::vector<std::string> names = {"张三", "丁一", "赵六", "万二", "严三",
                                            "陈一", "李四", "王五", "刘二"};
    HouseholdRepository repo(*db);
    std::vector<std::int64_t> persons;
    for (size_t i = 0; i < names.size(); ++i) {
        const auto h = household("XF0000" + std::to_string(i + 1));
        const auto p = person(names[i], "1101051949123100" + std::to_string(10 + i));
        persons.push_back(p);
        MembershipRecord m;
        m.householdId = h;
        m.personId = p;
        m.relation = Relation::Head;
        repo.insertMembership(m);
    }
    const std::vector<std::string> pinyin = {"陈一", "丁一", "李四", "刘二", "万二",
                                             "王五", "严三", "张三", "赵六"};
    auto heads = [&](bool descending, int limit) {
        HouseholdFilter f;
        f.sort = HouseholdSort::HeadName;
        f.descending = descending;
        f.limit = limit;
        std::vector<std::string> out;
        HouseholdQuery query(*db);
        for (;;) {
            const auto page = query.page(f);
            for (const auto &r : page)
                out.push_back(r.headName);
            if (static_cast<int>(page.size()) < limit)
                return out;
            f.after = pageKeyOf(page.back());
        }
    };
    EXPECT_EQ(heads(false, 100), pinyin);
    EXPECT_EQ(heads(false, 2), pinyin); // keyset pages
    EXPECT_EQ(heads(true, 4), std::vector<std::string>(pinyin.rbegin(), pinyin.rend()));
    EXPECT_LT(nameSortKey("陈一"), nameSortKey("丁一"));
    EXPECT_EQ(nameSortKey(""), "");

    // 张三 renamed 艾三 (ai) comes first.
    Statement rename(*db, "UPDATE persons SET name = '艾三' WHERE id = ?1");
    rename.bind(1, persons[0]);
    rename.step();
    EXPECT_EQ(heads(false, 3).front(), "艾三");
    // The key is indexed: the sort walks the index, no temporary B-tree.
    Statement plan(*db,
                   "EXPLAIN QUERY PLAN SELECT id FROM households ORDER BY head_name_key, "
                   "household_no LIMIT 5");
    std::string detail;
    while (plan.step())
        detail += plan.text(3) + "\n";
    EXPECT_EQ(detail.find("TEMP B-TREE"), std::string::npos) << detail;
}

// Issue 18: a name or ID search that matched a member, not the head, says which member.
TEST_F(RegistryRepositoryTest, SearchSaysWhichMemberMatched)
{
    HouseholdRepository repo(*db);
    const auto h = household("XF00001");
    const auto head = person("张建国", "110105194912310011");
    const auto child = person("王小明", "110105201001010034");
    MembershipRecord m;
    m.householdId = h;
    m.personId = head;
    m.relation = Relation::Head;
    repo.insertMembership(m);
    m.personId = child;
    m.relation = Relation::Child;
    const auto childMembership = repo.insertMembership(m);
    HouseholdQuery query(*db);
    auto matched = [&](const std::string &text, bool former = false) {
        HouseholdFilter f;
        f.text = text;
        f.includeFormerMembers = former;
        const auto rows = query.page(f);
        return rows.size() == 1 ? rows[0].matchedMember : std::string("(none)");
    };
    EXPECT_EQ(matched("王小"), "王小明");
    EXPECT_EQ(matched("0034"), "王小明"); // the last digits of the child's ID
    EXPECT_EQ(matched("110105201001010034"), "王小明");
    EXPECT_EQ(matched("张建"), ""); // the head matched
    EXPECT_EQ(matched("0011"), "");
    EXPECT_EQ(matched("XF0"), ""); // by number: no member
    EXPECT_EQ(matched("幸福路"), ""); // by address
    // A former member is named when the search includes them.
    repo.endMembership(childMembership, *Date::parse("2025-01-01"), LeaveReason::MovedOut, "");
    EXPECT_EQ(matched("王小"), "(none)");
    EXPECT_EQ(matched("王小", true), "王小明");
}

TEST_F(RegistryRepositoryTest, OneActiveMembershipPerPersonAndOneHeadPerHousehold)
{
    const auto h1 = household("XF00001");
    const auto h2 = household("XF00002");
    const auto p = person("王秀英", "11010519491231002X");
    const auto q = person("李建国", "440524188001010014");
    HouseholdRepository repo(*db);
    MembershipRecord m;
    m.householdId = h1;
    m.personId = p;
    m.relation = Relation::Head;
    const auto first = repo.insertMembership(m);
    m.householdId = h2;
    EXPECT_THROW(repo.insertMembership(m), DatabaseError);
    m.householdId = h1;
    m.personId = q;
    EXPECT_THROW(repo.insertMembership(m), DatabaseError); // a second head
    m.relation = Relation::Spouse;
    repo.insertMembership(m);
    EXPECT_EQ(repo.findById(h1)->memberCount, 2);
    EXPECT_EQ(repo.findById(h1)->headName, "王秀英");
    repo.endMembership(first, *Date::parse("2025-01-01"), LeaveReason::MovedOut, "");
    EXPECT_EQ(repo.findById(h1)->memberCount, 1);
    m.householdId = h2;
    m.personId = p;
    m.relation = Relation::Head;
    repo.insertMembership(m);
    EXPECT_EQ(repo.membershipsOf(p).size(), 2u);
    EXPECT_EQ(repo.findById(h2)->headName, "王秀英");
    // Renaming the person renames the head in the list.
    auto rec = *PersonRepository(*db).findById(p);
    rec.name = "王秀兰";
    PersonRepository(*db).update(rec);
    EXPECT_EQ(repo.findById(h2)->headName, "王秀兰");
}

TEST_F(RegistryRepositoryTest, DecisionsAreRowsAndTheCaseFollowsTheLatest)
{
    const auto h = household("XF00001");
    CaseRepository cases(*db);
    CaseRecord c;
    c.householdId = h;
    c.programme = CaseProgramme::Dibao;
    c.source = CaseSource::Ledger;
    c.createdAt = "t";
    c.createdBy = "wang";
    const auto caseId = cases.insertCase(c);
    DecisionRecord d;
    d.caseId = caseId;
    d.kind = DecisionKind::Grant;
    d.effectiveMonth = *YearMonth::parse("2025-03");
    d.amount = Money::fromYuan(830);
    d.persons = {1, 2};
    d.decidedOn = *Date::parse("2025-02-20");
    d.decidedBy = "wang";
    d.createdAt = "t";
    cases.insertDecision(d);
    EXPECT_EQ(cases.findById(caseId)->currentAmount, Money::fromYuan(830));
    EXPECT_TRUE(cases.findById(caseId)->active);
    d.kind = DecisionKind::Stop;
    d.amount = Money();
    d.effectiveMonth = *YearMonth::parse("2025-09");
    cases.insertDecision(d);
    EXPECT_FALSE(cases.findById(caseId)->active);
    EXPECT_FALSE(cases.findActive(h, std::nullopt, CaseProgramme::Dibao).has_value());
    const auto all = cases.decisions(caseId);
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[0].persons, (std::vector<std::int64_t> {1, 2}));
    EXPECT_THROW(db->exec("UPDATE decisions SET amount = 1"), DatabaseError);
    EXPECT_THROW(db->exec("DELETE FROM decisions"), DatabaseError);
    // A household programme has no person; a personal one needs one.
    c.personId = person("王秀英", "11010519491231002X");
    EXPECT_THROW(cases.insertCase(c), DatabaseError);
}

TEST_F(RegistryRepositoryTest, QueryClassifiesSearchText)
{
    using F = HouseholdSearchField;
    EXPECT_EQ(HouseholdQuery::classify("11010519491231002X"), std::vector<F> {F::IdNumber});
    EXPECT_EQ(HouseholdQuery::classify("002X"), (std::vector<F> {F::IdSuffix, F::HouseholdNo}));
    EXPECT_EQ(HouseholdQuery::classify("XF0001"), std::vector<F> {F::HouseholdNo});
    EXPECT_EQ(HouseholdQuery::classify("和平街"), std::vector<F> {F::Address});
    EXPECT_EQ(HouseholdQuery::classify("9号"), std::vector<F> {F::Address});
    EXPECT_EQ(HouseholdQuery::classify("王"), std::vector<F> {F::Name});
    EXPECT_EQ(HouseholdQuery::normalise("　１２３ｘ "), "123X");
}

TEST_F(RegistryRepositoryTest, QuerySearchesUseIndexes)
{
    // The plan must not scan persons for name, ID or last-digit searches.
    for (const char *sql :
         {"SELECT id FROM persons WHERE name >= '王' AND name < '王\xF4\x8F\xBF\xBF'",
          "SELECT id FROM persons WHERE id_reversed >= '4100' AND id_reversed < '4100~'",
          "SELECT id FROM persons WHERE id_number = '440524188001010014'"}) {
        Statement st(*db, std::string("EXPLAIN QUERY PLAN ") + sql);
        std::string plan;
        while (st.step())
            plan += st.text(3) + "\n";
        EXPECT_NE(plan.find("USING"), std::string::npos) << sql << "\n" << plan;
        EXPECT_EQ(plan.find("SCAN persons"), std::string::npos) << sql << "\n" << plan;
    }
}

namespace {
struct Summary
{
    std::int64_t active = 0;
    std::int64_t any = 0;
    std::string status;
    bool operator==(const Summary &) const = default;
};

Summary summaryOf(Database &db, std::int64_t householdId)
{
    Statement st(db,
                 "SELECT active_programmes, case_programmes, status FROM households "
                 "WHERE id = ?1");
    st.bind(1, householdId);
    if (!st.step())
        return {};
    return {st.int64(0), st.int64(1), st.text(2)};
}

std::ostream &operator<<(std::ostream &os, const Summary &s)
{
    return os << "{" << s.active << ", " << s.any << ", " << s.status << "}";
}

DecisionRecord decision(std::int64_t caseId, DecisionKind kind, const char *month)
{
    DecisionRecord d;
    d.caseId = caseId;
    d.kind = kind;
    d.effectiveMonth = *YearMonth::parse(month);
    d.amount = kind == DecisionKind::Stop ? Money() : Money::fromYuan(500);
    d.decidedOn = *Date::parse("2025-02-20");
    d.decidedBy = "wang";
    d.createdAt = "t";
    return d;
}
} // namespace

TEST_F(RegistryRepositoryTest, StoredPersonsNestedTooDeepReadAsNone)
{
    // A decisions row edited outside the program: the persons list nested 100,000
    // levels deep is read with the depth guard (no recursion, no crash).
    const auto h = household("XF00001");
    CaseRepository cases(*db);
    CaseRecord c;
    c.householdId = h;
    c.programme = CaseProgramme::Dibao;
    c.source = CaseSource::Ledger;
    c.createdAt = "t";
    c.createdBy = "wang";
    const auto caseId = cases.insertCase(c);
    DecisionRecord d;
    d.caseId = caseId;
    d.kind = DecisionKind::Grant;
    d.effectiveMonth = *YearMonth::parse("2025-03");
    d.amount = Money::fromYuan(830);
    d.persons = {1};
    d.decidedOn = *Date::parse("2025-02-20");
    d.decidedBy = "wang";
    d.createdAt = "t";
    cases.insertDecision(d);
    const std::string deep = std::string(100000, '[') + std::string(100000, ']');
    Statement(*db, "DROP TRIGGER decisions_no_update").step(); // edited outside the program
    Statement st(*db, "UPDATE decisions SET persons = ? WHERE case_id = ?");
    st.bind(1, deep);
    st.bind(2, caseId);
    st.step();
    const auto read = cases.decisions(caseId);
    ASSERT_EQ(read.size(), 1u);
    EXPECT_TRUE(read.front().persons.empty());
}

TEST_F(RegistryRepositoryTest, ProgrammeBitsFollowTheProgrammeList)
{
    Statement st(*db, "SELECT programme, bit FROM programme_bits ORDER BY bit");
    size_t i = 0;
    while (st.step()) {
        ASSERT_LT(i, kProgrammeKeys.size());
        EXPECT_EQ(st.text(0), kProgrammeKeys[i]);
        EXPECT_EQ(st.int64(1), HouseholdQuery::programmeBit(static_cast<CaseProgramme>(i)));
        ++i;
    }
    EXPECT_EQ(i, kProgrammeKeys.size());
}

TEST_F(RegistryRepositoryTest, TheHouseholdSummaryFollowsItsCases)
{
    const auto h = household("XF00001");
    const auto other = household("XF00002");
    const auto p = person("王秀英", "11010519491231002X");
    EXPECT_EQ(summaryOf(*db, h), (Summary {0, 0, "none"}));

    CaseRepository cases(*db);
    CaseRecord c;
    c.householdId = h;
    c.programme = CaseProgramme::Dibao;
    c.source = CaseSource::Ledger;
    c.createdAt = "t";
    c.createdBy = "wang";
    const auto dibao = cases.insertCase(c);
    cases.insertDecision(decision(dibao, DecisionKind::Grant, "2025-03"));
    EXPECT_EQ(summaryOf(*db, h), (Summary {1, 1, "in_care"}));

    // Stopped: the programme stays in case_programmes only.
    cases.insertDecision(decision(dibao, DecisionKind::Stop, "2025-09"));
    EXPECT_EQ(summaryOf(*db, h), (Summary {0, 1, "stopped"}));

    // A personal programme of a member: in care again, two programmes known.
    c.programme = CaseProgramme::Tekun;
    c.personId = p;
    const auto tekun = cases.insertCase(c);
    cases.insertDecision(decision(tekun, DecisionKind::Grant, "2025-10"));
    EXPECT_EQ(summaryOf(*db, h), (Summary {4, 5, "in_care"}));

    // A decision dated before the stop changes nothing (the latest rules).
    cases.insertDecision(decision(dibao, DecisionKind::Maintain, "2025-05"));
    EXPECT_EQ(summaryOf(*db, h), (Summary {4, 5, "in_care"}));
    // Granted again: dibao active once more.
    cases.insertDecision(decision(dibao, DecisionKind::Grant, "2025-11"));
    EXPECT_EQ(summaryOf(*db, h), (Summary {5, 5, "in_care"}));

    // Should a case ever be moved or deleted, both households follow.
    db->exec("UPDATE cases SET household_id = " + std::to_string(other) +
             " WHERE id = " + std::to_string(tekun));
    EXPECT_EQ(summaryOf(*db, h), (Summary {1, 1, "in_care"}));
    EXPECT_EQ(summaryOf(*db, other), (Summary {4, 4, "in_care"}));
    // (A case with decisions cannot be deleted: they refer to it and stay.)
    c.householdId = other;
    c.personId.reset();
    c.programme = CaseProgramme::Marginal;
    const auto marginal = cases.insertCase(c);
    EXPECT_EQ(summaryOf(*db, other), (Summary {68, 68, "in_care"}));
    db->exec("DELETE FROM cases WHERE id = " + std::to_string(marginal));
    EXPECT_EQ(summaryOf(*db, other), (Summary {4, 4, "in_care"}));
    EXPECT_EQ(summaryOf(*db, h), (Summary {1, 1, "in_care"}));
}

namespace {
// A small registry with every kind of case history, for the list's filters,
// sorts and paging. Sort keys repeat (names, addresses, member counts, update
// times) so that the household number (or id) must break ties.
class HouseholdListTest : public RegistryRepositoryTest
{
protected:
    struct Expected
    {
        std::int64_t id = 0;
        std::int64_t communityId = 0;
        std::vector<std::pair<CaseProgramme, bool>> cases; // programme, active
    };

    void SetUp() override
    {
        RegistryRepositoryTest::SetUp();
        heping = CommunityRepository(*db).insert({0, "HP", "和平社区", 1, true, "t"});
        HouseholdRepository households(*db);
        PersonRepository persons(*db);
        CaseRepository cases(*db);
        static const char *kNames[] = {"王伟", "李娜", "张伟", "王伟", "刘洋"};
        int personNo = 0;
        for (int i = 0; i < 36; ++i) {
            HouseholdRecord h;
            h.communityId = i % 3 == 0 ? heping : community;
            h.householdNo = std::string(i % 3 == 0 ? "HP" : "XF") + "000" + std::to_string(64 - i);
            h.address = "幸福路" + std::to_string(i % 4) + "号";
            h.createdAt = "t";
            h.updatedAt = "2025-01-0" + std::to_string(1 + i % 3);
            Expected e;
            e.id = households.insert(h);
            e.communityId = h.communityId;
            std::vector<std::int64_t> members;
            for (int m = 0; m <= i % 3; ++m) {
                PersonRecord p;
                p.name = kNames[(i + m) % 5];
                const std::string serial = std::to_string(1000 + ++personNo);
                p.idNumber = "11010519490101" + serial;
                p.birthDate = *Date::parse("1949-01-01");
                p.createdAt = p.updatedAt = "t";
                MembershipRecord ms;
                ms.householdId = e.id;
                ms.personId = persons.insert(p);
                ms.relation = m == 0 ? Relation::Head : Relation::Child;
                households.insertMembership(ms);
                members.push_back(ms.personId);
            }
            auto addCase = [&](CaseProgramme programme, bool active) {
                CaseRecord c;
                c.householdId = e.id;
                if (!isHouseholdProgramme(programme))
                    c.personId = members.front();
                c.programme = programme;
                c.source = CaseSource::Ledger;
                c.createdAt = "t";
                c.createdBy = "wang";
                const auto caseId = cases.insertCase(c);
                cases.insertDecision(decision(caseId, DecisionKind::Grant, "2025-01"));
                if (!active)
                    cases.insertDecision(decision(caseId, DecisionKind::Stop, "2025-06"));
                e.cases.emplace_back(programme, active);
            };
            switch (i % 6) {
            case 1:
                addCase(CaseProgramme::Dibao, true);
                break;
            case 2:
                addCase(CaseProgramme::Dibao, false);
                break;
            case 3:
                addCase(CaseProgramme::Dibao, false);
                addCase(CaseProgramme::Tekun, true);
                break;
            case 4:
                addCase(CaseProgramme::Marginal, true);
                break;
            case 5: // an old case stopped, a new one active
                addCase(CaseProgramme::Dibao, false);
                addCase(CaseProgramme::Dibao, true);
                break;
            default:
                break;
            }
            expected.push_back(std::move(e));
        }
    }

    // The filter's meaning, from the cases as written.
    std::set<std::int64_t> matching(const HouseholdFilter &f) const
    {
        std::set<std::int64_t> out;
        for (const auto &e : expected) {
            if (f.communityId && *f.communityId != e.communityId)
                continue;
            bool any = false;
            bool active = false;
            for (const auto &[programme, isActive] : e.cases)
                if (!f.programme || *f.programme == programme) {
                    any = true;
                    active = active || isActive;
                }
            bool keep = true;
            switch (f.status) {
            case HouseholdStatusFilter::Any:
                keep = !f.programme || any;
                break;
            case HouseholdStatusFilter::InCare:
                keep = active;
                break;
            case HouseholdStatusFilter::Stopped:
                keep = any && !active;
                break;
            case HouseholdStatusFilter::NoCase:
                keep = !any;
                break;
            }
            if (keep)
                out.insert(e.id);
        }
        return out;
    }

    // Whether a comes strictly before b in the filter's order.
    static bool before(const HouseholdFilter &f, const HouseholdListRecord &a,
                       const HouseholdListRecord &b)
    {
        auto less = [&](const auto &x, const auto &y) { return f.descending ? y < x : x < y; };
        switch (f.sort) {
        case HouseholdSort::HouseholdNo:
            return less(a.householdNo, b.householdNo);
        case HouseholdSort::HeadName:
            // Pinyin order (schema 6).
            return less(std::make_tuple(nameSortKey(a.headName), a.householdNo),
                        std::make_tuple(nameSortKey(b.headName), b.householdNo));
        case HouseholdSort::Community:
            return less(std::tie(a.communityName, a.householdNo),
                        std::tie(b.communityName, b.householdNo));
        case HouseholdSort::Address:
            return less(std::tie(a.address, a.householdNo), std::tie(b.address, b.householdNo));
        case HouseholdSort::MemberCount:
            return less(std::tie(a.memberCount, a.householdNo),
                        std::tie(b.memberCount, b.householdNo));
        case HouseholdSort::UpdatedAt:
            return less(std::tie(a.updatedAt, a.id), std::tie(b.updatedAt, b.id));
        }
        return false;
    }

    std::int64_t heping = 0;
    std::vector<Expected> expected;
};

std::vector<std::int64_t> idsOf(const std::vector<HouseholdListRecord> &rows)
{
    std::vector<std::int64_t> out;
    for (const auto &r : rows)
        out.push_back(r.id);
    return out;
}
} // namespace

TEST_F(HouseholdListTest, FiltersMatchWhicheverIndexDrivesTheQuery)
{
    std::vector<std::optional<CaseProgramme>> programmes = {
        std::nullopt, CaseProgramme::Dibao, CaseProgramme::Tekun, CaseProgramme::Marginal,
        CaseProgramme::ChildAllowance};
    for (const auto &programme : programmes)
        for (auto status : {HouseholdStatusFilter::Any, HouseholdStatusFilter::InCare,
                            HouseholdStatusFilter::Stopped, HouseholdStatusFilter::NoCase})
            for (const auto &communityId : {std::optional<std::int64_t>(), std::optional(heping)})
                for (auto sort : {HouseholdSort::HouseholdNo, HouseholdSort::HeadName,
                                  HouseholdSort::Community, HouseholdSort::MemberCount}) {
                    HouseholdFilter f;
                    f.programme = programme;
                    f.status = status;
                    f.communityId = communityId;
                    f.sort = sort;
                    f.limit = 1000;
                    SCOPED_TRACE(::testing::Message()
                                 << "programme " << (programme ? static_cast<int>(*programme) : -1)
                                 << " status " << static_cast<int>(status) << " community "
                                 << communityId.value_or(0) << " sort " << static_cast<int>(sort));
                    const auto want = matching(f);
                    // 0: always walk the sort's index and check each row; a large
                    // limit: always start from the filter's own index.
                    for (int narrowLimit : {0, 1'000'000}) {
                        HouseholdQuery query(*db, narrowLimit);
                        const auto rows = query.page(f);
                        const auto ids = idsOf(rows);
                        EXPECT_EQ(std::set<std::int64_t>(ids.begin(), ids.end()), want)
                            << "narrow limit " << narrowLimit;
                        EXPECT_EQ(ids.size(), want.size()) << "narrow limit " << narrowLimit;
                        EXPECT_EQ(query.count(f), static_cast<std::int64_t>(want.size()))
                            << "narrow limit " << narrowLimit;
                        for (size_t i = 1; i < rows.size(); ++i)
                            EXPECT_TRUE(before(f, rows[i - 1], rows[i])) << "row " << i;
                    }
                }
}

TEST_F(HouseholdListTest, TheListShowsProgrammesAndStatusFromTheSummary)
{
    HouseholdFilter f;
    f.limit = 1000;
    for (const auto &r : HouseholdQuery(*db).page(f)) {
        const auto e = std::find_if(expected.begin(), expected.end(),
                                    [&](const Expected &x) { return x.id == r.id; });
        ASSERT_NE(e, expected.end());
        std::set<CaseProgramme> active;
        for (const auto &[programme, isActive] : e->cases)
            if (isActive)
                active.insert(programme);
        EXPECT_EQ(std::set<CaseProgramme>(r.programmes.begin(), r.programmes.end()), active)
            << r.householdNo;
        EXPECT_TRUE(std::is_sorted(r.programmes.begin(), r.programmes.end()));
        EXPECT_EQ(r.status,
                  !active.empty()        ? "in_care"
                      : e->cases.empty() ? "none"
                                         : "stopped")
            << r.householdNo;
    }
}

TEST_F(HouseholdListTest, KeysetPagesWalkEveryRowOnceInOrder)
{
    for (auto sort : {HouseholdSort::HouseholdNo, HouseholdSort::HeadName, HouseholdSort::Community,
                      HouseholdSort::Address, HouseholdSort::MemberCount, HouseholdSort::UpdatedAt})
        for (bool descending : {false, true})
            for (auto status : {HouseholdStatusFilter::Any, HouseholdStatusFilter::InCare})
                for (int narrowLimit : {0, 1'000'000}) {
                    SCOPED_TRACE(::testing::Message()
                                 << "sort " << static_cast<int>(sort) << " descending "
                                 << descending << " status " << static_cast<int>(status)
                                 << " narrow limit " << narrowLimit);
                    HouseholdQuery query(*db, narrowLimit);
                    HouseholdFilter f;
                    f.sort = sort;
                    f.descending = descending;
                    f.status = status;
                    f.limit = 1000;
                    const auto all = idsOf(query.page(f));
                    ASSERT_EQ(all.size(), matching(f).size());

                    std::vector<std::int64_t> keyset;
                    std::vector<std::int64_t> offset;
                    f.limit = 5;
                    for (int guard = 0; guard < 20; ++guard) {
                        const auto page = query.page(f);
                        if (page.empty())
                            break;
                        for (const auto &r : page)
                            keyset.push_back(r.id);
                        f.after = pageKeyOf(page.back());
                    }
                    f.after.reset();
                    for (f.offset = 0; f.offset < 100; f.offset += f.limit) {
                        const auto page = idsOf(query.page(f));
                        if (page.empty())
                            break;
                        offset.insert(offset.end(), page.begin(), page.end());
                    }
                    EXPECT_EQ(keyset, all);
                    EXPECT_EQ(offset, all);
                }
}
