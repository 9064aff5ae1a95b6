#pragma once

// Result<T>: a value or a typed error, returned across layer boundaries.
// (GCC 12 has std::expected only in C++23; the project is C++20.)

#include <cassert>
#include <string>
#include <utility>
#include <variant>

namespace relief {

enum class ErrorCode {
    InvalidInput, // bad user input: names the field
    NotFound,
    Conflict, // duplicate, illegal state transition
    PermissionDenied, // role missing, four-eyes rule
    AuthFailed, // wrong password, locked or disabled account
    Storage, // database failure
    Cancelled, // the user stopped a long operation before it committed
    Internal,
};

struct Error
{
    ErrorCode code = ErrorCode::Internal;
    std::string message; // user-facing, already in the user's language
    std::string field; // the offending field's path, when there is one

    static Error invalid(std::string field, std::string message)
    {
        return {ErrorCode::InvalidInput, std::move(message), std::move(field)};
    }
};

template<class T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    { }
    Result(Error error)
        : m_data(std::move(error))
    { }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value()
    {
        assert(ok());
        return std::get<0>(m_data);
    }
    const T &value() const
    {
        assert(ok());
        return std::get<0>(m_data);
    }
    T &operator*() { return value(); }
    const T &operator*() const { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const
    {
        assert(!ok());
        return std::get<1>(m_data);
    }

private:
    std::variant<T, Error> m_data;
};

struct Unit
{
};

// Result of an operation that yields no value.
using Status = Result<Unit>;
inline Status okStatus()
{
    return Unit {};
}

} // namespace relief
