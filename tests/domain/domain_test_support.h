#pragma once

// Helpers shared by the domain tests: repository files, the shipped parameter
// sets and a small builder for households.

#include "domain/holiday_calendar.h"
#include "domain/money.h"
#include "domain/rules/assess_request.h"
#include "domain/rules/policy_parameters.h"

#include <cstdlib>
#include <fstream>
#include <initializer_list>
#include <sstream>
#include <stdexcept>
#include <string>

namespace relief::test {

inline std::string sourceDir()
{
    if (const char *dir = std::getenv("RELIEF_SOURCE_DIR"))
        return dir;
#ifdef RELIEF_TEST_SOURCE_DIR
    return RELIEF_TEST_SOURCE_DIR; // running the binary directly, outside CTest
#else
    return ".";
#endif
}

inline std::string readRepoFile(const std::string &relative)
{
    std::ifstream in(sourceDir() + "/" + relative, std::ios::binary);
    if (!in)
        throw std::runtime_error("cannot read " + relative);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

inline PolicyParameters policy(const std::string &name = "policy-2025-07.json")
{
    auto p = PolicyParameters::fromJson(readRepoFile("resources/policy/" + name));
    if (!p)
        throw std::runtime_error("bad policy " + name + ": " + p.error().field);
    return *p;
}

inline HolidayCalendar calendar()
{
    auto c = HolidayCalendar::fromJson(readRepoFile("resources/holidays-cn.json"));
    if (!c)
        throw std::runtime_error("bad calendar");
    return *c;
}

inline Money yuan(const char *text)
{
    return *Money::parse(text);
}

inline Date day(const char *text)
{
    return *Date::parse(text);
}

// Member builder: M("王", "1980-01-01").income(IncomeKind::Wage, "1500.00").ill()
struct M
{
    Member m;
    M(const char *name, const char *birth, Relation relation = Relation::Head)
    {
        m.name = name;
        m.birthDate = day(birth);
        m.relation = relation;
    }
    M &income(IncomeKind kind, const char *amount)
    {
        m.incomes.push_back({kind, yuan(amount)});
        return *this;
    }
    M &disabled(DisabilityKind kind, int grade)
    {
        m.disability = Disability {kind, grade};
        return *this;
    }
    M &ill()
    {
        m.seriousIllness = true;
        return *this;
    }
    M &school()
    {
        m.inSchool = true;
        return *this;
    }
    M &notCounted()
    {
        m.counted = false;
        return *this;
    }
    M &child(ChildStatus s)
    {
        m.childStatus = s;
        return *this;
    }
    M &selfCare(int unmet)
    {
        m.selfCareUnmet = unmet;
        return *this;
    }
    M &obligor(Obligor o)
    {
        m.obligors.push_back(std::move(o));
        return *this;
    }
    operator Member() const { return m; }
};

inline AssessRequest request(std::initializer_list<Member> members, Area area = Area::Urban,
                             const char *asOf = "2025-09-15")
{
    AssessRequest r;
    r.asOf = day(asOf);
    r.household.area = area;
    r.household.members = members;
    r.household.assets.homes = 1;
    return r;
}

} // namespace relief::test
