#pragma once

// Rows of the registry tables (schema 3) as the repositories read and write
// them: money in fen (Money), dates as Date, enums as in the domain.

#include "domain/date.h"
#include "domain/money.h"
#include "domain/registry/registry_types.h"
#include "domain/rules/household.h"
#include "domain/year_month.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace relief::storage {

struct CommunityRecord
{
    std::int64_t id = 0;
    std::string code; // prefix of generated household numbers
    std::string name;
    std::int64_t nextSeq = 1;
    bool active = true;
    std::string createdAt;
};

struct InstitutionRecord
{
    std::int64_t id = 0;
    std::string name;
    InstitutionKind kind = InstitutionKind::CareHome;
    std::string address;
    std::string phone;
    std::string bankName;
    std::string bankAccount;
    std::string accountHolder;
    bool active = true;
    std::string createdAt;
};

struct HouseholdRecord
{
    std::int64_t id = 0;
    std::string householdNo;
    std::int64_t communityId = 0;
    std::string address;
    Area area = Area::Urban;
    std::string phone;
    std::string bankName;
    std::string bankAccount;
    std::string accountHolder;
    Money financialAssets;
    int homes = 0;
    Money businessCapital;
    std::optional<Date> lastReviewDate;
    bool isDemo = false;
    // Kept by triggers; read only.
    std::optional<std::int64_t> headPersonId;
    std::string headName;
    int memberCount = 0;
    std::string createdAt;
    std::string updatedAt;
};

struct VehicleRecord
{
    std::int64_t id = 0;
    std::int64_t householdId = 0;
    Money value;
    bool exempt = false;
    std::string description;
};

struct PersonRecord
{
    std::int64_t id = 0;
    std::optional<std::string> idNumber; // normalised, 18 characters
    std::string name;
    std::string phone;
    Date birthDate;
    Sex sex = Sex::Female;
    std::optional<Disability> disability;
    std::string disabilityCertificate;
    bool seriousIllness = false;
    bool inSchool = false;
    std::optional<int> selfCareItems; // bitmask of the six items; nothing: count only
    int selfCareUnmet = 0;
    std::optional<ChildStatus> childStatus;
    std::optional<std::int64_t> institutionId;
    std::optional<Date> deceasedOn;
    bool isDemo = false;
    std::string createdAt;
    std::string updatedAt;
};

struct MembershipRecord
{
    std::int64_t id = 0;
    std::int64_t householdId = 0;
    std::int64_t personId = 0;
    Relation relation = Relation::Other;
    bool counted = true;
    std::optional<NotCountedReason> notCountedReason;
    std::optional<Date> joinedOn;
    std::optional<Date> leftOn;
    std::optional<LeaveReason> leftReason;
    std::string leftNote;

    bool active() const { return !leftOn.has_value(); }
};

struct IncomeRecord
{
    std::int64_t id = 0;
    std::int64_t personId = 0;
    IncomeKind kind = IncomeKind::Other;
    Money monthly;
    IncomeEntry enteredAs = IncomeEntry::Monthly;
    Money enteredAmount;
    std::string note;
};

struct ObligorRecord
{
    std::int64_t id = 0;
    std::int64_t personId = 0;
    std::string name;
    std::string relation;
    std::optional<std::string> idNumber;
    Date birthDate;
    bool isTekun = false;
    bool isDibao = false;
    std::optional<Disability> disability;
    Money incomeMonthly;
    ObligorStatus status = ObligorStatus::Normal;
    bool assetsOk = false;
    std::string phone;
    std::string address;
};

struct CaseRecord
{
    std::int64_t id = 0;
    std::int64_t householdId = 0;
    std::optional<std::int64_t> personId; // nothing for household programmes
    CaseProgramme programme = CaseProgramme::Dibao;
    CaseSource source = CaseSource::Application;
    bool active = true; // cache of the latest decision (trigger)
    Money currentAmount; // cache of the latest decision (trigger)
    std::string createdAt;
    std::string createdBy;
};

struct DecisionRecord
{
    std::int64_t id = 0;
    std::int64_t caseId = 0;
    DecisionKind kind = DecisionKind::Grant;
    YearMonth effectiveMonth;
    Money amount;
    std::vector<std::int64_t> persons;
    Date decidedOn;
    std::optional<std::int64_t> decidedById;
    std::string decidedBy;
    std::string reason;
    std::string inputs = "{}"; // JSON
    std::string explanation = "{}"; // JSON
    std::string createdAt;
    // gradual_exit: its last paid month (DA-2), so PR-2 needs no parameter set (schema 8).
    std::optional<YearMonth> lastPaidMonth;
};

} // namespace relief::storage
