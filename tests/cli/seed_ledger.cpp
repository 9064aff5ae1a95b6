#include "seed_ledger.h"
#include "domain/bank_account.h"

#include <cstdio>

namespace relief::cli::test {

namespace {

const char *const kCommunities[] = {"幸福社区", "青年路社区", "光明社区", "新华社区"};
const char *const kSurnames[] = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴",
                                 "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗"};
const char *const kGiven[] = {"秀英", "建国", "桂兰", "志强", "玉珍", "海燕", "德明",
                              "淑珍", "国华", "红梅", "永福", "丽娟", "文斌", "凤英",
                              "春生", "晓燕", "振华", "金凤", "宝山", "雪梅", "长江"};

std::string name(int n)
{
    return std::string(kSurnames[n % 20]) + kGiven[(n / 20 + n) % 21];
}

std::string yuan(int yuan, int fen)
{
    char text[32];
    std::snprintf(text, sizeof text, "%d.%02d", yuan, fen);
    return text;
}

std::string month(int year, int monthIndex) // monthIndex 0-based from January of year
{
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02d", year + monthIndex / 12, 1 + monthIndex % 12);
    return text;
}

class Builder
{
public:
    SeedLedger ledger;

    // A new household: its head row (with the community, area and, for a paid
    // household, the bank account), returned for the caller to add a programme.
    SeedRow &head(int birthYear, bool rural, bool account)
    {
        ++m_household;
        char no[16];
        std::snprintf(no, sizeof no, "S%04d", m_household);
        m_no = no;
        SeedRow &r = person("户主", birthYear);
        r.community = kCommunities[m_household % 4];
        r.area = rural ? "农村" : "城市";
        if (account) {
            r.bankName = m_household % 3 == 0 ? "中国邮政储蓄银行" : "中国农业银行";
            r.bankAccount =
                seedBankAccount(m_household % 3 == 0 ? "621799" : "622848", 100000 + m_household);
            r.accountHolder = r.name;
        }
        return r;
    }
    SeedRow &person(const char *relation, int birthYear)
    {
        SeedRow r;
        r.householdNo = m_no;
        r.relation = relation;
        r.name = name(m_person);
        r.idNumber = seedIdNumber(birthYear, 1 + m_person % 12, 1 + m_person % 28, m_person);
        ++m_person;
        ledger.rows.push_back(r);
        return ledger.rows.back();
    }

private:
    int m_household = 0;
    int m_person = 0;
    std::string m_no;
};

void setProgramme(SeedRow &r, const char *programme, const char *status, std::string start,
                  std::string amount)
{
    r.programme = programme;
    r.status = status;
    r.startMonth = std::move(start);
    r.amount = std::move(amount);
}

} // namespace

std::string seedIdNumber(int year, int month, int day, int sequence)
{
    char first17[32];
    std::snprintf(first17, sizeof first17, "110105%04d%02d%02d%03d", year, month, day,
                  sequence % 1000);
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17[i] - '0') * weights[i];
    return std::string(first17) + "10X98765432"[sum % 11];
}

std::string seedBankAccount(const std::string &prefix, int serial)
{
    char digits[32];
    std::snprintf(digits, sizeof digits, "%s%012d", prefix.c_str(), serial);
    const std::string body = digits;
    return body + BankAccount::luhnCheckDigit(body);
}

std::string paidProgrammeKey(const std::string &p)
{
    if (p == "低保")
        return "dibao";
    if (p == "特困")
        return "tekun";
    if (p == "单人保")
        return "single_person";
    if (p == "孤儿(集中)" || p == "孤儿(散居)" || p == "事实无人抚养")
        return "child_allowance";
    return {};
}

SeedLedger seedShapedLedger()
{
    Builder b;
    // 196 dibao households in care, 1–4 persons, a fifth of them rural, started
    // from 2023-01 to 2025-12 (the roll's own month included).
    for (int i = 0; i < 196; ++i) {
        SeedRow &h = b.head(1950 + i % 36, i % 5 == 0, true);
        setProgramme(h, "低保", "在保", month(2023, i % 36), yuan(250 + i * 37 % 600, i % 2 * 50));
        const int size = 1 + i % 4;
        if (size >= 2)
            b.person("配偶", 1952 + i % 36);
        if (size >= 3)
            b.person("子女", 1990 + i % 20);
        if (size >= 4)
            b.person("父母", 1930 + i % 15);
    }
    // 118 特困 persons: 90 living alone, 28 with relatives who get nothing.
    for (int i = 0; i < 118; ++i) {
        const std::string start = month(2022, i % 48);
        const std::string amount = yuan(1100 + i * 13 % 300, 0);
        if (i < 90) {
            SeedRow &h = b.head(1935 + i % 25, i % 7 == 0, true);
            setProgramme(h, "特困", "在保", start, amount);
        } else {
            b.head(1965 + i % 20, false, true);
            setProgramme(b.person("父母", 1935 + i % 20), "特困", "在保", start, amount);
        }
    }
    // 40 低保边缘 households: recorded, never paid (no amount, no account).
    for (int i = 0; i < 40; ++i) {
        setProgramme(b.head(1958 + i % 30, i % 4 == 0, false), "低保边缘", "在保", "2024-06", {});
        b.person("配偶", 1960 + i % 30);
    }
    // 30 stopped (停保) rows: 20 dibao households and 10 特困 persons, with the
    // amounts the old ledger last paid: none of them is in care.
    for (int i = 0; i < 20; ++i) {
        setProgramme(b.head(1960 + i % 20, false, true), "低保", "停保", "2023-05",
                     yuan(500 + i * 10, 0));
        b.person("配偶", 1962 + i % 20);
    }
    for (int i = 0; i < 10; ++i)
        setProgramme(b.head(1940 + i, false, true), "特困", "停保", "2022-03", "1200.00");
    // 24 child allowances: 12 orphans at home (孤儿(散居)) and 12 children without
    // support (事实无人抚养), each living with a grandparent.
    for (int i = 0; i < 24; ++i) {
        b.head(1950 + i % 15, i % 6 == 0, true);
        setProgramme(b.person("孙子女", 2010 + i % 10), i < 12 ? "孤儿(散居)" : "事实无人抚养",
                     "在保", month(2024, i % 20), yuan(i < 12 ? 1800 : 1500, i % 3 * 10));
    }
    return b.ledger;
}

QByteArray SeedLedger::csv() const
{
    QByteArray out = "户编号,与户主关系,姓名,身份证号,所属社区,城乡类别,救助类别,状态,起始年月,"
                     "月保障金额,开户银行,银行账号,户名\r\n";
    for (const SeedRow &r : rows) {
        const std::string line = r.householdNo + ',' + r.relation + ',' + r.name + ',' +
            r.idNumber + ',' + r.community + ',' + r.area + ',' + r.programme + ',' + r.status +
            ',' + r.startMonth + ',' + r.amount + ',' + r.bankName + ',' + r.bankAccount + ',' +
            r.accountHolder + "\r\n";
        out += QByteArray::fromStdString(line);
    }
    return out;
}

std::map<std::string, SeedInCare> SeedLedger::inCare(const std::string &month) const
{
    std::map<std::string, SeedInCare> out;
    for (const SeedRow &r : rows) {
        const std::string key = paidProgrammeKey(r.programme);
        if (key.empty() || r.status != "在保" || r.startMonth > month)
            continue;
        const auto dot = r.amount.find('.');
        SeedInCare &p = out[key];
        ++p.cases;
        p.fen += std::stoll(r.amount.substr(0, dot)) * 100 + std::stoll(r.amount.substr(dot + 1));
    }
    return out;
}

int SeedLedger::count(const std::string &programme, const std::string &status) const
{
    int n = 0;
    for (const SeedRow &r : rows)
        n += r.programme == programme && r.status == status ? 1 : 0;
    return n;
}

} // namespace relief::cli::test
