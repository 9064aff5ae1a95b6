#include "domain/review/visit_rules.h"

#include <algorithm>

namespace relief {

bool visitQualifies(const VisitFacts &v)
{
    return v.method == VisitMethod::Home && v.staff >= 2 && v.seenInPerson && v.staffSigned &&
        v.familySigned;
}

std::vector<std::string> splitStaffNames(std::string_view text)
{
    static constexpr std::string_view kSeparators[] = {"\xE3\x80\x81", "\xEF\xBC\x9B",
                                                       "\xEF\xBC\x8C", ";", ","};
    static constexpr std::string_view kSpaces[] = {" ", "\t", "\xE3\x80\x80", "\xC2\xA0"};
    std::vector<std::string> out;
    std::string current;
    auto flush = [&]() {
        std::string_view s = current;
        for (bool again = true; again;) {
            again = false;
            for (std::string_view sp : kSpaces) {
                if (s.substr(0, sp.size()) == sp) {
                    s.remove_prefix(sp.size());
                    again = true;
                }
                if (s.size() >= sp.size() && s.substr(s.size() - sp.size()) == sp) {
                    s.remove_suffix(sp.size());
                    again = true;
                }
            }
        }
        if (!s.empty() && std::find(out.begin(), out.end(), s) == out.end())
            out.emplace_back(s);
        current.clear();
    };
    for (std::size_t i = 0; i < text.size();) {
        bool split = false;
        for (std::string_view sep : kSeparators)
            if (text.substr(i, sep.size()) == sep) {
                flush();
                i += sep.size();
                split = true;
                break;
            }
        if (!split)
            current += text[i++];
    }
    flush();
    return out;
}

std::string coveragePercent(long long covered, long long population)
{
    if (population <= 0)
        return "100.0";
    covered = std::clamp(covered, 0LL, population);
    // tenths = round(covered × 1000 / population), half up, in integers
    const long long tenths = (covered * 2000 + population) / (2 * population);
    return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10);
}

} // namespace relief
