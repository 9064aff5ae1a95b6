#pragma once

// PR-8: the change table (增减表) of month M against M−1, per community and
// programme: new cases (due in M, not in M−1), stopped cases, increased and
// decreased, each with households, persons and amounts, and each case's reason.
// Compares the two rolls' regular lines of the case programmes (price subsidies,
// back pay and reissues are not changes of a case); held lines count, as they
// are due. The first roll has no M−1: every case is new.

#include "payroll_types.h"
#include "roll_lines.h"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace relief::payroll {

enum class ChangeKind { New, Stopped, Increased, Decreased };
inline constexpr std::array<std::string_view, 4> kChangeKindKeys = {"new", "stopped", "increased",
                                                                    "decreased"};
std::string_view changeKindKey(ChangeKind k);

struct CaseChange
{
    std::int64_t caseId = 0;
    std::int64_t householdId = 0;
    std::optional<std::int64_t> personId;
    std::int64_t communityId = 0; // M's line; a stopped case: M−1's
    LineProgramme programme = LineProgramme::Dibao;
    ChangeKind kind = ChangeKind::New;
    Money before; // M−1 (0 when new)
    Money after; // M (0 when stopped)
    int personsBefore = 0;
    int personsAfter = 0;
    // The decision that governs M (a stop, the increase…); nothing when the case
    // is not among the cases given.
    std::optional<DecisionKind> decisionKind;
    std::string reason;
    bool gradualExitEnded = false; // stopped because its gradual exit ran out (no decision in M)
    // The household moved to another community: stopped in the old one, new in the new one.
    bool movedCommunity = false;
};

// One line of the printed table: a community, a programme and a kind of change.
struct ChangeGroup
{
    std::int64_t communityId = 0;
    LineProgramme programme = LineProgramme::Dibao;
    ChangeKind kind = ChangeKind::New;
    int households = 0; // distinct
    int cases = 0;
    int persons = 0; // new, increased, decreased: in M; stopped: in M−1
    Money before;
    Money after;
    Money difference; // after − before
};

// Per community and programme: M−1 + Σ differences = M (the table's check line).
struct ChangeBalance
{
    std::int64_t communityId = 0;
    LineProgramme programme = LineProgramme::Dibao;
    int casesBefore = 0;
    int casesAfter = 0;
    Money before;
    Money after;
};

struct ChangeTable
{
    YearMonth month;
    std::vector<CaseChange> cases; // by community, programme, kind, case
    std::vector<ChangeGroup> groups; // by community, programme, kind
    std::vector<ChangeBalance> balances; // by community, programme
};

// `previous`: the lines of M−1's roll (empty for the first roll), `current`: M's.
// `cases` supply the reasons. Throws ArithmeticOverflow when a sum leaves Money's range.
ChangeTable changeTable(const YearMonth &month, const std::vector<RollLine> &previous,
                        const std::vector<RollLine> &current, const std::vector<Case> &cases,
                        const std::vector<PolicyParameters> &sets);

} // namespace relief::payroll
