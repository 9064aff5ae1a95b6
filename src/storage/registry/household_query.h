#pragma once

// The household list: search, filter, sort and page in SQL, for the GUI's lazy
// list model (one page per fetch) and the CLI. Every search is index-backed but
// "address contains", which scans households (docs/architecture.md, Registry).

#include "registry_records.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace relief::storage {

class Database;

enum class HouseholdSearchField {
    Auto, // decided from the text (see HouseholdQuery::classify)
    Name, // a current member's name starts with the text
    IdNumber, // a current member's full ID number
    IdSuffix, // a current member's ID number ends with the text
    HouseholdNo, // the household number starts with the text
    Address, // the address contains the text
};

enum class HouseholdStatusFilter {
    Any,
    InCare, // an active case (of the programme, when one is chosen)
    Stopped, // cases, none active (of the programme)
    NoCase, // no case at all (of the programme)
};

enum class HouseholdSort { HouseholdNo, HeadName, Community, Address, MemberCount, UpdatedAt };

// A row's place in every sort order (pageKeyOf), for keyset paging:
// each sort is (column, household number), or (updated_at, id).
struct HouseholdPageKey
{
    std::int64_t id = 0;
    std::string householdNo;
    std::string headName;
    std::string communityName;
    std::string address;
    int memberCount = 0;
    std::string updatedAt;
};

struct HouseholdFilter
{
    std::string text;
    HouseholdSearchField field = HouseholdSearchField::Auto;
    bool includeFormerMembers = false; // name and ID searches also match people who left
    std::optional<std::int64_t> communityId;
    std::optional<CaseProgramme> programme;
    HouseholdStatusFilter status = HouseholdStatusFilter::Any;
    std::optional<bool> demo; // only demo, only real, or (nothing) both
    HouseholdSort sort = HouseholdSort::HouseholdNo;
    bool descending = false;
    int limit = 100;
    int offset = 0; // rows skipped (after `after`, when given): costs a walk over them
    // Keyset paging: the page starts after this row in the filter's sort order, so
    // any page costs what the first does (the list model's fetchMore). count()
    // ignores it.
    std::optional<HouseholdPageKey> after;
};

struct HouseholdListRecord
{
    std::int64_t id = 0;
    std::string householdNo;
    std::string headName;
    std::optional<std::string> headIdNumber; // unmasked: the service masks
    std::int64_t communityId = 0;
    std::string communityName;
    std::string address;
    Area area = Area::Urban;
    int memberCount = 0;
    std::vector<CaseProgramme> programmes; // with an active case
    std::string status; // "in_care", "stopped", "none"
    bool isDemo = false;
    std::string updatedAt;
    // A name or ID search that matched a member other than the head (issue 18): that
    // member's name (the first by name when several match); empty when the head matched
    // or the search is by number or address.
    std::string matchedMember;
};

// The key that HouseholdFilter::after takes to continue after this row.
HouseholdPageKey pageKeyOf(const HouseholdListRecord &row);

class HouseholdQuery
{
public:
    // A community or programme/status filter matching fewer households than this
    // is searched through its index and the matches sorted; a larger one is checked
    // row by row while walking the sort's index (docs/performance.md).
    static constexpr int kNarrowLimit = 2000;

    // narrowLimit: tests pass 0 (always walk the sort index) or a large number
    // (always start from the filter's index) to check that both give the same rows.
    explicit HouseholdQuery(Database &db, int narrowLimit = kNarrowLimit)
        : m_db(db)
        , m_narrowLimit(narrowLimit)
    { }

    std::vector<HouseholdListRecord> page(const HouseholdFilter &filter);
    std::int64_t count(const HouseholdFilter &filter);

    // The bit of a programme in households.active_programmes / case_programmes
    // (schema 4, table programme_bits).
    static std::int64_t programmeBit(CaseProgramme programme)
    {
        return std::int64_t(1) << static_cast<int>(programme);
    }

    // What Auto searches for a text: an 18-character ID → IdNumber; 4–17 digits
    // (X last allowed) → IdSuffix or HouseholdNo; other ASCII → HouseholdNo;
    // Chinese with a digit or an address word (路, 街, 号, 单元, 村…) → Address;
    // other Chinese → Name. Every choice but Address is an index range.
    static std::vector<HouseholdSearchField> classify(const std::string &text);
    // Full-width digits and letters to ASCII, spaces trimmed, a trailing x upper case.
    static std::string normalise(const std::string &text);

private:
    Database &m_db;
    int m_narrowLimit;
};

} // namespace relief::storage
