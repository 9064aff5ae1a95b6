#include "ledger_cells.h"

#include "domain/rules/household_keys.h"
#include "ledger_columns.h"

#include <array>
#include <utility>

// The coded cells of the ledger: cleaning, and the words for relations, kinds,
// flags, programmes and statuses.

namespace relief::services::ledger {

namespace {

template<class T> struct Word
{
    std::string_view text;
    T value;
};

bool isAsciiSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}

std::string_view trimAscii(std::string_view s)
{
    while (!s.empty() && isAsciiSpace(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isAsciiSpace(s.back()))
        s.remove_suffix(1);
    return s;
}

template<class T, size_t N, size_t K>
std::optional<T> lookup(std::string_view cell, const std::array<Word<T>, N> &words,
                        const std::array<std::string_view, K> &keys)
{
    for (const auto &w : words)
        if (cell == w.text)
            return w.value;
    for (size_t i = 0; i < K; ++i)
        if (equalsIgnoreCase(cell, keys[i]))
            return static_cast<T>(i);
    return std::nullopt;
}

constexpr std::array<Word<Relation>, 33> kRelationWords = {{
    {"户主", Relation::Head},          {"本人", Relation::Head},
    {"配偶", Relation::Spouse},        {"妻子", Relation::Spouse},
    {"丈夫", Relation::Spouse},        {"妻", Relation::Spouse},
    {"夫", Relation::Spouse},          {"子女", Relation::Child},
    {"儿子", Relation::Child},         {"女儿", Relation::Child},
    {"子", Relation::Child},           {"女", Relation::Child},
    {"父母", Relation::Parent},        {"父亲", Relation::Parent},
    {"母亲", Relation::Parent},        {"孙子女", Relation::Grandchild},
    {"孙子", Relation::Grandchild},    {"孙女", Relation::Grandchild},
    {"外孙子", Relation::Grandchild},  {"外孙女", Relation::Grandchild},
    {"祖父母", Relation::Grandparent}, {"祖父", Relation::Grandparent},
    {"祖母", Relation::Grandparent},   {"外祖父", Relation::Grandparent},
    {"外祖母", Relation::Grandparent}, {"兄弟姐妹", Relation::Sibling},
    {"兄弟", Relation::Sibling},       {"姐妹", Relation::Sibling},
    {"哥哥", Relation::Sibling},       {"弟弟", Relation::Sibling},
    {"姐姐", Relation::Sibling},       {"妹妹", Relation::Sibling},
    {"其他", Relation::Other},
}};

constexpr std::array<Word<Area>, 3> kAreaWords = {{
    {"城市", Area::Urban},
    {"城镇", Area::Urban},
    {"农村", Area::Rural},
}};

constexpr std::array<Word<DisabilityKind>, 7> kDisabilityWords = {{
    {"肢体", DisabilityKind::Physical},
    {"智力", DisabilityKind::Intellectual},
    {"精神", DisabilityKind::Mental},
    {"视力", DisabilityKind::Visual},
    {"听力", DisabilityKind::Hearing},
    {"言语", DisabilityKind::Speech},
    {"多重", DisabilityKind::Multiple},
}};

constexpr std::array<Word<int>, 4> kGradeWords = {{{"一", 1}, {"二", 2}, {"三", 3}, {"四", 4}}};

constexpr std::array<Word<bool>, 4> kYesNoWords = {{
    {"是", true},
    {"否", false},
    {"1", true},
    {"0", false},
}};
constexpr std::array<std::string_view, 2> kNoYesKeys = {"no", "yes"};
constexpr std::array<std::string_view, 2> kFalseTrueKeys = {"false", "true"};
constexpr std::array<std::string_view, 2> kNY = {"n", "y"};

constexpr std::array<Word<int>, 10> kSelfCareWords = {{
    {"全自理", 0},
    {"完全自理", 0},
    {"自理", 0},
    {"部分丧失", 3},
    {"部分自理", 3},
    {"半自理", 3},
    {"完全丧失", 6},
    {"完全不能自理", 6},
    {"不能自理", 6},
    {"全护理", 6},
}};
constexpr std::array<std::string_view, 3> kSelfCareKeys = {"full", "partial", "total"};

constexpr std::array<Word<LedgerProgramme>, 8> kProgrammeWords = {{
    {"无", LedgerProgramme::None},
    {"低保", LedgerProgramme::Dibao},
    {"特困", LedgerProgramme::Tekun},
    {"单人保", LedgerProgramme::SinglePerson},
    {"孤儿(集中)", LedgerProgramme::OrphanInstitutional},
    {"孤儿(散居)", LedgerProgramme::OrphanHome},
    {"事实无人抚养", LedgerProgramme::Unsupported},
    {"低保边缘", LedgerProgramme::Marginal},
}};

constexpr std::array<Word<bool>, 2> kStatusWords = {{{"在保", true}, {"停保", false}}};
constexpr std::array<std::string_view, 2> kStatusKeys = {"stopped", "active"};

} // namespace

std::string withoutChars(std::string_view s, std::string_view drop)
{
    std::string out;
    out.reserve(s.size());
    for (char c : s)
        if (drop.find(c) == std::string_view::npos)
            out.push_back(c);
    return out;
}

Error cellError(Lang lang, std::string_view zh, std::string_view en)
{
    return Error::invalid("", std::string(tr(lang, zh, en)));
}

// A word of the table or, case-insensitively, one of the English keys (enum order).
std::string_view trimCell(std::string_view s)
{
    for (;;) {
        if (!s.empty() && isAsciiSpace(s.front()))
            s.remove_prefix(1);
        else if (s.starts_with("\xE3\x80\x80"))
            s.remove_prefix(3);
        else if (s.starts_with("\xC2\xA0"))
            s.remove_prefix(2);
        else
            break;
    }
    for (;;) {
        if (!s.empty() && isAsciiSpace(s.back()))
            s.remove_suffix(1);
        else if (s.ends_with("\xE3\x80\x80"))
            s.remove_suffix(3);
        else if (s.ends_with("\xC2\xA0"))
            s.remove_suffix(2);
        else
            break;
    }
    return s;
}

std::string cleanCodedCell(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size(); ++i) {
        const auto b0 = static_cast<unsigned char>(s[i]);
        if ((b0 == 0xEF || b0 == 0xE3) && i + 2 < s.size()) {
            const auto b1 = static_cast<unsigned char>(s[i + 1]);
            const auto b2 = static_cast<unsigned char>(s[i + 2]);
            // U+FF01–U+FF3F and U+FF40–U+FF5E map onto '!'…'~'; U+3000 onto ' '.
            if (b0 == 0xEF && b1 == 0xBC && b2 >= 0x81 && b2 <= 0xBF) {
                out.push_back(static_cast<char>(0x21 + (b2 - 0x81)));
                i += 2;
                continue;
            }
            if (b0 == 0xEF && b1 == 0xBD && b2 >= 0x80 && b2 <= 0x9E) {
                out.push_back(static_cast<char>(0x60 + (b2 - 0x80)));
                i += 2;
                continue;
            }
            if (b0 == 0xE3 && b1 == 0x80 && b2 == 0x80) {
                out.push_back(' ');
                i += 2;
                continue;
            }
        }
        out.push_back(s[i]);
    }
    std::string_view v = trimAscii(out);
    if (v.size() >= 3 && v.starts_with("=\"") && v.ends_with('"'))
        v = trimAscii(v.substr(2, v.size() - 3));
    else if (v.starts_with('\''))
        v = trimAscii(v.substr(1));
    if (v.size() != out.size())
        out = std::string(v);
    return out;
}

bool equalsIgnoreCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        char x = a[i];
        char y = b[i];
        if (x >= 'A' && x <= 'Z')
            x = static_cast<char>(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z')
            y = static_cast<char>(y - 'A' + 'a');
        if (x != y)
            return false;
    }
    return true;
}

Result<Relation> parseRelation(std::string_view cell, Lang lang)
{
    if (cell.empty())
        return Relation::Other;
    if (const auto r = lookup(cell, kRelationWords, kRelationKeys))
        return *r;
    return cellError(lang, "应为户主、配偶、子女、父母、孙子女、祖父母、兄弟姐妹或其他",
                     "must be head, spouse, child, parent, grandchild, grandparent, sibling or "
                     "other (or 户主/配偶/子女/父母/孙子女/祖父母/兄弟姐妹/其他)");
}

Result<std::optional<Area>> parseArea(std::string_view cell, Lang lang)
{
    if (cell.empty())
        return std::optional<Area>();
    if (const auto a = lookup(cell, kAreaWords, kAreaKeys))
        return std::optional<Area>(*a);
    return cellError(lang, "应为城市或农村", "must be urban or rural (城市/农村)");
}

Result<std::optional<DisabilityKind>> parseDisabilityKind(std::string_view cell, Lang lang)
{
    if (cell.empty() || cell == "无")
        return std::optional<DisabilityKind>();
    std::string_view word = cell;
    if (word.size() > 6 && word.ends_with("残疾"))
        word.remove_suffix(6);
    if (const auto k = lookup(word, kDisabilityWords, kDisabilityKindKeys))
        return std::optional<DisabilityKind>(*k);
    return cellError(lang, "应为肢体、智力、精神、视力、听力、言语或多重",
                     "must be physical, intellectual, mental, visual, hearing, speech or multiple "
                     "(or 肢体/智力/精神/视力/听力/言语/多重)");
}

Result<std::optional<int>> parseDisabilityGrade(std::string_view cell, Lang lang)
{
    if (cell.empty() || cell == "无")
        return std::optional<int>();
    std::string_view word = cell;
    if (word.ends_with("级"))
        word.remove_suffix(3);
    if (word.size() == 1 && word[0] >= '1' && word[0] <= '4')
        return std::optional<int>(word[0] - '0');
    for (const auto &w : kGradeWords)
        if (word == w.text)
            return std::optional<int>(w.value);
    return cellError(lang, "应为1至4或一级至四级", "must be 1 to 4 (or 一级…四级)");
}

Result<bool> parseYesNo(std::string_view cell, Lang lang)
{
    if (cell.empty())
        return false;
    for (const auto &w : kYesNoWords)
        if (cell == w.text)
            return w.value;
    for (const auto &keys : {kNoYesKeys, kFalseTrueKeys, kNY})
        for (size_t i = 0; i < keys.size(); ++i)
            if (equalsIgnoreCase(cell, keys[i]))
                return i == 1;
    return cellError(lang, "应为是或否", "must be yes or no (是/否, true/false, 1/0)");
}

Result<int> parseSelfCare(std::string_view cell, Lang lang)
{
    if (cell.empty())
        return 0;
    if (cell.size() == 1 && cell[0] >= '0' && cell[0] <= '6')
        return cell[0] - '0';
    for (const auto &w : kSelfCareWords)
        if (cell == w.text)
            return w.value;
    for (size_t i = 0; i < kSelfCareKeys.size(); ++i)
        if (equalsIgnoreCase(cell, kSelfCareKeys[i]))
            return static_cast<int>(i) * 3;
    return cellError(
        lang, "应为全自理、部分丧失、完全丧失或0至6（不能完成的日常生活项数）",
        "must be full, partial, total (全自理/部分丧失/完全丧失) or 0 to 6 (daily-living "
        "items the person cannot do)");
}

Result<LedgerProgramme> parseProgramme(std::string_view cell, Lang lang)
{
    if (cell.empty())
        return LedgerProgramme::None;
    const std::string word = withoutChars(cell, " ");
    if (const auto p = lookup(std::string_view(word), kProgrammeWords, kProgrammeKeys))
        return *p;
    return cellError(lang,
                     "应为低保、特困、单人保、孤儿(集中)、孤儿(散居)、事实无人抚养、低保边缘或无",
                     "must be dibao, tekun, single_person, orphan_institutional, orphan_home, "
                     "unsupported, marginal or none (or 低保/特困/单人保/孤儿(集中)/孤儿(散居)/"
                     "事实无人抚养/低保边缘/无)");
}

Result<bool> parseStatus(std::string_view cell, Lang lang)
{
    if (cell.empty())
        return true;
    if (const auto s = lookup(cell, kStatusWords, kStatusKeys))
        return *s;
    return cellError(lang, "应为在保或停保", "must be active or stopped (在保/停保)");
}

} // namespace relief::services::ledger
