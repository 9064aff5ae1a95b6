#include "demo_service.h"

#include "domain/arithmetic_overflow.h"

#include "services/policy/policy_service.h"

#include "storage/registry/case_repository.h"
#include "storage/registry/community_repository.h"
#include "storage/registry/household_repository.h"
#include "storage/registry/institution_repository.h"
#include "storage/registry/person_repository.h"
#include "storage/settings_repository.h"

#include "domain/bank_account.h"
#include "domain/rules/household_assessor.h"

#include <array>
#include <unordered_set>

namespace relief::services {

namespace {

// splitmix64: small, fast and the same on every platform (std distributions are not).
class Random
{
public:
    explicit Random(std::uint64_t seed)
        : m_state(seed)
    { }
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    int below(int n) { return static_cast<int>(next() % static_cast<std::uint64_t>(n)); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    bool chance(int percent) { return below(100) < percent; }
    template<class T, size_t N> const T &pick(const std::array<T, N> &a) { return a[below(N)]; }

private:
    std::uint64_t m_state;
};

constexpr std::array<const char *, 30> kSurnames = {
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡",
    "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹"};
constexpr std::array<const char *, 40> kGiven = {
    "伟",   "芳",   "娜",   "秀英", "敏",   "静",   "丽",   "强",   "磊",   "军",
    "洋",   "勇",   "艳",   "杰",   "娟",   "涛",   "明",   "超",   "秀兰", "霞",
    "平",   "刚",   "桂英", "建国", "建华", "玉兰", "志强", "海燕", "小红", "欣怡",
    "子涵", "浩然", "宇轩", "梓萱", "一诺", "淑珍", "德明", "春梅", "国强", "丽华"};

struct DemoCommunity
{
    const char *code;
    const char *name;
    std::array<const char *, 3> streets;
};
constexpr std::array<DemoCommunity, 5> kCommunities = {{
    {"XF", "幸福社区", {"幸福路", "安康街", "福寿巷"}},
    {"HP", "和平社区", {"和平路", "友谊街", "太平巷"}},
    {"GM", "光明社区", {"光明路", "朝阳街", "向阳巷"}},
    {"TJ", "团结社区", {"团结路", "民主街", "新华巷"}},
    {"JS", "建设社区", {"建设路", "工农街", "胜利巷"}},
}};
constexpr std::array<std::pair<const char *, const char *>, 4> kBanks = {{
    {"中国农业银行", "622848"},
    {"中国邮政储蓄银行", "621799"},
    {"中国工商银行", "622202"},
    {"中国建设银行", "621700"},
}};

enum class Kind { Dibao, Elderly, Tekun, SinglePerson, Child, Marginal, Disability, Stopped, None };

Kind kindFor(int roll)
{
    if (roll < 34)
        return Kind::Dibao;
    if (roll < 48)
        return Kind::Elderly;
    if (roll < 58)
        return Kind::Tekun;
    if (roll < 63)
        return Kind::SinglePerson;
    if (roll < 68)
        return Kind::Child;
    if (roll < 76)
        return Kind::Marginal;
    if (roll < 84)
        return Kind::Disability;
    if (roll < 89)
        return Kind::Stopped;
    return Kind::None;
}

class Generator
{
public:
    Generator(storage::Database &db, const Clock &clock, const Session &session, std::uint64_t seed,
              std::string region, std::optional<PolicyParameters> policy)
        : m_rng(seed)
        , m_households(db)
        , m_persons(db)
        , m_cases(db)
        , m_session(session)
        , m_today(clock.today())
        , m_now(clock.isoUtc())
        , m_region(std::move(region))
        , m_policy(std::move(policy))
    { }

    void setCommunities(std::vector<std::int64_t> ids) { m_communityIds = std::move(ids); }
    void setInstitutions(std::int64_t welfare, std::int64_t careHome)
    {
        m_welfare = welfare;
        m_careHome = careHome;
    }

    void household(int index)
    {
        const int c = index % static_cast<int>(kCommunities.size());
        const DemoCommunity &dc = kCommunities[static_cast<size_t>(c)];
        char number[32];
        std::snprintf(number, sizeof number, "%s%05d", dc.code,
                      index / static_cast<int>(kCommunities.size()) + 1);
        const Kind kind = kindFor(m_rng.below(100));
        m_members.clear();
        m_domain = Household {};
        const bool rural = m_rng.chance(15);
        m_domain.area = rural ? Area::Rural : Area::Urban;
        const std::string surname = m_rng.pick(kSurnames);
        switch (kind) {
        case Kind::Dibao:
        case Kind::Marginal:
        case Kind::Stopped:
        case Kind::None:
            family(surname, kind);
            break;
        case Kind::Elderly:
            // An elderly couple under 70 is a dibao household (TK-4: each is the
            // other's able obligor).
            addPerson(surname, m_rng.between(60, 69), Relation::Head, IncomeKind::BasicPension,
                      m_rng.between(150, 300));
            addPerson(m_rng.pick(kSurnames), m_rng.between(60, 69), Relation::Spouse,
                      IncomeKind::Pension, m_rng.between(0, 400));
            break;
        case Kind::Tekun:
            addPerson(surname, m_rng.between(62, 92), Relation::Head, IncomeKind::BasicPension,
                      m_rng.between(0, 200));
            m_members.back().person.selfCareUnmet = m_rng.chance(30) ? m_rng.between(1, 6) : 0;
            if (m_rng.chance(20))
                m_members.back().person.institutionId = m_careHome;
            break;
        case Kind::SinglePerson:
            family(surname, kind);
            m_members.back().person.disability = Disability {DisabilityKind::Intellectual, 2};
            break;
        case Kind::Child:
            addPerson(surname, m_rng.between(60, 75), Relation::Head, IncomeKind::BasicPension,
                      m_rng.between(150, 250));
            addPerson(surname, m_rng.between(3, 16), Relation::Grandchild, IncomeKind::Other, 0);
            m_members.back().person.childStatus =
                m_rng.chance(60) ? ChildStatus::Unsupported : ChildStatus::OrphanHome;
            break;
        case Kind::Disability:
            family(surname, kind);
            m_members.front().person.disability =
                Disability {m_rng.chance(50) ? DisabilityKind::Physical : DisabilityKind::Visual,
                            m_rng.between(1, 2)};
            break;
        }
        if (m_rng.chance(2) && kind == Kind::Tekun) {
            // An orphan supported in the welfare institution.
            m_members.clear();
            addPerson(surname, m_rng.between(2, 15), Relation::Head, IncomeKind::Other, 0);
            m_members.back().person.childStatus = ChildStatus::OrphanInstitutional;
            m_members.back().person.institutionId = m_welfare;
        }
        write(number, dc, kind);
    }

    int persons() const { return m_personCount; }
    int cases() const { return m_caseCount; }

private:
    struct DemoMember
    {
        storage::PersonRecord person;
        Relation relation = Relation::Other;
        std::vector<storage::IncomeRecord> incomes;
    };

    void family(const std::string &surname, Kind kind)
    {
        const bool poor = kind == Kind::Dibao || kind == Kind::SinglePerson ||
            kind == Kind::Disability || kind == Kind::Stopped;
        const int wage = poor ? m_rng.between(0, 900) : m_rng.between(1500, 4000);
        addPerson(surname, m_rng.between(30, 58), Relation::Head, IncomeKind::Wage, wage);
        if (m_rng.chance(75))
            addPerson(m_rng.pick(kSurnames), m_rng.between(28, 56), Relation::Spouse,
                      IncomeKind::Wage, poor ? m_rng.between(0, 600) : m_rng.between(0, 2500));
        const int children = m_rng.between(0, 2);
        for (int i = 0; i < children; ++i) {
            addPerson(surname, m_rng.between(1, 17), Relation::Child, IncomeKind::Other, 0);
            m_members.back().person.inSchool =
                m_members.back().person.birthDate < m_today.addDays(-6 * 365);
        }
        if (m_rng.chance(15))
            addPerson(surname, m_rng.between(65, 90), Relation::Parent, IncomeKind::BasicPension,
                      m_rng.between(150, 300));
        if (kind == Kind::Dibao && m_rng.chance(10))
            m_members.back().person.seriousIllness = true;
    }

    void addPerson(const std::string &surname, int age, Relation relation, IncomeKind incomeKind,
                   int yuan)
    {
        DemoMember m;
        m.relation = relation;
        Date birth = m_today.addDays(-static_cast<long>(age) * 365 - m_rng.between(0, 364));
        const bool male = m_rng.chance(50);
        std::string id;
        do {
            char first17[24];
            const int seq = m_rng.between(0, 499) * 2 + (male ? 1 : 0);
            std::snprintf(first17, sizeof first17, "%s%04d%02d%02d%03d", m_region.c_str(),
                          birth.year(), birth.month(), birth.day(), seq);
            id = std::string(first17) + IdNumber::checkCharacter(first17);
        } while (!m_ids.insert(id).second);
        m.person.idNumber = id;
        m.person.name = surname + m_rng.pick(kGiven);
        m.person.birthDate = birth;
        m.person.sex = male ? Sex::Male : Sex::Female;
        if (age >= 18) {
            char phone[16];
            std::snprintf(phone, sizeof phone, "13%09d", m_rng.below(1'000'000'000));
            m.person.phone = phone;
        }
        m.person.isDemo = true;
        m.person.createdAt = m.person.updatedAt = m_now;
        if (yuan > 0)
            m.incomes.push_back({0, 0, incomeKind, Money::fromYuan(yuan), IncomeEntry::Monthly,
                                 Money::fromYuan(yuan), ""});
        m_members.push_back(std::move(m));
    }

    std::string bankCard(const char *prefix)
    {
        std::string digits = prefix;
        while (digits.size() < 18)
            digits += static_cast<char>('0' + m_rng.below(10));
        return digits + BankAccount::luhnCheckDigit(digits);
    }

    void write(const char *number, const DemoCommunity &dc, Kind kind)
    {
        storage::HouseholdRecord h;
        h.householdNo = number;
        h.communityId = m_communityIds[static_cast<size_t>(&dc - kCommunities.data())];
        h.address = std::string(m_rng.pick(dc.streets)) + std::to_string(m_rng.between(1, 180)) +
            "号" + std::to_string(m_rng.between(1, 6)) + "单元" +
            std::to_string(m_rng.between(1, 6)) + "0" + std::to_string(m_rng.between(1, 4)) + "室";
        h.area = m_domain.area;
        h.phone = m_members.front().person.phone;
        const auto &bank = m_rng.pick(kBanks);
        h.bankName = bank.first;
        h.bankAccount = bankCard(bank.second);
        h.accountHolder = m_members.front().person.name;
        h.financialAssets = Money::fromYuan(m_rng.between(0, 8000));
        h.homes = m_rng.chance(70) ? 1 : 0;
        if (kind != Kind::None)
            h.lastReviewDate = m_today.addDays(-m_rng.between(10, 360));
        h.isDemo = true;
        h.createdAt = h.updatedAt = m_now;
        const std::int64_t householdId = m_households.insert(h);

        std::vector<std::int64_t> personIds;
        for (auto &m : m_members) {
            const std::int64_t personId = m_persons.insert(m.person);
            personIds.push_back(personId);
            if (!m.incomes.empty())
                m_persons.replaceIncomes(personId, m.incomes);
            storage::MembershipRecord ms;
            ms.householdId = householdId;
            ms.personId = personId;
            ms.relation = m.relation;
            m_households.insertMembership(ms);
            Member dm;
            dm.name = m.person.name;
            dm.birthDate = m.person.birthDate;
            dm.relation = m.relation;
            dm.disability = m.person.disability;
            dm.seriousIllness = m.person.seriousIllness;
            dm.inSchool = m.person.inSchool;
            dm.selfCareUnmet = m.person.selfCareUnmet;
            dm.childStatus = m.person.childStatus;
            dm.institutional = m.person.institutionId.has_value();
            for (const auto &i : m.incomes)
                dm.incomes.push_back({i.kind, i.monthly});
            m_domain.members.push_back(std::move(dm));
        }
        m_personCount += static_cast<int>(m_members.size());
        if (!m_policy)
            return;
        AssessRequest request;
        request.asOf = m_today;
        request.household = m_domain;
        Assessment a;
        try {
            a = assessHouseholdQuiet(request, *m_policy);
        } catch (const ArithmeticOverflow &e) {
            // A backstop (the generator's figures are small): an error naming the
            // household, never a crash; generate() rolls everything back.
            m_overflow =
                toStd(DemoService::tr("The rules' figures for demo household %1 overflow (%2); "
                                      "nothing was generated.")
                          .arg(QString::fromUtf8(number), QString::fromStdString(e.field())));
            return;
        }
        const YearMonth start = YearMonth::of(m_today).addMonths(-m_rng.between(1, 60));
        auto grant = [&](CaseProgramme p, std::optional<std::int64_t> person, Money amount,
                         std::vector<std::int64_t> covered) {
            storage::CaseRecord c;
            c.householdId = householdId;
            c.personId = person;
            c.programme = p;
            c.source = CaseSource::Ledger;
            c.createdAt = m_now;
            c.createdBy = m_session.username;
            storage::DecisionRecord d;
            d.caseId = m_cases.insertCase(c);
            d.kind = DecisionKind::Grant;
            d.effectiveMonth = start;
            d.amount = amount;
            d.persons = std::move(covered);
            d.decidedOn = start.previous().lastDay();
            d.decidedById = m_session.userId;
            d.decidedBy = m_session.username;
            d.reason = "演示数据 demo data";
            d.createdAt = m_now;
            m_cases.insertDecision(d);
            ++m_caseCount;
            return d;
        };
        const Money standard = a.standard;
        switch (kind) {
        case Kind::Dibao:
        case Kind::Elderly:
        case Kind::Stopped: {
            const Money amount = a.dibao.eligible ? a.dibao.monthly : standard;
            auto d = grant(CaseProgramme::Dibao, std::nullopt, amount, personIds);
            if (kind == Kind::Stopped) {
                d.kind = DecisionKind::Stop;
                d.amount = Money();
                d.effectiveMonth = YearMonth::of(m_today).addMonths(-m_rng.between(0, 1));
                d.decidedOn = d.effectiveMonth.previous().lastDay();
                d.reason = "演示数据：收入增加 demo data: income rose";
                m_cases.insertDecision(d);
            }
            break;
        }
        case Kind::Marginal:
            grant(CaseProgramme::Marginal, std::nullopt, Money(), personIds);
            break;
        case Kind::Tekun: {
            const auto &m = m_members.front();
            if (m.person.childStatus) {
                grant(CaseProgramme::ChildAllowance, personIds.front(),
                      a.childAllowance.empty() ? Money::fromYuan(2000)
                                               : a.childAllowance.front().monthly,
                      {personIds.front()});
                break;
            }
            Money amount = Money::fromYuan(1269);
            for (const auto &t : a.tekun)
                if (t.member == 0 && t.eligible)
                    amount = t.monthly;
            grant(CaseProgramme::Tekun, personIds.front(), amount, {personIds.front()});
            break;
        }
        case Kind::SinglePerson: {
            const size_t last = personIds.size() - 1;
            Money amount = standard;
            for (const auto &s : a.singlePerson)
                if (s.member == static_cast<int>(last))
                    amount = s.monthly;
            grant(CaseProgramme::SinglePerson, personIds[last], amount, {personIds[last]});
            break;
        }
        case Kind::Child:
            for (const auto &ca : a.childAllowance)
                grant(CaseProgramme::ChildAllowance, personIds[static_cast<size_t>(ca.member)],
                      ca.monthly, {personIds[static_cast<size_t>(ca.member)]});
            break;
        case Kind::Disability:
            for (const auto &dc2 : a.disabilityCare)
                grant(CaseProgramme::DisabilityCare, personIds[static_cast<size_t>(dc2.member)],
                      dc2.monthly, {personIds[static_cast<size_t>(dc2.member)]});
            grant(CaseProgramme::DisabilityLiving, personIds.front(),
                  m_policy->disabilitySubsidy.living, {personIds.front()});
            break;
        case Kind::None:
            break;
        }
    }

    Random m_rng;
    storage::HouseholdRepository m_households;
    storage::PersonRepository m_persons;
    storage::CaseRepository m_cases;
    const Session &m_session;
    Date m_today;
    std::string m_now;
    std::string m_region;
    std::optional<PolicyParameters> m_policy;

public:
    // Set when a household's assessment overflowed: generate() fails with it.
    std::string m_overflow;

private:
    std::vector<std::int64_t> m_communityIds;
    std::int64_t m_welfare = 0;
    std::int64_t m_careHome = 0;
    std::vector<DemoMember> m_members;
    Household m_domain;
    std::unordered_set<std::string> m_ids;
    int m_personCount = 0;
    int m_caseCount = 0;
};

} // namespace

Result<DemoReport> DemoService::generate(const Session &session, int households, std::uint64_t seed)
{
    if (households < 1 || households > kMaxHouseholds)
        return Error::invalid("households",
                              toStd(tr("Give between 1 and %1 households.").arg(kMaxHouseholds)));
    auto policy = PolicyService(m_db, m_clock).inForceOn(m_clock.today());
    return write(session, Action::GenerateDemo, [&](AuditLog &audit) -> Result<DemoReport> {
        storage::HouseholdRepository existing(m_db);
        if (existing.count(false) > 0)
            return Error {ErrorCode::Conflict,
                          toStd(tr("This database holds real households; demo data goes only "
                                   "into a database of its own (or one with demo data only).")),
                          {}};
        if (existing.count(true) > 0)
            return Error {ErrorCode::Conflict,
                          toStd(tr("This database already holds demo data; use a new database.")),
                          {}};
        storage::SettingsRepository settings(m_db);
        std::string region = settings.get("area_code").value_or("");
        if (region.size() != 6)
            region = "110105";
        storage::CommunityRepository communities(m_db);
        std::vector<std::int64_t> ids;
        for (const auto &c : kCommunities) {
            if (auto found = communities.findByCode(c.code))
                ids.push_back(found->id);
            else
                ids.push_back(communities.insert({0, c.code, c.name, 1, true, m_clock.isoUtc()}));
        }
        storage::InstitutionRepository institutions(m_db);
        auto institution = [&](const char *name, InstitutionKind kind, const char *account) {
            if (auto found = institutions.findByName(name))
                return found->id;
            storage::InstitutionRecord r;
            r.name = name;
            r.kind = kind;
            r.address = "示例市民政路1号";
            r.bankName = "中国农业银行";
            r.bankAccount = account;
            r.accountHolder = name;
            r.createdAt = m_clock.isoUtc();
            return institutions.insert(r);
        };
        Generator gen(m_db, m_clock, session, seed, region,
                      policy.ok() ? std::optional<PolicyParameters>(*policy) : std::nullopt);
        gen.setCommunities(ids);
        gen.setInstitutions(
            institution("示例市社会福利院", InstitutionKind::WelfareInstitution,
                        "6228480000000000000"),
            institution("阳光敬老院", InstitutionKind::CareHome, "6228480000000000018"));
        for (int i = 0; i < households && gen.m_overflow.empty(); ++i)
            gen.household(i);
        if (!gen.m_overflow.empty())
            return Error {ErrorCode::InvalidInput, gen.m_overflow, {}};
        // Household numbers continue after the demo's.
        for (auto id : ids)
            communities.setNextSeq(id, households / static_cast<int>(kCommunities.size()) + 2);
        settings.set("demo_data", "1");
        DemoReport report {households, gen.persons(), gen.cases()};
        audit.append(session,
                     {AuditAction::DemoGenerate,
                      "office",
                      "demo",
                      {{"households", report.households},
                       {"persons", report.persons},
                       {"cases", report.cases},
                       {"seed", seed}}});
        return report;
    });
}

} // namespace relief::services
