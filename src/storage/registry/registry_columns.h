#pragma once

// Conversions between registry columns and domain values, shared by the
// registry repositories (internal to relief_storage).

#include "storage/database_error.h"
#include "storage/statement.h"

#include "domain/date.h"
#include "domain/money.h"
#include "domain/registry/registry_types.h"
#include "domain/rules/household_keys.h"
#include "domain/year_month.h"

#include <optional>
#include <string>

namespace relief::storage::columns {

inline std::optional<std::string> dateText(const std::optional<Date> &d)
{
    return d ? std::optional<std::string>(d->toString()) : std::nullopt;
}

inline Date date(const Statement &st, int column)
{
    const auto d = Date::parse(st.text(column));
    if (!d)
        throw DatabaseError("stored date is invalid: " + st.text(column), 0);
    return *d;
}

inline std::optional<Date> optionalDate(const Statement &st, int column)
{
    if (st.isNull(column))
        return std::nullopt;
    return date(st, column);
}

inline YearMonth month(const Statement &st, int column)
{
    const auto m = YearMonth::parse(st.text(column));
    if (!m)
        throw DatabaseError("stored month is invalid: " + st.text(column), 0);
    return *m;
}

inline Money money(const Statement &st, int column)
{
    return Money::fromFen(st.int64(column));
}

inline std::optional<std::int64_t> optionalId(const Statement &st, int column)
{
    if (st.isNull(column))
        return std::nullopt;
    return st.int64(column);
}

inline std::optional<std::int64_t> optionalInt(const Statement &st, int column)
{
    return optionalId(st, column);
}

template<class E, size_t N>
E key(const std::array<std::string_view, N> &keys, const Statement &st, int column)
{
    const auto e = enumFromKey<E>(keys, st.text(column));
    if (!e)
        throw DatabaseError("stored key is unknown: " + st.text(column), 0);
    return *e;
}

template<class E, size_t N>
std::optional<E> optionalKey(const std::array<std::string_view, N> &keys, const Statement &st,
                             int column)
{
    if (st.isNull(column))
        return std::nullopt;
    return key<E>(keys, st, column);
}

inline std::optional<Disability> disability(const Statement &st, int kindColumn, int gradeColumn)
{
    if (st.isNull(kindColumn))
        return std::nullopt;
    return Disability {key<DisabilityKind>(kDisabilityKindKeys, st, kindColumn),
                       st.int32(gradeColumn)};
}

inline std::optional<std::string_view> disabilityKind(const std::optional<Disability> &d)
{
    return d ? std::optional<std::string_view>(disabilityKindKey(d->kind)) : std::nullopt;
}

inline std::optional<std::int64_t> disabilityGrade(const std::optional<Disability> &d)
{
    return d ? std::optional<std::int64_t>(d->grade) : std::nullopt;
}

inline std::int64_t flag(bool b)
{
    return b ? 1 : 0;
}

} // namespace relief::storage::columns
