#pragma once

// What the registry service takes (inputs, as a form collects them) and gives
// (views of a household for its page; list rows). Personal numbers in views are
// masked unless the session's role may see them (Action::ViewPersonalNumbers);
// list rows are always masked.

#include "domain/rules/assessment.h"
#include "domain/rules/household.h"
#include "storage/registry/household_query.h"
#include "storage/registry/registry_records.h"

#include <optional>
#include <string>
#include <vector>

namespace relief::services {

struct CommunityInput
{
    std::string code; // 1–8 ASCII letters or digits, the household-number prefix
    std::string name;
    bool active = true;
};

struct InstitutionInput
{
    std::string name;
    InstitutionKind kind = InstitutionKind::CareHome;
    std::string address;
    std::string phone;
    std::string bankName;
    std::string bankAccount; // Luhn-checked
    std::string accountHolder;
    bool active = true;
    // On update: keep the account on file and ignore bankAccount (a role that sees
    // the account only masked edits the other fields without retyping it).
    bool keepStoredAccount = false;
};

// The household's own fields (household number: generated, never typed).
struct HouseholdInput
{
    std::int64_t communityId = 0;
    std::string address;
    Area area = Area::Urban;
    std::string phone;
    std::string bankName;
    std::string bankAccount; // Luhn-checked; empty: none yet
    std::string accountHolder;
    std::optional<Date> lastReviewDate;
};

struct VehicleInput
{
    Money value;
    bool exempt = false; // a disabled member's mobility vehicle
    std::string description;
};

struct AssetsInput
{
    Money financial;
    int homes = 0;
    Money businessCapital;
    std::vector<VehicleInput> vehicles;
};

struct IncomeInput
{
    IncomeKind kind = IncomeKind::Other;
    IncomeEntry entered = IncomeEntry::Monthly; // yearly: divided by 12, half-up to the fen
    Money amount; // as entered
    std::string note;
};

struct ObligorInput
{
    std::string name;
    std::string relation; // free text: 儿子, son
    std::string idNumber; // optional; gives the birth date
    std::optional<Date> birthDate; // required without an ID number
    bool isTekun = false;
    bool isDibao = false;
    std::optional<Disability> disability;
    Money incomeMonthly;
    ObligorStatus status = ObligorStatus::Normal;
    bool assetsOk = false;
    std::string phone;
    std::string address;
};

struct PersonInput
{
    std::string name;
    std::string idNumber; // checked; empty only for someone who has none yet
    std::optional<Date> birthDate; // required without an ID number
    std::optional<Sex> sex; // required without an ID number
    std::string phone;
    std::optional<Disability> disability;
    std::string disabilityCertificate;
    bool seriousIllness = false;
    bool inSchool = false;
    // The six daily-living items (bit 0 eating, 1 dressing, 2 bed transfer,
    // 3 toileting, 4 walking indoors, 5 bathing); nothing: selfCareUnmet alone.
    std::optional<int> selfCareItems = 0;
    int selfCareUnmet = 0;
    std::optional<ChildStatus> childStatus;
    std::optional<std::int64_t> institutionId; // supported in an institution
};

struct MemberInput
{
    PersonInput person;
    Relation relation = Relation::Other;
    bool counted = true;
    std::optional<NotCountedReason> notCountedReason; // required when not counted
    std::optional<Date> joinedOn;
    std::vector<IncomeInput> incomes;
    std::vector<ObligorInput> obligors;
};

struct NewHousehold
{
    HouseholdInput household;
    std::vector<MemberInput> members; // exactly one head
    AssetsInput assets;
};

struct PersonView
{
    storage::PersonRecord person; // idNumber masked unless allowed
    int age = 0; // today
    std::vector<storage::IncomeRecord> incomes;
    std::vector<storage::ObligorRecord> obligors; // idNumber masked unless allowed
    std::string institutionName;
};

struct MemberView
{
    storage::MembershipRecord membership;
    PersonView person;
};

struct CaseView
{
    storage::CaseRecord record;
    std::string personName; // empty for household programmes
    std::vector<storage::DecisionRecord> decisions; // oldest first
};

struct HouseholdView
{
    storage::HouseholdRecord household; // bankAccount masked unless allowed
    std::string communityName;
    std::vector<MemberView> members; // active, head first
    std::vector<MemberView> formerMembers; // who moved out or died, with dates
    std::vector<storage::VehicleRecord> vehicles;
    std::vector<CaseView> cases;
    bool fullNumbers = false; // whether ID numbers and accounts are shown unmasked
};

// "Typing a known ID number offers the existing record."
struct PersonMatch
{
    storage::PersonRecord person; // full: the one typing the number knows it
    std::optional<std::int64_t> householdId; // the active household, if any
    std::string householdNo;
    std::string householdAddress;
};

struct HouseholdAssessment
{
    Assessment assessment;
    std::vector<std::int64_t> personIds; // assessment member i is personIds[i]
    std::vector<std::string> names;
};

} // namespace relief::services
