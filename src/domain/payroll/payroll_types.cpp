#include "payroll_types.h"

namespace relief::payroll {

namespace {

template<class E, size_t N> std::string_view keyOf(const std::array<std::string_view, N> &keys, E e)
{
    const auto i = static_cast<size_t>(e);
    return i < N ? keys[i] : std::string_view();
}

std::string monthMemo(std::string_view prefix, const YearMonth &month)
{
    const std::string ym = month.toString(); // "YYYY-MM"
    return std::string(prefix) + ym.substr(0, 4) + "年" + ym.substr(5, 2) + "月";
}

} // namespace

std::string_view lineProgrammeKey(LineProgramme p)
{
    return keyOf(kLineProgrammeKeys, p);
}

std::string_view lineKindKey(LineKind k)
{
    return keyOf(kLineKindKeys, k);
}

std::optional<LineProgramme> parseLineProgramme(std::string_view key)
{
    return enumFromKey<LineProgramme>(kLineProgrammeKeys, key);
}

std::optional<LineKind> parseLineKind(std::string_view key)
{
    return enumFromKey<LineKind>(kLineKindKeys, key);
}

std::optional<LineProgramme> lineProgrammeOf(CaseProgramme p)
{
    switch (p) {
    case CaseProgramme::Dibao:
        return LineProgramme::Dibao;
    case CaseProgramme::SinglePerson:
        return LineProgramme::SinglePerson;
    case CaseProgramme::Tekun:
        return LineProgramme::Tekun;
    case CaseProgramme::ChildAllowance:
        return LineProgramme::ChildAllowance;
    case CaseProgramme::DisabilityLiving:
        return LineProgramme::DisabilityLiving;
    case CaseProgramme::DisabilityCare:
        return LineProgramme::DisabilityCare;
    case CaseProgramme::Marginal:
        return std::nullopt;
    }
    return std::nullopt;
}

bool getsPriceSubsidy(CaseProgramme p)
{
    return p == CaseProgramme::Dibao || p == CaseProgramme::SinglePerson ||
        p == CaseProgramme::Tekun || p == CaseProgramme::ChildAllowance;
}

std::string backPayMemo(const YearMonth &month)
{
    return monthMemo("补发", month);
}

std::string reissueMemo(const YearMonth &month)
{
    return monthMemo("重发", month);
}

} // namespace relief::payroll
