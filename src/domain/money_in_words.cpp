#include "money_in_words.h"

#include <array>
#include <cstdint>

namespace relief {

namespace {

constexpr std::array<const char *, 10> kDigits {"零", "壹", "贰", "叁", "肆",
                                                "伍", "陆", "柒", "捌", "玖"};
constexpr std::array<const char *, 4> kPlaces {"仟", "佰", "拾", ""};

// 0 < group < 10000; zeros between its digits become one 零, trailing zeros nothing.
std::string groupText(std::int64_t group)
{
    std::string out;
    bool zero = false;
    std::int64_t divisor = 1000;
    for (int place = 0; place < 4; ++place, divisor /= 10) {
        const auto digit = static_cast<std::size_t>((group / divisor) % 10);
        if (digit == 0) {
            zero = !out.empty();
            continue;
        }
        if (zero)
            out += kDigits[0];
        out += kDigits[digit];
        out += kPlaces[static_cast<std::size_t>(place)];
        zero = false;
    }
    return out;
}

// yuan > 0.
std::string yuanText(std::int64_t yuan)
{
    const std::array<std::int64_t, 3> groups {yuan / 100000000, (yuan / 10000) % 10000,
                                              yuan % 10000};
    constexpr std::array<const char *, 3> kGroupUnits {"亿", "万", ""};
    std::string out;
    bool pendingZero = false;
    for (std::size_t i = 0; i < groups.size(); ++i) {
        const std::int64_t group = groups[i];
        if (group == 0) {
            pendingZero = !out.empty();
            continue;
        }
        // A higher group written and this one starting with a zero (壹万零伍佰) or a
        // whole group of zeros between them (壹亿零壹元): one 零.
        if (!out.empty() && (pendingZero || group < 1000))
            out += kDigits[0];
        out += groupText(group);
        out += kGroupUnits[i];
        pendingZero = false;
    }
    return out;
}

} // namespace

std::string chineseCapitalAmount(Money amount)
{
    std::int64_t fen = amount.fen();
    std::string out;
    if (fen < 0) {
        out = "负";
        fen = -fen; // Money's range is symmetric (±kMaxFen): no overflow
    }
    const std::int64_t yuan = fen / 100;
    const auto jiao = static_cast<std::size_t>((fen / 10) % 10);
    const auto cents = static_cast<std::size_t>(fen % 10);
    if (yuan == 0 && jiao == 0 && cents == 0)
        return out + "零元整";
    if (yuan > 0)
        out += yuanText(yuan) + "元";
    if (jiao == 0 && cents == 0)
        return out + "整";
    if (jiao > 0) {
        if (yuan > 0 && yuan % 10 == 0)
            out += kDigits[0];
        out += kDigits[jiao];
        out += "角";
    } else if (yuan > 0) {
        out += kDigits[0];
    }
    if (cents > 0) {
        out += kDigits[cents];
        out += "分";
    }
    return out;
}

} // namespace relief
