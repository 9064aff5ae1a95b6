#pragma once

// The household as the rules see it (policy-rules §3–§4, data-formats §2):
// members with their incomes by IN-1 kind, disability, flags and listed obligors,
// and the household's assets. Plain data; the rules live in the *_rules files.

#include "domain/date.h"
#include "domain/id_number.h"
#include "domain/money.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace relief {

enum class Area { Urban, Rural };

enum class Relation { Head, Spouse, Child, Parent, Grandchild, Grandparent, Sibling, Other };

enum class DisabilityKind { Physical, Intellectual, Mental, Visual, Hearing, Speech, Multiple };

// Disability grades run 1 (most severe) to 4.
struct Disability
{
    DisabilityKind kind = DisabilityKind::Physical;
    int grade = 4;
};

// IN-1, in the order of the table.
enum class IncomeKind {
    Wage,
    Business,
    Property,
    Pension,
    Support,
    Other,
    BasicPension,
    Veteran,
    FamilyPlanning,
    Award,
    Assistance,
    DisabilitySubsidy,
    ElderlyAllowance,
};

struct Income
{
    IncomeKind kind = IncomeKind::Other;
    Money monthly; // monthly average
};

enum class ChildStatus { OrphanInstitutional, OrphanHome, Unsupported };

enum class ObligorStatus { Normal, Incapacitated, Missing, Imprisoned };

// A listed obligor (法定义务人) living outside the household.
struct Obligor
{
    std::string relation; // free text ("son")
    int age = 0;
    bool isTekun = false;
    bool isDibao = false;
    std::optional<Disability> disability;
    Money incomeMonthly;
    ObligorStatus status = ObligorStatus::Normal;
    bool assetsOk = false; // unknown assets never make an obligor unable
};

struct Member
{
    std::string name;
    std::optional<IdNumber> idNumber;
    Date birthDate; // from the ID number when there is one
    Relation relation = Relation::Other;
    bool counted = true;
    std::optional<Disability> disability;
    bool seriousIllness = false;
    bool inSchool = false;
    int selfCareUnmet = 0; // 0–6 daily-living items the person cannot do
    std::optional<ChildStatus> childStatus;
    bool institutional = false;
    std::vector<Income> incomes;
    std::vector<Obligor> obligors;
};

struct Vehicle
{
    Money value;
    bool exempt = false; // a disabled member's mobility vehicle
};

struct HouseholdAssets
{
    Money financial;
    int homes = 0;
    std::vector<Vehicle> vehicles;
    Money businessCapital;
};

struct Household
{
    Area area = Area::Urban;
    std::vector<Member> members;
    HouseholdAssets assets;
};

// Keys as in the JSON formats.
std::string_view areaKey(Area a);
std::string_view relationKey(Relation r);
std::string_view disabilityKindKey(DisabilityKind k);
std::string_view incomeKindKey(IncomeKind k);
std::string_view childStatusKey(ChildStatus s);
std::string_view obligorStatusKey(ObligorStatus s);

} // namespace relief
