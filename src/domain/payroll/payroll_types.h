#pragma once

// The payroll's vocabulary (policy-rules §10, data-formats §6): cases and their
// decisions (PR-1) as the payroll rules see them, the programme keys of a roll's
// lines and the line kinds. Pure values: the storage rows (cases, decisions) are
// read into these by the services, and the rules in this folder work on them.

#include "domain/date.h"
#include "domain/money.h"
#include "domain/registry/registry_types.h" // CaseProgramme
#include "domain/review/adjustment_rules.h" // DecisionKind
#include "domain/rules/household.h" // Area
#include "domain/year_month.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace relief::payroll {

// The `programme` of a roll line (data-formats §6): the six paid case programmes
// (registry_types.h's CaseProgramme without `marginal`, which is never paid) and
// `price_subsidy` (PS, 临时价补).
enum class LineProgramme {
    Dibao,
    SinglePerson,
    Tekun,
    ChildAllowance,
    DisabilityLiving,
    DisabilityCare,
    PriceSubsidy,
};
inline constexpr std::array<std::string_view, 7> kLineProgrammeKeys = {
    "dibao",           "single_person", "tekun", "child_allowance", "disability_living",
    "disability_care", "price_subsidy"};

// The `kind` of a roll line (data-formats §6).
enum class LineKind { Regular, BackPay, Reissue };
inline constexpr std::array<std::string_view, 3> kLineKindKeys = {"regular", "back_pay", "reissue"};

std::string_view lineProgrammeKey(LineProgramme p);
std::string_view lineKindKey(LineKind k);
std::optional<LineProgramme> parseLineProgramme(std::string_view key);
std::optional<LineKind> parseLineKind(std::string_view key);

// The line programme a case is paid under; nothing for `marginal` (低保边缘, never paid).
std::optional<LineProgramme> lineProgrammeOf(CaseProgramme p);
// PR-3: the case programmes that get a price-subsidy line in a triggered month
// (PS-4: dibao, 单人保, 特困, child allowance).
bool getsPriceSubsidy(CaseProgramme p);

// PR-1: one entry of a case's history. Never changed once recorded.
struct Decision
{
    std::int64_t id = 0; // storage order: the last tie-break of PR-2 (equal E and date)
    DecisionKind kind = DecisionKind::Grant;
    YearMonth effective; // E
    Money amount; // A, a month; 0 for stop
    int persons = 0; // the persons it covers (dibao: n); price subsidies count them
    Date decidedOn;
    std::string decidedBy;
    std::string reason;
    // gradual_exit: its last paid month when recorded with the decision (DA-2's
    // lastPaidMonth); nothing: E + gradual_exit_months − 1 of the set in force on E.
    std::optional<YearMonth> lastPaidMonth;
};

// PR-1: one programme for one household (dibao, marginal) or one person.
struct Case
{
    std::int64_t id = 0;
    std::int64_t householdId = 0;
    std::optional<std::int64_t> personId; // nothing for household programmes
    std::int64_t communityId = 0; // the household's community (PR-8 groups by it)
    CaseProgramme programme = CaseProgramme::Dibao;
    Area area = Area::Urban; // the household's area: S for price subsidies
    std::vector<Decision> decisions; // any order
};

// "补发2025年03月" (PR-6 back pay) and "重发2025年03月" (reissue of a held or failed line,
// PR-5 / PR-7; docs/payroll.md). "临时价补" marks price-subsidy lines (PS).
std::string backPayMemo(const YearMonth &month);
std::string reissueMemo(const YearMonth &month);
inline constexpr std::string_view kPriceSubsidyMemo = "临时价补";

} // namespace relief::payroll
