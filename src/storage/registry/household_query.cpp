#include "household_query.h"

#include "storage/database.h"
#include "storage/statement.h"

#include <array>
#include <optional>
#include <variant>

namespace relief::storage {

namespace {

using Value = std::variant<std::int64_t, std::string>;

// Builds the WHERE clause with numbered parameters.
class Where
{
public:
    std::string param(Value v)
    {
        m_values.push_back(std::move(v));
        return "?" + std::to_string(m_values.size());
    }
    void add(const std::string &condition) { m_conditions.push_back(condition); }
    std::string sql() const
    {
        std::string out;
        for (const auto &c : m_conditions)
            out += (out.empty() ? " WHERE " : " AND ") + c;
        return out;
    }
    void bind(Statement &st) const
    {
        for (size_t i = 0; i < m_values.size(); ++i) {
            const int index = static_cast<int>(i) + 1;
            if (const auto *n = std::get_if<std::int64_t>(&m_values[i]))
                st.bind(index, *n);
            else
                st.bind(index, std::get<std::string>(m_values[i]));
        }
    }

private:
    std::vector<std::string> m_conditions;
    std::vector<Value> m_values;
};

// The smallest string greater than every string starting with prefix (UTF-8,
// BINARY collation): the prefix followed by U+10FFFF.
std::string upperBound(const std::string &prefix)
{
    return prefix + "\xF4\x8F\xBF\xBF";
}

bool isAsciiDigit(char c)
{
    return c >= '0' && c <= '9';
}

std::string escapeLike(const std::string &text)
{
    std::string out;
    for (char c : text) {
        if (c == '%' || c == '_' || c == '\\')
            out += '\\';
        out += c;
    }
    return out;
}

std::string memberCondition(const std::string &personCondition, bool former)
{
    return "h.id IN (SELECT m.household_id FROM persons p JOIN memberships m "
           "ON m.person_id = p.id WHERE " +
        personCondition + (former ? std::string() : " AND m.left_on IS NULL") + ")";
}

// The condition on a person (p) of a name or ID search; empty for the other fields.
std::string personCondition(Where &w, HouseholdSearchField field, const std::string &text)
{
    switch (field) {
    case HouseholdSearchField::Name:
        return "p.name >= " + w.param(text) + " AND p.name < " + w.param(upperBound(text));
    case HouseholdSearchField::IdNumber:
        return "p.id_number = " + w.param(text);
    case HouseholdSearchField::IdSuffix: {
        const std::string rev(text.rbegin(), text.rend());
        return "p.id_reversed >= " + w.param(rev) + " AND p.id_reversed < " + w.param(rev + "~");
    }
    default:
        return {};
    }
}

std::string searchCondition(Where &w, HouseholdSearchField field, const std::string &text,
                            bool former)
{
    switch (field) {
    case HouseholdSearchField::Name:
    case HouseholdSearchField::IdNumber:
    case HouseholdSearchField::IdSuffix:
        return memberCondition(personCondition(w, field, text), former);
    case HouseholdSearchField::HouseholdNo:
        return "(h.household_no >= " + w.param(text) + " AND h.household_no < " +
            w.param(upperBound(text)) + ")";
    case HouseholdSearchField::Address:
        return "h.address LIKE " + w.param("%" + escapeLike(text) + "%") + " ESCAPE '\\'";
    case HouseholdSearchField::Auto:
        break;
    }
    return "1";
}

const char *statusKey(HouseholdStatusFilter s)
{
    switch (s) {
    case HouseholdStatusFilter::InCare:
        return "in_care";
    case HouseholdStatusFilter::Stopped:
        return "stopped";
    case HouseholdStatusFilter::NoCase:
    case HouseholdStatusFilter::Any:
        break;
    }
    return "none";
}

// How the structural filters are written. A filter term SQLite may use an index
// for is written plainly; one it must only check on the rows it reads is written
// "+h.column" or as a bit test. Without statistics SQLite takes any indexed
// equality to be selective, so a filter matching half the file would otherwise
// be read through its index and all its matches sorted (docs/performance.md).
struct Plan
{
    bool text = false; // a search text: its IN list or scan drives
    bool communityIndexed = false; // h.community_id = ? may use its index
    bool statusNarrow = false; // few matches: start from the cases index / h.status
    bool statusIndexed = false; // h.status = ? may use households_summary
    bool crossJoin = false; // sort by community: walk communities by name, then their index
};

// Whether fewer than `limit` rows match "FROM … WHERE …" (?1 = value): a bounded
// walk of an index.
bool fewerThan(Database &db, int limit, const std::string &fromWhere, const Value &value)
{
    if (limit <= 0)
        return false;
    Statement st(db, "SELECT count(*) FROM (SELECT 1 " + fromWhere + " LIMIT ?2)");
    if (const auto *n = std::get_if<std::int64_t>(&value))
        st.bind(1, *n);
    else
        st.bind(1, std::get<std::string>(value));
    st.bind(2, limit);
    return st.step() && st.int64(0) < limit;
}

Plan choosePlan(Database &db, int limit, const HouseholdFilter &f, bool forCount)
{
    auto narrow = [&](const std::string &fromWhere, const Value &value) {
        return fewerThan(db, limit, fromWhere, value);
    };
    Plan p;
    p.text = !HouseholdQuery::normalise(f.text).empty();
    if (f.communityId) {
        const bool ordered =
            f.sort == HouseholdSort::HouseholdNo || f.sort == HouseholdSort::Community;
        p.communityIndexed = (!p.text && (forCount || ordered)) ||
            narrow("FROM households WHERE community_id = ?1", *f.communityId);
    }
    if (f.programme && f.status != HouseholdStatusFilter::NoCase) {
        const std::string key(caseProgrammeKey(*f.programme));
        if (f.status == HouseholdStatusFilter::Any)
            p.statusNarrow = narrow("FROM cases WHERE programme = ?1", key);
        else
            p.statusNarrow =
                narrow(std::string("FROM cases WHERE programme = ?1 AND status = '") +
                           (f.status == HouseholdStatusFilter::InCare ? "active" : "stopped") + "'",
                       key);
    } else if (!f.programme && f.status != HouseholdStatusFilter::Any) {
        p.statusNarrow =
            narrow("FROM households WHERE status = ?1", std::string(statusKey(f.status)));
    }
    p.statusIndexed = p.statusNarrow || (forCount && !p.text);
    p.crossJoin = f.sort == HouseholdSort::Community && !p.text && !p.statusNarrow;
    return p;
}

std::vector<HouseholdSearchField> searchFields(const HouseholdFilter &f, const std::string &text)
{
    if (f.field == HouseholdSearchField::Auto)
        return HouseholdQuery::classify(text);
    return {f.field};
}

// "Which member matched" (issue 18): for a name or ID search, the matching members of
// household ?1, the head first; empty SQL when the search matches no person.
std::string matchedMemberSql(Where &w, const HouseholdFilter &f)
{
    const std::string text = HouseholdQuery::normalise(f.text);
    if (text.empty())
        return {};
    w.param(std::int64_t(0)); // ?1: the household
    std::string any;
    for (auto field : searchFields(f, text)) {
        const std::string c = personCondition(w, field, text);
        if (!c.empty())
            any += (any.empty() ? "(" : " OR (") + c + ")";
    }
    if (any.empty())
        return {};
    return "SELECT p.name, p.id = h.head_person_id FROM memberships m "
           "JOIN persons p ON p.id = m.person_id JOIN households h ON h.id = m.household_id "
           "WHERE m.household_id = ?1 AND (" +
        any + ")" + (f.includeFormerMembers ? "" : " AND m.left_on IS NULL") +
        " ORDER BY p.id = h.head_person_id DESC, p.name LIMIT 1";
}

Where buildWhere(const HouseholdFilter &f, const Plan &plan)
{
    Where w;
    const std::string text = HouseholdQuery::normalise(f.text);
    if (!text.empty()) {
        const std::vector<HouseholdSearchField> fields = searchFields(f, text);
        std::string any;
        for (auto field : fields) {
            std::string t = text;
            if (field == HouseholdSearchField::HouseholdNo)
                for (char &c : t)
                    if (c >= 'a' && c <= 'z')
                        c = static_cast<char>(c - 'a' + 'A');
            any +=
                (any.empty() ? "" : " OR ") + searchCondition(w, field, t, f.includeFormerMembers);
        }
        w.add("(" + any + ")");
    }
    if (f.communityId)
        w.add(std::string(plan.communityIndexed ? "" : "+") +
              "h.community_id = " + w.param(*f.communityId));
    if (f.demo)
        w.add("h.is_demo = " + w.param(std::int64_t(*f.demo ? 1 : 0)));

    // Programme and status: the households columns kept by the cases triggers
    // (schema 4), or for a narrow filter the cases index.
    const std::string status = plan.statusIndexed ? "h.status = '" : "+h.status = '";
    if (!f.programme) {
        if (f.status != HouseholdStatusFilter::Any)
            w.add(status + statusKey(f.status) + "'");
        return w;
    }
    const std::string bit = std::to_string(HouseholdQuery::programmeBit(*f.programme));
    const std::string stoppedBit = "(h.case_programmes & ~h.active_programmes & " + bit + ") <> 0";
    if (plan.statusNarrow) {
        const std::string cases = "h.id IN (SELECT household_id FROM cases WHERE programme = " +
            w.param(std::string(caseProgrammeKey(*f.programme)));
        switch (f.status) {
        case HouseholdStatusFilter::Any:
            w.add(cases + ")");
            return w;
        case HouseholdStatusFilter::InCare:
            w.add(cases + " AND status = 'active')");
            return w;
        case HouseholdStatusFilter::Stopped:
            w.add(cases + " AND status = 'stopped')");
            w.add(stoppedBit); // and no active case of the programme
            return w;
        case HouseholdStatusFilter::NoCase:
            break; // never narrow
        }
    }
    switch (f.status) {
    case HouseholdStatusFilter::Any:
        w.add("(h.case_programmes & " + bit + ") <> 0");
        break;
    case HouseholdStatusFilter::InCare:
        if (plan.statusIndexed) // a count: the range of households_summary to scan
            w.add(status + "in_care'");
        w.add("(h.active_programmes & " + bit + ") <> 0");
        break;
    case HouseholdStatusFilter::Stopped:
        w.add(stoppedBit);
        break;
    case HouseholdStatusFilter::NoCase:
        w.add("(h.case_programmes & " + bit + ") = 0");
        break;
    }
    return w;
}

// Keyset paging: the rows after the key in the sort order (the sort's index
// holds the whole key, so the walk starts there).
void addAfter(Where &w, const HouseholdFilter &f)
{
    if (!f.after)
        return;
    const HouseholdPageKey &k = *f.after;
    const std::string op = f.descending ? " < " : " > ";
    auto pair = [&](const char *column, Value v) {
        w.add(std::string("(") + column + ", h.household_no)" + op + "(" + w.param(std::move(v)) +
              ", " + w.param(k.householdNo) + ")");
    };
    switch (f.sort) {
    case HouseholdSort::HouseholdNo:
        w.add("h.household_no" + op + w.param(k.householdNo));
        break;
    case HouseholdSort::HeadName:
        // Pinyin order (schema 6): the key of the row's name, made as the triggers make it.
        w.add(std::string("(h.head_name_key, h.household_no)") + op + "(relief_name_key(" +
              w.param(k.headName) + "), " + w.param(k.householdNo) + ")");
        break;
    case HouseholdSort::Community:
        pair("c.name", k.communityName);
        break;
    case HouseholdSort::Address:
        pair("h.address", k.address);
        break;
    case HouseholdSort::MemberCount:
        pair("h.member_count", std::int64_t(k.memberCount));
        break;
    case HouseholdSort::UpdatedAt:
        w.add("(h.updated_at, h.id)" + op + "(" + w.param(k.updatedAt) + ", " + w.param(k.id) +
              ")");
        break;
    }
}

std::string orderBy(const HouseholdFilter &f)
{
    const char *dir = f.descending ? " DESC" : "";
    auto by = [&](std::initializer_list<const char *> terms) {
        std::string out = " ORDER BY ";
        bool first = true;
        for (const char *t : terms) {
            out += (first ? "" : ", ") + std::string(t) + dir;
            first = false;
        }
        return out;
    };
    switch (f.sort) {
    case HouseholdSort::HouseholdNo:
        return by({"h.household_no"});
    case HouseholdSort::HeadName:
        return by({"h.head_name_key", "h.household_no"});
    case HouseholdSort::Community:
        return by({"c.name", "h.household_no"});
    case HouseholdSort::Address:
        return by({"h.address", "h.household_no"});
    case HouseholdSort::MemberCount:
        return by({"h.member_count", "h.household_no"});
    case HouseholdSort::UpdatedAt:
        return by({"h.updated_at", "h.id"});
    }
    return by({"h.household_no"});
}

// Decodes one UTF-8 sequence at i; returns the code point and advances i.
char32_t nextCodePoint(const std::string &s, size_t &i)
{
    const auto c = static_cast<unsigned char>(s[i]);
    int len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : 4;
    if (i + static_cast<size_t>(len) > s.size())
        len = 1;
    char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
    for (int k = 1; k < len; ++k)
        cp = (cp << 6) | (static_cast<unsigned char>(s[i + static_cast<size_t>(k)]) & 0x3F);
    i += static_cast<size_t>(len);
    return cp;
}

} // namespace

std::string HouseholdQuery::normalise(const std::string &text)
{
    std::string out;
    size_t i = 0;
    while (i < text.size()) {
        const size_t start = i;
        const char32_t cp = nextCodePoint(text, i);
        if (cp >= 0xFF01 && cp <= 0xFF5E) // full-width ASCII
            out += static_cast<char>(cp - 0xFF01 + 0x21);
        else if (cp == 0x3000) // ideographic space
            out += ' ';
        else
            out.append(text, start, i - start);
    }
    const auto first = out.find_first_not_of(" \t\r\n");
    if (first == std::string::npos)
        return {};
    out = out.substr(first, out.find_last_not_of(" \t\r\n") - first + 1);
    if (!out.empty() && out.back() == 'x')
        out.back() = 'X';
    return out;
}

std::vector<HouseholdSearchField> HouseholdQuery::classify(const std::string &text)
{
    using F = HouseholdSearchField;
    bool digitsOnly = !text.empty();
    for (size_t i = 0; i < text.size(); ++i)
        digitsOnly =
            digitsOnly && (isAsciiDigit(text[i]) || (text[i] == 'X' && i + 1 == text.size()));
    if (digitsOnly && text.size() == 18)
        return {F::IdNumber};
    if (digitsOnly && text.size() >= 4)
        return {F::IdSuffix, F::HouseholdNo};
    bool ascii = true;
    bool digits = false;
    for (char c : text) {
        ascii = ascii && static_cast<unsigned char>(c) < 0x80;
        digits = digits || isAsciiDigit(c);
    }
    if (ascii)
        return {F::HouseholdNo};
    // Chinese: an address when it has a digit or an address word, else a name.
    static constexpr std::array<std::string_view, 18> kAddressWords = {
        "路", "街", "巷", "号", "室", "单元", "楼", "栋", "幢",
        "村", "组", "区", "道", "里", "弄",   "苑", "园", "社区"};
    bool address = digits;
    for (auto word : kAddressWords)
        address = address || text.find(word) != std::string::npos;
    if (address)
        return {F::Address};
    return {F::Name};
}

HouseholdPageKey pageKeyOf(const HouseholdListRecord &r)
{
    return {r.id,      r.householdNo, r.headName, r.communityName,
            r.address, r.memberCount, r.updatedAt};
}

std::vector<HouseholdListRecord> HouseholdQuery::page(const HouseholdFilter &f)
{
    // Two steps: the ids of the page (filter, sort, keyset or LIMIT/OFFSET on
    // indexed columns only), then the display columns for those ids alone.
    const Plan plan = choosePlan(m_db, m_narrowLimit, f, false);
    Where w = buildWhere(f, plan);
    addAfter(w, f);
    std::string from = "households h";
    if (f.sort == HouseholdSort::Community)
        from = plan.crossJoin ? "communities c CROSS JOIN households h ON h.community_id = c.id"
                              : "households h JOIN communities c ON c.id = h.community_id";
    std::vector<std::int64_t> ids;
    {
        Statement st(m_db,
                     "SELECT h.id FROM " + from + w.sql() + orderBy(f) + " LIMIT " +
                         std::to_string(std::max(0, f.limit)) + " OFFSET " +
                         std::to_string(std::max(0, f.offset)));
        w.bind(st);
        while (st.step())
            ids.push_back(st.int64(0));
    }
    Statement st(m_db,
                 "SELECT h.id, h.household_no, h.head_name, hp.id_number, h.community_id, c.name, "
                 "h.address, h.area, h.member_count, h.is_demo, h.updated_at, "
                 "h.active_programmes, h.status "
                 "FROM households h JOIN communities c ON c.id = h.community_id "
                 "LEFT JOIN persons hp ON hp.id = h.head_person_id WHERE h.id = ?1");
    std::vector<HouseholdListRecord> out;
    out.reserve(ids.size());
    Where hintWhere;
    const std::string hintSql = matchedMemberSql(hintWhere, f);
    std::optional<Statement> hint;
    if (!hintSql.empty())
        hint.emplace(m_db, hintSql);
    for (const auto id : ids) {
        st.bind(1, id);
        if (!st.step())
            continue;
        HouseholdListRecord r;
        r.id = st.int64(0);
        r.householdNo = st.text(1);
        r.headName = st.text(2);
        r.headIdNumber = st.optionalText(3);
        r.communityId = st.int64(4);
        r.communityName = st.text(5);
        r.address = st.text(6);
        r.area = st.text(7) == "rural" ? Area::Rural : Area::Urban;
        r.memberCount = st.int32(8);
        r.isDemo = st.int64(9) != 0;
        r.updatedAt = st.text(10);
        const std::int64_t active = st.int64(11);
        for (size_t i = 0; i < kProgrammeKeys.size(); ++i)
            if (active & programmeBit(static_cast<CaseProgramme>(i)))
                r.programmes.push_back(static_cast<CaseProgramme>(i));
        r.status = st.text(12);
        st.reset();
        if (hint) {
            hint->reset(); // clears the bindings too
            hintWhere.bind(*hint);
            hint->bind(1, id);
            if (hint->step() && hint->int64(1) == 0)
                r.matchedMember = hint->text(0);
            hint->reset();
        }
        out.push_back(std::move(r));
    }
    return out;
}

std::int64_t HouseholdQuery::count(const HouseholdFilter &f)
{
    const Where w = buildWhere(f, choosePlan(m_db, m_narrowLimit, f, true));
    Statement st(m_db, "SELECT count(*) FROM households h" + w.sql());
    w.bind(st);
    return st.step() ? st.int64(0) : 0;
}

} // namespace relief::storage
