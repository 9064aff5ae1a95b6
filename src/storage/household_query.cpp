#include "household_query.h"

#include "database.h"
#include "statement.h"

#include <array>
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

std::string searchCondition(Where &w, HouseholdSearchField field, const std::string &text,
                            bool former)
{
    switch (field) {
    case HouseholdSearchField::Name:
        return memberCondition(
            "p.name >= " + w.param(text) + " AND p.name < " + w.param(upperBound(text)), former);
    case HouseholdSearchField::IdNumber:
        return memberCondition("p.id_number = " + w.param(text), former);
    case HouseholdSearchField::IdSuffix: {
        const std::string rev(text.rbegin(), text.rend());
        return memberCondition("p.id_reversed >= " + w.param(rev) + " AND p.id_reversed < " +
                                   w.param(rev + "~"),
                               former);
    }
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

Where buildWhere(const HouseholdFilter &f)
{
    Where w;
    const std::string text = HouseholdQuery::normalise(f.text);
    if (!text.empty()) {
        std::vector<HouseholdSearchField> fields;
        if (f.field == HouseholdSearchField::Auto)
            fields = HouseholdQuery::classify(text);
        else
            fields = {f.field};
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
        w.add("h.community_id = " + w.param(*f.communityId));
    if (f.demo)
        w.add("h.is_demo = " + w.param(std::int64_t(*f.demo ? 1 : 0)));

    std::string programme;
    if (f.programme)
        programme = " AND programme = " + w.param(std::string(caseProgrammeKey(*f.programme)));
    switch (f.status) {
    case HouseholdStatusFilter::Any:
        if (f.programme)
            w.add("h.id IN (SELECT household_id FROM cases WHERE 1" + programme + ")");
        break;
    case HouseholdStatusFilter::InCare:
        w.add("h.id IN (SELECT household_id FROM cases WHERE status = 'active'" + programme + ")");
        break;
    case HouseholdStatusFilter::Stopped:
        w.add("h.id IN (SELECT household_id FROM cases WHERE status = 'stopped'" + programme + ")");
        w.add("h.id NOT IN (SELECT household_id FROM cases WHERE status = 'active'" + programme +
              ")");
        break;
    case HouseholdStatusFilter::NoCase:
        w.add("h.id NOT IN (SELECT household_id FROM cases WHERE 1" + programme + ")");
        break;
    }
    return w;
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
        return by({"h.head_name", "h.household_no"});
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

std::vector<HouseholdListRecord> HouseholdQuery::page(const HouseholdFilter &f)
{
    // Two steps: the ids of the page (filter, sort, LIMIT/OFFSET on indexed columns
    // only), then the display columns for those ids alone, so that neither the
    // sort nor OFFSET evaluates the per-row subqueries for rows not shown.
    const Where w = buildWhere(f);
    std::vector<std::int64_t> ids;
    {
        Statement st(m_db,
                     "SELECT h.id FROM households h JOIN communities c ON c.id = "
                     "h.community_id" +
                         w.sql() + orderBy(f) + " LIMIT " + std::to_string(std::max(0, f.limit)) +
                         " OFFSET " + std::to_string(std::max(0, f.offset)));
        w.bind(st);
        while (st.step())
            ids.push_back(st.int64(0));
    }
    Statement st(m_db,
                 "SELECT h.id, h.household_no, h.head_name, hp.id_number, h.community_id, c.name, "
                 "h.address, h.area, h.member_count, h.is_demo, h.updated_at, "
                 "(SELECT group_concat(programme) FROM (SELECT DISTINCT programme FROM cases "
                 " WHERE household_id = h.id AND status = 'active' ORDER BY programme)), "
                 "CASE WHEN EXISTS (SELECT 1 FROM cases WHERE household_id = h.id "
                 "AND status = 'active') THEN 'in_care' WHEN EXISTS (SELECT 1 FROM cases "
                 "WHERE household_id = h.id) THEN 'stopped' ELSE 'none' END "
                 "FROM households h JOIN communities c ON c.id = h.community_id "
                 "LEFT JOIN persons hp ON hp.id = h.head_person_id WHERE h.id = ?1");
    std::vector<HouseholdListRecord> out;
    out.reserve(ids.size());
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
        const std::string programmes = st.text(11);
        size_t start = 0;
        while (start < programmes.size()) {
            size_t end = programmes.find(',', start);
            if (end == std::string::npos)
                end = programmes.size();
            if (auto p = enumFromKey<CaseProgramme>(
                    kProgrammeKeys, std::string_view(programmes).substr(start, end - start)))
                r.programmes.push_back(*p);
            start = end + 1;
        }
        r.status = st.text(12);
        st.reset();
        out.push_back(std::move(r));
    }
    return out;
}

std::int64_t HouseholdQuery::count(const HouseholdFilter &f)
{
    const Where w = buildWhere(f);
    Statement st(m_db, "SELECT count(*) FROM households h" + w.sql());
    w.bind(st);
    return st.step() ? st.int64(0) : 0;
}

} // namespace relief::storage
